import { divergence } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import {
  assessAll,
  compareStatutes,
  type DecisionReport,
  type DecisionRule,
  type GovernanceEvent,
  InputError,
  presets,
  replay,
  type Statute,
  StatuteError,
} from '../../src/index.js';

// A hypothetical change, not a rule of the real community: the Vestfold SSU moving from
// consensus to two thirds of those present on each side.
const twoThirdsEachSide: DecisionRule = {
  kind: 'each-bloc',
  rule: {
    kind: 'majority',
    threshold: { numerator: 2, denominator: 3 },
    strict: false,
    base: 'present',
    tieBreak: 'fails',
    ref: 'konsensus',
  },
  ref: 'konsensus',
};
const current = presets.vestfold;
const proposed: Statute = {
  ...current,
  version: `${current.version}-two-thirds`,
  bodies: current.bodies.map((b) => (b.id === 'ssu' ? { ...b, decision: twoThirdsEachSide } : b)),
};

/**
 * Whether some case reported under both statutes is decided differently, replayed here apart
 * from `divergence`, on the date of the later last event (as compareStatutes does).
 */
function diverges(log: readonly GovernanceEvent[]): boolean {
  const states = [replay(current, log).state, replay(proposed, log).state];
  const asOf = states.map((s) => s.lastAt).sort()[1] as string;
  const [before, after] = states.map(
    (state) => new Map(assessAll(state, { asOf }).map((r) => [r.proposal, `${r.status}/${r.valid}`])),
  ) as [Map<string, string>, Map<string, string>];
  return [...before].some(([id, decided]) => after.has(id) && after.get(id) !== decided);
}

const verdict = (r: DecisionReport) => ({ proposal: r.proposal, status: r.status, valid: r.valid });

describe('divergence', () => {
  it('finds a log under which consensus and two thirds of each side decide a case differently', () => {
    const result = divergence(current, proposed, { runs: 50, seed: 1 });
    if (!result.found) throw new Error(`no divergence in ${result.runs} runs`);
    expect(result.seed).toBe(1);
    expect(result.runs).toBeLessThanOrEqual(50);
    // Replayed here, the two statutes really decide the case differently, as reported.
    const { state: before } = replay(current, result.events);
    const { state: after } = replay(proposed, result.events);
    const asOf = result.before.asOf;
    const mine = [before, after].map((s) =>
      assessAll(s, { asOf }).find((r) => r.proposal === result.proposal),
    );
    expect(mine.map((r) => r && verdict(r))).toEqual([verdict(result.before), verdict(result.after)]);
    expect(verdict(result.before)).not.toEqual(verdict(result.after));
    expect(result.before.statuteVersion).toBe(current.version);
    expect(result.after.statuteVersion).toBe(proposed.version);
    // …and it is the decision rule that turns it.
    const change = compareStatutes(current, proposed, result.events).changes.find(
      (c) => c.proposal === result.proposal,
    );
    expect(change?.checks.map((c) => c.id)).toEqual(['decision-rule']);
  });

  it('shows what docs/testing.md shows: a bruker’s objection blocks consensus, not two thirds of each side', () => {
    const result = divergence(current, proposed, { runs: 100, seed: 14 });
    if (!result.found) throw new Error('no divergence');
    expect(result.runs).toBe(13);
    expect(result.events.map((e) => (e.type === 'vote-cast' ? `${e.member}: ${e.vote}` : e.type))).toEqual([
      'member-appointed',
      'member-appointed',
      'member-appointed',
      'meeting-convened',
      'proposal-submitted',
      'ssu-faerder-0: for',
      'ssu-siv-1: for',
      'ssu-bruker-0: against',
    ]);
    expect([verdict(result.before), verdict(result.after)]).toEqual([
      { proposal: 'case-0', status: 'open', valid: false },
      { proposal: 'case-0', status: 'open', valid: true },
    ]);
  });

  it('returns a shrunk log: short, and no event can be left out without losing every divergence', () => {
    for (const seed of [1, 3, 14]) {
      const result = divergence(current, proposed, { runs: 50, seed });
      if (!result.found) throw new Error(`no divergence for seed ${seed}`);
      expect(result.events.length).toBeLessThanOrEqual(8);
      expect(diverges(result.events)).toBe(true);
      for (let i = 0; i < result.events.length; i++) {
        const shorter = result.events.filter((_, j) => j !== i);
        expect(diverges(shorter), `seed ${seed}: event ${i} could go`).toBe(false);
      }
    }
  });

  it('finds nothing between a statute and itself, and says how many logs it tried', () => {
    expect(divergence(current, current, { runs: 30, seed: 1 })).toEqual({ found: false, runs: 30, seed: 1 });
    const copy = JSON.parse(JSON.stringify(current)) as Statute;
    expect(divergence(current, copy, { runs: 30, seed: 2 })).toEqual({ found: false, runs: 30, seed: 2 });
  });

  it('is deterministic for a seed, and the seed it returns repeats a search that was given none', () => {
    const options = { runs: 40, seed: 14, constraints: { maxEvents: 20 } };
    expect(divergence(current, proposed, options)).toEqual(divergence(current, proposed, options));
    const unseeded = divergence(current, proposed, { runs: 40 });
    expect(divergence(current, proposed, { runs: 40, seed: unseeded.seed })).toEqual(unseeded);
  });

  it('judges both statutes on the date it is given', () => {
    const result = divergence(current, proposed, { runs: 50, seed: 1, asOf: '2030-01-01' });
    if (!result.found) throw new Error('no divergence');
    expect([result.before.asOf, result.after.asOf]).toEqual(['2030-01-01', '2030-01-01']);
  });

  it('refuses statutes that do not parse with one StatuteError naming which statute and where', () => {
    const broken = { ...proposed, bodies: [{ ...proposed.bodies[0], tier: 9 }] } as unknown as Statute;
    const error = (() => {
      try {
        divergence({ ...current, id: '' } as Statute, broken, { runs: 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StatuteError);
    const paths = (error as StatuteError).issues.map((i) => i.path.join('.'));
    expect(paths).toContain('a.id');
    expect(paths).toContain('b.bodies.0.tier');
  });

  it('refuses runs that are not a whole number of at least 1, and a bad seed or date, in one InputError', () => {
    for (const runs of [0, -3, 1.5, Number.NaN, '10'] as unknown[]) {
      expect(() => divergence(current, proposed, { runs: runs as number })).toThrow(InputError);
    }
    const error = (() => {
      try {
        divergence(current, proposed, { runs: 0, seed: 0.5, asOf: '2024-02-30' });
      } catch (e) {
        return e;
      }
    })() as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.subject).toBe('options');
    expect(error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['runs', 'too_small'],
      ['seed', 'not_integer'],
      ['asOf', 'invalid_date'],
    ]);
    expect(error.message).toContain('runs: expected a whole number of at least 1, got 0');
    expect(() => divergence(current, proposed, undefined as never)).toThrow(InputError);
  });

  it('refuses log sizes that events refuses, at once', () => {
    expect(() => divergence(current, proposed, { runs: 1, constraints: { maxEvents: -1 } })).toThrow(
      RangeError,
    );
  });
});
