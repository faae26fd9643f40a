/**
 * Workloads for `requirements`: a budget awaiting ratification in a community of one HF and `n`
 * kommuner of distinct populations (test data, not real kommuner), under four rules — more than
 * half of the population, more than half of it and two thirds of the kommuner, a `parties` rule
 * naming every kommune, two thirds of the kommuner — and an open case in the Vestfold SSU.
 */
import {
  type GovernanceEvent,
  presets,
  type RatificationRequirement,
  replay,
  type State,
  type Statute,
} from '../src/index.js';
import { appointments, members } from './mix.js';

const rights = ['attend', 'speak', 'propose', 'vote'] as const;
const half = { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' } as const;
const twoThirds = {
  kind: 'share',
  fraction: { numerator: 2, denominator: 3 },
  comparison: 'atLeast',
} as const;

/** The rules measured, by name. */
export const rules: Record<string, (ids: readonly string[]) => RatificationRequirement[]> = {
  'population > 1/2': () => [{ kind: 'share-of-population', threshold: half }],
  'population > 1/2 and 2/3 of kommuner': () => [
    { kind: 'share-of-population', threshold: half },
    { kind: 'share-of-kommuner', threshold: twoThirds },
  ],
  'parties: all n named': (ids) => [{ kind: 'parties', parties: ids }],
  '2/3 of kommuner': () => [{ kind: 'share-of-kommuner', threshold: twoThirds }],
};

/** One HF and `n` kommuner of distinct populations (1 000 to about 60 000), one body. */
function community(n: number, rule: string): Statute {
  const ids = Array.from({ length: n }, (_, i) => `k${i}`);
  const requires = rules[rule]?.(ids);
  if (requires === undefined) throw new Error(`no rule "${rule}"`);
  return {
    id: 'bench',
    title: 'Bench community',
    version: '1',
    effectiveFrom: '2024-01-01',
    sections: { '§1': { title: 'Alt' } },
    parties: [
      { kind: 'helseforetak', id: 'hf', name: 'HF', organ: 'styre' },
      ...ids.map((id, i) => ({
        kind: 'kommune' as const,
        id,
        name: `Kommune ${i}`,
        kommunenummer: String(1000 + i),
        population: 1000 + ((i * 7919) % 50021) + i,
        organ: 'kommunestyre' as const,
      })),
    ],
    participants: [],
    bodies: [
      {
        id: 'pm',
        name: 'PM',
        tier: 1,
        seats: [
          { id: 'k', role: 'kommune', count: 1, rights, bloc: 'kommunesiden' },
          { id: 'h', role: 'helseforetak', party: 'hf', count: 1, rights, bloc: 'helseforetakssiden' },
        ],
        quorum: {
          counts: 'present',
          threshold: { kind: 'count', count: 2, comparison: 'atLeast' },
          ref: '§1',
        },
        decision: { kind: 'consensus', reservationBlocks: false, ref: '§1' },
        mandate: { decides: ['budget', 'statute-amendment'], recommends: [], ref: '§1' },
        noticeDays: 14,
        ref: '§1',
      },
    ],
    matters: [
      { id: 'budget', name: 'Budsjett', level: 'principled', commits: true },
      { id: 'statute-amendment', name: 'Vedtektsendring', level: 'overarching', commits: true },
    ],
    ratification: [{ id: 'r', matters: ['budget'], requires, effect: 'binds-ratifiers', ref: '§1' }],
    amendment: { matter: 'statute-amendment', body: 'pm', ref: '§1' },
    membership: { withdrawalNoticeMonths: 12, ref: '§1' },
  };
}

/** The budget B-1 adopted by the body on 2024-02-01 and by the HF, awaiting the kommuner. */
export function pendingBudget(n: number, rule: string): State {
  const at = '2024-02-01';
  const events: GovernanceEvent[] = [
    { type: 'member-appointed', at: '2024-01-01', member: 'k', body: 'pm', seat: 'k', party: 'k0' },
    { type: 'member-appointed', at: '2024-01-01', member: 'h', body: 'pm', seat: 'h' },
    { type: 'meeting-convened', at: '2024-01-15', meeting: 'm', body: 'pm', date: at },
    {
      type: 'proposal-submitted',
      at: '2024-01-15',
      proposal: 'B-1',
      body: 'pm',
      matter: 'budget',
      meeting: 'm',
    },
    { type: 'attendance-recorded', at, meeting: 'm', present: ['k', 'h'] },
    { type: 'vote-cast', at, proposal: 'B-1', member: 'k', vote: 'for' },
    { type: 'vote-cast', at, proposal: 'B-1', member: 'h', vote: 'for' },
    { type: 'proposal-concluded', at, proposal: 'B-1' },
    { type: 'ratification-recorded', at, proposal: 'B-1', party: 'hf', organ: 'styre', decision: 'adopted' },
  ];
  return replay(community(n, rule), events).state;
}

/**
 * An open Vestfold SSU case with a mixed roll: a third absent, the rest voting for, against or
 * abstaining in turn, some with a reservation, a quarter not yet voted, the chair on the kommune
 * side.
 */
export function openSsuCase(): State {
  const at = '2024-03-14';
  const present = members.filter((_, i) => i % 3 !== 2);
  const votes = members.flatMap((member, i): GovernanceEvent[] =>
    i % 4 === 0
      ? []
      : [
          {
            type: 'vote-cast',
            at,
            proposal: 'SSU-7',
            member,
            vote: i % 4 === 1 ? 'against' : i % 4 === 2 ? 'abstain' : 'for',
            ...(i % 5 === 0 ? { reservation: 'dissens' } : {}),
          },
        ],
  );
  const events: GovernanceEvent[] = [
    ...appointments(),
    {
      type: 'meeting-convened',
      at: '2024-02-01',
      meeting: 'm',
      body: 'ssu',
      date: at,
      chair: 'ssu-holmestrand',
    },
    {
      type: 'proposal-submitted',
      at: '2024-02-01',
      proposal: 'SSU-7',
      body: 'ssu',
      matter: 'patient-pathway',
      meeting: 'm',
    },
    { type: 'attendance-recorded', at, meeting: 'm', present },
    ...votes,
  ];
  return replay(presets.vestfold, events).state;
}
