/**
 * Exact arithmetic on fractions and thresholds. No floating point touches a verdict: shares are
 * compared by cross-multiplying integers, in BigInt when a product could pass 2^53.
 *
 * @module
 */
import type { Comparison, Fraction, Rounding, Threshold } from '../model/rules.js';

const SAFE = Number.MAX_SAFE_INTEGER;

/** `a * b` is exact in doubles when it is at most 2^53 - 1. */
function safeProduct(a: number, b: number): boolean {
  return a === 0 || b <= SAFE / a;
}

/** floor(a * b / c) for non-negative integers, exact. */
function mulDivFloor(a: number, b: number, c: number): number {
  if (safeProduct(a, b)) {
    const product = a * b;
    return (product - (product % c)) / c;
  }
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** (a * b) mod c for non-negative integers, exact. */
function mulMod(a: number, b: number, c: number): number {
  if (safeProduct(a, b)) return (a * b) % c;
  return Number((BigInt(a) * BigInt(b)) % BigInt(c));
}

/**
 * Compares two fractions exactly: -1 when `a < b`, 0 when equal, 1 when `a > b`.
 *
 * @example
 * ```ts
 * compareFractions({ numerator: 2, denominator: 3 }, { numerator: 667, denominator: 1000 }); // -1
 * ```
 * @category Rules
 */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  if (safeProduct(a.numerator, b.denominator) && safeProduct(b.numerator, a.denominator)) {
    const l = a.numerator * b.denominator;
    const r = b.numerator * a.denominator;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * A fraction of a base as a head count, rounded as the statute says (`ceil`, `floor`,
 * `nearest` with halves up). One third of 22 is 8 with `ceil` and 7 with `floor` or `nearest`.
 *
 * @param fraction - the share, e.g. `{ numerator: 1, denominator: 3 }`
 * @param base - a non-negative whole number
 * @param rounding - how the statute rounds
 * @example
 * ```ts
 * fractionOf({ numerator: 1, denominator: 3 }, 22, 'nearest'); // 7
 * fractionOf({ numerator: 1, denominator: 3 }, 22, 'ceil'); // 8
 * ```
 * @category Rules
 */
export function fractionOf(fraction: Fraction, base: number, rounding: Rounding): number {
  const { numerator: n, denominator: d } = fraction;
  const floor = mulDivFloor(n, base, d);
  const remainder = mulMod(n, base, d);
  switch (rounding) {
    case 'floor':
      return floor;
    case 'ceil':
      return remainder === 0 ? floor : floor + 1;
    case 'nearest':
      // remainder / d >= 1/2  <=>  2 * remainder >= d
      return 2 * remainder >= d ? floor + 1 : floor;
  }
}

/**
 * The smallest head count that meets a threshold over a base. Exact: "at least 2/3 of 17" is
 * 12, "more than 1/2 of 10" is 6, "at least 667/1000 of 6" is 5. With `rounding`, the statute's
 * head count (`fractionOf`) is the requirement (`atLeast`) or must be passed (`moreThan`).
 *
 * @param threshold - a share or a count, with its comparison
 * @param base - what the share is of: a non-negative whole number
 * @example
 * ```ts
 * requiredCount({ kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' }, 17); // 12
 * requiredCount({ kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' }, 10); // 6
 * ```
 * @category Rules
 */
export function requiredCount(threshold: Threshold, base: number): number {
  if (threshold.kind === 'count') {
    return threshold.comparison === 'atLeast' ? threshold.count : threshold.count + 1;
  }
  const { fraction, comparison, rounding } = threshold;
  if (rounding !== undefined) {
    const heads = fractionOf(fraction, base, rounding);
    return comparison === 'atLeast' ? heads : heads + 1;
  }
  // Exact: the smallest n with n/base >= f (atLeast) or n/base > f (moreThan).
  const floor = mulDivFloor(fraction.numerator, base, fraction.denominator);
  const exact = mulMod(fraction.numerator, base, fraction.denominator) === 0;
  if (comparison === 'atLeast') return exact ? floor : floor + 1;
  return floor + 1;
}

/**
 * Whether a count meets a threshold over a base, exactly.
 *
 * @example
 * ```ts
 * const twoThirds = { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' } as const;
 * meetsThreshold(11, 17, twoThirds); // false
 * meetsThreshold(12, 17, twoThirds); // true
 * ```
 * @category Rules
 */
export function meetsThreshold(got: number, base: number, threshold: Threshold): boolean {
  return got >= requiredCount(threshold, base);
}

/**
 * A share threshold from a fraction and whether it is strict (`moreThan`) or not (`atLeast`).
 *
 * @example
 * ```ts
 * shareThreshold({ numerator: 1, denominator: 2 }, true);
 * // { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' }
 * ```
 * @category Rules
 */
export function shareThreshold(fraction: Fraction, strict: boolean, rounding?: Rounding): Threshold {
  const comparison: Comparison = strict ? 'moreThan' : 'atLeast';
  return rounding === undefined
    ? { kind: 'share', fraction, comparison }
    : { kind: 'share', fraction, comparison, rounding };
}
