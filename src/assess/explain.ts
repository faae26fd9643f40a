/**
 * Reports and reasons as sentences, in bokmål, nynorsk or English, citing the statute.
 *
 * @module
 */

import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { PartyOn, PerPartyStatus } from '../engine/perPartyStatus.js';
import type { Outcome, Reason } from '../engine/reasons.js';
import { own, setOwn } from '../model/_own.js';
import type { Statute } from '../model/statute.js';
import type { OutcomeCounts } from '../rules/types.js';
import { catalogOf, type Locale } from './_catalog.js';
import type { EstablishmentReport } from './assessEstablishment.js';
import type { MessageCatalog, ShownOutcome } from './messages/types.js';
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

/** A value that can name ids: a string, or a list of them. */
type Named = string | number | boolean | readonly string[] | undefined;

/** Params with every value that names an id replaced by its display name: a text, or each element of a list. */
function named<P extends object>(params: P, options: ExplainOptions): P {
  const names = options.names;
  if (names === undefined) return params;
  const name = (part: string) => own(names, part) ?? part;
  const label = (value: Named): Named =>
    typeof value === 'string' ? name(value) : Array.isArray(value) ? value.map(name) : value;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, label(value as Named)])) as P;
}

function catalog(options: ExplainOptions): MessageCatalog {
  return catalogOf(options.locale);
}

/** A check's or an outcome's message by its code (a report read back from JSON may carry any code). */
function render(messages: MessageCatalog, code: string, params: object): string {
  const table = messages.check as unknown as Readonly<Record<string, (p: object) => string>>;
  return Object.hasOwn(table, code)
    ? (table[code] as (p: object) => string)(params)
    : messages.unknownCode({ code });
}

/** A rule outcome's params with its counts, as its message takes them. */
function outcomeParams(outcome: ShownOutcome): ShownOutcome['params'] & OutcomeCounts {
  const { base, baseCount, required, got, missing, spare } = outcome;
  return { ...outcome.params, base, baseCount, required, got, missing, spare };
}

function childLines(
  messages: MessageCatalog,
  outcome: ShownOutcome,
  indent: string,
  options: ExplainOptions,
): string[] {
  const lines: string[] = [];
  for (const child of (outcome.children ?? []) as readonly ShownOutcome[]) {
    const label = child.bloc === undefined ? '' : `${messages.bloc[child.bloc]}: `;
    const text = render(messages, child.code, named(outcomeParams(child), options));
    lines.push(`${indent}${child.ok ? '✓' : '✗'} ${label}${text} (${child.ref})`);
    lines.push(...childLines(messages, child, `${indent}  `, options));
  }
  return lines;
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
  const messages = catalog(options);
  const params = named('outcome' in check ? outcomeParams(check.outcome) : check.params, options);
  const mark = !check.ok ? '✗' : check.code.endsWith('.not-stated') ? '–' : '✓';
  return `${mark} ${messages.checkTitle[check.id]}: ${render(messages, check.code, params)} (${check.ref})`;
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
  const messages = catalog(options);
  const lines = [
    messages.header({
      proposal: report.proposal,
      ...(report.title === undefined ? {} : { title: report.title }),
      status: messages.status[report.status],
      valid: messages.valid(report.valid),
    }),
    messages.meta({
      bodyName: report.bodyName,
      tier: messages.tier(report.tier),
      date: report.date,
      ...(report.decidedBy === undefined ? {} : { decidedBy: report.decidedBy }),
      version: report.statuteVersion,
      asOf: report.asOf,
    }),
  ];
  for (const check of report.checks) {
    lines.push(`  ${explainCheck(check, options)}`);
    if ('outcome' in check) lines.push(...childLines(messages, check.outcome, '      ', options));
  }
  if (report.liesWith !== undefined) {
    const { body, proposal, status } = report.liesWith;
    const where = { body, ...(proposal === undefined ? {} : { proposal }) };
    lines.push(
      messages.liesWith({
        ...named(where, options),
        ...(status === undefined ? {} : { status: messages.status[status] }),
      }),
    );
  }
  if (report.ratification !== undefined) {
    const r = report.ratification;
    const who = named({ adopted: r.adopted, rejected: r.rejected, missing: r.missing }, options);
    lines.push(
      messages.ratification({
        ref: r.ref,
        adopted: messages.list(who.adopted),
        rejected: messages.list(who.rejected),
        missing: messages.list(who.missing),
      }),
    );
    if (r.perParty !== undefined) lines.push(perPartyLine(messages, r.ref, r.perParty, options));
  }
  for (const st of report.statements ?? []) {
    lines.push(
      messages.statement({
        name: st.name,
        ref: st.ref,
        at: st.at,
        kind: st.kind,
        ...(st.text === undefined ? {} : { text: st.text }),
      }),
    );
  }
  lines.push(messages.binds({ parties: messages.list(named({ parties: report.binds }, options).parties) }));
  return lines.join('\n');
}

/** The line on each party of a per-party decision, with display names. */
function perPartyLine(
  messages: MessageCatalog,
  ref: string,
  perParty: PerPartyStatus,
  options: ExplainOptions,
): string {
  const name = (party: string): string => named({ party }, options).party;
  const dated = (list: readonly PartyOn[]) => list.map((p) => ({ party: name(p.party), on: p.on }));
  return messages.perParty({
    ref,
    counterparty: perParty.counterparty.map(name),
    inForce: dated(perParty.inForce),
    awaitingCounterparty: dated(perParty.awaitingCounterparty),
    rejected: dated(perParty.rejected),
    pending: perParty.pending.map(name),
    lapsed: perParty.lapsed.map(name),
  });
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
  const messages = catalog(options);
  const params = named(reason.params, options);
  const text = Object.hasOwn(messages.reason, reason.code)
    ? messages.reason[reason.code](params)
    : messages.unknownCode({ code: reason.code });
  return reason.ref === undefined ? text : `${text} (${reason.ref})`;
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
  if (outcome.kind === 'applied') return '';
  return catalog(options).rejected({
    type: outcome.type,
    reasons: outcome.reasons.map((r) => explainReason(r, options)).join('; '),
  });
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
  const { ref, got, base, required, missing, met } = report;
  return catalog(options).establishment({ ref, got, base, required, missing, met });
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
  return catalog(options).status[status];
}
