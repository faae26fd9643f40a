import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { mutationModule } from './test/mutation/modules.mjs';
import base from './vitest.config';

// Tests for mutation runs: only those that exercise src in-process. The CLI, package, example
// and docs tests spawn the built bundle or a script, or pack the package, so they cannot kill a
// mutant in src. A module's run (STRYKER_MODULE, test/mutation/modules.mjs) takes its own tests.
const module = mutationModule();
const only = module?.tests;

/**
 * Small files of examples first; properties and slow tests (files named `…properties.test.ts`
 * or `….slow.test.ts`) last. Stryker stops a mutant's run at its first failing test, so a mutant
 * an example table kills costs that table, not the properties vitest would otherwise run first
 * (longest first, by its cache).
 */
class ExamplesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const weight = (f: TestSpecification) =>
      (/[./](properties|slow)\.test\.ts$/.test(f.moduleId) ? 1e9 : 0) + statSync(f.moduleId).size;
    return [...files].sort((a, b) => weight(a) - weight(b));
  }
}

export default defineConfig({
  ...base,
  resolve: {
    alias: [
      ...((base.resolve?.alias ?? []) as { find: RegExp; replacement: string }[]),
      // Properties get at most a hundred runs per mutant, or the module's `runs`: see
      // test/mutation/fastCheckCapped.ts.
      {
        find: /^fast-check$/,
        replacement: fileURLToPath(new URL('./test/mutation/fastCheckCapped.ts', import.meta.url)),
      },
    ],
  },
  test: {
    ...base.test,
    include: only === undefined ? ['test/**/*.test.ts'] : [only],
    exclude: [
      'test/cli/**',
      'test/package/**',
      'test/browser/**',
      'test/examples/**',
      'test/docs.test.ts',
      'test/tsdoc.test.ts',
    ],
    typecheck: { enabled: false },
    env: { HF_PROPERTY_RUNS_CAPPED: '1', HF_PROPERTY_RUNS_MAX: String(module?.runs ?? 100) },
    // Stryker switches mutants on at run time, so a test file need not load src afresh: sharing
    // the loaded modules across files ran src/rules about three times as fast.
    isolate: false,
    sequence: { sequencer: ExamplesFirst },
  },
});
