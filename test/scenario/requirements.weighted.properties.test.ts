import { describe, expect, it } from 'vitest';
import {
  assess,
  type FactSet,
  type PartyId,
  type RatificationRequirement,
  requirements,
} from '../../src/index.js';
import { propertyRunsCapped } from '../fixtures.js';
import { fc, prop } from '../prop.js';
import { afterAdopting, decided, kommuneId, kommunerStatute } from './_weighted.js';

/** 2 to `max` kommuner of distinct populations, some of which have adopted, under a share of them. */
const caseArb = (max: number) =>
  fc
    .record({
      populations: fc.uniqueArray(fc.integer({ min: 1, max: 700_000 }), { minLength: 2, maxLength: max }),
      fraction: fc
        .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
        .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })),
      comparison: fc.constantFrom('atLeast' as const, 'moreThan' as const),
      hf: fc.boolean(),
      adoptedSeeds: fc.array(fc.nat(), { maxLength: 6 }),
    })
    .map((c) => ({
      ...c,
      // More than the whole is no threshold a statute may state (threshold_unreachable).
      comparison: c.fraction.numerator === c.fraction.denominator ? ('atLeast' as const) : c.comparison,
      adopted: [...new Set(c.adoptedSeeds.map((s) => kommuneId(s % c.populations.length)))],
    }));

describe('requirements under a population threshold (property)', () => {
  const seen = { several: 0, truncated: 0, needed: 0 };
  prop([caseArb(50)], { numRuns: 1000 })(
    'each option meets the threshold and is minimal, the first is the fewest, and "needed" is needed',
    ({ populations, fraction, comparison, hf, adopted }) => {
      const share: RatificationRequirement = {
        kind: 'share-of-population',
        threshold: { kind: 'share', fraction, comparison },
      };
      const statute = kommunerStatute(populations, hf ? [{ kind: 'helseforetak' }, share] : [share]);
      const state = decided(statute, adopted);
      const population = new Map(populations.map((p, i) => [kommuneId(i), p]));
      const total = populations.reduce((s, p) => s + p, 0);
      // The threshold, independently: got / total against the fraction, cross-multiplied.
      const meets = (ids: Iterable<PartyId>) => {
        let got = 0;
        for (const id of new Set([...adopted, ...ids])) got += population.get(id) ?? 0;
        const left = BigInt(got) * BigInt(fraction.denominator);
        const right = BigInt(fraction.numerator) * BigInt(total);
        return comparison === 'atLeast' ? left >= right : left > right;
      };
      const r = requirements(state, 'B-1');
      if (meets([]) && !hf) {
        expect(r).toMatchObject({ status: 'in-force', satisfied: true });
        return;
      }
      expect(r.status).toBe('pending-ratification');
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(r.exhaustive).toBe(r.truncated === undefined);
      expect(r.evaluations).toBeLessThanOrEqual(20_000);
      const pending = [...population.keys()].filter((id) => !adopted.includes(id));
      if (!meets(pending)) {
        // "No options" only where none exists: not even every kommune pending would do.
        expect(r).toMatchObject({ options: [], blocked: { code: 'ratification.unreachable' } });
        return;
      }
      expect(r.options.length).toBeGreaterThan(0);
      expect(r.options.length).toBeLessThanOrEqual(10);
      expect(r.blocked).toBeUndefined();

      const byPopulation = [...pending].sort(
        (x, y) => (population.get(y) as number) - (population.get(x) as number),
      );
      let fewest = 0;
      while (!meets(byPopulation.slice(0, fewest))) fewest += 1;
      const hfMissing = hf ? 1 : 0;
      expect(r.ratification?.fewest).toBe(fewest + hfMissing);
      expect(r.options[0]?.size).toBe(fewest + hfMissing);

      const sizes = r.options.map((o) => o.size);
      expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
      for (const option of r.options as FactSet[]) {
        // Distinct populations: nothing is interchangeable, so every fact is named.
        expect(option.choose).toEqual([]);
        const ids = option.all.map((f) => (f.kind === 'ratification' ? f.party : f.member));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.includes('hf')).toBe(hf);
        const kommuner = ids.filter((id) => id !== 'hf');
        expect(meets(kommuner)).toBe(true);
        for (const id of kommuner) expect(meets(kommuner.filter((x) => x !== id))).toBe(false);
      }
      // Needed: exactly the kommuner without which the others cannot meet it (and the HF).
      const needed = pending.filter((id) => !meets(pending.filter((x) => x !== id)));
      if (needed.length > 0) seen.needed += 1;
      expect(r.ratification?.needed).toEqual(hf ? ['hf', ...needed] : needed);
      for (const option of r.options)
        for (const id of needed) expect(JSON.stringify(option.all)).toContain(`"${id}"`);

      // The engine agrees on the first option.
      const first = (r.options[0] as FactSet).all.map((f) =>
        f.kind === 'ratification' ? f.party : f.member,
      );
      expect(assess(afterAdopting(state, first), 'B-1', { asOf: '2024-04-01' }).status).toBe('in-force');
    },
  );

  prop([caseArb(8)], { numRuns: 1000 })(
    'for a few kommuner, the options are the smallest of all minimal sets, found by brute force',
    ({ populations, fraction, comparison, adopted }) => {
      const share: RatificationRequirement = {
        kind: 'share-of-population',
        threshold: { kind: 'share', fraction, comparison },
      };
      const state = decided(kommunerStatute(populations, [share]), adopted);
      const r = requirements(state, 'B-1', { maxOptions: 600 });
      if (r.status !== 'pending-ratification') return;
      const total = populations.reduce((s, p) => s + p, 0);
      const adoptedSum = populations.reduce((sum, p, i) => sum + (adopted.includes(kommuneId(i)) ? p : 0), 0);
      const pending = populations
        .map((p, i) => ({ id: kommuneId(i), p }))
        .filter((k) => !adopted.includes(k.id));
      const meets = (sum: number) => {
        const left = BigInt(adoptedSum + sum) * BigInt(fraction.denominator);
        const right = BigInt(fraction.numerator) * BigInt(total);
        return comparison === 'atLeast' ? left >= right : left > right;
      };
      const minimal: string[][] = [];
      for (let mask = 0; mask < 1 << pending.length; mask++) {
        const chosen = pending.filter((_, i) => mask & (1 << i));
        const sum = chosen.reduce((s, k) => s + k.p, 0);
        if (meets(sum) && chosen.every((k) => !meets(sum - k.p)))
          minimal.push(chosen.map((k) => k.id).sort());
      }
      const key = (ids: readonly string[]) => [...ids].sort().join('+');
      const got = r.options.map((o) =>
        key(o.all.map((f) => (f.kind === 'ratification' ? f.party : f.member))),
      );
      expect(r.exhaustive).toBe(true);
      expect(new Set(got)).toEqual(new Set(minimal.map(key)));
      // By default: the ten smallest of them, and a flag when there are more.
      const short = requirements(state, 'B-1');
      const smallest = minimal.map((m) => m.length).sort((x, y) => x - y);
      expect(short.options.map((o) => o.size)).toEqual(smallest.slice(0, 10));
      expect(short.truncated).toEqual(minimal.length > 10 ? { by: 'maxOptions', limit: 10 } : undefined);
      if (minimal.length > 10) seen.truncated += 1;
      if (minimal.length > 1) seen.several += 1;
    },
  );

  it.skipIf(propertyRunsCapped)('meets several minimal sets, and more than ten, often', () => {
    expect(seen.several).toBeGreaterThan(200);
    expect(seen.truncated).toBeGreaterThan(5);
    expect(seen.needed).toBeGreaterThan(100);
  });
});
