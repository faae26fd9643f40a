/**
 * Persistence costs: replay with and without event ids, a snapshot's size and the time to write
 * and read it, and taking in one more event on a large saved state. One size per process:
 *
 * npx tsx bench/persistence.ts 100000
 *
 * Not part of `npm test` or `npm run bench`.
 */
import {
  apply,
  fromSnapshot,
  type GovernanceEvent,
  presets,
  replay,
  type State,
  toSnapshot,
} from '../src/index.js';
import { mix } from './mix.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => unknown): number => {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start);
};
const runs = (n: number, f: () => unknown) => median(Array.from({ length: n }, () => time(f)));

const n = Number(process.argv[2] ?? 10_000);
const { events, openCase } = mix(n);
const withIds = events.map((event, i): GovernanceEvent => ({ ...event, id: `evt-${i}` }));
for (let i = 0; i < 3; i++) replay(presets.vestfold, mix(20_000).events);
const reps = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 15;
const plain = runs(reps, () => replay(presets.vestfold, events)) / n;
const ids = runs(reps, () => replay(presets.vestfold, withIds)) / n;

const { state } = replay(presets.vestfold, withIds);
let text = '';
const write = runs(reps, () => {
  text = JSON.stringify(toSnapshot(state));
});
const read = runs(reps, () => fromSnapshot(JSON.parse(text)));

const vote = (i: number, withId = true): GovernanceEvent => ({
  type: 'vote-cast',
  at: state.lastAt,
  ...(withId ? { id: `more-${i}` } : {}),
  proposal: openCase,
  member: `ssu-siv-${(i % 6) + 1}`,
  vote: 'for',
});
/** µs per call of each function, median of 5000, the calls interleaved so that noise hits all alike. */
function interleaved(fs: readonly ((s: State, i: number) => unknown)[]): number[] {
  const samples: number[][] = fs.map(() => []);
  for (let i = 0; i < 6000; i++) {
    fs.forEach((f, k) => {
      const t = time(() => f(state, i));
      if (i >= 1000) samples[k]?.push(t);
    });
  }
  return samples.map((xs) => +(median(xs) / 1000).toFixed(1));
}
const [noId, withId, resume, duplicate] = interleaved([
  (s, i) => apply(s, vote(i, false)),
  (s, i) => apply(s, vote(i)),
  (s, i) => replay(s, [vote(i)]),
  (s) => apply(s, withIds[withIds.length - 1] as GovernanceEvent),
]);
console.log(
  JSON.stringify({
    events: n,
    'replay ns/event': Math.round(plain),
    'replay with ids ns/event': Math.round(ids),
    'snapshot MB': +(text.length / 1e6).toFixed(1),
    'toSnapshot+stringify ms': Math.round(write / 1e6),
    'parse+fromSnapshot ms': Math.round(read / 1e6),
    'apply (no id) µs': noId,
    'apply (id) µs': withId,
    'replay(state, [e]) µs': resume,
    'duplicate µs': duplicate,
  }),
);
