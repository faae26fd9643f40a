// Mutation testing, module by module: `npm run mutation` runs every module of
// test/mutation/modules.mjs in turn, `npm run mutation -- engine scenario` those named; flags
// after the names go to Stryker (`npm run mutation -- rules --force` retests every mutant).
// Each module keeps its incremental file (test/mutation/<module>.json, in the repository) and its
// reports (reports/mutation/<module>/). The table of scores at the end is read from the
// incremental files, so `npm run mutation -- --scores` prints it without running anything.
// `npm run mutation -- scenario --survivors` retests only a module's survivors (scripts/_survivors.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { mutationModules } from '../test/mutation/modules.mjs';
import { retestSurvivors } from './_survivors.mjs';

const args = process.argv.slice(2);
// A module is named alone; anything else goes to Stryker, a flag's value with it
// (`--mutate 'src/statute/_check*.ts'`, `--concurrency=1`).
const names = [];
const flags = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = args[i + 1];
  if (!arg.startsWith('-')) names.push(arg);
  else if (
    !arg.includes('=') &&
    value !== undefined &&
    !value.startsWith('-') &&
    !(value in mutationModules)
  ) {
    flags.push(arg, value);
    i += 1;
  } else flags.push(arg);
}
const scoresOnly = flags.includes('--scores');
const survivorsOnly = flags.includes('--survivors');
for (const own of ['--scores', '--survivors']) if (flags.includes(own)) flags.splice(flags.indexOf(own), 1);
for (const name of names) {
  if (!(name in mutationModules)) {
    console.error(`mutation: no module '${name}'; one of ${Object.keys(mutationModules).join(', ')}`);
    process.exit(2);
  }
}

let failed = false;
for (const name of scoresOnly ? [] : names.length > 0 ? names : Object.keys(mutationModules)) {
  console.log(`\n== ${name} ==`);
  if (survivorsOnly) {
    if (retestSurvivors(name, flags) !== 0) failed = true;
    continue;
  }
  const run = spawnSync('npx', ['stryker', 'run', ...flags], {
    stdio: 'inherit',
    env: { ...process.env, STRYKER_MODULE: name },
  });
  if (run.status !== 0) failed = true;
}

/** Counts of one report (an incremental file is one): every status Stryker gives. */
function counts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const c = { mutants: 0, killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0 };
  for (const f of Object.values(report.files)) {
    for (const m of f.mutants) {
      c.mutants += 1;
      if (m.status === 'Killed') c.killed += 1;
      else if (m.status === 'Survived') c.survived += 1;
      else if (m.status === 'Timeout') c.timeout += 1;
      else if (m.status === 'NoCoverage') c.noCoverage += 1;
      else c.other += 1;
    }
  }
  return c;
}

const score = (c) => {
  const valid = c.killed + c.survived + c.timeout + c.noCoverage;
  return valid === 0 ? 'n/a' : `${(((c.killed + c.timeout) / valid) * 100).toFixed(2)} %`;
};

/** The files a module's `mutate` patterns name (`*` within a directory, `**` across them). */
function filesOf(patterns) {
  const part = (p) => (p === '**' ? '(?:[^/]+/)*' : `${p.replace(/[.]/g, '\\.').replaceAll('*', '[^/]*')}/`);
  const regex = (glob) => new RegExp(`^${glob.split('/').map(part).join('').slice(0, -1)}$`);
  const all = readdirSync('src', { recursive: true }).map((f) => `src/${f.replaceAll('\\', '/')}`);
  return all.filter((f) => patterns.some((p) => regex(p).test(f))).sort();
}

/** How many mutants Stryker makes of a module's files, for a module not run yet. */
async function mutantsOf(name) {
  const quiet = () => false;
  const log = { debug() {}, info() {}, warn() {}, error() {}, trace() {} };
  Object.assign(log, { isDebugEnabled: quiet, isTraceEnabled: quiet, isInfoEnabled: quiet });
  const files = filesOf(mutationModules[name].mutate).map((f) => ({
    name: f,
    content: readFileSync(f, 'utf8'),
    mutate: true,
  }));
  const result = await new Instrumenter(log).instrument(files, {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
    noHeader: true,
  });
  return result.mutants.length;
}

console.log('\n| module | mutants | killed | survived | timeout | no coverage | score |');
console.log('|---|---|---|---|---|---|---|');
const total = { mutants: 0, killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0 };
let notRun = 0;
for (const name of Object.keys(mutationModules)) {
  const file = `test/mutation/${name}.json`;
  if (!existsSync(file)) {
    const mutants = await mutantsOf(name);
    notRun += mutants;
    console.log(`| ${name} | ${mutants} | not run | | | | |`);
    continue;
  }
  const c = counts(file);
  for (const key of Object.keys(total)) total[key] += c[key];
  console.log(
    `| ${name} | ${c.mutants} | ${c.killed} | ${c.survived} | ${c.timeout} | ${c.noCoverage} | ${score(c)} |`,
  );
}
console.log(
  `| **measured** | ${total.mutants} | ${total.killed} | ${total.survived} | ${total.timeout} | ${total.noCoverage} | **${score(total)}** |`,
);
if (notRun > 0) console.log(`\n${notRun} mutants of src not run yet, of ${notRun + total.mutants}.`);
process.exit(failed ? 1 : 0);
