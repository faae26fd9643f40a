import { hasOwn, setOwn } from '../../model/_own.js';
import type { VoteCast } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import type { Case } from './_case.js';
import { memberPresent, substitutedAt, tenureOn } from './_case.js';
import { draftProposal, openCaseOf } from './_proposal.js';
import { markRecorded } from './_record.js';

/**
 * `vote-cast`: a member with stemmerett votes on a case, once. An observer (a seat without
 * stemmerett) may only put an objection on record (`vote: 'against'`, usually with a
 * reservation text): it is kept in the minutes and never counted. @internal
 */
export const voteCastCase: Case<VoteCast> = {
  validate(state, event) {
    const found = openCaseOf(state, event.proposal);
    if ('reasons' in found) return found.reasons;
    const { proposal, body, meeting } = found;
    if (event.at < proposal.date)
      return [reason('meeting.not-held', { meeting: meeting.id, date: proposal.date })];
    const held = tenureOn(state, body, event.member, proposal.date, meeting);
    if (held === undefined)
      return [reason('vote.not-member', { member: event.member, body: body.id }, body.ref)];
    const substitute =
      held.standsInFor === undefined ? substitutedAt(state, body, event.member, meeting) : undefined;
    if (substitute !== undefined) return [memberPresent(event.member, substitute, meeting, body)];
    const reasons: Reason[] = [];
    if (held.seat?.rights.includes('vote') !== true && event.vote !== 'against') {
      reasons.push(
        reason(
          'vote.observer',
          { member: event.member, seat: held.tenure.seat, vote: event.vote },
          held.seat?.ref ?? body.ref,
        ),
      );
    }
    if (hasOwn(proposal.votes, event.member))
      reasons.push(reason('vote.twice', { member: event.member, proposal: proposal.id }));
    if (hasOwn(proposal.recused, event.member))
      reasons.push(reason('vote.recused', { member: event.member, proposal: proposal.id }));
    return reasons;
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    markRecorded(draft, proposal.body, proposal.date);
    setOwn(proposal.votes, event.member, event.vote);
    if (event.reservation !== undefined) {
      proposal.reservations ??= {};
      setOwn(proposal.reservations, event.member, event.reservation);
    }
  },
};
