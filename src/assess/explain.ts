/**
 * Reports and reasons as sentences, in bokmål, nynorsk or English, citing the statute.
 *
 * @module
 */

import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { Outcome, Reason } from '../engine/reasons.js';
import { setOwn } from '../model/_own.js';
import type { Statute } from '../model/statute.js';
import { catalogOf, type Locale } from './_catalog.js';
import { checkIn, establishmentIn, outcomeIn, reasonIn, reportIn } from './_text.js';
import type { EstablishmentReport } from './assessEstablishment.js';
import type { Check, DecisionReport } from './types.js';

/**
 * Options for the `explain` functions.
 *
 * @example
 * ```ts
 * explain(report, { locale: 'en' });
 * ```
 * @category Assess
 */
export interface ExplainOptions {
  /**
   * The language: `nb` (bokmål), `nn` (nynorsk) or `en`.
   * @defaultValue `'nb'`
   */
  readonly locale?: Locale;
  /**
   * Display names for ids (parties, bodies, matters, members) — see {@link namesOf}.
   * @defaultValue none: ids are shown as they are
   */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Display names from a statute: each party's, body's and matter's id mapped to its name, for
 * `explain(report, { names })`.
 *
 * @example
 * ```ts
 * explain(report, { locale: 'nb', names: namesOf(presets.helgeland) });
 * // "… vedtatt av Vefsn, Rana; mangler: Vega, Træna, Rødøy."
 * ```
 * @category Assess
 */
export function namesOf(statute: Statute): Record<string, string> {
  const names: Record<string, string> = {};
  for (const matter of statute.matters) setOwn(names, matter.id, matter.name.toLowerCase());
  for (const body of statute.bodies) setOwn(names, body.id, body.name);
  for (const party of statute.parties) setOwn(names, party.id, party.name);
  return names;
}

/**
 * One check as a sentence citing its section: `✓ Vedtaksførhet: 9 av 16 … (§7.1)`; `✗` where it
 * failed, and `–` where the statute states no rule, so nothing was checked.
 *
 * @example
 * ```ts
 * report.checks.map((check) => explainCheck(check, { locale: 'en' }));
 * ```
 * @category Assess
 */
export function explainCheck(check: Check, options: ExplainOptions = {}): string {
  return checkIn(catalogOf(options.locale), check, options);
}

/**
 * A decision report as text: the status, the body and tier, the statute version, every check as
 * a sentence citing its section (with the per-side and per-rule parts of quorum and decision
 * rules), where an escalated matter lies, the ratification status (per party, with dates, under
 * a `per-party` rule) and whom it binds. All text
 * comes from one message module per language.
 *
 * @throws {@link InputError} when `locale` is not one the library writes
 * @example
 * ```ts
 * console.log(explain(assess(state, 'SSU-7'), { locale: 'nb' }));
 * ```
 * @category Assess
 */
export function explain(report: DecisionReport, options: ExplainOptions = {}): string {
  return reportIn(catalogOf(options.locale), report, options);
}

/**
 * A rejection reason as a sentence, citing its section where a rule is behind it.
 *
 * @example
 * ```ts
 * const { outcome } = apply(state, event);
 * if (outcome.kind === 'rejected') console.log(outcome.reasons.map((r) => explainReason(r, { locale: 'en' })));
 * ```
 * @category Assess
 */
export function explainReason(reason: Reason, options: ExplainOptions = {}): string {
  return reasonIn(catalogOf(options.locale), reason, options);
}

/**
 * An event's outcome as text: empty for an applied event, the reasons for a rejected one.
 *
 * @example
 * ```ts
 * const { outcomes } = replay(statute, events);
 * outcomes.filter((o) => o.kind === 'rejected').map((o) => explainOutcome(o));
 * ```
 * @category Assess
 */
export function explainOutcome(outcome: Outcome, options: ExplainOptions = {}): string {
  return outcomeIn(catalogOf(options.locale), outcome, options);
}

/**
 * An establishment report as a sentence.
 *
 * @example
 * ```ts
 * const report = assessEstablishment(state);
 * if (report) console.log(explainEstablishment(report, { locale: 'en' }));
 * ```
 * @category Assess
 */
export function explainEstablishment(report: EstablishmentReport, options: ExplainOptions = {}): string {
  return establishmentIn(catalogOf(options.locale), report);
}

/**
 * A decision status as words: `pending-ratification` is "vedtatt, venter på tilslutning" in
 * bokmål, "vedteke, ventar på tilslutning" in nynorsk and "adopted, awaiting ratification" in
 * English.
 *
 * @example
 * ```ts
 * explainStatus('in-force', { locale: 'nb' }); // 'i kraft'
 * explainStatus('rejected', { locale: 'nn' }); // 'ikkje vedteke'
 * ```
 * @category Assess
 */
export function explainStatus(status: DecisionStatus, options: ExplainOptions = {}): string {
  return catalogOf(options.locale).status[status];
}
