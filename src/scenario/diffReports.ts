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
 * differ, a check flipped between passed and failed, or (under a per-party rule) a party's
 * standing changed; `checks` then lists every check whose verdict or reason changed, and
 * `parties` every party whose standing changed. `before` or `after` is missing for a case on one side only.
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
  /** Under a per-party rule: each party whose standing differs. */
  readonly parties?: readonly PartyChange[];
}

/**
 * Where a decision ratified per party stands with one party: in force, adopted and awaiting the
 * helseforetak, rejected, pending (not yet decided) or lapsed (not decided by the deadline).
 *
 * @example
 * ```ts
 * const standing: PartyStanding = 'awaiting-counterparty';
 * ```
 * @category Scenario
 */
export type PartyStanding = 'in-force' | 'awaiting-counterparty' | 'rejected' | 'pending' | 'lapsed';

/**
 * A party whose standing under a per-party decision differs between two reports (missing on the
 * side where the party is not among those that bind themselves, such as before it joined).
 *
 * @example
 * ```ts
 * const change: PartyChange = { party: 'kvitsoy', before: 'pending', after: 'in-force' };
 * ```
 * @category Scenario
 */
export interface PartyChange {
  readonly party: PartyId;
  readonly before?: PartyStanding;
  readonly after?: PartyStanding;
}

/** Each party's standing under a per-party decision, by party. */
function standings(report: DecisionReport | undefined): Map<PartyId, PartyStanding> {
  const out = new Map<PartyId, PartyStanding>();
  const p = report?.ratification?.perParty;
  if (p === undefined) return out;
  for (const { party } of p.inForce) out.set(party, 'in-force');
  for (const { party } of p.awaitingCounterparty) out.set(party, 'awaiting-counterparty');
  for (const { party } of p.rejected) out.set(party, 'rejected');
  for (const party of p.pending) out.set(party, 'pending');
  for (const party of p.lapsed) out.set(party, 'lapsed');
  return out;
}

/** The parties whose standing differs, in the order the reports list them. */
function partyChanges(before: DecisionReport | undefined, after: DecisionReport | undefined): PartyChange[] {
  const b = standings(before);
  const a = standings(after);
  return [...new Set([...b.keys(), ...a.keys()])].flatMap((party): PartyChange[] => {
    const x = b.get(party);
    const y = a.get(party);
    return x === y
      ? []
      : [{ party, ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }) }];
  });
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
  const parties = partyChanges(before, after);
  const same =
    before !== undefined &&
    after !== undefined &&
    before.status === after.status &&
    before.valid === after.valid &&
    before.binds.join() === after.binds.join() &&
    !flipped &&
    parties.length === 0;
  if (same) return undefined;
  return {
    proposal,
    ...(before === undefined ? {} : { before: summary(before) }),
    ...(after === undefined ? {} : { after: summary(after) }),
    checks,
    ...(parties.length === 0 ? {} : { parties }),
  };
}
