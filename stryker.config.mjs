// Mutation testing of src/ (the CLI excluded), one module at a time: `npm run mutation` runs
// them all (scripts/mutation.mjs), `npm run mutation -- engine` one. STRYKER_MODULE picks the
// module (test/mutation/modules.mjs): what is mutated, which tests run, and the module's own
// incremental file, kept in the repository. See docs/testing.md.
import { mutationModule } from './test/mutation/modules.mjs';

const module = mutationModule();
const name = module?.name ?? 'src';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: `test/mutation/${name}.json`,
  mutate: module?.mutate ?? ['src/**/*.ts', '!src/cli/**'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  tempDirName: '.stryker-tmp',
  timeoutMS: 10000,
};
