import { describe, expect, it } from 'vitest';
import { InputError, scenario, whatIf } from '../../src/index.js';
import { pmBudget, withDeadline } from './_budget.js';

// The minimal statute with 30 days to ratify (test data): a budget adopted in the PM on
// 2024-03-14 awaits ratification until 2024-04-13, and has lapsed after.
const adopted = pmBudget(scenario(withDeadline(30))).state;
const appointment = (at: string) =>
  ({ type: 'member-appointed', at, member: 'g1', body: 'ssu', seat: 'gp' }) as const;

describe('whatIf, on the date it judges', () => {
  it('judges before and after on the date of the last event, so time passing alone is no change', () => {
    const result = whatIf(adopted, [appointment('2024-04-20')]);
    expect(result.before.map((r) => [r.status, r.asOf])).toEqual([['lapsed', '2024-04-20']]);
    expect(result.after.map((r) => [r.status, r.asOf])).toEqual([['lapsed', '2024-04-20']]);
    expect(result.changes).toEqual([]);
  });

  it('judges both on the date it is given', () => {
    const result = whatIf(adopted, [appointment('2024-04-01')], { asOf: '2024-04-20' });
    expect(result.after.map((r) => [r.status, r.asOf])).toEqual([['lapsed', '2024-04-20']]);
    expect(result.before.map((r) => r.asOf)).toEqual(['2024-04-20']);
    expect(whatIf(adopted, [appointment('2024-04-20')], { asOf: '2024-04-01' }).after[0]?.status).toBe(
      'pending-ratification',
    );
  });

  it('gives each event’s outcome and the state after them, leaving the state it was given', () => {
    const result = whatIf(adopted, [appointment('2024-04-01'), appointment('2024-04-02')]);
    expect(result.outcomes.map((o) => o.kind)).toEqual(['applied', 'rejected']);
    expect(result.state.seq).toBe(adopted.seq + 1);
    expect(adopted.lastAt).toBe('2024-03-14');
  });

  it('refuses a date that does not exist', () => {
    expect(() => whatIf(adopted, [], { asOf: '2024-13-01' })).toThrow(InputError);
  });
});
