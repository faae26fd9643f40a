import fc from 'fast-check';
import {
  addDays,
  type GovernanceEvent,
  type RatificationRequirement,
  type RatificationRule,
  type Statute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

/** The minimal statute with its ratification rule replaced. */
export function withRatification(
  rule: Partial<RatificationRule>,
  statute: Statute = minimalStatute,
): Statute {
  const base = statute.ratification[0] as RatificationRule;
  return { ...statute, ratification: [{ ...base, ...rule }] };
}

/** PM members of the minimal statute, appointed at its start. */
export const pmAppointments: GovernanceEvent[] = [
  { type: 'member-appointed', at: '2024-01-01', member: 'k0', body: 'pm', seat: 'k', party: 'a' },
  { type: 'member-appointed', at: '2024-01-01', member: 'k1', body: 'pm', seat: 'k', party: 'b' },
  { type: 'member-appointed', at: '2024-01-01', member: 'h0', body: 'pm', seat: 'h' },
  { type: 'member-appointed', at: '2024-01-01', member: 'h1', body: 'pm', seat: 'h' },
];

/** A PM meeting on `date` deciding `proposal` (a budget by default) by consensus. */
export function pmDecision(proposal: string, date: string, matter = 'budget'): GovernanceEvent[] {
  const meeting = `pm-${proposal}`;
  const members = ['k0', 'k1', 'h0', 'h1'];
  return [
    { type: 'meeting-convened', at: '2024-01-15', meeting, body: 'pm', date },
    { type: 'proposal-submitted', at: '2024-01-15', proposal, body: 'pm', matter, meeting },
    { type: 'attendance-recorded', at: date, meeting, present: members },
    ...members.map(
      (member): GovernanceEvent => ({ type: 'vote-cast', at: date, proposal, member, vote: 'for' }),
    ),
    { type: 'proposal-concluded', at: date, proposal },
  ];
}

export function vedtak(
  proposal: string,
  party: string,
  at: string,
  decision: 'adopted' | 'rejected' = 'adopted',
): GovernanceEvent {
  return {
    type: 'ratification-recorded',
    at,
    proposal,
    party,
    organ: party === 'hf' ? 'styre' : 'kommunestyre',
    decision,
  };
}

/** Random ratification rules for the minimal statute. */
const requirement: fc.Arbitrary<RatificationRequirement> = fc.constantFrom<RatificationRequirement>(
  { kind: 'every-kommune' },
  { kind: 'helseforetak' },
  { kind: 'parties', parties: ['a'] },
  {
    kind: 'share-of-kommuner',
    threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
  },
  {
    kind: 'share-of-population',
    threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
  },
);
export const ruleArb: fc.Arbitrary<Partial<RatificationRule>> = fc.record(
  {
    requires: fc.uniqueArray(requirement, { minLength: 1, maxLength: 3, selector: (r) => r.kind }),
    effect: fc.constantFrom('binds-ratifiers' as const, 'all-or-nothing' as const),
    deadlineDays: fc.integer({ min: 10, max: 200 }),
  },
  { requiredKeys: ['requires', 'effect'] },
);
/** Vedtak after a PM budget decision on 2024-02-01: at most one per party and day. */
export const vedtakArb = fc
  .uniqueArray(
    fc.record({
      party: fc.constantFrom('hf', 'a', 'b'),
      day: fc.integer({ min: 1, max: 240 }),
      adopted: fc.boolean(),
    }),
    {
      maxLength: 8,
      selector: (v) => `${v.party}@${v.day}`,
    },
  )
  .map((list) =>
    list.map((v) => vedtak('B-1', v.party, addDays('2024-02-01', v.day), v.adopted ? 'adopted' : 'rejected')),
  );
