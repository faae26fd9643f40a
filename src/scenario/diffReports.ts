/**
 * What differs between two reports on the same case.
 *
 * @internal
 * @module
 */
import type { Check, CheckId, DecisionReport } from '../assess/types.js';
import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { PartyId, ProposalId } from '../model/ids.js';

/**
 * A check whose verdict or reason differs between two reports.
 *
 * @example
 * ```ts
 * const flip: CheckChange = { id: 'decision-rule', before: { ok: false, code: 'consensus.objection' }, after: { ok: true, code: 'majority.met' } };
 * ```
 * @category Scenario
 */
export interface CheckChange {
  readonly id: CheckId;
  readonly before?: { readonly ok: boolean; readonly code: Check['code'] };
  readonly after?: { readonly ok: boolean; readonly code: Check['code'] };
}

/**
 * How one case's report differs. A case is listed when its status, validity or bound parties
 * differ, or a check flipped between passed and failed; `checks` then lists every check whose
 * verdict or reason changed. `before` or `after` is missing for a case on one side only.
 *
 * @example
 * ```ts
 * for (const change of whatIf(state, events).changes) console.log(change.proposal, change.before?.status, '→', change.after?.status);
 * ```
 * @category Scenario
 */
export interface ReportChange {
  readonly proposal: ProposalId;
  readonly before?: {
    readonly status: DecisionStatus;
    readonly valid: boolean;
    readonly binds: readonly PartyId[];
  };
  readonly after?: {
    readonly status: DecisionStatus;
    readonly valid: boolean;
    readonly binds: readonly PartyId[];
  };
  readonly checks: readonly CheckChange[];
}

const summary = (r: DecisionReport) => ({ status: r.status, valid: r.valid, binds: r.binds });

/** The change between two reports, or undefined when no verdict differs. @internal */
export function diffReports(
  proposal: ProposalId,
  before: DecisionReport | undefined,
  after: DecisionReport | undefined,
): ReportChange | undefined {
  const ids = [...new Set([...(before?.checks ?? []), ...(after?.checks ?? [])].map((c) => c.id))];
  const checks: CheckChange[] = [];
  for (const id of ids) {
    const b = before?.checks.find((c) => c.id === id);
    const a = after?.checks.find((c) => c.id === id);
    if (b?.ok !== a?.ok || b?.code !== a?.code) {
      checks.push({
        id,
        ...(b === undefined ? {} : { before: { ok: b.ok, code: b.code } }),
        ...(a === undefined ? {} : { after: { ok: a.ok, code: a.code } }),
      });
    }
  }
  const flipped = checks.some((c) => c.before?.ok !== c.after?.ok);
  const same =
    before !== undefined &&
    after !== undefined &&
    before.status === after.status &&
    before.valid === after.valid &&
    before.binds.join() === after.binds.join() &&
    !flipped;
  if (same) return undefined;
  return {
    proposal,
    ...(before === undefined ? {} : { before: summary(before) }),
    ...(after === undefined ? {} : { after: summary(after) }),
    checks,
  };
}
