/**
 * The message catalogs, one per language, for {@link explainer}: import the one an application
 * writes in, and a bundle holds its texts and no other language's.
 *
 * @module
 */
import { en as enCatalog } from '../assess/messages/en.js';
import { nb as nbCatalog } from '../assess/messages/nb.js';
import { nn as nnCatalog } from '../assess/messages/nn.js';
import type { MessageCatalog } from '../assess/messages/types.js';

export type { MessageCatalog } from '../assess/messages/types.js';

/**
 * Bokmål: every text the library writes.
 *
 * @example
 * ```ts
 * import { explainer } from 'helsefellesskap';
 * import { nb } from 'helsefellesskap/locales';
 * explainer(nb).explainStatus('in-force'); // 'i kraft'
 * ```
 * @category Locales
 */
export const nb: MessageCatalog = nbCatalog;

/**
 * Nynorsk: every text the library writes.
 *
 * @example
 * ```ts
 * import { nn } from 'helsefellesskap/locales';
 * explainer(nn).explainStatus('rejected'); // 'ikkje vedteke'
 * ```
 * @category Locales
 */
export const nn: MessageCatalog = nnCatalog;

/**
 * English: every text the library writes.
 *
 * @example
 * ```ts
 * import { en } from 'helsefellesskap/locales';
 * explainer(en).explainStatus('pending-ratification'); // 'adopted, awaiting ratification'
 * ```
 * @category Locales
 */
export const en: MessageCatalog = enCatalog;
