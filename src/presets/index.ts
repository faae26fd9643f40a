/**
 * Statutes as data: a national template and three real communities.
 *
 * @module
 */
import type { Statute } from '../model/statute.js';
import { finnmark } from './finnmark.js';
import { helgeland } from './helgeland.js';
import { nationalTemplate } from './nationalTemplate.js';
import { vestfold } from './vestfold.js';

/**
 * The preset statutes: `nationalTemplate` (the 2019 agreement's tiers and fagråd, consensus),
 * `helgeland` (Helgelandssykehuset HF and 18 candidate kommuner, with the two-thirds joining
 * criterion), `vestfold` (Sykehuset i Vestfold HF and 6 kommuner) and `finnmark`
 * (Finnmarkssykehuset HF and the 18 kommuner of Finnmark, with a delegated SU). Each rule cites its
 * section, and each section says whether it is verified, an assumption, uncertain or not stated;
 * the sources are listed in docs/presets.md. Each is frozen through; copy one to change it.
 *
 * @example
 * ```ts
 * import { presets, parseStatute } from 'helsefellesskap';
 * parseStatute(JSON.parse(JSON.stringify(presets.helgeland))); // a valid statute
 * // or one preset alone, from its own subpath:
 * import { helgeland } from 'helsefellesskap/presets';
 * ```
 * @category Presets
 */
export const presets: {
  readonly nationalTemplate: Statute;
  readonly helgeland: Statute;
  readonly vestfold: Statute;
  readonly finnmark: Statute;
} = { nationalTemplate, helgeland, vestfold, finnmark };

export { standardMatters } from './standardMatters.js';
export { finnmark, helgeland, nationalTemplate, vestfold };
