/**
 * Ids that must be unique where they are declared: parties (and their kommunenummer),
 * participant roles, bodies, matters, ratification rules, and seats within a body.
 *
 * @internal
 * @module
 */
import type { Party, Statute } from '../model/statute.js';
import type { AddIssue, DeclaredIds } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * Reports every item of the list at `list` whose key an earlier item already has, at
 * `[...list, index, field]`, or at `[...list, index]` for a list of keys (`field` undefined), with
 * `entity`, what the key names; returns the keys. Items whose key is `undefined` are left out.
 *
 * @internal
 */
export function checkUnique<T>(
  add: AddIssue,
  items: readonly T[],
  key: (item: T) => string | undefined,
  list: IssuePath,
  field: string | undefined,
  entity: string,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const id = key(item);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return;
    }
    add('duplicate_id', field === undefined ? [...list, index] : [...list, index, field], {
      id,
      first,
      entity,
    });
  });
  return new Set(seen.keys());
}

/** A kommune's kommunenummer; a helseforetak has none. */
function kommunenummerOf(party: Party): string | undefined {
  return party.kind === 'kommune' ? party.kommunenummer : undefined;
}

/**
 * Reports the duplicate ids of the statute's own lists (seats are checked with their body) and
 * returns what each list declares.
 *
 * @internal
 */
export function checkIds(statute: Statute, add: AddIssue): DeclaredIds {
  const parties = checkUnique(add, statute.parties, (p) => p.id, ['parties'], 'id', 'party');
  checkUnique(add, statute.parties, kommunenummerOf, ['parties'], 'kommunenummer', 'kommunenummer');
  const roles = checkUnique(
    add,
    statute.participants,
    (p) => p.role,
    ['participants'],
    'role',
    'participant-role',
  );
  const bodies = checkUnique(add, statute.bodies, (b) => b.id, ['bodies'], 'id', 'body');
  const matters = checkUnique(add, statute.matters, (m) => m.id, ['matters'], 'id', 'matter');
  checkUnique(add, statute.ratification, (r) => r.id, ['ratification'], 'id', 'ratification-rule');
  checkUnique(add, statute.disputeBoards ?? [], (d) => d.id, ['disputeBoards'], 'id', 'dispute-board');
  return {
    parties,
    roles,
    bodies,
    matters,
    partyKind: new Map(statute.parties.map((p) => [p.id, p.kind] as const)),
    tierOf: new Map(statute.bodies.map((b) => [b.id, b.tier] as const)),
  };
}
