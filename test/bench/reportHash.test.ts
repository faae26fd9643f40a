/**
 * The benchmark workloads' reports, hashed: work on speed must leave every report, outcome and
 * sentence byte for byte as it was. When a change means to alter a report, the hash changes with
 * it, and the new one is recorded here with the change that explains why.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mix } from '../../bench/mix.js';
import { openSsuCase, pendingBudget, rules } from '../../bench/requirements.js';
import {
  apply,
  assess,
  assessAll,
  explain,
  explainOutcome,
  presets,
  ratificationTracker,
  replay,
  requirements,
  type State,
} from '../../src/index.js';

const hash = (parts: readonly unknown[]): string => {
  const h = createHash('sha256');
  for (const part of parts) h.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\n');
  return h.digest('hex').slice(0, 16);
};

const reports = (state: State) =>
  assessAll(state, { asOf: '2030-01-01' }).flatMap((r) => [r, explain(r), explain(r, { locale: 'en' })]);

describe('the benchmark workloads', () => {
  it('replay the mix to the same outcomes and reports', () => {
    const { state, outcomes } = replay(presets.vestfold, mix(6_000).events);
    expect(hash([...outcomes, ...outcomes.map((o) => explainOutcome(o)), ...reports(state)])).toBe(
      '400f3c2d08b87089',
    );
  });

  it('record a ratification phase to the same reports after every vedtak', () => {
    const parts: unknown[] = [];
    for (const rule of Object.keys(rules)) {
      let state = pendingBudget(9, rule);
      for (let i = 0; i < 9; i++) {
        const result = apply(state, {
          type: 'ratification-recorded',
          at: `2024-02-${String(2 + i).padStart(2, '0')}`,
          proposal: 'B-1',
          party: `k${i}`,
          organ: 'kommunestyre',
          decision: i % 4 === 3 ? 'rejected' : 'adopted',
        });
        state = result.state;
        parts.push(result.outcome, ...reports(state), ratificationTracker(state, { asOf: '2024-03-01' }));
        parts.push(requirements(state, 'B-1'));
      }
    }
    expect(hash(parts)).toBe('90f426cf9daf998b');
  });

  it('assess the open SSU case and what it still needs the same way', () => {
    const state = openSsuCase();
    const report = assess(state, 'SSU-7');
    expect(hash([report, explain(report), requirements(state, 'SSU-7')])).toBe('545ead765335b16c');
  });
});
