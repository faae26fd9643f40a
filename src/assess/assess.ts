/**
 * Decision reports.
 *
 * @module
 */
import { type DecisionReport, evaluateProposal } from '../engine/evaluateProposal.js';
import { listProposals, type State } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import type { ProposalId } from '../model/ids.js';

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
 * @example
 * ```ts
 * const report = assess(state, 'SSU-7', { asOf: '2024-06-30' });
 * console.log(report.status, report.valid, report.binds);
 * ```
 * @category Assess
 */
export function assess(state: State, proposalId: ProposalId, options: AssessOptions = {}): DecisionReport {
  const report = evaluateProposal(state, proposalId, options.asOf);
  if (report === undefined) throw new UnknownProposalError(proposalId);
  return report;
}

/**
 * Reports on every proposal, in the order they were submitted. This is a pure function.
 *
 * @example
 * ```ts
 * for (const report of assessAll(state)) console.log(report.proposal, report.status);
 * ```
 * @category Assess
 */
export function assessAll(state: State, options: AssessOptions = {}): DecisionReport[] {
  return listProposals(state).map((p) => assess(state, p.id, options));
}
