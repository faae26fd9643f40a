// Mutation testing, module by module: `npm run mutation` runs every module of
// test/mutation/modules.mjs in turn, `npm run mutation -- engine scenario` those named; flags
// after the names go to Stryker (`npm run mutation -- rules --force` retests every mutant).
// Each module keeps its incremental file (test/mutation/<module>.json) and its reports
// (reports/mutation/<module>/); the scores of all modules are printed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mutationModules } from '../test/mutation/modules.mjs';

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
for (const name of names) {
  if (!(name in mutationModules)) {
    console.error(`mutation: no module '${name}'; one of ${Object.keys(mutationModules).join(', ')}`);
    process.exit(2);
  }
}

let failed = false;
for (const name of names.length > 0 ? names : Object.keys(mutationModules)) {
  console.log(`\n== ${name} ==`);
  const run = spawnSync('npx', ['stryker', 'run', ...flags], {
    stdio: 'inherit',
    env: { ...process.env, STRYKER_MODULE: name },
  });
  if (run.status !== 0) failed = true;
}

/** Counts of one report: every status Stryker gives, and the score it reports. */
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

console.log('\n| module | mutants | killed | survived | timeout | no coverage | score |');
console.log('|---|---|---|---|---|---|---|');
const total = { mutants: 0, killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0 };
for (const name of Object.keys(mutationModules)) {
  const file = `reports/mutation/${name}/mutation.json`;
  if (!existsSync(file)) {
    console.log(`| ${name} | not run | | | | | |`);
    continue;
  }
  const c = counts(file);
  for (const key of Object.keys(total)) total[key] += c[key];
  console.log(
    `| ${name} | ${c.mutants} | ${c.killed} | ${c.survived} | ${c.timeout} | ${c.noCoverage} | ${score(c)} |`,
  );
}
console.log(
  `| **src** | ${total.mutants} | ${total.killed} | ${total.survived} | ${total.timeout} | ${total.noCoverage} | **${score(total)}** |`,
);
process.exit(failed ? 1 : 0);
