/**
 * The statute schema and the model agree.
 *
 * The real check is compiled beside the schema: `src/statute/schema.ts` ends with
 * `statute satisfies ExactOutput<typeof statute, Statute, DecisionRule>` (and the same for the
 * decision rule), because `isolatedDeclarations` keeps a schema's inferred type from leaving its
 * module (an exported schema must be annotated, and its annotation, `v.GenericSchema<unknown>`,
 * erases the output). This file imports that module, so a drift fails this run as a type error
 * in `schema.ts`; the tests here check that `ExactOutput` is sound on the model's own types: it
 * leaves out only what it means to, and catches the drift that matters.
 *
 * It imports modules, not the index, so tsc's program stays small (about 3 s cold, not 7).
 */
import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { NotStated } from '../../src/model/notStated.js';
import type { DecisionRule, QuorumRule, RatificationRule } from '../../src/model/rules.js';
import type { Body, Party, Right, Seat, Statute } from '../../src/model/statute.js';
import type { ExactOutput, Plain } from '../../src/statute/_exactOutput.js';
import type { SafeParseResult } from '../../src/statute/issues.js';
import { parseStatute, safeParseStatute } from '../../src/statute/parseStatute.js';
import type { statuteSchema } from '../../src/statute/schema.js';

/** A seat-like model: read-only, an open string union, an optional field. */
interface Place {
  readonly id: string;
  readonly role: 'chair' | (string & {});
  readonly rights: readonly Right[];
  readonly side?: 'left' | 'right';
}

const rights = v.array(v.picklist(['attend', 'speak', 'propose', 'vote']));
const place = v.strictObject({
  id: v.string(),
  role: v.string(),
  rights,
  side: v.optional(v.picklist(['left', 'right'])),
});

/** Whether a check passed: `ExactOutput` gives back the schema's own type. */
type Passes<S extends v.GenericSchema, T, Opaque = never> = [ExactOutput<S, T, Opaque>] extends [S]
  ? true
  : false;

describe('ExactOutput', () => {
  it('accepts a schema whose output is the model, up to readonly, explicit undefined and open strings', () => {
    expectTypeOf<Passes<typeof place, Place>>().toEqualTypeOf<true>();
  });

  it('catches a field the schema lacks, even an optional one', () => {
    const noSide = v.strictObject({ id: v.string(), role: v.string(), rights });
    expectTypeOf<Passes<typeof noSide, Place>>().toEqualTypeOf<false>();
  });

  it('catches a field the model lacks', () => {
    const extra = v.strictObject({ ...place.entries, count: v.number() });
    expectTypeOf<Passes<typeof extra, Place>>().toEqualTypeOf<false>();
  });

  it('catches a union that is narrower or wider in the schema', () => {
    const narrower = v.strictObject({ ...place.entries, side: v.optional(v.picklist(['left'])) });
    const wider = v.strictObject({ ...place.entries, side: v.optional(v.picklist(['left', 'right', 'up'])) });
    expectTypeOf<Passes<typeof narrower, Place>>().toEqualTypeOf<false>();
    expectTypeOf<Passes<typeof wider, Place>>().toEqualTypeOf<false>();
  });

  it('catches an optional field made required, a required one made optional, and another type', () => {
    const sideRequired = v.strictObject({ ...place.entries, side: v.picklist(['left', 'right']) });
    const idOptional = v.strictObject({ ...place.entries, id: v.optional(v.string()) });
    const idNumber = v.strictObject({ ...place.entries, id: v.number() });
    expectTypeOf<Passes<typeof sideRequired, Place>>().toEqualTypeOf<false>();
    expectTypeOf<Passes<typeof idOptional, Place>>().toEqualTypeOf<false>();
    expectTypeOf<Passes<typeof idNumber, Place>>().toEqualTypeOf<false>();
  });

  it('compares values of the opaque type as unknown, but only below the top', () => {
    interface Node {
      readonly name: string;
      readonly child?: Node;
    }
    const opaqueChild = v.strictObject({ name: v.string(), child: v.optional(v.unknown()) });
    expectTypeOf<Passes<typeof opaqueChild, Node, Node>>().toEqualTypeOf<true>();
    expectTypeOf<Passes<typeof opaqueChild, Node>>().toEqualTypeOf<false>();
    const wrongTop = v.strictObject({ title: v.string() });
    expectTypeOf<Passes<typeof wrongTop, Node, Node>>().toEqualTypeOf<false>();
  });
});

describe('Plain, on the model types', () => {
  it('keeps literal unions and reads open string unions as string', () => {
    expectTypeOf<Plain<Seat>['role']>().toEqualTypeOf<string>();
    expectTypeOf<Plain<Body>['tier']>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<Plain<Party>['kind']>().toEqualTypeOf<
      'kommune' | 'helseforetak' | 'fylkeskommune' | 'private-hospital'
    >();
    expectTypeOf<Plain<Seat>['rights']>().toEqualTypeOf<Right[]>();
  });

  it('hides decision rules when they are opaque, and nothing else', () => {
    type PlainBody = Plain<Body, DecisionRule>;
    expectTypeOf<PlainBody['decision']>().toEqualTypeOf<unknown>();
    expectTypeOf<PlainBody['quorum']>().toEqualTypeOf<Plain<QuorumRule | NotStated>>();
    expectTypeOf<PlainBody['seats']>().toEqualTypeOf<Plain<Seat>[]>();
    expectTypeOf<Plain<Statute, DecisionRule>['ratification']>().toEqualTypeOf<Plain<RatificationRule>[]>();
  });
});

describe('what the check leaves out', () => {
  it("lets v.optional's explicit undefined through, which the model's optional fields exclude", () => {
    // parseStatute accepts `{ ..., escalatesTo: undefined }` and returns the key; the model says
    // an absent field is left out. v.exactOptional would match the model (and reject the input).
    const optionalRef = v.strictObject({ ref: v.optional(v.string()) });
    const exactRef = v.strictObject({ ref: v.exactOptional(v.string()) });
    expectTypeOf<{ ref: undefined }>().toExtend<v.InferOutput<typeof optionalRef>>();
    expectTypeOf<{ ref: undefined }>().not.toExtend<Pick<Seat, 'ref'>>();
    expectTypeOf<{ ref: undefined }>().not.toExtend<v.InferOutput<typeof exactRef>>();
  });
});

describe('parseStatute', () => {
  it('returns the model type, and the schema it parses with stays internal', () => {
    expectTypeOf(parseStatute).returns.toEqualTypeOf<Statute>();
    expectTypeOf(safeParseStatute).returns.toEqualTypeOf<SafeParseResult<Statute>>();
    expectTypeOf<v.InferOutput<typeof statuteSchema>>().toBeUnknown();
  });
});
