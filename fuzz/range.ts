/**
 * A range of fuzz cases in one process, with the check that the built-in prototypes stay as
 * they were.
 */
import { type Category, runCase } from './cases.js';

/** What a range of cases came to: cases per category, failures, the slowest call, the time. */
export interface Tally {
  cases: Record<string, number>;
  failures: { seed: number; case: number; category: Category; failure: string }[];
  slowestMs: number;
  ms: number;
}

/** What the built-in prototypes hold now: a change to them is a failure of every case after. */
function prototypes(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, proto] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
  ] as const)
    for (const key of Reflect.ownKeys(proto))
      out.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(proto, key)?.value);
  return out;
}

/** Runs cases `from`, `from + step`, … below `to`. */
export function runRange(seed: number, from: number, to: number, step: number): Tally {
  const pristine = prototypes();
  const tally: Tally = { cases: {}, failures: [], slowestMs: 0, ms: 0 };
  const start = performance.now();
  for (let i = from; i < to; i += step) {
    const result = runCase(seed, i);
    tally.cases[result.category] = (tally.cases[result.category] ?? 0) + 1;
    tally.slowestMs = Math.max(tally.slowestMs, result.slowestMs);
    const now = prototypes();
    const changed = [...new Set([...pristine.keys(), ...now.keys()])].filter(
      (k) => !Object.is(pristine.get(k), now.get(k)),
    );
    if (changed.length > 0) result.failures.push(`built-in prototypes changed: ${changed.join(', ')}`);
    for (const failure of result.failures)
      tally.failures.push({ seed, case: i, category: result.category, failure });
    if (changed.length > 0) break;
  }
  tally.ms = performance.now() - start;
  return tally;
}
