/**
 * Bodies and matters of a statute version, and seats of a body, by id: indexed once per version
 * (statutes are frozen, so an index never goes stale).
 *
 * @internal
 * @module
 */
import type { BodyId, MatterId, SeatId } from '../model/ids.js';
import type { Body, Matter, Seat, Statute } from '../model/statute.js';

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
