/**
 * What is on record cannot be rewritten: the dates up to which meetings and ratifications are
 * recorded, and the checks that keep later events from changing them.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import { own, setOwn } from '../../model/_own.js';
import type { IsoDate } from '../../model/dates.js';
import type { BodyId } from '../../model/ids.js';
import type { Statute } from '../../model/statute.js';
import { type Reason, reason } from '../reasons.js';
import { type State, statuteAt } from '../state.js';

/** Marks a meeting date of a body as on record. @internal */
export function markRecorded(draft: Draft<State>, body: BodyId, date: IsoDate): void {
  const until = draft.recordedUntil as Record<BodyId, IsoDate>;
  const current = own(until, body);
  if (current === undefined || current < date) setOwn(until, body, date);
}

/** A change of a body's members dated on or before its recorded meetings. @internal */
export function rewritesMembers(state: State, body: BodyId, at: IsoDate): Reason[] {
  const until = own(state.recordedUntil, body);
  return until !== undefined && at <= until
    ? [reason('member.rewrites-record', { body, at, recordedUntil: until })]
    : [];
}

/** The latest recorded meeting date of any body. @internal */
export function recordedUntil(state: State): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const date of Object.values(state.recordedUntil))
    if (latest === undefined || date > latest) latest = date;
  return latest;
}

/**
 * The statute version a change of membership on `at` falls under, or the reasons it cannot be
 * made: it would rewrite recorded ratifications, no version is in force, or the party is unknown.
 * @internal
 */
export function membershipChange(
  state: State,
  party: string,
  at: IsoDate,
): { statute: Statute } | { reasons: Reason[] } {
  if (state.ratifiedUntil !== undefined && at < state.ratifiedUntil) {
    return { reasons: [reason('party.rewrites-record', { party, at, ratifiedUntil: state.ratifiedUntil })] };
  }
  const statute = statuteAt(state, at);
  if (statute === undefined) return { reasons: [reason('statute.no-version', { date: at })] };
  if (!statute.parties.some((p) => p.id === party)) {
    return {
      reasons: [reason('party.unknown', { party, version: statute.version }, statute.membership.ref)],
    };
  }
  return { statute };
}
