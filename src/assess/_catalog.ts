/**
 * The message catalog of a locale, checked: every text the library writes comes from one.
 *
 * @internal
 * @module
 */
import { checkedLocale } from './_inputOptions.js';
import { en } from './messages/en.js';
import { nb } from './messages/nb.js';
import { nn } from './messages/nn.js';
import type { MessageCatalog } from './messages/types.js';

/**
 * The languages the library writes: `nb` (bokmål, the default), `nn` (nynorsk) and `en`. Every
 * locale has every text: the catalogs are typed, so a locale missing a message does not compile.
 *
 * @example
 * ```ts
 * const locale: Locale = 'nn';
 * explainStatus('adopted', { locale }); // 'vedteke'
 * ```
 * @category Assess
 */
export type Locale = 'nb' | 'nn' | 'en';

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { nb, nn, en };
/** The locales, in the order errors list them. @internal */
export const locales: readonly Locale[] = ['nb', 'nn', 'en'];

/**
 * The catalog of `locale` (`nb` when it is left out).
 *
 * @throws {@link InputError} when `locale` is not one the library writes
 * @internal
 */
export function catalogOf(locale: unknown): MessageCatalog {
  return catalogs[checkedLocale(locale, locales) ?? 'nb'];
}
