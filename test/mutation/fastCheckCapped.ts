// fast-check for mutation runs: the same library, with `fc.assert` capped at a hundred runs, or
// at a module's `runs` (test/mutation/modules.mjs, passed on as HF_PROPERTY_RUNS_MAX).
// A mutant is run against every test that covers it, and a property asked for 1,000 or 10,000
// runs would cost that much per mutant; a hundred runs find most faults that more runs find, and a
// mutant they miss counts as survived, so the score is a lower bound. `vitest.stryker.config.ts`
// resolves `fast-check` to this file; `fc.check` and `fc.sample` (which src uses) are unchanged.
import * as real from '../../node_modules/fast-check/lib/fast-check.js';

export * from '../../node_modules/fast-check/lib/fast-check.js';

/** The most runs a property gets in a mutation run. */
const MAX_RUNS = Number(process.env.HF_PROPERTY_RUNS_MAX ?? 100);

/** `fc.assert` with `numRuns` at most {@link MAX_RUNS}. */
export const assert: typeof real.assert = ((property: never, params?: { numRuns?: number }) =>
  real.assert(property, {
    ...params,
    numRuns: Math.min(params?.numRuns ?? MAX_RUNS, MAX_RUNS),
  } as never)) as typeof real.assert;

export default { ...real.default, assert };
