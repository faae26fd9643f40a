/**
 * The shape of a case: a validator that returns the reasons an event is rejected (none when it
 * applies), and a mutator that applies it to an immer draft (or to replay's private copy).
 * A validator only reads; a mutator only writes what the validator has allowed.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import type { IsoDate } from '../../model/dates.js';
import type { MemberId } from '../../model/ids.js';
import type { Body, Seat } from '../../model/statute.js';
import type { GovernanceEvent } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { getMember, type MeetingRecord, type State, type Tenure } from '../state.js';
import { seatOf } from '../statuteIndex.js';
import { seatTenure, standingIn, substituteOf } from '../substitutes.js';

/** @internal */
export interface Case<E extends GovernanceEvent> {
  validate(state: State, event: E): Reason[];
  /** Writes to `draft`; reads what it needs from `base`, the state before the event. */
  mutate(draft: Draft<State>, event: E, base: State): void;
}

/**
 * A member's tenure on a body on a date, with the seat it holds. Given a `meeting`, a vara who
 * stands in at it is answered with the tenure and seat of the member they stand in for
 * (`standsInFor`): the vara holds that seat and its rights, no more. @internal
 */
export function tenureOn(
  state: State,
  body: Body,
  member: MemberId,
  date: IsoDate,
  meeting?: MeetingRecord,
): { tenure: Tenure; seat: Seat | undefined; standsInFor?: MemberId } | undefined {
  const tenure = seatTenure(getMember(state, member), body, date);
  if (tenure !== undefined) return { tenure, seat: seatOf(body, tenure.seat) };
  const vara = meeting === undefined ? undefined : standingIn(state, body, member, meeting);
  return vara === undefined ? undefined : { tenure: vara.tenure, seat: vara.seat, standsInFor: vara.for };
}

/**
 * The vara standing in at a meeting for a member who sits on the body: such a member is absent
 * (has forfall) and may not act at it. @internal
 */
export function substitutedAt(
  state: State,
  body: Body,
  member: MemberId,
  meeting: MeetingRecord,
): MemberId | undefined {
  const record = getMember(state, member);
  const tenure = seatTenure(record, body, meeting.date);
  if (record === undefined || tenure === undefined || record.substitutedBy === undefined) return undefined;
  return substituteOf(body, record, tenure, meeting, (id) => getMember(state, id));
}

/** The reason a member for whom a vara stands in at a meeting may not act at it. @internal */
export function memberPresent(
  member: MemberId,
  substitute: MemberId,
  meeting: MeetingRecord,
  body: Body,
): Reason {
  return reason(
    'substitute.member-present',
    { member, substitute, meeting: meeting.id },
    body.substitutes?.ref ?? body.ref,
  );
}
