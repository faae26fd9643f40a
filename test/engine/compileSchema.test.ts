import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileSchema } from '../../src/engine/_compileSchema.js';
import { eventSchema } from '../../src/engine/_eventSchema.js';
import { generateCheck } from '../../src/engine/_generateCheck.js';
import { dateSchema, idSchema } from '../../src/statute/schema.js';
import { propertyRunsCapped } from '../fixtures.js';
import { fc, prop } from '../prop.js';

/** parseShape's verdict: valibot's, and no own key `__proto__`, `constructor` or `prototype`. */
function reference(schema: v.GenericSchema, value: unknown): boolean {
  const forbidden = (x: unknown): boolean =>
    x !== null &&
    typeof x === 'object' &&
    (Array.isArray(x)
      ? x.some(forbidden)
      : Object.keys(x).some(
          (k) => ['__proto__', 'constructor', 'prototype'].includes(k) || forbidden((x as never)[k]),
        ));
  return v.is(schema, value) && !forbidden(value);
}

// Kinds the compiler knows, and kinds it leaves to valibot (record, union, nullable, a
// transformation, an optional with a default, exact_optional, a variant with a shared value).
const schemas: [string, v.GenericSchema][] = [
  ['id', idSchema],
  ['date', dateSchema],
  ['events', eventSchema as unknown as v.GenericSchema],
  [
    'mixed object',
    v.strictObject({
      a: v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(5)),
      b: v.optional(v.array(v.pipe(v.string(), v.maxLength(2)))),
      c: v.optional(v.picklist([1, 'x'])),
      d: v.optional(v.literal(0)),
      e: v.optional(v.record(v.string(), v.boolean())),
    }),
  ],
  [
    'kinds left to valibot',
    v.strictObject({
      u: v.union([v.string(), v.number()]),
      n: v.nullable(v.string()),
      t: v.optional(
        v.pipe(
          v.string(),
          v.transform((s) => s.length),
        ),
      ),
      f: v.optional(v.string(), 'default'),
      x: v.exactOptional(v.string()),
      k: v.unknown(),
    }),
  ],
  [
    'variant with a shared value',
    v.variant('kind', [
      v.strictObject({ kind: v.literal('a'), n: v.number() }),
      v.strictObject({ kind: v.literal('a'), s: v.string() }),
      v.strictObject({ kind: v.literal('b') }),
    ]),
  ],
  [
    'nested pipe',
    v.pipe(
      v.pipe(v.string(), v.minLength(2)),
      v.regex(/^[a-c]+$/),
      v.check((s) => s !== 'ab'),
    ),
  ],
];

const keys = [
  'type',
  'at',
  'id',
  'proposal',
  'member',
  'vote',
  'a',
  'b',
  'c',
  'd',
  'e',
  'u',
  'n',
  't',
  'f',
  'x',
  'k',
  'kind',
  's',
];
const leaf = fc.oneof(
  fc.constantFrom(
    'vote-cast',
    'member-left',
    'for',
    '2024-03-14',
    '2023-02-29',
    'ssu',
    ' ssu',
    '',
    'a',
    'ab',
    'abc',
    'x',
    0,
    1,
    5,
    6,
    -3,
    1.5,
    Number.NaN,
    true,
    null,
    undefined,
  ),
  fc.jsonValue({ maxDepth: 1 }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), fc.array(tie('value'), { maxLength: 3 })),
  object: fc.oneof(
    fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 6 }),
    fc
      .constantFrom('{"__proto__":{}}', '{"constructor":1}', '{"kind":"b","prototype":1}')
      .map((s) => JSON.parse(s)),
  ),
})).value;

/** Valid values of the schemas above, and those values with one key changed or removed. */
const examples: unknown[] = [
  'ssu',
  '2024-02-29',
  'abc',
  { type: 'vote-cast', at: '2024-03-14', proposal: 'p', member: 'm', vote: 'for' },
  { type: 'member-left', at: '2024-03-14', member: 'm', body: 'ssu', id: 'e1' },
  { type: 'attendance-recorded', at: '2024-03-14', meeting: 'm', present: ['a', 'b'] },
  {
    type: 'ratification-recorded',
    at: '2024-03-14',
    proposal: 'p',
    party: 'x',
    organ: 'styre',
    decision: 'adopted',
    councilVote: { members: 3, present: 3, for: 2, against: 1, chairVote: 'for' },
  },
  { a: 1, b: ['ab'], c: 'x', d: 0, e: { z: true } },
  { u: 1, n: null, t: 'abc', x: 'y', k: [1] },
  { kind: 'a', s: 'x' },
  { kind: 'b' },
];
const nearValid = fc.oneof(
  fc.constantFrom(...examples),
  fc
    .tuple(fc.constantFrom(...examples), fc.constantFrom(...keys), fc.option(leaf))
    .map(([example, key, set]) => {
      if (typeof example !== 'object' || example === null) return example;
      const copy: Record<string, unknown> = structuredClone(example) as never;
      if (set === null) delete copy[key];
      else copy[key] = set;
      return copy;
    }),
);

describe('compileSchema and generateCheck', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(schemas)('give parseShape’s verdict on chosen values (%s)', (_name, schema) => {
    const compiled = compileSchema(schema);
    const generated = generateCheck(schema);
    for (const x of ['ssu', 'ab', 'abc', '2024-03-14', {}, { a: 1 }, { kind: 'a', s: 'x' }, [], null]) {
      expect(compiled(x) === undefined).toBe(reference(schema, x));
      expect(generated?.(x)).toBe(reference(schema, x));
    }
  });

  const compiled = schemas.map(
    ([, schema]) => [schema, compileSchema(schema), generateCheck(schema)] as const,
  );
  let accepted = 0;

  prop([fc.constantFrom(...compiled), fc.oneof(value, nearValid)], { numRuns: 5000 })(
    'give parseShape’s verdict on any value',
    ([schema, check, generated], x) => {
      const expected = reference(schema, x);
      if (expected) accepted += 1;
      expect(check(x) === undefined).toBe(expected);
      expect(generated?.(x)).toBe(expected);
    },
  );

  it.skipIf(propertyRunsCapped)('met valid values as well as invalid ones', () => {
    expect(accepted).toBeGreaterThan(200);
  });

  it('names the first wrong place, with what it must be', () => {
    const check = compileSchema(eventSchema as unknown as v.GenericSchema);
    expect(
      check({ type: 'attendance-recorded', at: '2024-03-14', meeting: 'm', present: ['a', 7] }),
    ).toMatchObject({
      path: ['present', 1],
      kind: 'invalid',
      expected: 'a string',
    });
    expect(
      check({ type: 'vote-cast', at: '2024-03-14', proposal: 'p', member: 'm', vote: 'for', colour: 1 }),
    ).toMatchObject({ path: ['colour'], kind: 'unknown-key' });
    expect(check({ type: 'member-left', at: '2024-03-14', member: ' m', body: 'ssu' })).toMatchObject({
      path: ['member'],
      code: 'invalid_id',
    });
  });

  it('generates nothing where new Function is refused (a Content-Security-Policy)', () => {
    vi.stubGlobal(
      'Function',
      class {
        constructor() {
          throw new EvalError('refused');
        }
      },
    );
    expect(generateCheck(idSchema)).toBeUndefined();
  });
});
