/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), with exact integer arithmetic.
 *
 * The library never reads the clock: every date is an input. These helpers never construct a
 * `Date`, so they give the same answer in every time zone.
 *
 * @module
 */

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601), e.g. `"2023-05-04"`.
 *
 * @example
 * ```ts
 * const founded: IsoDate = '2023-05-04';
 * ```
 * @category Model
 */
export type IsoDate = string;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the ASCII digits `value[from..to)`, or -1 if one is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is not).
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * ```
 * @category Model
 */
export function isIsoDate(value: string): boolean {
  // Read digit by digit, without a regular expression or an allocation: this runs on every event.
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  )
    return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The number of days from 1970-01-01 to a date (negative before it), by the proleptic Gregorian
 * calendar. Pure integer arithmetic.
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * ```
 * @category Model
 */
export function dayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Days from civil, after Howard Hinnant's public-domain algorithm.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2024-03-01', '2024-03-15'); // 14
 * ```
 * @category Model
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The date a number of days after (or before, when negative) a date.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 2); // '2024-03-01'
 * ```
 * @category Model
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const z = dayNumber(date) + days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date a number of whole months after a date; the day is clamped to the month's last day
 * (`2024-01-31` plus one month is `2024-02-29`).
 *
 * @example
 * ```ts
 * addMonths('2024-01-31', 1); // '2024-02-29'
 * ```
 * @category Model
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}
