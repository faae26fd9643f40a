import { scenario as generated } from 'helsefellesskap/testing';
import { describe, expect } from 'vitest';
import { fc, prop } from '../prop.js';
import {
  changedSince,
  idsOf,
  inheritedNames,
  objectPrototypeNames,
  prototypeSnapshot,
  type Renaming,
  renamingTo,
  underRenaming,
} from './_renameIds.js';

// Ids may be named after members of Object.prototype: a generated community renamed so through
// must come to the same verdicts, and leave the built-in prototypes as they were.

const pristine = prototypeSnapshot();
const changedPrototypes = (): string[] => changedSince(pristine);

describe('a generated community with every id renamed to an inherited name', () => {
  /** A bijection per kind of id onto inherited names, Object.prototype's first, in a drawn order. */
  const renamingFor = (ids: ReturnType<typeof idsOf>, order: readonly number[]): Renaming => {
    const shuffled = (names: readonly string[]) =>
      names
        .map((name, i) => [name, order[i % order.length] ?? 0, i] as const)
        .sort((x, y) => x[1] - y[1] || x[2] - y[2])
        .map(([name]) => name);
    const first = shuffled(objectPrototypeNames);
    const rest = shuffled(inheritedNames.filter((n) => !objectPrototypeNames.includes(n)));
    return renamingTo(ids, (_kind, count) => [...first, ...rest].slice(0, count));
  };

  prop([generated({ maxKommuner: 6, maxEvents: 40 }), fc.array(fc.nat(), { minLength: 1, maxLength: 16 })], {
    numRuns: 1000,
  })(
    'replays to the same outcomes and reports, and leaves the prototypes alone',
    ({ statute, events }, order) => {
      const rename = renamingFor(idsOf(statute, events), order);
      const { ordinary, renamed } = underRenaming(statute, events, rename);
      expect(renamed).toEqual(ordinary);
      expect(renamed.roundTrips).toBe(true);
      expect(changedPrototypes()).toEqual([]);
    },
    // Each run replays two logs both ways and assesses every case: allow for a loaded machine.
    300_000,
  );
});
