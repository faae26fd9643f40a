/**
 * What an appointment to a seat must satisfy beyond the seat itself: a seat of an area is filled
 * by a kommune of the area, and an appointment by a council's election carries a vote that
 * elects.
 *
 * @internal
 * @module
 */
import type { Area, Seat, Statute } from '../../model/statute.js';
import type { MemberAppointed } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { councilVoteReasons } from './_council.js';

/** The area a seat belongs to, if any. @internal */
export function areaOf(statute: Statute, seat: Seat): Area | undefined {
  return seat.area === undefined ? undefined : statute.areas?.find((a) => a.id === seat.area);
}

/**
 * An area seat needs the party the member represents, and the party must be a kommune of the
 * area. @internal
 */
export function areaReasons(seat: Seat, area: Area, event: MemberAppointed): Reason[] {
  const ref = seat.ref ?? area.ref;
  const party = seat.party ?? event.party;
  if (party === undefined) return [reason('seat.party-required', { seat: seat.id, area: area.id }, ref)];
  if (!area.parties.includes(party))
    return [reason('seat.outside-area', { seat: seat.id, area: area.id, party }, ref)];
  return [];
}

/**
 * An appointment by election: the party's council (a kommunestyre or fylkesting) must have
 * elected the member, by the council rule, with the vote read as an election. A tie is decided
 * by the lot recorded, never by the chair. @internal
 */
export function electionReasons(statute: Statute, seat: Seat, event: MemberAppointed): Reason[] {
  if (event.election === undefined) return [];
  // Read as an election: the chair's vote, if recorded, decides nothing.
  return councilVoteReasons(
    statute,
    seat.party ?? event.party,
    { ...event.election, election: true },
    'member.not-elected',
    { member: event.member, seat: seat.id },
  );
}
