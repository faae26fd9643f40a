import { evaluateCase } from '../checks/evaluateCase.js';
import type { StatementRecorded } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { statuteAt } from '../state.js';
import type { Case } from './_case.js';
import { caseOf, draftProposal } from './_proposal.js';

/**
 * `statement-recorded`: a dispute-resolution board the statute in force names gives its statement
 * on a concluded decision: `mediation` while it is not in force (the parties could not agree to
 * conclude it), an advisory statement on a `dispute` once it is. A national board speaks after
 * the local one, where the statute has one. The statement binds no one and changes no status.
 * @internal
 */
export const statementRecordedCase: Case<StatementRecorded> = {
  validate(state, event) {
    const boards = statuteAt(state, event.at)?.disputeBoards ?? [];
    const board = boards.find((b) => b.id === event.board);
    if (board === undefined) return [reason('statement.unknown-board', { board: event.board })];
    const found = caseOf(state, event.proposal, event.at);
    if ('reasons' in found) return found.reasons;
    const { proposal } = found;
    if (proposal.phase !== 'concluded')
      return [reason('proposal.not-concluded', { proposal: proposal.id, phase: proposal.phase })];
    const verdict = evaluateCase(found);
    if (verdict.kind !== 'decision')
      return [reason('statement.not-a-decision', { proposal: proposal.id, kind: verdict.kind }, board.ref)];
    const reasons: Reason[] = [];
    const inForce = verdict.status === 'in-force';
    if (event.kind === 'dispute' && !inForce)
      reasons.push(
        reason('statement.not-in-force', { proposal: proposal.id, status: verdict.status }, board.ref),
      );
    if (event.kind === 'mediation' && inForce)
      reasons.push(reason('statement.in-force', { proposal: proposal.id }, board.ref));
    const local = boards.find((b) => b.level === 'local');
    const heard = (proposal.statements ?? []).some((s) => s.board === local?.id && s.kind === event.kind);
    if (board.level === 'national' && local !== undefined && !heard)
      reasons.push(reason('statement.local-first', { board: board.id, local: local.id }, board.ref));
    return reasons;
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    proposal.statements ??= [];
    const { board, at, kind, text } = event;
    proposal.statements.push(text === undefined ? { board, at, kind } : { board, at, kind, text });
  },
};
