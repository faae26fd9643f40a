import { evaluateCase } from '../checks/evaluateCase.js';
import type { ProposalEscalated } from '../events.js';
import { reason } from '../reasons.js';
import type { Case } from './_case.js';
import { caseOf, draftProposal } from './_proposal.js';

/**
 * `proposal-escalated`: a concluded case that did not become a valid decision of its body (it
 * failed its rule, was not quorate…), or a recommendation, goes up to the body's `escalatesTo`.
 * @internal
 */
export const proposalEscalatedCase: Case<ProposalEscalated> = {
  validate(state, event) {
    const found = caseOf(state, event.proposal, event.at);
    if ('reasons' in found) return found.reasons;
    const { proposal, body } = found;
    if (proposal.phase !== 'concluded')
      return [reason('proposal.not-concluded', { proposal: proposal.id, phase: proposal.phase })];
    if (proposal.escalation !== undefined)
      return [reason('proposal.escalated', { proposal: proposal.id, to: proposal.escalation.to })];
    if (body.escalatesTo === undefined) return [reason('escalation.no-target', { body: body.id }, body.ref)];
    if (event.to !== body.escalatesTo)
      return [reason('escalation.wrong-target', { to: event.to, expected: body.escalatesTo }, body.ref)];
    const verdict = evaluateCase(found);
    if (verdict.kind === 'decision' && verdict.valid)
      return [reason('escalation.not-failed', { proposal: proposal.id, status: verdict.status })];
    return [];
  },
  mutate(draft, event) {
    draftProposal(draft, event.proposal).escalation = { to: event.to, at: event.at };
  },
};
