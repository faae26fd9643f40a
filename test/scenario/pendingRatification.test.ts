import { describe, expect, it } from 'vitest';
import { resolveCase } from '../../src/engine/resolveCase.js';
import {
  type Fact,
  type PartyId,
  type RatificationRequirement,
  requirements,
  type Statute,
} from '../../src/index.js';
import { pendingRatification } from '../../src/scenario/_pendingRatification.js';
import { decided, kommunerStatute, populationShare } from './_weighted.js';

// Test data throughout: the minimal statute's HF `hf` and kommuner `a`, `b`, `k2`, `k3`, … with
// invented populations, in that (statute) order.

const ratify = (party: PartyId): Fact => ({ kind: 'ratification', party });
const facts = (parties: readonly PartyId[]): Fact[] => parties.map(ratify);

/** "At least `count` kommuner". */
const kommunerCount = (count: number): RatificationRequirement => ({
  kind: 'share-of-kommuner',
  threshold: { kind: 'count', count, comparison: 'atLeast' },
});

/** Kommuner of these populations under these requirements, after `adopted` adopt B-1. */
function answer(
  populations: readonly number[],
  requires: readonly RatificationRequirement[],
  adopted: readonly PartyId[] = [],
) {
  return requirements(decided(kommunerStatute(populations, requires), adopted), 'B-1');
}

/** The same, with only the founding parties listed as members (the others never joined). */
function withFounding(statute: Statute, founding: readonly PartyId[]): Statute {
  return { ...statute, membership: { ...statute.membership, founding } };
}

const pending = { proposal: 'B-1', status: 'pending-ratification', goal: 'in-force', satisfied: false };

describe('requirements pending ratification: several thresholds of one kind', () => {
  it.each([
    { rule: 'at least 3, then at least 1', requires: [kommunerCount(3), kommunerCount(1)] },
    { rule: 'at least 1, then at least 3', requires: [kommunerCount(1), kommunerCount(3)] },
  ])('reports and closes the count that misses most ($rule)', ({ requires }) => {
    expect(answer([10, 20, 30, 40], requires)).toEqual({
      ...pending,
      options: [{ all: [], choose: [{ count: 3, of: facts(['a', 'b', 'k2', 'k3']) }], size: 3 }],
      exhaustive: true,
      evaluations: 5,
      ratification: { needed: [], fewest: 3, kommuner: { required: 3, got: 0, missing: 3 } },
    });
  });

  it('reports the first of two counts already met, when something else is missing', () => {
    const r = answer(
      [10, 20, 30],
      [kommunerCount(1), kommunerCount(2), { kind: 'helseforetak' }],
      ['a', 'b', 'k2'],
    );
    expect(r).toEqual({
      ...pending,
      options: [{ all: [ratify('hf')], choose: [], size: 1 }],
      exhaustive: true,
      evaluations: 1,
      ratification: { needed: ['hf'], fewest: 1, kommuner: { required: 1, got: 3, missing: 0 } },
    });
  });
});

describe('requirements pending ratification: parties that are not members', () => {
  it('counts only the member kommuner towards a population threshold', () => {
    // k2 is listed in the statute but never joined: more than half of 10 + 20 is 16.
    const statute = withFounding(kommunerStatute([10, 20, 1000], [populationShare()]), ['hf', 'a', 'b']);
    expect(requirements(decided(statute, []), 'B-1')).toEqual({
      ...pending,
      options: [{ all: [ratify('b')], choose: [], size: 1 }],
      exhaustive: true,
      evaluations: 4,
      ratification: { needed: ['b'], fewest: 1, population: { required: 16, got: 0, missing: 16 } },
    });
  });

  it.each([
    { rule: 'the parties rule alone', requires: [] },
    { rule: 'the parties rule and the HF', requires: [{ kind: 'helseforetak' } as const] },
  ])('says "unreachable" when the rule names a party that is not a member ($rule)', ({ requires }) => {
    const rule: RatificationRequirement[] = [{ kind: 'parties', parties: ['a', 'k2'] }, ...requires];
    const statute = withFounding(kommunerStatute([10, 20, 30], [...rule, kommunerCount(1)]), [
      'hf',
      'a',
      'b',
    ]);
    expect(requirements(decided(statute, []), 'B-1')).toEqual({
      ...pending,
      options: [],
      exhaustive: true,
      evaluations: 0,
      blocked: { code: 'ratification.unreachable', ref: '§1' },
      ratification: { needed: [], fewest: 0, kommuner: { required: 1, got: 0, missing: 1 } },
    });
  });
});

describe('requirements pending ratification: the order of an option', () => {
  it('lists the parties of an option in statute order, named or needed for the population', () => {
    // Test data: a 50, b 10, k2 10; k2 is named, and more than half of 70 is 36.
    const r = answer([50, 10, 10], [{ kind: 'parties', parties: ['k2'] }, populationShare()]);
    expect(r).toEqual({
      ...pending,
      options: [{ all: facts(['a', 'k2']), choose: [], size: 2 }],
      exhaustive: true,
      evaluations: 4,
      ratification: { needed: ['a', 'k2'], fewest: 2, population: { required: 36, got: 0, missing: 36 } },
    });
  });
});

describe('requirements pending ratification: a count of kommuner with a population threshold', () => {
  it('says "any 3 of" when the three least populous already hold the population', () => {
    // Test data: 10, 20, 30, 40 inhabitants; at least 60 of 100 and at least 3 kommuner.
    const r = answer([10, 20, 30, 40], [populationShare(3, 5, 'atLeast'), kommunerCount(3)]);
    expect(r).toEqual({
      ...pending,
      options: [{ all: [], choose: [{ count: 3, of: facts(['a', 'b', 'k2', 'k3']) }], size: 3 }],
      exhaustive: true,
      evaluations: 5,
      ratification: {
        needed: [],
        fewest: 3,
        kommuner: { required: 3, got: 0, missing: 3 },
        population: { required: 60, got: 0, missing: 60 },
      },
    });
  });

  it('says "k3 and any 2 of" when k3 and the two least populous hold the population', () => {
    // Test data: 10, 20, 30, 60 inhabitants; more than half of 120 is 61; at least 3 kommuner.
    const r = answer([10, 20, 30, 60], [populationShare(), kommunerCount(3)]);
    expect(r).toEqual({
      ...pending,
      options: [{ all: [ratify('k3')], choose: [{ count: 2, of: facts(['a', 'b', 'k2']) }], size: 3 }],
      exhaustive: true,
      evaluations: 4,
      ratification: {
        needed: ['k3'],
        fewest: 3,
        kommuner: { required: 3, got: 0, missing: 3 },
        population: { required: 61, got: 0, missing: 61 },
      },
    });
  });

  it('lists each way, not "any 1 of", when the least populous kommune falls short', () => {
    // Test data: 30, 20, 10 inhabitants; at least 30 of 60 and at least 1 kommune.
    const r = answer([30, 20, 10], [populationShare(1, 2, 'atLeast'), kommunerCount(1)]);
    expect(r).toEqual({
      ...pending,
      options: [
        { all: facts(['a']), choose: [], size: 1 },
        { all: facts(['b', 'k2']), choose: [], size: 2 },
      ],
      exhaustive: true,
      evaluations: 10,
      ratification: {
        needed: [],
        fewest: 1,
        kommuner: { required: 1, got: 0, missing: 1 },
        population: { required: 30, got: 0, missing: 30 },
      },
    });
  });

  it('lists each way when the two needed kommuner and the least populous other fall short', () => {
    // Test data: 50, 40, 30, 20, 10 inhabitants; at least 120 of 150 and at least 3 kommuner.
    const r = answer([50, 40, 30, 20, 10], [populationShare(4, 5, 'atLeast'), kommunerCount(3)]);
    expect(r.options).toEqual([
      { all: facts(['a', 'b', 'k2']), choose: [], size: 3 },
      { all: facts(['a', 'b', 'k3', 'k4']), choose: [], size: 4 },
    ]);
    expect(r.ratification).toEqual({
      needed: ['a', 'b'],
      fewest: 3,
      kommuner: { required: 3, got: 0, missing: 3 },
      population: { required: 120, got: 0, missing: 120 },
    });
  });
});

describe('requirements pending ratification: the work done', () => {
  const gaps = (count: number, population?: number) => ({
    kommuner: { required: count, got: 0, missing: count },
    ...(population === undefined
      ? {}
      : { population: { required: population, got: 0, missing: population } }),
  });
  it.each([
    {
      // Test data: 10, 20, 30 inhabitants, and all three kommuner.
      what: 'a count that needs every pending kommune',
      populations: [10, 20, 30],
      requires: [kommunerCount(3)],
      all: ['a', 'b', 'k2'],
      evaluations: 5,
      ratification: { needed: ['a', 'b', 'k2'], fewest: 3, ...gaps(3) },
    },
    {
      // Test data: 50, 40, 10 inhabitants; at least 80 of 100 and at least 1 kommune.
      what: 'a population that needs more kommuner than the count',
      populations: [50, 40, 10],
      requires: [populationShare(4, 5, 'atLeast'), kommunerCount(1)],
      all: ['a', 'b'],
      evaluations: 6,
      ratification: { needed: ['a', 'b'], fewest: 2, ...gaps(1, 80) },
    },
    {
      // Test data: the same, and at least 2 kommuner: the two needed meet both at once.
      what: 'a count met by the kommuner the population needs',
      populations: [50, 40, 10],
      requires: [populationShare(4, 5, 'atLeast'), kommunerCount(2)],
      all: ['a', 'b'],
      evaluations: 1,
      ratification: { needed: ['a', 'b'], fewest: 2, ...gaps(2, 80) },
    },
  ])(
    'answers $what with the one way there is',
    ({ populations, requires, all, evaluations, ratification }) => {
      expect(answer(populations, requires)).toEqual({
        ...pending,
        options: [{ all: facts(all), choose: [], size: all.length }],
        exhaustive: true,
        evaluations,
        ratification,
      });
    },
  );
});

describe('pendingRatification', () => {
  it('answers "no option" for a matter no ratification rule covers', () => {
    const state = decided(kommunerStatute([10, 20], [kommunerCount(1)]), []);
    const context = resolveCase(state, 'B-1');
    if (context === undefined) throw new Error('B-1 is recorded');
    const statute: Statute = { ...context.statute, ratification: [] };
    expect(pendingRatification({ ...context, statute }, { maxOptions: 10, maxWork: 100 })).toEqual({
      satisfied: false,
      options: [],
      exhaustive: true,
      evaluations: 0,
    });
  });
});
