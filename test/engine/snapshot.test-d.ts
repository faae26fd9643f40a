import { describe, expectTypeOf, it } from 'vitest';
import type { Snapshot, SnapshotState, State } from '../../src/index.js';

describe('the snapshot format', () => {
  it('has a field for every field of the state, and no other (a new state field needs a place in it)', () => {
    expectTypeOf<keyof SnapshotState>().toEqualTypeOf<keyof State>();
  });

  it('names its format and version as literal types', () => {
    expectTypeOf<Snapshot['format']>().toEqualTypeOf<'helsefellesskap/snapshot'>();
    expectTypeOf<Snapshot['version']>().toEqualTypeOf<1>();
  });
});
