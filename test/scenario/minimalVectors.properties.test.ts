import { describe, expect } from 'vitest';
import { minimalVectors } from '../../src/scenario/_minimalVectors.js';
import { fc, prop } from '../prop.js';

/** Every vector of the box, by brute force. */
function box(sizes: readonly number[]): number[][] {
  return sizes.reduce<number[][]>(
    (acc, size) => acc.flatMap((v) => Array.from({ length: size + 1 }, (_, c) => [...v, c])),
    [[]],
  );
}
const leq = (a: readonly number[], b: readonly number[]) => a.every((x, i) => x <= (b[i] as number));

/**
 * Monotone predicates like the rules': "at least t of these groups, weighted", any of several
 * such, or all of them (a quorum and a majority per side).
 */
const predicate = (groups: number) =>
  fc
    .record({
      kind: fc.constantFrom('any' as const, 'all' as const),
      parts: fc.array(
        fc.record({
          weights: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: groups, maxLength: groups }),
          at: fc.integer({ min: 0, max: 12 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ kind, parts }) => (x: readonly number[]) => {
      const holds = (p: (typeof parts)[number]) =>
        p.weights.reduce((s, w, i) => s + w * (x[i] as number), 0) >= p.at;
      return kind === 'any' ? parts.some(holds) : parts.every(holds);
    });

describe('the search behind an open case', () => {
  const caseArb = fc
    .integer({ min: 1, max: 4 })
    .chain((groups) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: groups, maxLength: groups }),
        predicate(groups),
      ),
    );

  prop([caseArb], { numRuns: 1000 })(
    'finds exactly the minimal vectors of a monotone predicate, smallest first, and counts every evaluation',
    ([sizes, ok]) => {
      let calls = 0;
      const counted = (x: readonly number[]) => {
        calls += 1;
        return ok(x);
      };
      const found = minimalVectors(sizes, counted, { maxOptions: 10_000, maxWork: 1_000_000 });
      const all = box(sizes).filter(ok);
      const minimal = all.filter(
        (v) => !all.some((w) => w !== v && leq(w, v) && w.some((x, i) => x < (v[i] as number))),
      );
      expect(found.truncatedBy).toBeUndefined();
      expect(new Set(found.vectors.map((v) => v.join(',')))).toEqual(
        new Set(minimal.map((v) => v.join(','))),
      );
      expect(found.vectors).toHaveLength(minimal.length);
      const sums = found.vectors.map((v) => v.reduce((s, x) => s + x, 0));
      expect(sums).toEqual([...sums].sort((a, b) => a - b));
      expect(found.work).toBe(calls);
    },
  );

  prop([caseArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 })], { numRuns: 1000 })(
    'under tight limits, returns minimal vectors, one at least when any exists, and says it was cut',
    ([sizes, ok], maxWork, maxOptions) => {
      const found = minimalVectors(sizes, ok, { maxOptions, maxWork });
      const full = minimalVectors(sizes, ok, { maxOptions: 10_000, maxWork: 1_000_000 });
      expect(found.vectors.length > 0).toBe(full.vectors.length > 0);
      expect(found.vectors.length).toBeLessThanOrEqual(maxOptions);
      const keys = new Set(full.vectors.map((v) => v.join(',')));
      for (const v of found.vectors) expect(keys.has(v.join(','))).toBe(true);
      if (found.truncatedBy === undefined) expect(found.vectors).toEqual(full.vectors);
      if (found.truncatedBy === 'maxOptions')
        expect(found.vectors).toEqual(full.vectors.slice(0, maxOptions));
      // The greedy answer may pass a tiny budget; the search itself never does.
      const greedy = 2 + sizes.reduce((s, size) => s + Math.ceil(Math.log2(size + 1)), 0);
      expect(found.work).toBeLessThanOrEqual(Math.max(maxWork, greedy));
    },
  );
});
