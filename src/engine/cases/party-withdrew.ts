import { addMonths } from '../../model/dates.js';
import type { PartyWithdrew } from '../events.js';
import { reason } from '../reasons.js';
import { isPartyMember, type MembershipPeriod, statuteAt } from '../state.js';
import type { Case } from './_case.js';
import { membershipChange } from './_record.js';

/** `party-withdrew`: a member gives notice; it leaves when the statute's notice runs out. @internal */
export const partyWithdrewCase: Case<PartyWithdrew> = {
  validate(state, event) {
    const change = membershipChange(state, event.party, event.at);
    if ('reasons' in change) return change.reasons;
    if (!isPartyMember(state, event.party, event.at))
      return [reason('party.not-member', { party: event.party, date: event.at })];
    const open = state.parties[event.party]?.periods.find(
      (p) => p.from <= event.at && (p.to === undefined || event.at < p.to),
    );
    return open?.noticeGiven === undefined
      ? []
      : [
          reason('party.notice-given', {
            party: event.party,
            noticeGiven: open.noticeGiven,
            to: open.to ?? '',
          }),
        ];
  },
  mutate(draft, event, base) {
    const months = statuteAt(base, event.at)?.membership.withdrawalNoticeMonths ?? 0;
    const periods =
      (
        draft.parties as Record<
          string,
          { periods: (MembershipPeriod & { noticeGiven?: string; to?: string })[] }
        >
      )[event.party]?.periods ?? [];
    const open = periods.find((p) => p.from <= event.at && (p.to === undefined || event.at < p.to));
    if (open !== undefined) {
      open.noticeGiven = event.at;
      open.to = addMonths(event.at, months);
    }
  },
};
