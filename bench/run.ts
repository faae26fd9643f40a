/**
 * Benchmarks: `npm run bench`. Replay of 10^3 … 10^6 events of a realistic mix beside the
 * hand-written mutable floor, and one `apply` on states holding 10^3, 10^4 and 10^5 proposals.
 * Every case runs in a fresh process (so one case's heap and GC do not weigh on the next), after a
 * warm-up; figures are medians. Not part of `npm test`.
 *
 * BENCH_SIZES=1000,10000 npm run bench   — fewer replay sizes
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { apply, presets, replay, type State } from '../src/index.js';
import { floorReplay } from './floor.js';
import { mix } from './mix.js';

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

/** One apply case: µs for one applied vote and one rejected vote on a state with ~P proposals. */
function applyCase(target: number): { cases: number; applied: number; rejected: number } {
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
  const measure = (s: State, twice: boolean) => {
    const base = twice ? apply(s, vote(0)).state : s;
    for (let i = 0; i < 2000; i++) apply(base, vote(twice ? 0 : i));
    const samples: number[] = [];
    for (let i = 0; i < 5000; i++) samples.push(time(() => apply(base, vote(twice ? 0 : i))));
    return median(samples) / 1000;
  };
  return { cases, applied: measure(state, false), rejected: measure(state, true) };
}

const [, , mode, arg] = process.argv;
if (mode === 'replay') {
  console.log(JSON.stringify(replayCase(Number(arg))));
} else if (mode === 'apply') {
  console.log(JSON.stringify(applyCase(Number(arg))));
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
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
  console.log('replay (ns per event, median)');
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

  console.log('\none apply on a state with P proposals (µs, median of 5000)');
  console.log('| proposals | apply (applied vote) | apply (rejected vote) |');
  console.log('|---:|---:|---:|');
  for (const target of [1_000, 10_000, 100_000]) {
    const r = child('apply', String(target)) as { cases: number; applied: number; rejected: number };
    console.log(`| ${r.cases.toLocaleString('en')} | ${r.applied.toFixed(1)} | ${r.rejected.toFixed(1)} |`);
  }
}
