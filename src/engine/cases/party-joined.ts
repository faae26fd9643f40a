import type { PartyJoined } from '../events.js';
import { reason } from '../reasons.js';
import { isPartyMember, type MembershipPeriod, type PartyRecord, statuteAt } from '../state.js';
import type { Case } from './_case.js';

/** `party-joined`: a party of the statute becomes a member. @internal */
export const partyJoinedCase: Case<PartyJoined> = {
  validate(state, event) {
    if (state.ratifiedUntil !== undefined && event.at < state.ratifiedUntil) {
      return [
        reason('party.rewrites-record', {
          party: event.party,
          at: event.at,
          ratifiedUntil: state.ratifiedUntil,
        }),
      ];
    }
    const statute = statuteAt(state, event.at);
    if (statute === undefined) return [reason('statute.no-version', { date: event.at })];
    if (!statute.parties.some((p) => p.id === event.party))
      return [
        reason('party.unknown', { party: event.party, version: statute.version }, statute.membership.ref),
      ];
    return isPartyMember(state, event.party, event.at)
      ? [reason('party.already-member', { party: event.party })]
      : [];
  },
  mutate(draft, event) {
    const parties = draft.parties as Record<string, PartyRecord & { periods: MembershipPeriod[] }>;
    parties[event.party] ??= { periods: [] };
    (parties[event.party] as { periods: MembershipPeriod[] }).periods.push({
      from: event.at,
      ...(event.caseNumber === undefined ? {} : { caseNumber: event.caseNumber }),
    });
  },
};
