import type { ProposalWithdrawn } from '../events.js';
import type { Case } from './_case.js';
import { draftProposal, openCaseOf } from './_proposal.js';

/** `proposal-withdrawn`: a case is withdrawn before it is concluded. @internal */
export const proposalWithdrawnCase: Case<ProposalWithdrawn> = {
  validate(state, event) {
    const found = openCaseOf(state, event.proposal);
    return 'reasons' in found ? found.reasons : [];
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    proposal.phase = 'withdrawn';
    proposal.withdrawnAt = event.at;
  },
};
