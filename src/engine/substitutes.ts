/**
 * Vara (substitutes): who is a vara on a body, who may stand in for whom, and who stands in at a
 * meeting. One answer, used by the roll of a case and by every validator that asks whether
 * someone sits on a body at a meeting, so the two can never disagree.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../model/dates.js';
import type { MeetingId, MemberId } from '../model/ids.js';
import type { Body, Seat, SubstitutionRule } from '../model/statute.js';
import {
  getMember,
  type MeetingRecord,
  type MemberRecord,
  type StandIn,
  type SubstituteTenure,
  type Tenure,
} from './state.js';
import { seatOf } from './statuteIndex.js';

const during = (t: { readonly from: IsoDate; readonly to?: IsoDate }, date: IsoDate): boolean =>
  t.from <= date && (t.to === undefined || date < t.to);

/** A person's tenure on a body on a date. @internal */
export function seatTenure(record: MemberRecord | undefined, body: Body, date: IsoDate): Tenure | undefined {
  return record?.tenures.find((t) => t.body === body.id && during(t, date));
}

/** A person's vara tenure on a body on a date. @internal */
export function substituteTenure(
  record: MemberRecord | undefined,
  body: Body,
  date: IsoDate,
): SubstituteTenure | undefined {
  return record?.substitutions?.find((t) => t.body === body.id && during(t, date));
}

/**
 * The ordered list a seat belongs to under a rule: its seat class, its side, or its party (a
 * seat without a side or party keeps a list of its own). @internal
 */
export function listOf(rule: SubstitutionRule, seat: Seat, party: string | undefined): string {
  if (rule.kind === 'ordered' && rule.per === 'bloc' && seat.bloc !== undefined) return `bloc:${seat.bloc}`;
  const owner = seat.party ?? party;
  if (rule.kind === 'ordered' && rule.per === 'party' && owner !== undefined) return `party:${owner}`;
  return `seat:${seat.id}`;
}

/**
 * Whether a vara may stand in for a member holding `tenure`: under a personal rule, the member's
 * own vara; under an ordered rule, a vara on the list of the member's seat, side or party. @internal
 */
export function mayStandIn(body: Body, vara: SubstituteTenure, member: MemberId, tenure: Tenure): boolean {
  const rule = body.substitutes;
  if (rule === undefined) return false;
  if (rule.kind === 'personal') return vara.for === member && vara.seat === tenure.seat;
  const seat = seatOf(body, tenure.seat);
  const own = seatOf(body, vara.seat);
  return (
    seat !== undefined &&
    own !== undefined &&
    listOf(rule, seat, tenure.party) === listOf(rule, own, vara.party)
  );
}

/** Whether a stand-in covers a meeting: that meeting, or a meeting of the body in its period. @internal */
export function covers(standIn: StandIn, meeting: MeetingRecord): boolean {
  if (standIn.body !== meeting.body) return false;
  if (standIn.meeting !== undefined) return standIn.meeting === meeting.id;
  return (standIn.from as IsoDate) <= meeting.date && meeting.date <= (standIn.to as IsoDate);
}

/** The days a stand-in covers: its meeting's date, or its period. */
function span(standIn: StandIn, dateOf: (meeting: MeetingId) => IsoDate | undefined): [IsoDate, IsoDate] {
  if (standIn.meeting === undefined) return [standIn.from as IsoDate, standIn.to as IsoDate];
  const date = dateOf(standIn.meeting) ?? '';
  return [date, date];
}

/**
 * Whether two stand-ins of a body can cover the same meeting: the same meeting, or days in
 * common otherwise. @internal
 */
export function overlaps(
  a: StandIn,
  b: StandIn,
  dateOf: (meeting: MeetingId) => IsoDate | undefined,
): boolean {
  if (a.body !== b.body) return false;
  if (a.meeting !== undefined && b.meeting !== undefined) return a.meeting === b.meeting;
  const [aFrom, aTo] = span(a, dateOf);
  const [bFrom, bTo] = span(b, dateOf);
  return aFrom <= bTo && bFrom <= aTo;
}

/**
 * The vara standing in for a seated member at a meeting: recorded for it, still a vara of the
 * body on the meeting date, not a member of it, and one who may stand in for that member.
 * @internal
 */
export function substituteOf(
  body: Body,
  member: MemberRecord,
  tenure: Tenure,
  meeting: MeetingRecord,
  lookup: (id: MemberId) => MemberRecord | undefined,
): MemberId | undefined {
  for (const entry of member.substitutedBy ?? []) {
    if (!covers(entry, meeting)) continue;
    const vara = lookup(entry.for);
    const held = substituteTenure(vara, body, meeting.date);
    if (
      held !== undefined &&
      seatTenure(vara, body, meeting.date) === undefined &&
      mayStandIn(body, held, member.id, tenure)
    )
      return entry.for;
  }
  return undefined;
}

/**
 * The member a person stands in for as vara at a meeting, with that member's tenure and seat;
 * `undefined` when they do not. @internal
 */
export function standingIn(
  state: Parameters<typeof getMember>[0],
  body: Body,
  vara: MemberId,
  meeting: MeetingRecord,
): { for: MemberId; tenure: Tenure; seat: Seat | undefined } | undefined {
  const record = getMember(state, vara);
  for (const entry of record?.standsIn ?? []) {
    if (!covers(entry, meeting)) continue;
    const member = getMember(state, entry.for);
    const tenure = seatTenure(member, body, meeting.date);
    if (member === undefined || tenure === undefined) continue;
    if (substituteOf(body, member, tenure, meeting, (id) => getMember(state, id)) === vara)
      return { for: member.id, tenure, seat: seatOf(body, tenure.seat) };
  }
  return undefined;
}
