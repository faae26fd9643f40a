/**
 * The ratification phase of a budget in a community of one HF and `n` kommuner: every kommune's
 * vedtak recorded, each on its own day, after the HF has adopted. What one vedtak costs should
 * grow no faster than the number of parties it is counted among.
 */
import { apply, type GovernanceEvent } from '../src/index.js';
import { pendingBudget } from './requirements.js';

/** ms for the whole phase and µs per vedtak, for `n` kommuner under two thirds of the kommuner. */
export function ratificationPhase(n: number): { n: number; ms: number; perEvent: number } {
  const start = pendingBudget(n, '2/3 of kommuner');
  const day = (i: number) => new Date(Date.UTC(2024, 1, 2 + i)).toISOString().slice(0, 10);
  const events: GovernanceEvent[] = Array.from({ length: n }, (_, i) => ({
    type: 'ratification-recorded',
    at: day(i),
    proposal: 'B-1',
    party: `k${i}`,
    organ: 'kommunestyre',
    decision: 'adopted',
  }));
  const run = () => {
    let state = start;
    for (const event of events) {
      const next = apply(state, event);
      if (next.outcome.kind === 'rejected') throw new Error(JSON.stringify(next.outcome.reasons));
      state = next.state;
    }
  };
  run();
  const t = process.hrtime.bigint();
  run();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { n, ms, perEvent: (ms * 1000) / n };
}
