import type { ProposalConcluded } from '../events.js';
import { reason } from '../reasons.js';
import type { Case } from './_case.js';
import { draftProposal, openCaseOf } from './_proposal.js';
import { markRecorded } from './_record.js';

/** `proposal-concluded`: the votes are in; the decision can be assessed. @internal */
export const proposalConcludedCase: Case<ProposalConcluded> = {
  validate(state, event) {
    const found = openCaseOf(state, event.proposal);
    if ('reasons' in found) return found.reasons;
    const { proposal, meeting } = found;
    return event.at < proposal.date
      ? [reason('meeting.not-held', { meeting: meeting.id, date: proposal.date })]
      : [];
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    markRecorded(draft, proposal.body, proposal.date);
    proposal.phase = 'concluded';
    proposal.concludedAt = event.at;
  },
};
