import { evaluateCase } from '../checks/evaluateCase.js';
import { nextStop, routeOf } from '../checks/route.js';
import type { ProposalForwarded } from '../events.js';
import { reason } from '../reasons.js';
import type { Case } from './_case.js';
import { caseOf, draftProposal } from './_proposal.js';

/**
 * `proposal-forwarded`: a recommendation or advice its body adopted is passed on to the next
 * stop of its route (`via`, then the body it is for). A decision, a case not adopted, or one that
 * has reached the body it is for goes nowhere by this event. @internal
 */
export const proposalForwardedCase: Case<ProposalForwarded> = {
  validate(state, event) {
    const found = caseOf(state, event.proposal, event.at);
    if ('reasons' in found) return found.reasons;
    const { proposal, body } = found;
    if (proposal.phase !== 'concluded')
      return [reason('proposal.not-concluded', { proposal: proposal.id, phase: proposal.phase })];
    const verdict = evaluateCase(found);
    if (verdict.status !== 'recommended' && verdict.status !== 'advised')
      return [reason('forward.not-recommendation', { proposal: proposal.id, status: verdict.status })];
    const route = routeOf(body);
    if (route === undefined) return [reason('forward.no-route', { body: body.id }, body.mandate.ref)];
    const next = nextStop(route, proposal);
    if (next === undefined)
      return [reason('forward.delivered', { proposal: proposal.id, to: route.body }, route.ref)];
    if (event.to !== next) return [reason('forward.wrong-body', { to: event.to, expected: next }, route.ref)];
    return [];
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    proposal.forwarded ??= [];
    proposal.forwarded.push({ to: event.to, at: event.at });
  },
};
