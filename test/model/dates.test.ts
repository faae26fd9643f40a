import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/index.js';
import { fc, prop } from '../prop.js';

/** The definition, written the plain way: the pattern, then the calendar. */
function reference(value: string): boolean {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const nearDates = fc
  .tuple(
    fc.integer({ min: -5, max: 10_005 }),
    fc.integer({ min: -1, max: 14 }),
    fc.integer({ min: -1, max: 33 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const dateLike = fc.oneof(
  nearDates,
  nearDates.map((s) => `${s}\n`),
  nearDates.map((s) => ` ${s}`),
  fc.string({ unit: fc.constantFrom(...'0123456789-/:٣ '), minLength: 8, maxLength: 12 }),
  fc.string(),
);

describe('isIsoDate', () => {
  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
  });

  it('says no to a value that is not a string, without throwing', () => {
    for (const value of [null, undefined, 20240314, {}, ['2024-03-14']])
      expect(isIsoDate(value as unknown as string)).toBe(false);
  });

  prop([dateLike], { numRuns: 10_000 })('agrees with the pattern-and-calendar definition', (value) => {
    expect(isIsoDate(value)).toBe(reference(value));
  });
});
