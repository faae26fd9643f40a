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
import type { Reason } from '../reasons.js';
import { getMember, type State, type Tenure } from '../state.js';
import { seatOf } from '../statuteIndex.js';

/** @internal */
export interface Case<E extends GovernanceEvent> {
  validate(state: State, event: E): Reason[];
  /** Writes to `draft`; reads what it needs from `base`, the state before the event. */
  mutate(draft: Draft<State>, event: E, base: State): void;
}

/** A member's tenure on a body on a date, with the seat it holds. @internal */
export function tenureOn(
  state: State,
  body: Body,
  member: MemberId,
  date: IsoDate,
): { tenure: Tenure; seat: Seat | undefined } | undefined {
  const record = getMember(state, member);
  const tenure = record?.tenures.find(
    (t) => t.body === body.id && t.from <= date && (t.to === undefined || date < t.to),
  );
  return tenure === undefined ? undefined : { tenure, seat: seatOf(body, tenure.seat) };
}
