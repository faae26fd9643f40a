import { expect } from 'vitest';
import {
  apply,
  type GovernanceEvent,
  type Reason,
  replay,
  type State,
  type Statute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

// Invented test data throughout: the small statute of test/fixtures.ts (community `test`, an HF
// and kommuner `a` and `b`, bodies pm, ssu and fsu) with invented members, meetings and cases.

/** Replays `events` over `statute` and fails on any rejection. */
export function run(statute: Statute, events: readonly GovernanceEvent[]): State {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toStrictEqual([]);
  return state;
}

/** Applies `event`, which must be rejected with exactly `reasons` and leave the state as it was. */
export function rejects(state: State, event: GovernanceEvent, reasons: Reason[]): void {
  const result = apply(state, event);
  expect(result.outcome).toStrictEqual({ kind: 'rejected', type: event.type, reasons });
  expect(result.state).toBe(state);
}

/** Applies `event`, which must apply, and returns the next state. */
export function accepts(state: State, event: GovernanceEvent): State {
  const result = apply(state, event);
  expect(result.outcome).toStrictEqual({ kind: 'applied', type: event.type });
  expect(result.state).not.toBe(state);
  return result.state;
}

/** An appointment on 2024-01-01 (or `at`), with the party when one is given. */
export function appoint(
  member: string,
  body: string,
  seat: string,
  party?: string,
  at = '2024-01-01',
): GovernanceEvent {
  return {
    type: 'member-appointed',
    at,
    member,
    body,
    seat,
    ...(party === undefined ? {} : { party }),
  };
}

export const pmMembers = ['pm-a', 'pm-b', 'pm-hf-1', 'pm-hf-2'];
export const ssuMembers = ['ssu-a', 'ssu-hf', 'ssu-gp'];

/**
 * Four PM members and three SSU members; PM meeting pm-1 on 2024-03-01 with the budget case
 * PM-1, SSU meeting ssu-1 on 2024-03-05 with the pathway case SSU-1.
 */
export const setup: GovernanceEvent[] = [
  appoint('pm-a', 'pm', 'k', 'a'),
  appoint('pm-b', 'pm', 'k', 'b'),
  appoint('pm-hf-1', 'pm', 'h'),
  appoint('pm-hf-2', 'pm', 'h'),
  appoint('ssu-a', 'ssu', 'k', 'a'),
  appoint('ssu-hf', 'ssu', 'h'),
  appoint('ssu-gp', 'ssu', 'gp'),
  { type: 'meeting-convened', at: '2024-02-01', meeting: 'pm-1', body: 'pm', date: '2024-03-01' },
  { type: 'meeting-convened', at: '2024-02-01', meeting: 'ssu-1', body: 'ssu', date: '2024-03-05' },
  {
    type: 'proposal-submitted',
    at: '2024-02-01',
    proposal: 'PM-1',
    body: 'pm',
    matter: 'budget',
    meeting: 'pm-1',
  },
  {
    type: 'proposal-submitted',
    at: '2024-02-01',
    proposal: 'SSU-1',
    body: 'ssu',
    matter: 'pathway',
    meeting: 'ssu-1',
  },
];

/** PM-1 adopted on 2024-03-01 by every PM member. */
export const pmAdopted: GovernanceEvent[] = [
  { type: 'attendance-recorded', at: '2024-03-01', meeting: 'pm-1', present: pmMembers },
  ...pmMembers.map(
    (member): GovernanceEvent => ({
      type: 'vote-cast',
      at: '2024-03-01',
      proposal: 'PM-1',
      member,
      vote: 'for',
    }),
  ),
  { type: 'proposal-concluded', at: '2024-03-01', proposal: 'PM-1' },
];

/** The fixture statute with its SSU and FSU gone from 2024-02-15 (version 2). */
export const pmOnly: Statute = {
  ...minimalStatute,
  version: '2',
  effectiveFrom: '2024-02-15',
  bodies: minimalStatute.bodies.filter((b) => b.id === 'pm'),
};

/** A copy of the fixture statute with its SSU changed by `change`. */
export function withSsu(change: (ssu: Statute['bodies'][number]) => Statute['bodies'][number]): Statute {
  return {
    ...minimalStatute,
    bodies: minimalStatute.bodies.map((b) => (b.id === 'ssu' ? change(b) : b)),
  };
}
