/**
 * The valibot schema of a statute's shape. The JSON Schema shipped in the package is generated
 * from this schema at build time; reference checks live in `checkReferences.ts`.
 *
 * Custom checks use their {@link InputIssueCode} as the valibot message, so the mapping to our
 * issues is exact.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
import { isIsoDate } from '../model/dates.js';
import { isValidId } from '../model/ids.js';
import { isNotStated } from '../model/notStated.js';
import type { DecisionRule } from '../model/rules.js';
import type { Statute } from '../model/statute.js';
import type { ExactOutput } from './_exactOutput.js';

const text = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const positive = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

/** @internal */
export const idSchema: v.GenericSchema<string> = v.pipe(
  v.string(),
  v.minLength(1, 'invalid_id'),
  v.maxLength(200, 'invalid_id'),
  v.check(isValidId, 'invalid_id'),
);
/** @internal */
export const refSchema: v.GenericSchema<string> = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** @internal */
export const dateSchema: v.GenericSchema<string> = v.pipe(
  v.string(),
  v.regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'invalid_date'),
  v.check(isIsoDate, 'invalid_date'),
);

const fractionSchema = v.pipe(
  v.strictObject({ numerator: count, denominator: count }),
  v.check((f) => f.denominator !== 0, 'zero_denominator'),
);

/** A share must be at most 1. */
const shareSchema = v.pipe(
  fractionSchema,
  v.check((f) => f.denominator === 0 || f.numerator <= f.denominator, 'fraction_above_one'),
);

const comparison = v.picklist(['atLeast', 'moreThan']);
const rounding = v.picklist(['ceil', 'floor', 'nearest']);

const thresholdSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('share'),
    fraction: shareSchema,
    comparison,
    rounding: v.optional(rounding),
  }),
  v.strictObject({ kind: v.literal('count'), count, comparison }),
]);

const quorumSchema = v.strictObject({
  counts: v.picklist(['present', 'cast', 'for+abstain']),
  threshold: thresholdSchema,
  perBloc: v.optional(count),
  ref: refSchema,
});

const notStatedSchema = v.strictObject({ kind: v.literal('not-stated'), ref: refSchema });

/**
 * The schemas that take a value or {@link NotStated}, each with the two it chooses between, for
 * the JSON Schema (an `anyOf`).
 *
 * @internal
 */
export const notStatedChoices: WeakMap<object, readonly [v.GenericSchema, v.GenericSchema]> = new WeakMap();

/**
 * A value, or `{ kind: 'not-stated', ref }`, chosen by `kind` before either is checked, so that a
 * malformed rule gets its own issues rather than a union's "matches neither".
 */
function orNotStated<S extends v.GenericSchema>(schema: S) {
  const choice = v.lazy((input: unknown) => (isNotStated(input) ? notStatedSchema : schema));
  notStatedChoices.set(choice, [notStatedSchema, schema]);
  return choice;
}

// The recursive decision rule. The explicit type keeps the recursion checkable.
type DecisionRuleSchema = v.GenericSchema<unknown>;
const decisionVariant = v.variant('kind', [
  v.strictObject({ kind: v.literal('consensus'), reservationBlocks: v.boolean(), ref: refSchema }),
  v.strictObject({ kind: v.literal('unanimity'), ref: refSchema }),
  v.strictObject({
    kind: v.literal('majority'),
    threshold: shareSchema,
    strict: v.boolean(),
    base: v.picklist(['for+against', 'cast', 'present', 'seated']),
    tieBreak: v.picklist(['chair', 'fails', 'passes']),
    rounding: v.optional(rounding),
    ref: refSchema,
  }),
  v.strictObject({
    kind: v.literal('each-bloc'),
    rule: v.lazy(() => decisionSchema),
    ref: refSchema,
  }),
  v.strictObject({
    kind: v.picklist(['all', 'any']),
    rules: v.pipe(v.array(v.lazy(() => decisionSchema)), v.minLength(1)),
    ref: refSchema,
  }),
]);
// Checked one level deep: the nested rules are typed by the annotation, so they compare as unknown.
const decisionSchema: DecisionRuleSchema = decisionVariant satisfies ExactOutput<
  typeof decisionVariant,
  DecisionRule,
  DecisionRule
>;
/** @internal */
export const decisionRuleSchema: DecisionRuleSchema = decisionSchema;

const councilRuleSchema = v.strictObject({
  quorum: thresholdSchema,
  voteDuty: v.boolean(),
  majority: v.strictObject({ fraction: shareSchema, comparison }),
  tieBreak: v.picklist(['chair', 'fails']),
  electionTie: v.literal('lot'),
  ref: refSchema,
});

const requirementSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('every-kommune') }),
  v.strictObject({ kind: v.literal('helseforetak') }),
  v.strictObject({ kind: v.literal('parties'), parties: v.pipe(v.array(idSchema), v.minLength(1)) }),
  v.strictObject({ kind: v.literal('share-of-kommuner'), threshold: thresholdSchema }),
  v.strictObject({ kind: v.literal('share-of-population'), threshold: thresholdSchema }),
]);

// `requires` may be empty under `per-party`; the reference checks (`_checkRatification.ts`) and
// the JSON Schema (`jsonSchema.ts`) ask for at least one requirement under a collective effect.
const ratificationSchema = v.strictObject({
  id: idSchema,
  matters: v.pipe(v.array(idSchema), v.minLength(1)),
  requires: v.array(requirementSchema),
  effect: v.picklist(['binds-ratifiers', 'all-or-nothing', 'per-party']),
  deadlineDays: v.optional(positive),
  council: v.optional(councilRuleSchema),
  ref: refSchema,
});
/** The same schema as `ratification` entries use, for the JSON Schema to find. @internal */
export const ratificationRuleSchema: v.GenericSchema<unknown> = ratificationSchema;

const partySchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('kommune'),
    id: idSchema,
    name: text,
    kommunenummer: v.pipe(v.string(), v.regex(/^[0-9]{4}$/, 'invalid_kommunenummer')),
    population: v.optional(count),
    organ: v.literal('kommunestyre'),
  }),
  v.strictObject({
    kind: v.literal('helseforetak'),
    id: idSchema,
    name: text,
    organ: v.literal('styre'),
  }),
  v.strictObject({
    kind: v.literal('fylkeskommune'),
    id: idSchema,
    name: text,
    fylkesnummer: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{2}$/, 'invalid_fylkesnummer'))),
    organ: v.literal('fylkesting'),
  }),
  v.strictObject({
    kind: v.literal('private-hospital'),
    id: idSchema,
    name: text,
    organ: v.literal('styre'),
    agreementWith: idSchema,
  }),
]);

const areaSchema = v.strictObject({
  id: idSchema,
  name: text,
  kind: v.optional(text),
  parties: v.pipe(v.array(idSchema), v.minLength(1)),
  appointedBy: v.optional(text),
  ref: v.optional(refSchema),
});
const blocSchema = v.picklist(['kommunesiden', 'helseforetakssiden']);

const rightSchema = v.picklist(['attend', 'speak', 'propose', 'vote']);

const seatSchema = v.strictObject({
  id: idSchema,
  role: idSchema,
  party: v.optional(idSchema),
  count: positive,
  rights: v.pipe(v.array(rightSchema), v.minLength(1)),
  appointedBy: v.optional(text),
  bloc: v.optional(blocSchema),
  area: v.optional(idSchema),
  ref: v.optional(refSchema),
});

const leadershipSchema = v.strictObject({
  oppositeBlocs: v.boolean(),
  rotationYears: v.optional(positive),
  alternates: v.optional(
    v.strictObject({
      between: v.pipe(v.array(blocSchema), v.minLength(1)),
      everyYears: positive,
      startsWith: blocSchema,
      from: dateSchema,
    }),
  ),
  rotatesAmong: v.optional(
    v.strictObject({ bloc: blocSchema, parties: v.pipe(v.array(idSchema), v.minLength(1)) }),
  ),
  followsBody: v.optional(v.strictObject({ body: idSchema, relation: v.picklist(['opposite', 'same']) })),
  ref: refSchema,
});

const bodySchema = v.strictObject({
  id: idSchema,
  name: text,
  tier: v.picklist([1, 2, 3, 4]),
  seats: v.pipe(v.array(seatSchema), v.minLength(1)),
  quorum: orNotStated(quorumSchema),
  decision: decisionSchema,
  mandate: v.strictObject({
    decides: v.array(idSchema),
    recommends: v.array(idSchema),
    ref: refSchema,
    recommendsTo: v.optional(
      v.strictObject({
        body: idSchema,
        via: v.optional(idSchema),
        as: v.picklist(['recommendation', 'advice']),
        ref: refSchema,
      }),
    ),
    settlesDisputes: v.optional(v.strictObject({ ref: refSchema })),
  }),
  escalatesTo: v.optional(idSchema),
  noticeDays: orNotStated(count),
  membersCounted: v.optional(v.picklist(['seats', 'in-office'])),
  recusedCount: v.optional(v.picklist(['excluded', 'absent'])),
  leadership: v.optional(leadershipSchema),
  delegation: v.optional(
    v.strictObject({ matters: v.pipe(v.array(idSchema), v.minLength(1)), ref: refSchema }),
  ),
  substitutes: v.optional(
    v.variant('kind', [
      v.strictObject({ kind: v.literal('personal'), ref: refSchema }),
      v.strictObject({
        kind: v.literal('ordered'),
        per: v.picklist(['seat', 'bloc', 'party']),
        ref: refSchema,
      }),
    ]),
  ),
  twoStage: v.optional(
    v.strictObject({
      matters: v.pipe(v.array(idSchema), v.minLength(1)),
      firstStage: v.optional(
        v.pipe(
          v.array(
            v.variant('kind', [
              v.strictObject({ kind: v.literal('same-body') }),
              v.strictObject({ kind: v.literal('secretariat') }),
              v.strictObject({ kind: v.literal('body'), body: idSchema }),
            ]),
          ),
          v.minLength(1),
        ),
      ),
      ref: refSchema,
    }),
  ),
  caseNumberFormat: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  secretariat: v.optional(
    v.strictObject({
      matters: v.pipe(v.array(idSchema), v.minLength(1)),
      maxAmount: v.optional(count),
      ref: refSchema,
    }),
  ),
  ref: refSchema,
});

const matterSchema = v.strictObject({
  id: idSchema,
  name: text,
  level: v.picklist(['overarching', 'principled', 'strategic', 'operational']),
  commits: v.boolean(),
  ref: v.optional(refSchema),
});

const sectionSchema = v.strictObject({
  title: text,
  text: v.optional(text),
  source: v.optional(text),
  status: v.optional(v.picklist(['verified', 'assumption', 'uncertain', 'not-stated'])),
});

const statute = v.strictObject({
  id: idSchema,
  title: text,
  version: text,
  effectiveFrom: dateSchema,
  sections: v.pipe(
    v.record(refSchema, sectionSchema),
    v.check((value) => !Array.isArray(value), 'not_object'),
  ),
  parties: v.pipe(v.array(partySchema), v.minLength(1)),
  areas: v.optional(v.array(areaSchema)),
  participants: v.array(v.strictObject({ role: idSchema, name: text, ref: v.optional(refSchema) })),
  bodies: v.pipe(v.array(bodySchema), v.minLength(1)),
  matters: v.pipe(v.array(matterSchema), v.minLength(1)),
  ratification: v.array(ratificationSchema),
  amendment: v.strictObject({ matter: idSchema, body: idSchema, ref: refSchema }),
  membership: v.strictObject({
    founding: v.optional(v.array(idSchema)),
    withdrawalNoticeMonths: orNotStated(count),
    establishment: v.optional(v.strictObject({ threshold: thresholdSchema, ref: refSchema })),
    ref: refSchema,
  }),
  council: v.optional(councilRuleSchema),
  disputeBoards: v.optional(
    v.array(
      v.strictObject({ id: idSchema, name: text, level: v.picklist(['local', 'national']), ref: refSchema }),
    ),
  ),
});

/**
 * The statute's shape. Its output is checked to be exactly the model's {@link Statute} (see
 * `_exactOutput.ts` for what "exactly" leaves out), decision rules being checked on their own.
 *
 * @internal
 */
export const statuteSchema: v.GenericSchema<unknown> = statute satisfies ExactOutput<
  typeof statute,
  Statute,
  DecisionRule
>;
