import type { ProposalWithdrawn } from '../events.js';
import { reason } from '../reasons.js';
import { getProposal } from '../state.js';
import type { Case } from './_case.js';
import { draftProposal } from './_proposal.js';

/** `proposal-withdrawn`: a case is withdrawn before it is concluded. @internal */
export const proposalWithdrawnCase: Case<ProposalWithdrawn> = {
  validate(state, event) {
    const proposal = getProposal(state, event.proposal);
    if (proposal === undefined) return [reason('proposal.unknown', { proposal: event.proposal })];
    return proposal.phase === 'open'
      ? []
      : [reason('proposal.closed', { proposal: proposal.id, phase: proposal.phase })];
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    proposal.phase = 'withdrawn';
    proposal.withdrawnAt = event.at;
  },
};
