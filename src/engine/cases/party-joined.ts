import { ownSlot } from '../../model/_own.js';
import type { Statute } from '../../model/statute.js';
import { evaluateCouncilVote } from '../../rules/evaluateCouncilVote.js';
import type { PartyJoined } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { isPartyMember, type MembershipPeriod, type PartyRecord } from '../state.js';
import type { Case } from './_case.js';
import { councilRuleOf, isCouncil } from './_council.js';
import { membershipChange } from './_record.js';

/**
 * The council vote that comes with a joining, checked by the statute's council rule (else
 * kommuneloven's defaults). Joining is not an election: a tie is decided by the møteleder's vote.
 * A vote that does not adopt means the party has not joined.
 */
function councilReasons(statute: Statute, event: PartyJoined): Reason[] {
  const vote = event.councilVote;
  if (vote === undefined) return [];
  const council = councilRuleOf(statute);
  const party = statute.parties.find((p) => p.id === event.party);
  if (party === undefined || !isCouncil(party.organ))
    return [reason('party.not-joined', { party: event.party, code: 'council.not-a-council' }, council.ref)];
  const outcome = evaluateCouncilVote(council, { ...vote, election: false });
  if (outcome.ok) return [];
  return [
    reason(
      'party.not-joined',
      {
        party: party.id,
        code: outcome.code,
        members: vote.members,
        present: vote.present,
        for: vote.for,
        against: vote.against,
        ...(vote.chairVote === undefined ? {} : { chairVote: vote.chairVote }),
      },
      council.ref,
    ),
  ];
}

/**
 * `party-joined`: a party of the statute becomes a member. A council vote, when recorded, must
 * adopt the joining by the council rule. @internal
 */
export const partyJoinedCase: Case<PartyJoined> = {
  validate(state, event) {
    const change = membershipChange(state, event.party, event.at);
    if ('reasons' in change) return change.reasons;
    if (isPartyMember(state, event.party, event.at))
      return [reason('party.already-member', { party: event.party })];
    return councilReasons(change.statute, event);
  },
  mutate(draft, event) {
    const parties = draft.parties as Record<string, PartyRecord & { periods: MembershipPeriod[] }>;
    ownSlot(parties, event.party, () => ({ periods: [] })).periods.push({
      from: event.at,
      ...(event.caseNumber === undefined ? {} : { caseNumber: event.caseNumber }),
      ...(event.councilVote === undefined ? {} : { councilVote: { ...event.councilVote } }),
    });
  },
};
