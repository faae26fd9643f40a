import type { ProposalConcluded } from '../events.js';
import { reason } from '../reasons.js';
import { getMeeting } from '../state.js';
import type { Case } from './_case.js';
import { caseOf, draftProposal } from './_proposal.js';
import { markRecorded } from './_record.js';

/** `proposal-concluded`: the votes are in; the decision can be assessed. @internal */
export const proposalConcludedCase: Case<ProposalConcluded> = {
  validate(state, event) {
    const found = caseOf(state, event.proposal);
    if ('reasons' in found) return found.reasons;
    const { proposal, meeting } = found;
    if (proposal.phase !== 'open')
      return [reason('proposal.closed', { proposal: proposal.id, phase: proposal.phase })];
    return event.at < meeting.date
      ? [reason('meeting.not-held', { meeting: meeting.id, date: meeting.date })]
      : [];
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    const meeting = getMeeting(draft as never, proposal.meeting);
    if (meeting !== undefined) markRecorded(draft, proposal.body, meeting.date);
    proposal.phase = 'concluded';
    proposal.concludedAt = event.at;
  },
};
