import { describe, expect, it } from 'vitest';
import { assertProperty, fc } from './prop.js';

describe('assertProperty, under every property test', () => {
  const runs = { numRuns: 50, seed: 7 };

  it('holds when the predicate passes, returns true or returns nothing, sync or async', async () => {
    await expect(assertProperty([fc.nat()], runs, (n) => n >= 0)).resolves.toBeUndefined();
    await expect(assertProperty([fc.nat()], runs, () => undefined)).resolves.toBeUndefined();
    await expect(assertProperty([fc.nat()], runs, async (n) => n >= 0)).resolves.toBeUndefined();
  });

  it('fails with the shrunk counterexample when the predicate returns false, or throws, sync or async', async () => {
    await expect(assertProperty([fc.nat()], runs, (n) => n < 10)).rejects.toThrow(/Counterexample: \[10\]/);
    await expect(
      assertProperty([fc.nat()], runs, (n) => {
        if (n >= 10) throw new Error('too big');
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/Counterexample: \[10\]/),
      cause: { message: 'too big' },
    });
    await expect(assertProperty([fc.nat()], runs, async (n) => n < 10)).rejects.toThrow(/seed: 7/);
  });

  it('gives each arbitrary its own argument', async () => {
    const seen: [number, string][] = [];
    await assertProperty([fc.nat(), fc.string()], runs, (n, s) => {
      seen.push([n, s]);
    });
    expect(seen).toHaveLength(50);
    expect(seen.every(([n, s]) => typeof n === 'number' && typeof s === 'string')).toBe(true);
  });
});
