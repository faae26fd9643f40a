/**
 * Reports and reasons as sentences, in Norwegian or English, citing the statute.
 *
 * @module
 */
import type { Check, DecisionReport, DecisionStatus } from '../engine/evaluateProposal.js';
import type { Outcome, Reason } from '../engine/reasons.js';
import type { Statute } from '../model/statute.js';
import type { RuleOutcome } from '../rules/types.js';
import type { EstablishmentReport } from './assessEstablishment.js';
import { en } from './messages/en.js';
import { nb } from './messages/nb.js';
import type { MessageCatalog, Params } from './messages/types.js';

/**
 * The languages reports are written in: `nb` (bokmål) and `en`.
 *
 * @example
 * ```ts
 * const locale: Locale = 'nb';
 * ```
 * @category Assess
 */
export type Locale = 'nb' | 'en';

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
   * The language.
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
  for (const matter of statute.matters) names[matter.id] = matter.name.toLowerCase();
  for (const body of statute.bodies) names[body.id] = body.name;
  for (const party of statute.parties) names[party.id] = party.name;
  return names;
}

/** Params with every value that names an id replaced by its display name. */
function named(params: Params, options: ExplainOptions): Params {
  const names = options.names;
  if (names === undefined) return params;
  const label = (value: string | number | boolean) =>
    typeof value === 'string'
      ? value
          .split(', ')
          .map((part) => (Object.hasOwn(names, part) ? names[part] : part))
          .join(', ')
      : value;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, label(value)]));
}

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { nb, en };

function catalog(options: ExplainOptions): MessageCatalog {
  return catalogs[options.locale ?? 'nb'];
}

function render(messages: MessageCatalog, code: string, params: Params): string {
  const table = messages.check as Readonly<Record<string, (p: Params) => string>>;
  return Object.hasOwn(table, code)
    ? (table[code] as (p: Params) => string)(params)
    : messages.unknownCode({ code });
}

function outcomeParams(outcome: RuleOutcome): Params {
  const { base, baseCount, required, got, missing, spare } = outcome;
  return { ...outcome.params, base, baseCount, required, got, missing, spare };
}

function childLines(
  messages: MessageCatalog,
  outcome: RuleOutcome,
  indent: string,
  options: ExplainOptions,
): string[] {
  const lines: string[] = [];
  for (const child of outcome.children ?? []) {
    const label = child.bloc === undefined ? '' : `${messages.bloc[child.bloc]}: `;
    const text = render(messages, child.code, named(outcomeParams(child), options));
    lines.push(`${indent}${child.ok ? '✓' : '✗'} ${label}${text} (${child.ref})`);
    lines.push(...childLines(messages, child, `${indent}  `, options));
  }
  return lines;
}

/**
 * One check as a sentence citing its section: `✓ Vedtaksførhet: 9 av 16 … (§7.1)`.
 *
 * @example
 * ```ts
 * report.checks.map((check) => explainCheck(check, { locale: 'en' }));
 * ```
 * @category Assess
 */
export function explainCheck(check: Check, options: ExplainOptions = {}): string {
  const messages = catalog(options);
  const params = named(check.outcome === undefined ? check.params : outcomeParams(check.outcome), options);
  return `${check.ok ? '✓' : '✗'} ${messages.checkTitle[check.id]}: ${render(messages, check.code, params)} (${check.ref})`;
}

/**
 * A decision report as text: the status, the body and tier, the statute version, every check as
 * a sentence citing its section (with the per-side and per-rule parts of quorum and decision
 * rules), where an escalated matter lies, the ratification status and whom it binds. All text
 * comes from one message module per language.
 *
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
      version: report.statuteVersion,
      asOf: report.asOf,
    }),
  ];
  for (const check of report.checks) {
    lines.push(`  ${explainCheck(check, options)}`);
    if (check.outcome !== undefined) lines.push(...childLines(messages, check.outcome, '      ', options));
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
    const who = {
      adopted: r.adopted.join(', '),
      rejected: r.rejected.join(', '),
      missing: r.missing.join(', '),
    };
    lines.push(messages.ratification({ ref: r.ref, ...named(who, options) }));
  }
  lines.push(messages.binds(named({ parties: report.binds.join(', ') }, options)));
  return lines.join('\n');
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
 * Norwegian and "adopted, awaiting ratification" in English.
 *
 * @example
 * ```ts
 * explainStatus('in-force', { locale: 'nb' }); // 'i kraft'
 * ```
 * @category Assess
 */
export function explainStatus(status: DecisionStatus, options: ExplainOptions = {}): string {
  return catalog(options).status[status];
}
