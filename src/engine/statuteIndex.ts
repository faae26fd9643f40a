/**
 * Bodies and matters of a statute version, and seats of a body, by id: indexed once per version
 * (statutes are frozen, so an index never goes stale).
 *
 * @internal
 * @module
 */
import type { BodyId, MatterId, SeatId } from '../model/ids.js';
import type { Bloc, Body, Matter, Seat, Statute } from '../model/statute.js';
import type { RollSeats } from '../rules/types.js';

const bodyIndex = new WeakMap<Statute, ReadonlyMap<BodyId, Body>>();
const matterIndex = new WeakMap<Statute, ReadonlyMap<MatterId, Matter>>();
const seatIndex = new WeakMap<Body, ReadonlyMap<SeatId, Seat>>();

function indexed<K extends object, T extends { readonly id: string }>(
  index: WeakMap<K, ReadonlyMap<string, T>>,
  statute: K,
  items: readonly T[],
): ReadonlyMap<string, T> {
  let found = index.get(statute);
  if (found === undefined) {
    found = new Map(items.map((item) => [item.id, item] as const));
    index.set(statute, found);
  }
  return found;
}

/** The body of a statute version. @internal */
export function bodyOf(statute: Statute | undefined, id: BodyId): Body | undefined {
  return statute === undefined ? undefined : indexed(bodyIndex, statute, statute.bodies).get(id);
}

/** The matter of a statute version. @internal */
export function matterOf(statute: Statute | undefined, id: MatterId): Matter | undefined {
  return statute === undefined ? undefined : indexed(matterIndex, statute, statute.matters).get(id);
}

/** The seat of a body. @internal */
export function seatOf(body: Body, id: SeatId): Seat | undefined {
  return indexed(seatIndex, body, body.seats).get(id);
}

/** What a body's seats say, whoever holds them: worked out once per frozen body. @internal */
export interface SeatFacts {
  /** The voting seats, in all and per bloc. */
  readonly seats: RollSeats;
  /** The seats with a vote, in statute order. */
  readonly voting: readonly Seat[];
  /** The blocs of the voting seats, sorted. */
  readonly blocs: readonly Bloc[];
  /** Voting places on no side, where the other voting seats have sides. */
  readonly withoutSide: number;
  /** The roles of those places, each once, in statute order. */
  readonly withoutSideRoles: readonly string[];
}

const seatFactsIndex = new WeakMap<Body, SeatFacts>();

/** The {@link SeatFacts} of a body, worked out on first use and kept while the body lives. @internal */
export function seatFacts(body: Body): SeatFacts {
  let facts = seatFactsIndex.get(body);
  if (facts === undefined) {
    facts = computeSeatFacts(body);
    seatFactsIndex.set(body, facts);
  }
  return facts;
}

function computeSeatFacts(body: Body): SeatFacts {
  const voting = body.seats.filter((s) => s.rights.includes('vote'));
  let total = 0;
  const byBloc: Partial<Record<Bloc, number>> = {};
  for (const seat of voting) {
    total += seat.count;
    if (seat.bloc !== undefined) byBloc[seat.bloc] = (byBloc[seat.bloc] ?? 0) + seat.count;
  }
  const filled = voting.filter((s) => s.count > 0);
  const unsided = filled.some((s) => s.bloc !== undefined) ? filled.filter((s) => s.bloc === undefined) : [];
  const blocs = [...new Set(voting.flatMap((s) => (s.bloc === undefined ? [] : [s.bloc])))].sort();
  return Object.freeze({
    seats: Object.freeze({ total, byBloc: Object.freeze(byBloc) }),
    voting: Object.freeze(voting),
    blocs: Object.freeze(blocs),
    withoutSide: unsided.reduce((n, s) => n + s.count, 0),
    withoutSideRoles: Object.freeze([...new Set(unsided.map((s) => s.role))]),
  });
}
