/**
 * `npm run fuzz`: random JSON, mutated presets, generated event streams with mutations and
 * hostile values through the parsers, the reducer, replay, the reports and the what-if tools.
 * Each failure is printed with the seed and case that reproduce it.
 *
 *   npm run fuzz                               100,000 cases, seed 1, one process per core (2 at most)
 *   npm run fuzz -- --cases 2000 --seed 7      fewer cases, another seed
 *   npm run fuzz -- --seed 7 --case 1234       one case again
 */
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { categories, runCase } from './cases.js';
import { runRange, type Tally } from './range.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    case: { type: 'string' },
    workers: { type: 'string', default: String(Math.min(2, cpus().length)) },
    worker: { type: 'string' },
  },
});
const seed = Number(values.seed);
const total = Number(values.cases);
const workers = Number(values.workers);

if (values.case !== undefined) {
  const i = Number(values.case);
  const result = runCase(seed, i);
  console.log(
    `case ${i} (seed ${seed}, ${result.category}): ${result.failures.length === 0 ? 'ok' : result.failures.join('\n  ')}`,
  );
  process.exitCode = result.failures.length === 0 ? 0 : 1;
} else if (values.worker !== undefined) {
  console.log(JSON.stringify(runRange(seed, Number(values.worker), total, workers)));
} else {
  const self = fileURLToPath(import.meta.url);
  const started = performance.now();
  const args = (k: number) => [
    ...process.execArgv,
    self,
    ...[
      '--worker',
      String(k),
      '--workers',
      String(workers),
      '--cases',
      String(total),
      '--seed',
      String(seed),
    ],
  ];
  const parts = await Promise.all(
    Array.from(
      { length: workers },
      (_, k) =>
        new Promise<Tally>((resolve, reject) => {
          execFile(process.execPath, args(k), { maxBuffer: 1 << 28 }, (error, stdout) =>
            error ? reject(error) : resolve(JSON.parse(stdout) as Tally),
          );
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const failures = parts.flatMap((p) => p.failures).sort((a, b) => a.case - b.case);
  console.log(
    `fuzz: ${total.toLocaleString('en')} cases, seed ${seed}, ${workers} processes, ${seconds.toFixed(0)} s`,
  );
  console.log('| category | cases |\n|---|---:|');
  for (const c of categories)
    console.log(`| ${c} | ${parts.reduce((n, p) => n + (p.cases[c] ?? 0), 0).toLocaleString('en')} |`);
  console.log(`slowest call: ${Math.max(...parts.map((p) => p.slowestMs)).toFixed(0)} ms`);
  for (const f of failures.slice(0, 50))
    console.log(
      `FAIL case ${f.case} (${f.category}): ${f.failure}\n  again: npm run fuzz -- --seed ${f.seed} --case ${f.case}`,
    );
  console.log(`${failures.length} failures`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}
