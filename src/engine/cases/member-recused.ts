import { hasOwn, setOwn } from '../../model/_own.js';
import type { MemberRecused } from '../events.js';
import { reason } from '../reasons.js';
import { type Case, memberPresent, substitutedAt, tenureOn } from './_case.js';
import { draftProposal, openCaseOf } from './_proposal.js';
import { markRecorded } from './_record.js';

/** `member-recused`: a member is inhabil for a case; a vote already cast is set aside. @internal */
export const memberRecusedCase: Case<MemberRecused> = {
  validate(state, event) {
    const found = openCaseOf(state, event.proposal);
    if ('reasons' in found) return found.reasons;
    const { proposal, body, meeting } = found;
    const held = tenureOn(state, body, event.member, proposal.date, meeting);
    if (held === undefined) {
      return [reason('recusal.not-member', { member: event.member, body: body.id }, body.ref)];
    }
    const substitute =
      held.standsInFor === undefined ? substitutedAt(state, body, event.member, meeting) : undefined;
    if (substitute !== undefined) return [memberPresent(event.member, substitute, meeting, body)];
    return hasOwn(proposal.recused, event.member)
      ? [reason('recusal.twice', { member: event.member, proposal: proposal.id })]
      : [];
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    markRecorded(draft, proposal.body, proposal.date);
    setOwn(proposal.recused, event.member, {
      at: event.at,
      ...(event.reason === undefined ? {} : { reason: event.reason }),
    });
  },
};
