import { own, ownSlot } from '../../model/_own.js';
import type { Statute } from '../../model/statute.js';
import type { PartyJoined } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { isPartyMember, type MembershipPeriod, type PartyRecord } from '../state.js';
import type { Case } from './_case.js';
import { councilVoteReasons } from './_council.js';
import { membershipChange } from './_record.js';

/**
 * The council vote that comes with a joining, checked by the statute's council rule (else
 * kommuneloven's defaults). Joining is not an election: a tie is decided by the møteleder's vote.
 * A vote that does not adopt means the party has not joined.
 */
function councilReasons(statute: Statute, event: PartyJoined): Reason[] {
  const vote = event.councilVote;
  if (vote === undefined) return [];
  return councilVoteReasons(statute, event.party, { ...vote, election: false }, 'party.not-joined', {
    party: event.party,
  });
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
    // Joining before a membership already on record would make the two overlap.
    const later = own(state.parties, event.party)?.periods.find((p) => p.from > event.at);
    if (later !== undefined) return [reason('party.joined-later', { party: event.party, from: later.from })];
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
