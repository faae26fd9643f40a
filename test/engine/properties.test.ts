import { checkInvariants, events } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import {
  apply,
  type GovernanceEvent,
  initialState,
  presets,
  replay,
  type Statute,
  safeParseEvent,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { fc, prop } from '../prop.js';
import { bergen } from './_bergen.js';
import { innlandet } from './_innlandet.js';

const statutes: [string, Statute][] = [
  ['vestfold', presets.vestfold],
  ['nationalTemplate', presets.nationalTemplate],
  ['minimal', minimalStatute],
  ['bergen (areas, private hospitals)', bergen],
  ['innlandet (advice, dispute boards)', innlandet],
];
const byName = new Map(statutes);
// The statute travels by name so that a counterexample prints the log, not the whole statute.
const logs = fc
  .constantFrom(...statutes.map(([name]) => name))
  .chain((name) => events(byName.get(name) as Statute).map((log) => ({ name, log })))
  .map(({ name, log }) => ({ name, log, statute: byName.get(name) as Statute }));

/** Folds apply over a log, checking on the way that a rejection returns the identical state. */
function fold(statute: Statute, log: readonly GovernanceEvent[]) {
  let state = initialState(statute);
  const outcomes = [];
  for (const event of log) {
    const result = apply(state, event);
    if (result.outcome.kind === 'rejected') expect(result.state).toBe(state);
    else expect(result.state).not.toBe(state);
    state = result.state;
    outcomes.push(result.outcome);
  }
  return { state, outcomes };
}

const runs = { numRuns: 1000 };

describe('engine properties', () => {
  prop([logs], runs)('replay gives the same state and outcomes as folding apply', ({ statute, log }) => {
    const folded = fold(statute, log);
    const replayed = replay(statute, log);
    expect(replayed.outcomes).toEqual(folded.outcomes);
    // …but for the log position: replay counts rejected events too, apply only applied ones.
    expect(replayed.state).toEqual({ ...folded.state, position: log.length });
    expect(folded.state.position).toBe(folded.state.seq);
  });

  prop([logs], runs)(
    'every reachable state is deep-frozen, plain JSON and keeps its invariants',
    ({ statute, log }) => {
      const { state } = replay(statute, log);
      expect(checkInvariants(state)).toEqual([]);
      const prefix = fold(statute, log.slice(0, Math.ceil(log.length / 2))).state;
      expect(checkInvariants(prefix)).toEqual([]);
    },
  );

  prop([logs], runs)(
    'a rejected event returns the identical state object, and apply never throws',
    ({ statute, log }) => {
      const { outcomes } = fold(statute, log);
      expect(outcomes).toHaveLength(log.length);
    },
  );

  prop([logs], { numRuns: 200 })('every generated event is schema-valid', ({ log }) => {
    for (const event of log) expect(safeParseEvent(event).success).toBe(true);
  });

  it.each(statutes)('the generator reaches both outcomes often (%s)', (_name, statute) => {
    const samples = fc.sample(events(statute), { numRuns: 200, seed: 42 });
    let applied = 0;
    let rejected = 0;
    let concluded = 0;
    for (const log of samples) {
      const { outcomes } = replay(statute, log);
      applied += outcomes.filter((o) => o.kind === 'applied').length;
      rejected += outcomes.filter((o) => o.kind === 'rejected').length;
      concluded += outcomes.filter((o) => o.kind === 'applied' && o.type === 'proposal-concluded').length;
    }
    expect(applied).toBeGreaterThan(400);
    expect(rejected).toBeGreaterThan(400);
    expect(concluded).toBeGreaterThan(40);
  });
});
