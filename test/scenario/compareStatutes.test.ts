import { describe, expect, it } from 'vitest';
import { compareStatutes, InputError, type Statute, scenario } from '../../src/index.js';
import { pmBudget, withDeadline } from './_budget.js';

// Two versions of the minimal statute (test data): `a` gives the kommunestyrer 30 days to ratify
// and the SSU one fastlege seat; `b` gives them 60 days and two seats.
const version = (deadlineDays: number, gpSeats: number): Statute => {
  const s = withDeadline(deadlineDays);
  (s.bodies[1]?.seats[2] as { count: number }).count = gpSeats;
  return s;
};
const a = version(30, 1);
const b = version(60, 2);

// A budget adopted in the PM on 2024-03-14 (ratification due 2024-04-13 under a, 2024-05-13
// under b), and on 2024-04-20 a second fastlege appointed to the SSU, which only b has room for.
const events = pmBudget(scenario(a).on('2024-01-02').appoint('ssu', 'gp', ['g1'])).events;
const late = { type: 'member-appointed', at: '2024-04-20', member: 'g2', body: 'ssu', seat: 'gp' } as const;

describe('compareStatutes', () => {
  it('finds no difference between a statute and itself', () => {
    expect(compareStatutes(a, a, [...events, late])).toEqual({ changes: [], outcomes: [] });
  });

  it('names each event one version applies and the other rejects, by its index', () => {
    const { outcomes } = compareStatutes(a, b, [...events, late]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      index: events.length,
      a: { kind: 'rejected' },
      b: { kind: 'applied' },
    });
    expect(compareStatutes(b, a, [...events, late]).outcomes[0]).toMatchObject({
      a: { kind: 'applied' },
      b: { kind: 'rejected' },
    });
  });

  it('judges both as of the later of their last events, whichever version applied it', () => {
    // On 2024-04-20 the budget has lapsed under a and still awaits ratification under b.
    const change = {
      proposal: 'PM-1',
      before: { status: 'lapsed', valid: true, binds: [] },
      after: { status: 'pending-ratification', valid: true, binds: [] },
    };
    expect(compareStatutes(a, b, [...events, late]).changes).toMatchObject([change]);
    expect(compareStatutes(b, a, [...events, late]).changes).toMatchObject([
      { proposal: 'PM-1', before: change.after, after: change.before },
    ]);
    // Before 2024-04-13 the two agree.
    expect(compareStatutes(a, b, events).changes).toEqual([]);
  });

  it('judges both on the date it is given', () => {
    expect(compareStatutes(a, b, events, { asOf: '2024-04-20' }).changes).toMatchObject([
      { proposal: 'PM-1' },
    ]);
    expect(compareStatutes(a, b, [...events, late], { asOf: '2024-04-01' }).changes).toEqual([]);
  });

  it('refuses a date that does not exist, naming the option', () => {
    expect(() => compareStatutes(a, b, events, { asOf: '2024-02-30' })).toThrow(InputError);
    expect(() => compareStatutes(a, b, events, { asOf: '2024-02-30' })).toThrow(/asOf/);
  });
});
