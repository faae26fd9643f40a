import { describe, expect, it } from 'vitest';
import {
  type Comparison,
  compareFractions,
  fractionOf,
  meetsThreshold,
  type Rounding,
  requiredCount,
  shareThreshold,
} from '../../src/index.js';
import { fc, prop } from '../prop.js';

const share = (numerator: number, denominator: number, comparison: Comparison, rounding?: Rounding) =>
  rounding === undefined
    ? ({ kind: 'share', fraction: { numerator, denominator }, comparison } as const)
    : ({ kind: 'share', fraction: { numerator, denominator }, comparison, rounding } as const);

describe('requiredCount', () => {
  it.each([
    ['at least 2/3 of 17', share(2, 3, 'atLeast'), 17, 12],
    ['at least 2/3 of 18', share(2, 3, 'atLeast'), 18, 12],
    ['more than 2/3 of 18', share(2, 3, 'moreThan'), 18, 13],
    ['more than 2/3 of 17', share(2, 3, 'moreThan'), 17, 12],
    ['at least half of 10', share(1, 2, 'atLeast'), 10, 5],
    ['more than half of 10', share(1, 2, 'moreThan'), 10, 6],
    ['at least half of 11', share(1, 2, 'atLeast'), 11, 6],
    ['more than half of 11', share(1, 2, 'moreThan'), 11, 6],
    ['at least 667/1000 of 6 (more than 4)', share(667, 1000, 'atLeast'), 6, 5],
    ['at least 1/3 of 22, rounded to nearest', share(1, 3, 'atLeast', 'nearest'), 22, 7],
    ['at least 1/3 of 22, rounded up', share(1, 3, 'atLeast', 'ceil'), 22, 8],
    ['more than 1/3 of 22, rounded to nearest', share(1, 3, 'moreThan', 'nearest'), 22, 8],
    ['at least 3/4 of nobody', share(3, 4, 'atLeast'), 0, 0],
    ['at least 4 members', { kind: 'count', count: 4, comparison: 'atLeast' } as const, 99, 4],
    ['more than 4 members', { kind: 'count', count: 4, comparison: 'moreThan' } as const, 99, 5],
  ] as const)('%s is %i', (_name, threshold, base, expected) => {
    expect(requiredCount(threshold, base)).toBe(expected);
    expect(meetsThreshold(expected, base, threshold)).toBe(true);
    if (expected > 0) expect(meetsThreshold(expected - 1, base, threshold)).toBe(false);
  });
});

describe('shareThreshold', () => {
  const half = { numerator: 1, denominator: 2 };

  it('is strict (more than) or not (at least), and keeps a rounding only when given', () => {
    expect(shareThreshold(half, true)).toEqual({ kind: 'share', fraction: half, comparison: 'moreThan' });
    expect(shareThreshold(half, false)).toEqual({ kind: 'share', fraction: half, comparison: 'atLeast' });
    expect(shareThreshold(half, false, 'ceil')).toEqual({
      kind: 'share',
      fraction: half,
      comparison: 'atLeast',
      rounding: 'ceil',
    });
    expect(Object.keys(shareThreshold(half, true))).not.toContain('rounding');
  });
});

describe('fractionOf', () => {
  it.each([
    [1, 3, 22, 'nearest', 7],
    [1, 3, 22, 'ceil', 8],
    [1, 3, 22, 'floor', 7],
    [1, 2, 5, 'nearest', 3],
    [2, 3, 17, 'floor', 11],
    [2, 3, 17, 'nearest', 11],
  ] as const)('%i/%i of %i rounded %s is %i', (n, d, base, rounding, expected) => {
    expect(fractionOf({ numerator: n, denominator: d }, base, rounding)).toBe(expected);
  });
});

describe('fractionOf beyond 2^53', () => {
  it('rounds up a remainder that floating point would lose', () => {
    // 999,999,999 × 999,999,999 = 999,999,998,000,000,001: a remainder of 1 over 10^9.
    const f = { numerator: 999_999_999, denominator: 1_000_000_000 };
    expect(fractionOf(f, 999_999_999, 'floor')).toBe(999_999_998);
    expect(fractionOf(f, 999_999_999, 'ceil')).toBe(999_999_999);
  });
});

describe('compareFractions', () => {
  it('orders 2/3 below 667/1000 and equates 1/2 with 2/4', () => {
    expect(compareFractions({ numerator: 2, denominator: 3 }, { numerator: 667, denominator: 1000 })).toBe(
      -1,
    );
    expect(compareFractions({ numerator: 1, denominator: 2 }, { numerator: 2, denominator: 4 })).toBe(0);
    expect(compareFractions({ numerator: 3, denominator: 4 }, { numerator: 2, denominator: 3 })).toBe(1);
  });
});

const fractionArb = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }))
  .map(([d, n]) => ({ numerator: n % (d + 1), denominator: d }));

describe('exact arithmetic', () => {
  prop(
    [
      fc.integer({ min: 0, max: 1_000_000_000 }),
      fc.integer({ min: 0, max: 1_000_000_000 }),
      fractionArb,
      fc.boolean(),
    ],
    {
      numRuns: 2000,
    },
  )('agrees with a BigInt reference for counts up to 10^9', (got, base, fraction, strict) => {
    const lhs = BigInt(got) * BigInt(fraction.denominator);
    const rhs = BigInt(fraction.numerator) * BigInt(base);
    const reference = strict ? lhs > rhs : lhs >= rhs;
    const threshold = { kind: 'share', fraction, comparison: strict ? 'moreThan' : 'atLeast' } as const;
    expect(meetsThreshold(got, base, threshold)).toBe(reference);
  });

  prop(
    [
      fc.integer({ min: 0, max: 1_000_000_000 }),
      fractionArb,
      fc.constantFrom<Rounding>('ceil', 'floor', 'nearest'),
    ],
    {
      numRuns: 1000,
    },
  )('rounds a head count as a BigInt reference does', (base, fraction, rounding) => {
    const product = BigInt(fraction.numerator) * BigInt(base);
    const d = BigInt(fraction.denominator);
    const floor = product / d;
    const remainder = product % d;
    const expected =
      rounding === 'floor'
        ? floor
        : rounding === 'ceil'
          ? remainder === 0n
            ? floor
            : floor + 1n
          : 2n * remainder >= d
            ? floor + 1n
            : floor;
    expect(BigInt(fractionOf(fraction, base, rounding))).toBe(expected);
  });
});

describe('compareFractions beyond 2^53', () => {
  it('tells apart fractions whose cross products differ by one past 2^53', () => {
    // 999,999,999 × 999,999,999 = 999,999,998,000,000,001 against 999,999,998 × 10^9.
    const a = { numerator: 999_999_999, denominator: 1_000_000_000 };
    const b = { numerator: 999_999_998, denominator: 999_999_999 };
    expect(compareFractions(a, b)).toBe(1);
    expect(compareFractions(b, a)).toBe(-1);
    expect(compareFractions(a, { numerator: 1_999_999_998, denominator: 2_000_000_000 })).toBe(0);
  });
});
