import { ownSlot } from '../../model/_own.js';
import type { PartyJoined } from '../events.js';
import { reason } from '../reasons.js';
import { isPartyMember, type MembershipPeriod, type PartyRecord } from '../state.js';
import type { Case } from './_case.js';
import { membershipChange } from './_record.js';

/** `party-joined`: a party of the statute becomes a member. @internal */
export const partyJoinedCase: Case<PartyJoined> = {
  validate(state, event) {
    const change = membershipChange(state, event.party, event.at);
    if ('reasons' in change) return change.reasons;
    return isPartyMember(state, event.party, event.at)
      ? [reason('party.already-member', { party: event.party })]
      : [];
  },
  mutate(draft, event) {
    const parties = draft.parties as Record<string, PartyRecord & { periods: MembershipPeriod[] }>;
    ownSlot(parties, event.party, () => ({ periods: [] })).periods.push({
      from: event.at,
      ...(event.caseNumber === undefined ? {} : { caseNumber: event.caseNumber }),
    });
  },
};
