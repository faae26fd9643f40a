import { own } from '../../model/_own.js';
import { addMonths } from '../../model/dates.js';
import { isNotStated } from '../../model/notStated.js';
import type { PartyWithdrew } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { isPartyMember, type MembershipPeriod, type State, statuteAt } from '../state.js';
import type { Case } from './_case.js';
import { membershipChange } from './_record.js';

/** The day the party leaves, or why the event cannot say. */
function leavesOn(state: State, event: PartyWithdrew): { on: string } | { reasons: Reason[] } {
  const membership = statuteAt(state, event.at)?.membership;
  const months = membership?.withdrawalNoticeMonths ?? 0;
  if (isNotStated(months)) {
    return event.effective === undefined
      ? { reasons: [reason('party.withdrawal-date-required', { party: event.party }, months.ref)] }
      : event.effective < event.at
        ? { reasons: [reason('party.notice-too-short', noticeParams(event, 0, event.at), months.ref)] }
        : { on: event.effective };
  }
  const earliest = addMonths(event.at, months);
  if (event.effective === undefined) return { on: earliest };
  return event.effective < earliest
    ? { reasons: [reason('party.notice-too-short', noticeParams(event, months, earliest), membership?.ref)] }
    : { on: event.effective };
}

function noticeParams(event: PartyWithdrew, months: number, earliest: string) {
  return { party: event.party, effective: event.effective ?? '', months, earliest };
}

/**
 * `party-withdrew`: a member gives notice; it leaves when the statute's notice runs out, or on a
 * later `effective` date (required where the statute states no notice). @internal
 */
export const partyWithdrewCase: Case<PartyWithdrew> = {
  validate(state, event) {
    const change = membershipChange(state, event.party, event.at);
    if ('reasons' in change) return change.reasons;
    if (!isPartyMember(state, event.party, event.at))
      return [reason('party.not-member', { party: event.party, date: event.at })];
    const open = own(state.parties, event.party)?.periods.find(
      (p) => p.from <= event.at && (p.to === undefined || event.at < p.to),
    );
    if (open?.noticeGiven !== undefined) {
      return [
        reason('party.notice-given', {
          party: event.party,
          noticeGiven: open.noticeGiven,
          to: open.to ?? '',
        }),
      ];
    }
    const leaves = leavesOn(state, event);
    return 'reasons' in leaves ? leaves.reasons : [];
  },
  mutate(draft, event, base) {
    const leaves = leavesOn(base, event);
    const parties = draft.parties as Record<
      string,
      { periods: (MembershipPeriod & { noticeGiven?: string; to?: string })[] }
    >;
    const periods = own(parties, event.party)?.periods ?? [];
    const open = periods.find((p) => p.from <= event.at && (p.to === undefined || event.at < p.to));
    if (open !== undefined && 'on' in leaves) {
      open.noticeGiven = event.at;
      open.to = leaves.on;
    }
  },
};
