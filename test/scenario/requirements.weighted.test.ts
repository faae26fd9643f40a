import { describe, expect, it } from 'vitest';
import {
  assess,
  type Fact,
  type FactSet,
  type GovernanceEvent,
  type PartyId,
  replay,
  requirements,
} from '../../src/index.js';
import { pmAppointments } from '../engine/_pm.js';
import { minimalStatute } from '../fixtures.js';
import {
  afterAdopting,
  decided,
  distinctPopulations,
  kommuneId,
  kommunerStatute,
  populationShare,
} from './_weighted.js';

const partyOf = (f: Fact): PartyId => {
  if (f.kind !== 'ratification') throw new Error(`unexpected ${f.kind}`);
  return f.party;
};
/** The parties of an option (every kommune has its own population here, so no "any n of"). */
const partiesOf = (option: FactSet): PartyId[] => {
  expect(option.choose).toEqual([]);
  return option.all.map(partyOf);
};

describe('requirements under a population threshold over kommuner of distinct populations', () => {
  it.each([18, 20, 42, 50])('answers for %i kommuner: the gap, the fewest, the smallest examples', (n) => {
    const populations = distinctPopulations(n);
    const statute = kommunerStatute(populations, [{ kind: 'helseforetak' }, populationShare()]);
    const adopted = [0, 1, 2].map(kommuneId);
    const state = decided(statute, ['hf', ...adopted]);
    const population = new Map(populations.map((p, i) => [kommuneId(i), p]));
    const total = populations.reduce((s, p) => s + p, 0);
    const required = Math.floor(total / 2) + 1;
    const got = adopted.reduce((s, id) => s + (population.get(id) as number), 0);
    const sum = (ids: readonly PartyId[]) => ids.reduce((s, id) => s + (population.get(id) as number), got);
    // The fewest: the most populous of those pending, until the gap is closed.
    const pending = [...population.keys()]
      .filter((id) => !adopted.includes(id))
      .sort((x, y) => (population.get(y) as number) - (population.get(x) as number));
    let fewest = 0;
    while (sum(pending.slice(0, fewest)) < required) fewest += 1;

    const r = requirements(state, 'B-1');
    expect(r).toMatchObject({
      status: 'pending-ratification',
      goal: 'in-force',
      satisfied: false,
      exhaustive: false,
      truncated: { by: 'maxOptions', limit: 10 },
      ratification: { needed: [], fewest, population: { required, got, missing: required - got } },
    });
    expect(r.blocked).toBeUndefined();
    expect(r.evaluations).toBeLessThanOrEqual(20_000);
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
    expect(r.options).toHaveLength(10);
    expect(new Set(partiesOf(r.options[0] as FactSet))).toEqual(new Set(pending.slice(0, fewest)));
    const sizes = r.options.map((o) => o.size);
    expect(sizes[0]).toBe(fewest);
    expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
    expect(new Set(r.options.map((o) => JSON.stringify(partiesOf(o).sort()))).size).toBe(10);
    for (const option of r.options) {
      const ids = partiesOf(option);
      expect(sum(ids)).toBeGreaterThanOrEqual(required);
      for (const id of ids) expect(sum(ids.filter((x) => x !== id))).toBeLessThan(required);
    }
    // And the engine agrees on the first: in force with it, pending without its smallest member.
    const first = partiesOf(r.options[0] as FactSet);
    expect(assess(afterAdopting(state, first), 'B-1', { asOf: '2024-04-01' }).status).toBe('in-force');
    expect(assess(afterAdopting(state, first.slice(0, -1)), 'B-1', { asOf: '2024-04-01' }).status).toBe(
      'pending-ratification',
    );
  });

  it('names the kommune every way needs, and puts it in every option', () => {
    // Test data: one kommune holds about 40 % of the population of 42.
    const populations = distinctPopulations(42);
    populations[5] = 600_000;
    const statute = kommunerStatute(populations, [populationShare(2, 3, 'atLeast')]);
    const r = requirements(decided(statute, []), 'B-1');
    expect(r.ratification?.needed).toEqual(['k5']);
    expect(r.options.length).toBeGreaterThan(0);
    for (const option of r.options) expect(partiesOf(option)).toContain('k5');
  });

  it('lists every minimal way, exhaustively, when there are few', () => {
    // Test data: 50, 40, 30, 20, 10 inhabitants; at least 60 of 150 (two fifths).
    const statute = kommunerStatute([50, 40, 30, 20, 10], [populationShare(2, 5, 'atLeast')]);
    const r = requirements(decided(statute, []), 'B-1', { maxOptions: 100 });
    expect(r).toMatchObject({ exhaustive: true, ratification: { fewest: 2, needed: [] } });
    expect(r.truncated).toBeUndefined();
    expect(r.options.map((o) => partiesOf(o).join('+'))).toEqual([
      'a+b',
      'a+k2',
      'a+k3',
      'a+k4',
      'b+k2',
      'b+k3',
      'k2+k3+k4',
    ]);
  });

  it('gives the greedy answer even with a budget of one', () => {
    const statute = kommunerStatute(distinctPopulations(50), [populationShare()]);
    const r = requirements(decided(statute, []), 'B-1', { maxEvaluations: 1 });
    expect(r).toMatchObject({ exhaustive: false, truncated: { by: 'maxEvaluations', limit: 1 } });
    expect(r.evaluations).toBeLessThanOrEqual(1);
    expect(r.options).toHaveLength(1);
    expect(r.options[0]?.size).toBe(r.ratification?.fewest);
  });

  it('says "no option" only when the kommuner cannot reach it', () => {
    // Test data: no kommune has inhabitants recorded as more than 0.
    const statute = kommunerStatute([0, 0, 0], [populationShare()]);
    const r = requirements(decided(statute, []), 'B-1');
    expect(r).toMatchObject({
      options: [],
      exhaustive: true,
      blocked: { code: 'ratification.unreachable', ref: '§1' },
      ratification: { population: { required: 1, got: 0, missing: 1 } },
    });
  });

  it('adds a count of kommuner to the same answer', () => {
    // Test data: more than half of the population and at least 5 kommuner of 8.
    const populations = [90_000, 5_000, 4_000, 3_000, 2_000, 1_500, 1_200, 1_000];
    const statute = kommunerStatute(populations, [
      populationShare(),
      { kind: 'share-of-kommuner', threshold: { kind: 'count', count: 5, comparison: 'atLeast' } },
    ]);
    const r = requirements(decided(statute, []), 'B-1', { maxOptions: 100 });
    expect(r.ratification).toMatchObject({
      needed: ['a'],
      fewest: 5,
      kommuner: { required: 5, got: 0, missing: 5 },
    });
    expect(r.exhaustive).toBe(true);
    // The big one and any four of the other seven: one option of size 5.
    expect(r.options).toEqual([
      {
        all: [{ kind: 'ratification', party: 'a' }],
        choose: [
          {
            count: 4,
            of: ['b', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'].map((party) => ({ kind: 'ratification', party })),
          },
        ],
        size: 5,
      },
    ]);
  });
});

describe('requirements under thresholds the rule states by name or count', () => {
  it('says "all 50" when a parties rule names 50 kommuner', () => {
    const ids = Array.from({ length: 50 }, (_, i) => kommuneId(i));
    const statute = kommunerStatute(distinctPopulations(50), [{ kind: 'parties', parties: ids }]);
    const r = requirements(decided(statute, []), 'B-1');
    expect(r).toMatchObject({
      exhaustive: true,
      ratification: { needed: ids, fewest: 50 },
      options: [{ all: ids.map((party) => ({ kind: 'ratification', party })), choose: [], size: 50 }],
    });
    expect(r.evaluations).toBeLessThanOrEqual(1);
  });

  it('says "any k of" those pending under two thirds of 42 kommuner', () => {
    const statute = kommunerStatute(distinctPopulations(42), [
      {
        kind: 'share-of-kommuner',
        threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
      },
    ]);
    const adopted = Array.from({ length: 10 }, (_, i) => kommuneId(i));
    const r = requirements(decided(statute, adopted), 'B-1');
    const pending = Array.from({ length: 32 }, (_, i) => kommuneId(i + 10));
    expect(r).toMatchObject({
      exhaustive: true,
      ratification: { needed: [], fewest: 18, kommuner: { required: 28, got: 10, missing: 18 } },
      options: [
        {
          all: [],
          choose: [{ count: 18, of: pending.map((party) => ({ kind: 'ratification', party })) }],
          size: 18,
        },
      ],
    });
  });
});

describe('requirements: limits', () => {
  it('refuses a limit that is not a whole number of at least 1', () => {
    const state = decided(kommunerStatute([1, 2], [populationShare()]), []);
    expect(() => requirements(state, 'B-1', { maxOptions: 0 })).toThrow(
      /requirements: maxOptions must be a whole number of at least 1/,
    );
    expect(() => requirements(state, 'B-1', { maxEvaluations: 1.5 })).toThrow(RangeError);
  });

  it('keeps one minimal answer for an open case when the budget runs out', () => {
    const log: GovernanceEvent[] = [
      ...pmAppointments,
      { type: 'meeting-convened', at: '2024-01-15', meeting: 'pm-1', body: 'pm', date: '2024-02-01' },
      {
        type: 'proposal-submitted',
        at: '2024-01-15',
        proposal: 'P',
        body: 'pm',
        matter: 'budget',
        meeting: 'pm-1',
      },
    ];
    const { state } = replay(minimalStatute, log);
    const full = requirements(state, 'P', { maxOptions: 1000 });
    const cut = requirements(state, 'P', { maxEvaluations: 1 });
    expect(full.exhaustive).toBe(true);
    expect(full.options.length).toBeGreaterThan(1);
    expect(cut).toMatchObject({ exhaustive: false, truncated: { by: 'maxEvaluations', limit: 1 } });
    expect(cut.options).toHaveLength(1);
    expect(full.options).toContainEqual(cut.options[0]);
  });
});
