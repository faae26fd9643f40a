/**
 * Benchmarks: `npm run bench`. Replay of 10^3 … 10^6 events of a realistic mix beside the
 * hand-written mutable floor, and one `apply` on states holding 10^3 and 10^5 proposals.
 * Each figure is the median of several runs after a warm-up. Not part of `npm test`.
 */
import { cpus } from 'node:os';
import { apply, presets, replay, type State } from '../src/index.js';
import { floorReplay } from './floor.js';
import { mix } from './mix.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => unknown): number => {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start);
};

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`);

// Warm-up.
{
  const { events } = mix(20_000);
  for (let i = 0; i < 3; i++) {
    replay(presets.vestfold, events);
    floorReplay(events);
  }
}

const rows: { n: number; lib: number; floor: number; rejected: number }[] = [];
for (const n of sizes) {
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
  rows.push({ n, lib: median(lib) / n, floor: median(floor) / n, rejected });
}

console.log('\nreplay (ns per event, median)');
console.log('| events | replay | events/s | mutable floor | replay ÷ floor | rejected |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en')} | ${r.lib.toFixed(0)} | ${Math.round(1e9 / r.lib).toLocaleString('en')} | ${r.floor.toFixed(0)} | ${(r.lib / r.floor).toFixed(1)}× | ${r.rejected} |`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
if (first !== undefined && last !== undefined)
  console.log(`ns/event at ${last.n} ÷ at ${first.n}: ${(last.lib / first.lib).toFixed(2)}`);

console.log('\none apply on a state with P proposals (µs, median of 2000)');
console.log('| proposals | apply (vote-cast) | apply (rejected vote) |');
console.log('|---:|---:|---:|');
for (const target of [1_000, 100_000]) {
  // About 55 events per 3 proposals.
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
    const samples: number[] = [];
    const base = twice ? apply(s, vote(0)).state : s;
    for (let i = 0; i < 2000; i++) samples.push(time(() => apply(base, vote(twice ? 0 : i))));
    return median(samples) / 1000;
  };
  measure(state, false);
  console.log(
    `| ${cases.toLocaleString('en')} | ${measure(state, false).toFixed(1)} | ${measure(state, true).toFixed(1)} |`,
  );
}
