/**
 * A body's seats: unique ids, known roles, parties and areas, a party whose kind matches the seat's
 * role, and at least one seat with the right to vote.
 *
 * @internal
 * @module
 */
import type { Bloc, Body, PartyKind, Seat } from '../model/statute.js';
import { checkSeatArea } from './_checkAreas.js';
import { checkUnique } from './_checkIds.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

const partyKinds: ReadonlySet<string> = new Set<PartyKind>([
  'kommune',
  'helseforetak',
  'fylkeskommune',
  'private-hospital',
]);

/** Reports a seat's unknown ref, role, party or area, and a party of another kind than the role. */
function checkSeat(ctx: ReferenceContext, seat: Seat, at: IssuePath): void {
  ctx.section(seat.ref, [...at, 'ref']);
  const isPartyRole = partyKinds.has(seat.role);
  if (!isPartyRole && !ctx.declared.roles.has(seat.role)) {
    ctx.add('unknown_role', [...at, 'role'], { role: seat.role });
  }
  checkSeatArea(ctx, seat, at);
  if (seat.party === undefined) return;
  ctx.party(seat.party, [...at, 'party']);
  const kind = ctx.declared.partyKind.get(seat.party);
  if (kind !== undefined && kind !== seat.role) {
    ctx.add('party_role_mismatch', [...at, 'party'], { party: seat.party, kind, role: seat.role });
  }
}

/**
 * Reports the issues of a body's seats, the body at `at`, and returns the blocs its voting
 * seats belong to.
 *
 * @internal
 */
export function checkSeats(ctx: ReferenceContext, body: Body, at: IssuePath): ReadonlySet<Bloc> {
  checkUnique(ctx.add, body.seats, (s) => s.id, [...at, 'seats'], 'id', 'seat');
  const blocs = new Set<Bloc>();
  let voting = 0;
  body.seats.forEach((seat, s) => {
    checkSeat(ctx, seat, [...at, 'seats', s]);
    if (seat.rights.includes('vote')) {
      voting += seat.count;
      if (seat.bloc !== undefined) blocs.add(seat.bloc);
    }
  });
  if (voting === 0) {
    ctx.add('no_voting_seat', [...at, 'seats']);
  }
  return blocs;
}
