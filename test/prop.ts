import fc from 'fast-check';
import { it } from 'vitest';

export { fc };

/**
 * A property as a vitest test: `prop([arbitraries], params)(name, predicate)` asserts that the
 * predicate holds (does not throw or return `false`) for every generated tuple, with fast-check's
 * shrinking, and on failure its report of the counterexample and the seed that repeats it
 * (`FC_SEED`, test/setup.ts).
 *
 * @example
 * prop([fc.nat()], { numRuns: 1000 })('is never negative', (n) => {
 *   expect(n).toBeGreaterThanOrEqual(0);
 * });
 */
export function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  params?: fc.Parameters<Ts>,
): (name: string, predicate: (...values: NoInfer<Ts>) => unknown, timeout?: number) => void {
  return (name, predicate, timeout) => {
    it(name, () => assertProperty(arbitraries, params, predicate), timeout);
  };
}

/**
 * What a {@link prop} test runs: resolves when the predicate holds for every generated tuple,
 * rejects with fast-check's report when one throws or returns `false` (sync or async).
 *
 * @example
 * await assertProperty([fc.nat()], { numRuns: 10 }, (n) => n >= 0);
 */
export async function assertProperty<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  params: fc.Parameters<Ts> | undefined,
  predicate: (...values: NoInfer<Ts>) => unknown,
): Promise<void> {
  const property = (fc.asyncProperty as unknown as (...args: unknown[]) => fc.IAsyncProperty<Ts>)(
    ...arbitraries,
    async (...values: Ts) => (await predicate(...values)) !== false,
  );
  await fc.assert(property, params);
}
