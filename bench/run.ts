/**
 * Benchmarks: `npm run bench`. Replay of 10^3 … 10^6 events of a realistic mix beside the
 * hand-written mutable floor, one `apply` on states holding 10^3, 10^4 and 10^5 proposals, and
 * the ratification phase of 250 to 1,000 kommuner, and `requirements` on 18 to 50 kommuner of distinct populations and on an open SSU case.
 * Every case runs in a fresh process (so one case's heap and GC do not weigh on the next), after a
 * warm-up; figures are medians. Not part of `npm test`.
 *
 * BENCH_SIZES=1000,10000 npm run bench        — fewer replay sizes
 * BENCH_PARTS=requirements npm run bench      — only some parts (import, peers, replay, apply, ratification, requirements)
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { apply, presets, type RequirementsOptions, replay, requirements, type State } from '../src/index.js';
import { floorReplay } from './floor.js';
import { handCopiedVote, naiveState, naiveVote } from './handCopy.js';
import { mix } from './mix.js';
import { peers } from './peers.js';
import { ratificationPhase } from './ratification.js';
import { openSsuCase, pendingBudget, rules } from './requirements.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => unknown): number => {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start);
};

/** One replay case: ns per event for the library and for the floor, and the rejected count. */
function replayCase(n: number): { lib: number; floor: number; rejected: number } {
  const warm = mix(20_000).events;
  for (let i = 0; i < 3; i++) {
    replay(presets.vestfold, warm);
    floorReplay(warm);
  }
  const { events } = mix(n);
  const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 15;
  const lib: number[] = [];
  const floor: number[] = [];
  let rejected = 0;
  for (let i = 0; i < runs; i++) {
    lib.push(
      time(() => {
        rejected = replay(presets.vestfold, events).outcomes.filter((o) => o.kind === 'rejected').length;
      }),
    );
    floor.push(time(() => floorReplay(events)));
  }
  return { lib: median(lib) / n, floor: median(floor) / n, rejected };
}

/**
 * One apply case: µs for one applied vote and one rejected vote on a state with ~P proposals,
 * and for the same vote copied by hand and in the naive immer design.
 */
function applyCase(target: number): {
  cases: number;
  applied: number;
  rejected: number;
  handCopied: number;
  naive: number;
} {
  // About 55.5 events per 3 proposals in the mix.
  const { events, openCase, cases } = mix(Math.ceil((target * 55.5) / 3));
  const { state } = replay(presets.vestfold, events);
  const vote = (i: number) =>
    ({
      type: 'vote-cast',
      at: state.lastAt,
      proposal: openCase,
      member: `ssu-siv-${(i % 6) + 1}`,
      vote: 'for',
    }) as const;
  const timed = (f: (i: number) => unknown, n = 5000, warm = 2000) => {
    for (let i = 0; i < warm; i++) f(i);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push(time(() => f(i)));
    return median(samples) / 1000;
  };
  const twice = apply(state, vote(0)).state;
  const naive = naiveState(state);
  return {
    cases,
    applied: timed((i) => apply(state, vote(i))),
    rejected: timed(() => apply(twice, vote(0))),
    handCopied: timed((i) => handCopiedVote(state, vote(i))),
    naive: timed((i) => naiveVote(naive, vote(i)), 30, 10),
  };
}

/** One requirements case: ms per call (median and 99th percentile of 200), options, work, flag. */
function requirementsCase(state: State, proposal: string, options: RequirementsOptions = {}) {
  for (let i = 0; i < 50; i++) requirements(state, proposal, options);
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) samples.push(time(() => requirements(state, proposal, options)) / 1e6);
  const r = requirements(state, proposal, options);
  return {
    median: median(samples),
    p99: [...samples].sort((a, b) => a - b)[197] as number,
    options: r.options.length,
    fewest: r.ratification?.fewest ?? r.options[0]?.size ?? 0,
    evaluations: r.evaluations,
    truncated: r.truncated?.by ?? '',
    bytes: JSON.stringify(r).length,
  };
}

function requirementsCases() {
  const rows = [];
  for (const rule of Object.keys(rules))
    for (const n of [18, 20, 42, 50])
      rows.push({ rule, n: String(n), ...requirementsCase(pendingBudget(n, rule), 'B-1') });
  const everyOption = { maxOptions: 1_000_000 };
  rows.push({
    rule: 'population > 1/2, maxOptions 10⁶ (the work budget stops it)',
    n: '50',
    ...requirementsCase(pendingBudget(50, 'population > 1/2'), 'B-1', everyOption),
  });
  rows.push({
    rule: 'open Vestfold SSU case, mixed roll (16 members)',
    n: '–',
    ...requirementsCase(openSsuCase(), 'SSU-7'),
  });
  return rows;
}

/**
 * ms to import modules in a fresh Node process each: the package as Node resolves it (its name
 * from the package's own directory), or its two dependencies alone.
 */
function importTimes(modules: readonly string[], runs = 9): number[] {
  const imports = modules.map((m) => `await import(${JSON.stringify(m)});`).join(' ');
  const code = `const t = performance.now(); ${imports} console.log(performance.now() - t);`;
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  return Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' })),
  );
}

const [, , mode, arg] = process.argv;
const parts = (process.env.BENCH_PARTS ?? 'import,peers,replay,apply,ratification,requirements').split(',');
if (mode === 'requirements') {
  console.log(JSON.stringify(requirementsCases()));
} else if (mode === 'replay') {
  console.log(JSON.stringify(replayCase(Number(arg))));
} else if (mode === 'apply') {
  console.log(JSON.stringify(applyCase(Number(arg))));
} else if (mode === 'peers') {
  console.log(JSON.stringify(await peers()));
} else if (mode === 'ratification') {
  console.log(JSON.stringify(ratificationPhase(Number(arg))));
} else {
  const self = fileURLToPath(import.meta.url);
  const child = (...args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, '--max-old-space-size=8192', self, ...args], {
        encoding: 'utf8',
      }),
    );
  console.log(
    `node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}; one process per case\n`,
  );
  const sizes = parts.includes('replay')
    ? (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number)
    : [];
  console.log('replay (ns per event, median); goal: ≤ 3× the floor, ≥ 1,000,000 events/s');
  console.log('| events | replay | events/s | mutable floor | replay ÷ floor | rejected |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  const rows = sizes.map(
    (n) =>
      ({ n, ...child('replay', String(n)) }) as { n: number; lib: number; floor: number; rejected: number },
  );
  for (const r of rows) {
    console.log(
      `| ${r.n.toLocaleString('en')} | ${r.lib.toFixed(0)} | ${Math.round(1e9 / r.lib).toLocaleString('en')} | ${r.floor.toFixed(0)} | ${(r.lib / r.floor).toFixed(1)}× | ${r.rejected} |`,
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first !== undefined && last !== undefined)
    console.log(
      `ns/event at ${last.n.toLocaleString('en')} ÷ at ${first.n.toLocaleString('en')}: ${(last.lib / first.lib).toFixed(2)}`,
    );

  console.log(
    '\none apply on a state with P proposals (µs, median of 5000; the naive design of 30); goal: apply ≤ 2× hand-copied, flat from 10³',
  );
  console.log(
    '| proposals | apply (applied vote) | apply (rejected vote) | hand-copied | apply ÷ hand-copied | naive immer | naive ÷ apply |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  const applied = (parts.includes('apply') ? [1_000, 10_000, 100_000] : []).map(
    (target) => child('apply', String(target)) as ReturnType<typeof applyCase>,
  );
  for (const r of applied) {
    console.log(
      `| ${r.cases.toLocaleString('en')} | ${r.applied.toFixed(1)} | ${r.rejected.toFixed(1)} | ${r.handCopied.toFixed(1)} | ${(r.applied / r.handCopied).toFixed(1)}× | ${r.naive.toFixed(0)} | ${(r.naive / r.applied).toFixed(0)}× |`,
    );
  }
  const [small, , large] = applied;
  if (small !== undefined && large !== undefined)
    console.log(
      `apply at ${large.cases.toLocaleString('en')} ÷ at ${small.cases.toLocaleString('en')}: ${(large.applied / small.applied).toFixed(2)}`,
    );

  if (parts.includes('import')) {
    const shown = (ms: number[]) =>
      `median ${median(ms).toFixed(1)}, range ${Math.min(...ms).toFixed(1)}–${Math.max(...ms).toFixed(1)} of ${ms.length}`;
    console.log(`\nimport in a fresh Node process (ms); goal ≤ 15 ms for the package`);
    console.log(`- helsefellesskap (built, as Node resolves it): ${shown(importTimes(['helsefellesskap']))}`);
    console.log(`- immer and valibot alone: ${shown(importTimes(['immer', 'valibot']))}`);
  }

  if (parts.includes('peers')) {
    const p = child('peers') as Awaited<ReturnType<typeof peers>>;
    console.log(
      '\nagainst json-rules-engine 7.3.1, same roll of 16, same process (ns per evaluation, median of 5 rounds)',
    );
    console.log('| what | ns | json-rules-engine ÷ this | goal |\n|---|---:|---:|---:|');
    console.log(
      `| quorum + majority (evaluateQuorum, evaluateDecision) | ${p.rules.toFixed(0)} | ${(p.peer / p.rules).toFixed(1)}× | ≥ 100× |`,
    );
    console.log(
      `| a full assess report (6 checks, 16 members) | ${p.report.toFixed(0)} | ${(p.peer / p.report).toFixed(2)}× | ≥ 10× |`,
    );
    console.log(`| json-rules-engine, one rule of two conditions | ${p.peer.toFixed(0)} | 1× | |`);
    console.log(`both say the same of this roll: ${p.agree ? 'yes' : 'NO'}`);
  }

  if (parts.includes('ratification')) {
    console.log(
      '\nthe ratification phase: n kommuner adopt a budget, each on its own day (two thirds of the kommuner)',
    );
    console.log('| kommuner | phase (ms) | per vedtak (µs) |');
    console.log('|---:|---:|---:|');
    const phase = [250, 500, 1000].map(
      (n) => child('ratification', String(n)) as ReturnType<typeof ratificationPhase>,
    );
    for (const r of phase)
      console.log(`| ${r.n.toLocaleString('en')} | ${r.ms.toFixed(0)} | ${r.perEvent.toFixed(0)} |`);
    const [a, , b] = phase;
    if (a !== undefined && b !== undefined)
      console.log(
        `per vedtak at 1,000 ÷ at 250 kommuner: ${(b.perEvent / a.perEvent).toFixed(1)} (4 kommuner for 1: linear in the parties)`,
      );
  }

  if (parts.includes('requirements')) {
    console.log(
      '\nrequirements on a budget awaiting n kommuner of distinct populations (ms per call: median and 99th percentile of 200 calls after 50 warm-up calls)',
    );
    console.log('| rule | n | median | p99 | options | fewest | work | truncated | JSON bytes |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---|---:|');
    for (const r of child('requirements') as ReturnType<typeof requirementsCases>)
      console.log(
        `| ${r.rule} | ${r.n} | ${r.median.toFixed(3)} | ${r.p99.toFixed(3)} | ${r.options} | ${r.fewest} | ${r.evaluations} | ${r.truncated || '–'} | ${r.bytes.toLocaleString('en')} |`,
      );
  }
}
