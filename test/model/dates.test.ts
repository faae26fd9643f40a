import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysBetween, isIsoDate } from '../../src/index.js';
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

describe('isIsoDate at the edges of the calendar', () => {
  it.each([
    ['2023-01-31', 'January has 31 days'],
    ['2023-02-28', 'February has 28 days in a common year'],
    ['2023-03-31', 'March has 31 days'],
    ['2023-04-30', 'April has 30 days'],
    ['2023-05-31', 'May has 31 days'],
    ['2023-06-30', 'June has 30 days'],
    ['2023-07-31', 'July has 31 days'],
    ['2023-08-31', 'August has 31 days'],
    ['2023-09-30', 'September has 30 days'],
    ['2023-10-31', 'October has 31 days'],
    ['2023-11-30', 'November has 30 days'],
    ['2023-12-31', 'December has 31 days'],
    ['2023-01-30', 'day 30 of a 31-day month'],
    ['2023-03-30', 'day 30 of a 31-day month'],
    ['2023-08-30', 'day 30 of a 31-day month'],
    ['2023-12-30', 'day 30 of a 31-day month'],
    ['2024-02-29', 'a year divisible by 4 is a leap year'],
    ['2000-02-29', 'a century divisible by 400 is a leap year'],
    ['2400-02-29', 'a century divisible by 400 is a leap year'],
    ['1900-02-28', 'a century year still has February 28'],
    ['2100-02-28', 'a century year still has February 28'],
    ['0004-02-29', 'year 4 is a leap year of the proleptic calendar'],
    ['0001-01-01', 'year 1 is the first year'],
    ['9999-12-31', 'year 9999 is the last four-digit year'],
    ['2023-01-01', 'month 01 and day 01 are the smallest'],
    ['2023-12-01', 'month 12 is the last month'],
  ])('accepts %s: %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['2023-04-31', 'April has 30 days'],
    ['2023-06-31', 'June has 30 days'],
    ['2023-09-31', 'September has 30 days'],
    ['2023-11-31', 'November has 30 days'],
    ['2023-01-32', 'no month has 32 days'],
    ['2023-12-32', 'no month has 32 days'],
    ['2023-02-29', 'a common year has no February 29'],
    ['1900-02-29', 'a century not divisible by 400 is not a leap year'],
    ['2100-02-29', 'a century not divisible by 400 is not a leap year'],
    ['2024-02-30', 'February has at most 29 days'],
    ['2000-02-30', 'February has at most 29 days'],
    ['0000-01-01', 'there is no year 0'],
    ['2023-00-10', 'there is no month 00'],
    ['2023-13-01', 'there is no month 13'],
    ['2023-01-00', 'there is no day 00'],
    ['2023/01-01', 'the separator at position 4 must be a hyphen'],
    ['2023-01/01', 'the separator at position 7 must be a hyphen'],
    ['2023 01-01', 'the separator at position 4 must be a hyphen'],
    ['2023-01 01', 'the separator at position 7 must be a hyphen'],
    ['2023.01.01', 'the separators must be hyphens'],
    ['2023-1-01', 'the month has two digits'],
    ['2023-01-011', 'the string has ten characters'],
    ['20230-1-01', 'the year has four digits'],
  ])('rejects %s: %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  // '/' and ':' are the characters either side of the digits in ASCII; read as if they were digits
  // ("-1" and "10"), several of these would still spell a real date, e.g. 2/23 as year 1923.
  const digitPositions = [0, 1, 2, 3, 5, 6, 8, 9];
  const oneNonDigit = digitPositions.flatMap((position) =>
    ['/', ':', 'a', ' '].map((c) => [
      `${'2023-11-11'.slice(0, position)}${c}${'2023-11-11'.slice(position + 1)}`,
      c,
      position,
    ]),
  );
  it.each(oneNonDigit)('rejects %s: %j at position %i is not a digit', (value) => {
    expect(isIsoDate(value as string)).toBe(false);
  });
});

const MS_PER_DAY = 86_400_000;

/**
 * The reference calendar: the platform's `Date`, which reads a date-only ISO string as UTC midnight
 * of the proleptic Gregorian calendar for years 0000 to 9999 (unlike `Date.UTC`, which reads the
 * years 0 to 99 as 1900 to 1999).
 */
const referenceDayNumber = (date: string): number => Date.parse(date) / MS_PER_DAY;
const referenceDate = (dayNumber: number): string =>
  new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
const referenceAddDays = (date: string, days: number): string =>
  referenceDate(referenceDayNumber(date) + days);
function referenceAddMonths(date: string, months: number): string {
  const t = new Date(Date.parse(date));
  const day = t.getUTCDate();
  t.setUTCDate(1);
  t.setUTCMonth(t.getUTCMonth() + months);
  const lastOfMonth = new Date(t);
  lastOfMonth.setUTCMonth(lastOfMonth.getUTCMonth() + 1, 0);
  t.setUTCDate(Math.min(day, lastOfMonth.getUTCDate()));
  return t.toISOString().slice(0, 10);
}
/** Whether a reference result lies in the years 1 to 9999, the years an ISO date here is written in. */
const inYears1To9999 = (date: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && !date.startsWith('0000-');

/** Month ends, February 28 and 29, year ends, century years, years before 1970, the earliest years. */
const edgeDates = [
  '0001-01-01',
  '0001-01-31',
  '0001-02-28',
  '0001-03-01',
  '0001-12-31',
  '0002-01-01',
  '0004-02-29',
  '0009-09-09',
  '0099-12-31',
  '0100-02-28',
  '0100-03-01',
  '0399-12-31',
  '0400-02-29',
  '0400-03-01',
  '0999-12-31',
  '1000-01-01',
  '1600-02-29',
  '1600-03-01',
  '1899-12-31',
  '1900-01-01',
  '1900-02-28',
  '1900-03-01',
  '1900-12-31',
  '1969-01-01',
  '1969-12-31',
  '1970-01-01',
  '1970-01-02',
  '1970-02-28',
  '1970-03-01',
  '1999-12-31',
  '2000-01-01',
  '2000-01-31',
  '2000-02-28',
  '2000-02-29',
  '2000-03-01',
  '2000-12-31',
  '2001-01-01',
  '2023-02-28',
  '2023-03-01',
  '2024-01-01',
  '2024-01-31',
  '2024-02-01',
  '2024-02-28',
  '2024-02-29',
  '2024-03-01',
  '2024-03-15',
  '2024-03-31',
  '2024-04-01',
  '2024-04-30',
  '2024-05-01',
  '2024-05-31',
  '2024-06-01',
  '2024-06-30',
  '2024-07-01',
  '2024-07-31',
  '2024-08-01',
  '2024-08-31',
  '2024-09-01',
  '2024-09-30',
  '2024-10-01',
  '2024-10-31',
  '2024-11-01',
  '2024-11-30',
  '2024-12-01',
  '2024-12-31',
  '2099-12-31',
  '2100-01-01',
  '2100-02-28',
  '2100-03-01',
  '2400-02-29',
  '9999-12-31',
];

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['1900-01-01', -25_567],
    ['2100-03-01', 47_541],
    ['0001-01-01', -719_162],
    ['0001-03-01', -719_103],
    ['9999-12-31', 2_932_896],
  ])('counts %s as day %i from 1970-01-01', (date, expected) => {
    expect(dayNumber(date)).toBe(expected);
  });

  it.each(edgeDates)('counts the days from 1970-01-01 to %s as the reference calendar does', (date) => {
    expect(dayNumber(date)).toBe(referenceDayNumber(date));
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-03-01', '2024-03-15', 14],
    ['2024-03-15', '2024-03-01', -14],
    ['2024-03-15', '2024-03-15', 0],
    ['1970-01-01', '2000-01-01', 10_957],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['1900-02-28', '1900-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['1999-12-31', '2000-01-01', 1],
    ['1969-12-31', '1970-01-01', 1],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['1900-01-01', '2000-01-01', 36_524],
    ['2000-01-01', '2100-01-01', 36_525],
    ['1600-03-01', '2000-03-01', 146_097],
    ['0001-01-01', '2001-01-01', 730_485],
    ['9999-12-31', '0001-01-01', -3_652_058],
  ])('counts from %s to %s as %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each(edgeDates.slice(1).map((to, i) => [edgeDates[i] as string, to]))(
    'counts from %s to %s, and back, as the reference calendar does',
    (from, to) => {
      const expected = referenceDayNumber(to) - referenceDayNumber(from);
      expect(daysBetween(from, to)).toBe(expected);
      expect(daysBetween(to, from)).toBe(-expected);
    },
  );
});

describe('addDays', () => {
  it.each([
    [1, '2024-02-28', '2024-02-29'],
    [2, '2024-02-28', '2024-03-01'],
    [-1, '2024-03-01', '2024-02-29'],
    [1, '2023-02-28', '2023-03-01'],
    [-1, '2023-03-01', '2023-02-28'],
    [1, '1900-02-28', '1900-03-01'],
    [1, '2100-02-28', '2100-03-01'],
    [1, '2000-02-28', '2000-02-29'],
    [-1, '2000-03-01', '2000-02-29'],
    [-1, '1600-03-01', '1600-02-29'],
    [1, '2024-01-31', '2024-02-01'],
    [1, '2024-04-30', '2024-05-01'],
    [1, '2024-07-31', '2024-08-01'],
    [1, '2024-12-31', '2025-01-01'],
    [1, '1999-12-31', '2000-01-01'],
    [-1, '2000-01-01', '1999-12-31'],
    [1, '1969-12-31', '1970-01-01'],
    [-1, '1970-01-01', '1969-12-31'],
    [0, '2024-03-15', '2024-03-15'],
    [365, '2023-01-01', '2024-01-01'],
    [366, '2024-01-01', '2025-01-01'],
    [10_957, '1970-01-01', '2000-01-01'],
    [-10_957, '2000-01-01', '1970-01-01'],
    [1, '0001-01-01', '0001-01-02'],
    [1, '0001-12-31', '0002-01-01'],
    [-1, '0002-01-01', '0001-12-31'],
    [1, '0999-12-31', '1000-01-01'],
    [-1, '1000-01-01', '0999-12-31'],
    [1, '0009-09-09', '0009-09-10'],
    [3_652_058, '0001-01-01', '9999-12-31'],
    [-3_652_058, '9999-12-31', '0001-01-01'],
  ])('adding %i day(s) to %s gives %s', (days, date, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  const offsets = [
    -146_097, -36_525, -36_524, -1461, -366, -365, -60, -59, -31, -30, -29, -28, -1, 0, 1, 2, 28, 29, 30, 31,
    59, 60, 365, 366, 1461, 36_524, 36_525, 146_097,
  ];
  it.each(edgeDates)('moves %s by days forwards and backwards as the reference calendar does', (date) => {
    for (const days of offsets) {
      const expected = referenceAddDays(date, days);
      if (inYears1To9999(expected)) expect(addDays(date, days)).toBe(expected);
    }
  });
});

describe('addMonths', () => {
  it.each([
    [1, '2024-01-31', '2024-02-29', 'clamped to February 29 of a leap year'],
    [1, '2023-01-31', '2023-02-28', 'clamped to February 28 of a common year'],
    [1, '2100-01-31', '2100-02-28', 'clamped to February 28 of a century that is not a leap year'],
    [13, '2024-01-31', '2025-02-28', 'clamped, a year and a month later'],
    [2, '2024-12-31', '2025-02-28', 'clamped, across the year end'],
    [3, '1999-11-30', '2000-02-29', 'clamped to February 29 of a century that is a leap year'],
    [-1, '2000-03-31', '2000-02-29', 'clamped, backwards'],
    [-1, '1900-03-31', '1900-02-28', 'clamped, backwards, in a century that is not a leap year'],
    [1200, '2000-02-29', '2100-02-28', 'clamped, a hundred years later'],
    [-1200, '2000-02-29', '1900-02-28', 'clamped, a hundred years earlier'],
    [1, '2023-08-31', '2023-09-30', 'clamped to the 30th of a 30-day month'],
    [-1, '2024-05-31', '2024-04-30', 'clamped to the 30th of a 30-day month, backwards'],
    [1, '2024-10-31', '2024-11-30', 'clamped to the 30th of a 30-day month'],
    [1, '2024-02-29', '2024-03-29', "the day is kept, not moved to the month's end"],
    [1, '2024-06-30', '2024-07-30', "the day is kept, not moved to the month's end"],
    [12, '2024-02-29', '2025-02-28', 'clamped in the next, common year'],
    [48, '2024-02-29', '2028-02-29', 'kept in the next leap year'],
    [0, '2024-03-15', '2024-03-15', 'no months is the same date'],
    [1, '2024-03-15', '2024-04-15', 'the day fits'],
    [-1, '2024-01-31', '2023-12-31', 'backwards across the year end'],
    [1, '1969-12-31', '1970-01-31', 'forwards across the year end'],
    [-1, '1970-01-15', '1969-12-15', 'backwards across the year end, before 1970'],
    [-11, '0001-12-31', '0001-01-31', 'within year 1'],
    [0, '0001-01-01', '0001-01-01', 'the first day of year 1'],
    [1, '0009-09-09', '0009-10-09', 'the year written with four digits'],
    [1, '9999-11-30', '9999-12-30', 'within year 9999'],
  ])('adding %i month(s) to %s gives %s: %s', (months, date, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  const monthOffsets = [-1200, -25, -13, -12, -11, -2, -1, 0, 1, 2, 11, 12, 13, 25, 1200];
  it.each(edgeDates)('moves %s by months forwards and backwards as the reference calendar does', (date) => {
    for (const months of monthOffsets) {
      const expected = referenceAddMonths(date, months);
      if (inYears1To9999(expected)) expect(addMonths(date, months)).toBe(expected);
    }
  });
});
