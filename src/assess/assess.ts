/**
 * Decision reports.
 *
 * @module
 */

import type { EscalationCheck } from '../engine/checks/escalation.js';
import { evaluateCase } from '../engine/checks/evaluateCase.js';
import { type CaseContext, resolveCase } from '../engine/resolveCase.js';
import { listProposals, type ProposalRecord, type State, statuteAt } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import type { ProposalId } from '../model/ids.js';
import { checkedAsOf } from './_inputOptions.js';
import { type DecisionReport, type LiesWith, listChecks, type ReportStatement } from './types.js';

/**
 * Options for {@link assess} and {@link assessAll}.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { asOf: '2024-12-31' };
 * ```
 * @category Assess
 */
export interface AssessOptions {
  /**
   * The date to judge ratification and deadlines on.
   * @defaultValue the latest date of an applied event (`state.lastAt`)
   */
  readonly asOf?: IsoDate;
}

/**
 * Thrown by {@link assess} for a proposal id the state does not know.
 *
 * @example
 * ```ts
 * try { assess(state, 'nope'); } catch (e) { if (e instanceof UnknownProposalError) console.log(e.proposal); }
 * ```
 * @category Assess
 */
export class UnknownProposalError extends Error {
  readonly proposal: ProposalId;
  constructor(proposal: ProposalId) {
    super(`assess: no proposal "${proposal}" in this state`);
    this.name = 'UnknownProposalError';
    this.proposal = proposal;
  }
}

/** How deep `liesWith` follows escalations (a chain is at most as long as the tiers). */
const MAX_DEPTH = 8;

/** Where an escalated case lies now: the body it went to, or the case there and its status. */
function liesWithOf(state: State, up: EscalationCheck['params'], asOf: IsoDate, depth: number): LiesWith {
  const next = up.as === undefined || depth > MAX_DEPTH ? undefined : resolveCase(state, up.as, asOf);
  if (next === undefined) return { body: up.to };
  const report = reportOf(next, depth + 1);
  return report.liesWith ?? { body: report.body, proposal: report.proposal, status: report.status };
}

/** The statements dispute boards gave on the case up to `asOf`, with each board as the statute then named it. */
function statementsOf(state: State, proposal: ProposalRecord, asOf: IsoDate): ReportStatement[] {
  return (proposal.statements ?? []).flatMap((statement) => {
    if (statement.at > asOf) return [];
    const board = statuteAt(state, statement.at)?.disputeBoards?.find((b) => b.id === statement.board);
    const { name, level, ref } = board ?? { name: statement.board, level: 'local' as const, ref: '' };
    return [{ ...statement, name, level, ref }];
  });
}

/** The report of a resolved case. */
function reportOf(context: CaseContext, depth: number): DecisionReport {
  const { state, proposal, meeting, statute, body, asOf } = context;
  const evaluation = evaluateCase(context);
  const { checks, ratification } = evaluation;
  const escalation = checks.escalation;
  const liesWith =
    escalation === undefined || body === undefined
      ? undefined
      : liesWithOf(state, escalation.params, asOf, depth);
  const statements = statementsOf(state, proposal, asOf);
  return {
    proposal: proposal.id,
    ...(proposal.title === undefined ? {} : { title: proposal.title }),
    ...(proposal.tabledBy === undefined ? {} : { tabledBy: proposal.tabledBy }),
    body: body?.id ?? proposal.body,
    bodyName: body?.name ?? proposal.body,
    tier: body?.tier ?? 4,
    matter: proposal.matter,
    ...(meeting === undefined ? { decidedBy: 'secretariat' as const } : { meeting: meeting.id }),
    date: proposal.date,
    asOf,
    statuteVersion: statute.version,
    status: evaluation.status,
    valid: evaluation.valid,
    kind: evaluation.kind,
    checks: listChecks(checks),
    ...(ratification === undefined ? {} : { ratification }),
    binds: [...evaluation.binds],
    ...(liesWith === undefined ? {} : { liesWith }),
    ...(statements.length === 0 ? {} : { statements }),
  };
}

/**
 * Reports whether a decision is valid at its tier, and why: its status, the statute version it
 * is judged under (the one in force on the meeting date), every check (mandate, seats, notice,
 * quorum, recusal, decision rule, escalation, ratification, deadline) with `ok`, `ref`, `code`
 * and the numbers, the ratification status and the parties it binds. This is a pure function.
 *
 * @param state - the community's state
 * @param proposalId - the case
 * @param options - `asOf`, the date to judge ratification on
 * @returns the report
 * @throws {@link UnknownProposalError} when the state has no such proposal
 * @throws {@link InputError} when `asOf` is not an ISO date that exists
 * @example
 * ```ts
 * const report = assess(state, 'SSU-7', { asOf: '2024-06-30' });
 * console.log(report.status, report.valid, report.binds);
 * ```
 * @category Assess
 */
export function assess(state: State, proposalId: ProposalId, options: AssessOptions = {}): DecisionReport {
  const context = resolveCase(state, proposalId, checkedAsOf(options.asOf));
  if (context === undefined) throw new UnknownProposalError(proposalId);
  return reportOf(context, 0);
}

/**
 * Reports on every proposal, in the order they were submitted. This is a pure function.
 *
 * @throws {@link InputError} when `asOf` is not an ISO date that exists
 * @example
 * ```ts
 * for (const report of assessAll(state)) console.log(report.proposal, report.status);
 * ```
 * @category Assess
 */
export function assessAll(state: State, options: AssessOptions = {}): DecisionReport[] {
  checkedAsOf(options.asOf);
  return listProposals(state).map((p) => assess(state, p.id, options));
}
