/**
 * The message catalog of a locale, checked: every text the library writes comes from one.
 *
 * @internal
 * @module
 */
import { checkedLocale } from './_inputOptions.js';
import { en } from './messages/en.js';
import { nb } from './messages/nb.js';
import type { MessageCatalog } from './messages/types.js';

/**
 * The languages the library writes: `nb` (bokmål) and `en`.
 *
 * @example
 * ```ts
 * const locale: Locale = 'nb';
 * ```
 * @category Assess
 */
export type Locale = 'nb' | 'en';

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { nb, en };
const locales = Object.keys(catalogs) as Locale[];

/**
 * The catalog of `locale` (`nb` when it is left out).
 *
 * @throws {@link InputError} when `locale` is not one the library writes
 * @internal
 */
export function catalogOf(locale: unknown): MessageCatalog {
  return catalogs[checkedLocale(locale, locales) ?? 'nb'];
}
