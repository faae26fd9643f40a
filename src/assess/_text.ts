/**
 * The text of reports, checks, reasons and outcomes in one catalog's language: what
 * {@link explain} and {@link explainer} render with.
 *
 * @internal
 * @module
 */

import type { PartyOn, PerPartyStatus } from '../engine/perPartyStatus.js';
import type { Outcome, Reason } from '../engine/reasons.js';
import { own } from '../model/_own.js';
import type { OutcomeCounts } from '../rules/types.js';
import type { EstablishmentReport } from './assessEstablishment.js';
import type { MessageCatalog, ShownOutcome } from './messages/types.js';
import type { Check, DecisionReport } from './types.js';

/**
 * Options for the functions of an {@link Explainer}: display names for ids (see {@link namesOf}).
 *
 * @example
 * ```ts
 * explainer(nb).explain(report, { names: namesOf(statute) });
 * ```
 * @category Assess
 */
export interface TextOptions {
  /** Display names by id. @defaultValue none: ids are shown as they are */
  readonly names?: Readonly<Record<string, string>> | undefined;
}

/** A value that can name ids: a string, or a list of them. */
type Named = string | number | boolean | readonly string[] | undefined;

/** Params with every value that names an id replaced by its display name: a text, or each element of a list. */
function named<P extends object>(params: P, options: TextOptions): P {
  const names = options.names;
  if (names === undefined) return params;
  const name = (part: string) => own(names, part) ?? part;
  const label = (value: Named): Named =>
    typeof value === 'string' ? name(value) : Array.isArray(value) ? value.map(name) : value;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, label(value as Named)])) as P;
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
  options: TextOptions,
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

/** The text of {@link explainCheck}, in `messages`. @internal */
export function checkIn(messages: MessageCatalog, check: Check, options: TextOptions): string {
  const params = named('outcome' in check ? outcomeParams(check.outcome) : check.params, options);
  const mark = !check.ok ? '✗' : check.code.endsWith('.not-stated') ? '–' : '✓';
  return `${mark} ${messages.checkTitle[check.id]}: ${render(messages, check.code, params)} (${check.ref})`;
}

/** The text of {@link explain}, in `messages`. @internal */
export function reportIn(messages: MessageCatalog, report: DecisionReport, options: TextOptions): string {
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
    lines.push(`  ${checkIn(messages, check, options)}`);
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
  options: TextOptions,
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

/** The text of {@link explainReason}, in `messages`. @internal */
export function reasonIn(messages: MessageCatalog, reason: Reason, options: TextOptions): string {
  const params = named(reason.params, options);
  const text = Object.hasOwn(messages.reason, reason.code)
    ? messages.reason[reason.code](params)
    : messages.unknownCode({ code: reason.code });
  return reason.ref === undefined ? text : `${text} (${reason.ref})`;
}

/** The text of {@link explainOutcome}, in `messages`. @internal */
export function outcomeIn(messages: MessageCatalog, outcome: Outcome, options: TextOptions): string {
  if (outcome.kind === 'applied') return '';
  return messages.rejected({
    type: outcome.type,
    reasons: outcome.reasons.map((r) => reasonIn(messages, r, options)).join('; '),
  });
}

/** The text of {@link explainEstablishment}, in `messages`. @internal */
export function establishmentIn(messages: MessageCatalog, report: EstablishmentReport): string {
  const { ref, got, base, required, missing, met } = report;
  return messages.establishment({ ref, got, base, required, missing, met });
}
