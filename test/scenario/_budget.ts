import type { Scenario, Statute } from '../../src/index.js';
import { clone, minimalStatute } from '../fixtures.js';

/** The PM's members in `pmBudget`: two on each side. */
export const pmMembers = ['pk1', 'pk2', 'ph1', 'ph2'] as const;

/** A copy of `statute` (the minimal one by default) giving the parties `days` to ratify (test data). */
export function withDeadline(days: number, statute: Statute = minimalStatute): Statute {
  const s: Statute = clone(statute);
  (s.ratification[0] as { deadlineDays?: number }).deadlineDays = days;
  return s;
}

/**
 * `s` with the PM seated on 2024-01-02 and a budget, PM-1, adopted there on 2024-03-14 by all
 * four members (or with `ph2` voting `last`), and concluded: under the minimal statute it then
 * awaits ratification by every kommune and the HF.
 */
export function pmBudget(s: Scenario, last: 'for' | 'against' = 'for'): Scenario {
  return s
    .on('2024-01-02')
    .appoint('pm', 'k', ['pk1', 'pk2'])
    .appoint('pm', 'h', ['ph1', 'ph2'])
    .on('2024-03-14')
    .convene('pm')
    .attend([...pmMembers])
    .propose('PM-1', 'budget')
    .vote('PM-1', { pk1: 'for', pk2: 'for', ph1: 'for', ph2: last })
    .conclude();
}
