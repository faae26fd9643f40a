/**
 * The options of the report functions, checked: a date that is not an ISO date, or a locale the
 * library does not write, is an {@link InputError} naming the option, never a report that prints
 * it or a crash deep inside.
 *
 * @internal
 * @module
 */
import { type IsoDate, isIsoDate } from '../model/dates.js';
import { issueOf } from '../statute/_issueText.js';
import { InputError } from '../statute/issues.js';

/** `asOf` as given, once it is a real ISO date (`YYYY-MM-DD`), or undefined. @internal */
export function checkedAsOf(asOf: unknown, field = 'asOf'): IsoDate | undefined {
  if (asOf === undefined) return undefined;
  if (typeof asOf === 'string' && isIsoDate(asOf)) return asOf;
  const shown = typeof asOf === 'string' ? JSON.stringify(asOf.slice(0, 40)) : typeof asOf;
  throw new InputError('options', [issueOf('invalid_date', [field], { received: shown })]);
}

/** `locale` (or the option `field`) as given, once it is one of `locales`, or undefined. @internal */
export function checkedLocale<L extends string>(
  locale: unknown,
  locales: readonly L[],
  field = 'locale',
): L | undefined {
  if (locale === undefined) return undefined;
  if (typeof locale === 'string' && (locales as readonly string[]).includes(locale)) return locale as L;
  const shown = typeof locale === 'string' ? JSON.stringify(locale.slice(0, 40)) : typeof locale;
  throw new InputError('options', [
    issueOf('invalid_value', [field], {
      expected: locales.join(' | '),
      oneOf: locales.join(', '),
      received: shown,
    }),
  ]);
}
