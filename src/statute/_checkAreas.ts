/**
 * Areas and the parties beyond kommune and helseforetak: unique area ids, areas of known
 * kommuner, seats of known areas filled by kommuner of the area, and private hospitals whose
 * agreement is with a helseforetak of the statute.
 *
 * @internal
 * @module
 */
import type { Seat } from '../model/statute.js';
import { checkUnique } from './_checkIds.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * Reports duplicate area ids, and each area's unknown ref, unknown party or party that is not a
 * kommune.
 *
 * @internal
 */
export function checkAreas(ctx: ReferenceContext): void {
  const areas = ctx.statute.areas ?? [];
  checkUnique(ctx.add, areas, (a) => a.id, ['areas'], 'id', 'area');
  areas.forEach((area, a) => {
    ctx.section(area.ref, ['areas', a, 'ref']);
    area.parties.forEach((party, i) => {
      const at: IssuePath = ['areas', a, 'parties', i];
      if (!ctx.declared.parties.has(party)) {
        ctx.party(party, at);
        return;
      }
      const kind = ctx.declared.partyKind.get(party);
      if (kind !== 'kommune') {
        ctx.add('area_party_not_kommune', at, {
          area: area.id,
          party,
          kind: kind ?? '',
        });
      }
    });
  });
}

/**
 * Reports a seat's unknown area, an area seat whose role is not `kommune`, and an area seat that
 * belongs to a party outside its area. The seat is at `at`.
 *
 * @internal
 */
export function checkSeatArea(ctx: ReferenceContext, seat: Seat, at: IssuePath): void {
  if (seat.area === undefined) return;
  const area = ctx.statute.areas?.find((a) => a.id === seat.area);
  if (area === undefined) {
    ctx.add('unknown_area', [...at, 'area'], { area: seat.area });
    return;
  }
  if (seat.role !== 'kommune') {
    ctx.add('area_seat_role', [...at, 'role'], { seat: seat.id, area: area.id, role: seat.role });
  }
  if (seat.party !== undefined && !area.parties.includes(seat.party)) {
    ctx.add('party_outside_area', [...at, 'party'], { seat: seat.id, area: area.id, party: seat.party });
  }
}

/**
 * Reports a private hospital whose `agreementWith` names no helseforetak of the statute.
 *
 * @internal
 */
export function checkAgreements(ctx: ReferenceContext): void {
  ctx.statute.parties.forEach((party, p) => {
    if (party.kind !== 'private-hospital') return;
    const kind = ctx.declared.partyKind.get(party.agreementWith);
    if (kind === 'helseforetak') return;
    const at: IssuePath = ['parties', p, 'agreementWith'];
    if (kind === undefined) ctx.party(party.agreementWith, at);
    else
      ctx.add('agreement_not_helseforetak', at, {
        party: party.id,
        agreementWith: party.agreementWith,
        kind,
      });
  });
}
