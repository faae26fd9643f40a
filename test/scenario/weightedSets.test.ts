import { describe, expect, it } from 'vitest';
import { minimalVectors } from '../../src/scenario/_minimalVectors.js';
import { minimalWeightedSets, type WeightClass, weightedNeeds } from '../../src/scenario/_weightedSets.js';

/** Classes of items, heaviest first: `[weight, 'abc']` is three items of that weight. */
const classes = (...ks: [number, string][]): WeightClass<string>[] =>
  ks.map(([weight, names]) => ({ weight, items: names.split('') }));

const roomy = { maxOptions: 100, maxWork: 1000 };

// Test data throughout: small made-up weights standing in for populations, not real kommuner.
describe('the minimal sets of kommuner meeting a count and a population', () => {
  it.each([
    {
      name: 'cannot be met by count',
      of: classes([0, 'a']),
      need: { count: 2, weight: 0 },
      answer: { reachable: false, fewest: 0, needed: [false] },
    },
    {
      name: 'cannot be met by weight',
      of: classes([4, 'ab']),
      need: { count: 0, weight: 9 },
      answer: { reachable: false, fewest: 0, needed: [false] },
    },
    {
      name: 'needs every item for the count',
      of: classes([5, 'ab']),
      need: { count: 2, weight: 0 },
      answer: { reachable: true, fewest: 2, needed: [true] },
    },
    {
      name: 'can spare one item for the count',
      of: classes([5, 'abc']),
      need: { count: 2, weight: 0 },
      answer: { reachable: true, fewest: 2, needed: [false] },
    },
    {
      name: 'needs the heavy item for the weight, not the light ones',
      of: classes([5, 'a'], [1, 'bc']),
      need: { count: 0, weight: 6 },
      answer: { reachable: true, fewest: 2, needed: [true, false] },
    },
  ])(
    'tells whether a need $name, the fewest items and the classes every way needs',
    ({ of, need, answer }) => {
      expect(weightedNeeds(of, need)).toStrictEqual(answer);
    },
  );

  it.each([
    { name: 'too few items', of: classes([0, 'a']), need: { count: 2, weight: 0 } },
    { name: 'too little weight', of: classes([4, 'ab']), need: { count: 0, weight: 9 } },
  ])('lists no choice and does no work when there are $name', ({ of, need }) => {
    expect(minimalWeightedSets(of, need, roomy)).toStrictEqual({ vectors: [], work: 0 });
  });

  it.each([
    {
      name: 'the one item the count asks for',
      of: classes([0, 'a']),
      need: { count: 1, weight: 0 },
      answer: { vectors: [[1]], work: 3 },
    },
    {
      name: 'any one item, heavy or weightless, for a count of one',
      of: classes([1, 'a'], [0, 'b']),
      need: { count: 1, weight: 0 },
      answer: {
        vectors: [
          [1, 0],
          [0, 1],
        ],
        work: 5,
      },
    },
    {
      name: 'the heaviest alone, or the two lighter that reach the weight exactly',
      of: classes([3, 'a'], [2, 'b'], [1, 'c']),
      need: { count: 0, weight: 3 },
      answer: {
        vectors: [
          [1, 0, 0],
          [0, 1, 1],
        ],
        work: 10,
      },
    },
    {
      name: 'one item of weight, never two, nor a weightless one added',
      of: classes([1, 'ab'], [0, 'cd']),
      need: { count: 0, weight: 1 },
      answer: { vectors: [[1, 0]], work: 8 },
    },
    {
      name: 'the heavy item without the weightless one',
      of: classes([2, 'a'], [0, 'b']),
      need: { count: 0, weight: 1 },
      answer: { vectors: [[1, 0]], work: 4 },
    },
    {
      name: 'the heavy item alone when it meets the weight exactly',
      of: classes([3, 'a'], [2, 'b']),
      need: { count: 0, weight: 3 },
      answer: { vectors: [[1, 0]], work: 4 },
    },
    {
      name: 'both items when only both reach the weight',
      of: classes([2, 'a'], [1, 'b']),
      need: { count: 0, weight: 3 },
      answer: { vectors: [[1, 1]], work: 5 },
    },
    {
      name: 'two heavy, or one heavy and lighter ones, for a count and a weight',
      of: classes([5, 'ab'], [3, 'cd'], [1, 'e']),
      need: { count: 2, weight: 9 },
      answer: {
        vectors: [
          [2, 0, 0],
          [1, 2, 0],
          [1, 1, 1],
        ],
        work: 14,
      },
    },
  ])('lists every minimal choice, smallest first, and the work done: $name', ({ of, need, answer }) => {
    expect(minimalWeightedSets(of, need, roomy)).toStrictEqual(answer);
  });

  it('finishes within a budget equal to the work it needs, and is cut one short of it', () => {
    const of = classes([0, 'a']);
    const need = { count: 1, weight: 0 };
    expect(minimalWeightedSets(of, need, { maxOptions: 100, maxWork: 3 })).toStrictEqual({
      vectors: [[1]],
      work: 3,
    });
    expect(minimalWeightedSets(of, need, { maxOptions: 100, maxWork: 2 })).toStrictEqual({
      vectors: [[1]],
      work: 2,
      truncatedBy: 'maxEvaluations',
    });
  });

  it('keeps the first choices when there are more than asked for, and the greedy one on a budget of one', () => {
    const of = classes([3, 'a'], [2, 'b'], [1, 'c']);
    const need = { count: 0, weight: 3 };
    expect(minimalWeightedSets(of, need, { maxOptions: 1, maxWork: 1000 })).toStrictEqual({
      vectors: [[1, 0, 0]],
      work: 8,
      truncatedBy: 'maxOptions',
    });
    expect(minimalWeightedSets(of, need, { maxOptions: 100, maxWork: 1 })).toStrictEqual({
      vectors: [[1, 0, 0]],
      work: 1,
      truncatedBy: 'maxEvaluations',
    });
  });
});

/** "At least `t` members in all", whichever groups they come from. */
const atLeast = (t: number) => (x: readonly number[]) => x.reduce((s, y) => s + y, 0) >= t;

describe('the minimal count vectors of a monotone predicate', () => {
  it.each([
    { name: 'nobody, when nothing is asked', sizes: [2, 3], ok: () => true, answer: [[0, 0]], work: 2 },
    { name: 'the one member of a single group', sizes: [1], ok: atLeast(1), answer: [[1]], work: 5 },
    {
      name: 'the member of the only group that has one',
      sizes: [0, 1],
      ok: atLeast(1),
      answer: [[0, 1]],
      work: 7,
    },
    {
      name: 'every split of two between the groups',
      sizes: [1, 2],
      ok: atLeast(2),
      answer: [
        [0, 2],
        [1, 1],
      ],
      work: 14,
    },
    {
      name: 'every split of three between the groups',
      sizes: [2, 3],
      ok: atLeast(3),
      answer: [
        [0, 3],
        [1, 2],
        [2, 1],
      ],
      work: 23,
    },
  ])('finds $name, counting every evaluation', ({ sizes, ok, answer, work }) => {
    let calls = 0;
    const counted = (x: readonly number[]) => {
      calls += 1;
      return ok(x);
    };
    expect(minimalVectors(sizes, counted, { maxOptions: 100, maxWork: 1000 })).toStrictEqual({
      vectors: answer,
      work,
    });
    expect(calls).toBe(work);
  });

  it('passes on an error the predicate throws during the search', () => {
    // Fails on a vector only the search reaches, after the greedy answer is in hand.
    const broken = (x: readonly number[]) => {
      if (x[0] === 1 && x[1] === 2) throw new Error('predicate failed');
      return atLeast(3)(x);
    };
    expect(() => minimalVectors([2, 3], broken, { maxOptions: 100, maxWork: 1000 })).toThrow(
      'predicate failed',
    );
  });
});
