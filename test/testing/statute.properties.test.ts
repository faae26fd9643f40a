import { checkInvariants, scenario, statute } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { apply, initialState, replay, safeParseStatute } from '../../src/index.js';
import { fc, prop } from '../prop.js';

describe('the statute arbitrary', () => {
  prop([statute()], { numRuns: 1000 })('gives statutes that parse', (s) => {
    const result = safeParseStatute(s);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('picks every ratification effect, per-party ones with no requirement too', () => {
    const rules = fc.sample(statute(), { numRuns: 200, seed: 3 }).flatMap((s) => s.ratification);
    expect(new Set(rules.map((r) => r.effect))).toEqual(
      new Set(['binds-ratifiers', 'all-or-nothing', 'per-party']),
    );
    expect(rules.some((r) => r.effect === 'per-party' && r.requires.length === 0)).toBe(true);
  });

  it('refuses impossible constraints at construction', () => {
    expect(() => statute({ minKommuner: 5, maxKommuner: 2 })).toThrow(
      'statute: minKommuner (5) must be at least 1 and at most maxKommuner (2)',
    );
    expect(() => statute({ minKommuner: 0 })).toThrow(RangeError);
  });
});

describe('the engine on random statutes', () => {
  prop([scenario({ maxKommuner: 5 })], { numRuns: 300 })(
    'replay equals folding apply, and every state keeps its invariants',
    ({ statute: s, events }) => {
      let state = initialState(s);
      for (const event of events) state = apply(state, event).state;
      const replayed = replay(s, events).state;
      // …but for the log position: replay counts rejected events too, apply only applied ones.
      expect(replayed).toEqual({ ...state, position: events.length });
      expect(checkInvariants(replayed)).toEqual([]);
    },
  );

  it('reaches decisions, not only rejections', () => {
    const samples = fc.sample(scenario({ maxKommuner: 5 }), { numRuns: 100, seed: 7 });
    const concluded = samples.flatMap(({ statute: s, events }) =>
      replay(s, events).outcomes.filter((o) => o.kind === 'applied' && o.type === 'proposal-concluded'),
    );
    expect(concluded.length).toBeGreaterThan(20);
  });

  it('writes joinings by a council vote, on a tie the møteleder decides either way', () => {
    const votes = fc
      .sample(scenario({ maxKommuner: 5 }), { numRuns: 300, seed: 11 })
      .flatMap(({ events }) =>
        events.flatMap((e) => (e.type === 'party-joined' && e.councilVote ? [e.councilVote] : [])),
      );
    expect(new Set(votes.map((v) => `${v.for}-${v.against} ${v.chairVote}`))).toEqual(
      new Set(['10-10 for', '10-10 against']),
    );
  });
});
