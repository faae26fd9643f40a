// The modules of src that mutation runs take one at a time, each with the tests of its own
// directory: a mutant is then run against a few seconds of tests, not against the whole suite
// that reaches it through the engine. A mutant killed only by another module's tests counts as
// survived, so each score is a lower bound. The CLI (src/cli) is not mutated: its tests spawn the
// built bundle. The larger directories are split (engine-checks, engine-cases, engine; messages,
// assess) so that each run ends, and keeps its results, within about half an hour. See docs/testing.md.

/**
 * Each module: the files it mutates, the tests it runs, and at most how many runs a property gets
 * (`runs`, 100 unless said; see test/mutation/fastCheckCapped.ts).
 * @type {Readonly<Record<string, { mutate: readonly string[], tests: string, runs?: number }>>}
 */
export const mutationModules = {
  rules: { mutate: ['src/rules/**/*.ts'], tests: 'test/rules/**/*.test.ts' },
  model: { mutate: ['src/model/**/*.ts'], tests: 'test/{model,statute}/**/*.test.ts' },
  statute: { mutate: ['src/statute/**/*.ts'], tests: 'test/{model,statute}/**/*.test.ts' },
  // test/engine has 30 s of properties, and nearly every engine mutant reaches all of them.
  'engine-checks': { mutate: ['src/engine/checks/**/*.ts'], tests: 'test/engine/**/*.test.ts', runs: 25 },
  'engine-cases': { mutate: ['src/engine/cases/**/*.ts'], tests: 'test/engine/**/*.test.ts', runs: 25 },
  engine: { mutate: ['src/engine/*.ts'], tests: 'test/engine/**/*.test.ts', runs: 25 },
  messages: {
    mutate: ['src/assess/messages/**/*.ts', 'src/locales/**/*.ts'],
    tests: 'test/assess/**/*.test.ts',
  },
  assess: { mutate: ['src/assess/*.ts'], tests: 'test/assess/**/*.test.ts' },
  scenario: { mutate: ['src/scenario/**/*.ts'], tests: 'test/scenario/**/*.test.ts' },
  testing: { mutate: ['src/testing/**/*.ts'], tests: 'test/testing/**/*.test.ts' },
  presets: { mutate: ['src/presets/**/*.ts', 'src/index.ts'], tests: 'test/presets/**/*.test.ts' },
};

/**
 * The module a run is for, from `STRYKER_MODULE`, or undefined for the whole of src.
 * @returns {{ name: string, mutate: readonly string[], tests: string, runs?: number } | undefined}
 */
export function mutationModule() {
  const name = process.env.STRYKER_MODULE;
  if (name === undefined || name === '') return undefined;
  const module = mutationModules[name];
  if (module === undefined)
    throw new Error(`STRYKER_MODULE: no module '${name}'; one of ${Object.keys(mutationModules).join(', ')}`);
  return { name, ...module };
}
