import { own } from '../../model/_own.js';
import type { IsoDate } from '../../model/dates.js';
import type { Body } from '../../model/statute.js';
import { trieGet } from '../_trie.js';
import type { SubstituteAttending } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import {
  getMeeting,
  getMember,
  getProposal,
  type MeetingRecord,
  type StandIn,
  type State,
  statuteAt,
} from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { mayStandIn, overlaps, seatTenure, substituteTenure } from '../substitutes.js';
import type { Case } from './_case.js';
import { rewritesMembers } from './_record.js';

/** The stand-in as the event states it, and the day it starts (the meeting's date, or `from`). */
function when(
  state: State,
  event: SubstituteAttending,
): { date: IsoDate; meeting?: MeetingRecord } | { reasons: Reason[] } {
  const once = event.meeting !== undefined;
  const period = event.from !== undefined && event.to !== undefined && event.from <= event.to;
  if (once === (event.from !== undefined || event.to !== undefined) || (!once && !period))
    return { reasons: [reason('substitute.when', { member: event.member })] };
  if (event.meeting === undefined) return { date: event.from as IsoDate };
  const meeting = getMeeting(state, event.meeting);
  if (meeting === undefined) return { reasons: [reason('meeting.unknown', { meeting: event.meeting })] };
  if (meeting.body !== event.body)
    return {
      reasons: [
        reason('substitute.wrong-body', { meeting: meeting.id, meetingBody: meeting.body, body: event.body }),
      ],
    };
  return { date: meeting.date, meeting };
}

/**
 * Whether a member was present at a meeting: listed, or voting or recused on a case decided at
 * it (a case deferred from it to a later meeting has its votes there).
 */
function wasPresent(state: State, member: string, meeting: MeetingRecord): boolean {
  if (own(meeting.present, member) === true) return true;
  return (meeting.agenda ?? []).some((id) => {
    const proposal = getProposal(state, id);
    return (
      proposal !== undefined &&
      proposal.meeting === meeting.id &&
      (Object.hasOwn(proposal.votes, member) || Object.hasOwn(proposal.recused, member))
    );
  });
}

/** Who the vara is and may stand in for: a vara of the body, not a member, eligible for `for`. */
function eligibility(state: State, event: SubstituteAttending, body: Body, date: IsoDate): Reason[] {
  const ref = body.substitutes?.ref ?? body.ref;
  const record = getMember(state, event.member);
  const vara = substituteTenure(record, body, date);
  if (seatTenure(record, body, date) !== undefined)
    return [reason('substitute.is-member', { member: event.member, body: body.id }, ref)];
  if (vara === undefined)
    return [reason('substitute.not-substitute', { member: event.member, body: body.id }, ref)];
  const tenure = seatTenure(getMember(state, event.for), body, date);
  if (tenure === undefined) return [reason('member.not-seated', { member: event.for, body: body.id })];
  return mayStandIn(body, vara, event.for, tenure)
    ? []
    : [reason('substitute.not-eligible', { member: event.member, for: event.for, body: body.id }, ref)];
}

/** Another stand-in for the same member, or by the same vara, at a meeting this one covers. */
function clashes(state: State, event: SubstituteAttending, body: Body): Reason[] {
  const self = standIn(event, event.for);
  const dateOf = (id: string) => getMeeting(state, id)?.date;
  const taken = getMember(state, event.for)?.substitutedBy?.find((s) => overlaps(s, self, dateOf));
  if (taken !== undefined)
    return [reason('substitute.taken', { member: event.for, substitute: taken.for, body: body.id })];
  const busy = getMember(state, event.member)?.standsIn?.find((s) => overlaps(s, self, dateOf));
  return busy === undefined ? [] : [reason('substitute.busy', { member: event.member, for: busy.for })];
}

/** The stand-in as stored; `other` is the member on the vara's record, the vara on the member's. */
function standIn(event: SubstituteAttending, other: string): StandIn {
  return {
    body: event.body,
    for: other,
    ...(event.meeting === undefined ? {} : { meeting: event.meeting }),
    ...(event.from === undefined ? {} : { from: event.from }),
    ...(event.to === undefined ? {} : { to: event.to }),
    at: event.at,
  };
}

/**
 * `substitute-attending`: a vara meets for a member with forfall, at one meeting or at every
 * meeting of a period. Rejected unless the vara may stand in for that member, and when the member
 * is present, when another vara already stands in for them, or when the vara stands in for
 * someone else. A period may not begin on or before a meeting on record. @internal
 */
export const substituteAttendingCase: Case<SubstituteAttending> = {
  validate(state, event) {
    const found = when(state, event);
    if ('reasons' in found) return found.reasons;
    const statute = statuteAt(state, found.date);
    if (statute === undefined) return [reason('statute.no-version', { date: found.date })];
    const body = bodyOf(statute, event.body);
    if (body === undefined) return [reason('body.unknown', { body: event.body, version: statute.version })];
    if (body.substitutes === undefined)
      return [reason('substitute.not-provided', { body: body.id }, body.ref)];
    const reasons = eligibility(state, event, body, found.date);
    if (reasons.length > 0) return reasons;
    if (found.meeting === undefined) reasons.push(...rewritesMembers(state, body.id, found.date));
    else if (wasPresent(state, event.for, found.meeting))
      reasons.push(
        reason(
          'substitute.member-present',
          { member: event.for, substitute: event.member, meeting: found.meeting.id },
          body.substitutes.ref,
        ),
      );
    return reasons.length > 0 ? reasons : clashes(state, event, body);
  },
  mutate(draft, event) {
    const vara = trieGet(draft.members, event.member) as unknown as { standsIn?: StandIn[] };
    vara.standsIn ??= [];
    vara.standsIn.push(standIn(event, event.for));
    const member = trieGet(draft.members, event.for) as unknown as { substitutedBy?: StandIn[] };
    member.substitutedBy ??= [];
    member.substitutedBy.push(standIn(event, event.member));
  },
};
