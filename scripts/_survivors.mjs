// Retesting a module's survivors: `npm run mutation -- scenario --survivors` runs Stryker over only
// the lines where the module's incremental file records a mutant that survived or had no
// coverage, and merges what that run finds back into the file. Stryker's own incremental mode
// keeps a survivor's result while its tests are unchanged, and with the vitest runner it does not
// see a new test file as a change, so after tests are added this is the run that counts them
// without retesting every killed mutant (`--force`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const open = (m) => m.status === 'Survived' || m.status === 'NoCoverage';

const within = (inner, outer) => {
  const [s, e, S, E] = [inner.start, inner.end, outer.start, outer.end];
  const after = s.line > S.line || (s.line === S.line && s.column >= S.column);
  const before = e.line < E.line || (e.line === E.line && e.column <= E.column);
  return after && before;
};

/**
 * `file:line:column-line:column` for each open mutant not inside another one's place, one column
 * wider each side (Stryker tests every mutant that lies within a range, so a survivor spanning a
 * block retests the mutants inside it too).
 */
export function survivorRanges(report) {
  const ranges = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const places = mutants.filter(open).map((m) => m.location);
    const outer = places.filter(
      (p, i) => !places.some((q, j) => j !== i && within(p, q) && (!within(q, p) || j < i)),
    );
    for (const { start, end } of outer)
      ranges.push(`${file}:${start.line}:${Math.max(0, start.column - 1)}-${end.line}:${end.column + 1}`);
  }
  return ranges;
}

const key = (m) =>
  [
    m.mutatorName,
    m.replacement,
    m.location.start.line,
    m.location.start.column,
    m.location.end.line,
    m.location.end.column,
  ].join('|');

/**
 * The module's report with each mutant the partial run tested taken from it, and the partial
 * run's tests added (ids renumbered past the report's own; a test of the same file and name keeps
 * its id). Test files take the partial run's copy of their source.
 */
export function mergeReports(full, part) {
  const ids = new Map();
  let next =
    1 + Math.max(-1, ...Object.values(full.testFiles ?? {}).flatMap((f) => f.tests.map((t) => Number(t.id))));
  const testFiles = structuredClone(full.testFiles ?? {});
  for (const [file, { tests, source }] of Object.entries(part.testFiles ?? {})) {
    if (testFiles[file] === undefined) testFiles[file] = { tests: [] };
    const target = testFiles[file];
    if (source !== undefined) target.source = source;
    for (const test of tests) {
      const same = target.tests.find((t) => t.name === test.name);
      const id = same?.id ?? String(next++);
      ids.set(test.id, id);
      if (same === undefined) target.tests.push({ ...test, id });
    }
  }
  const remap = (list) => list?.map((id) => ids.get(id) ?? id);
  const files = structuredClone(full.files);
  let replaced = 0;
  for (const [file, { mutants }] of Object.entries(part.files)) {
    const byKey = new Map(mutants.map((m) => [key(m), m]));
    const target = files[file];
    if (target === undefined) continue;
    target.source = part.files[file].source;
    target.mutants = target.mutants.map((m) => {
      const fresh = byKey.get(key(m));
      if (fresh === undefined) return m;
      replaced += 1;
      return { ...fresh, id: m.id, killedBy: remap(fresh.killedBy), coveredBy: remap(fresh.coveredBy) };
    });
  }
  return { report: { ...full, files, testFiles }, replaced };
}

/** Runs the partial run for module `name` and merges it; the exit status of Stryker. */
export function retestSurvivors(name, flags) {
  const file = `test/mutation/${name}.json`;
  if (!existsSync(file)) {
    console.error(`mutation: ${name} has no results yet; run it whole first`);
    return 1;
  }
  const full = JSON.parse(readFileSync(file, 'utf8'));
  const ranges = survivorRanges(full);
  if (ranges.length === 0) {
    console.log(`${name}: no survivors to retest`);
    return 0;
  }
  mkdirSync(`reports/mutation/${name}`, { recursive: true });
  const partFile = `reports/mutation/${name}/survivors.json`;
  rmSync(partFile, { force: true });
  const run = spawnSync(
    'npx',
    ['stryker', 'run', '--force', '--incrementalFile', partFile, '--mutate', ranges.join(','), ...flags],
    { stdio: 'inherit', env: { ...process.env, STRYKER_MODULE: name } },
  );
  if (run.status !== 0 || !existsSync(partFile)) return run.status ?? 1;
  const { report, replaced } = mergeReports(full, JSON.parse(readFileSync(partFile, 'utf8')));
  writeFileSync(file, JSON.stringify(report));
  console.log(`${name}: ${replaced} mutants retested on ${ranges.length} ranges, merged into ${file}`);
  return 0;
}
