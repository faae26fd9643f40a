import type { GovernanceEvent, Statute, SubstitutionRule } from '../../src/index.js';
import { appointSsu, vestfoldStated } from './_vestfold.js';

/**
 * The Vestfold SSU with a vara rule (the model of kommuneloven § 7-10, not a claim about
 * Vestfold's own statute) and an observer seat for KS med talerett.
 */
export function withVara(rule: SubstitutionRule): Statute {
  return {
    ...vestfoldStated,
    participants: [...vestfoldStated.participants, { role: 'ks', name: 'KS', ref: 'ssu' }],
    bodies: vestfoldStated.bodies.map((b) =>
      b.id === 'ssu'
        ? {
            ...b,
            seats: [...b.seats, { id: 'ks', role: 'ks', count: 1, rights: ['attend', 'speak'] }],
            substitutes: rule,
          }
        : b,
    ),
  };
}

export const personal = withVara({ kind: 'personal', ref: 'ssu' });
export const perParty = withVara({ kind: 'ordered', per: 'party', ref: 'ssu' });

/** The SSU members, the KS observer, and a meeting of the SSU on 2024-03-14 with case SSU-7. */
export function ssuMeeting(
  meeting = 'ssu-2024-03',
  date = '2024-03-14',
  proposal = 'SSU-7',
): GovernanceEvent[] {
  return [
    { type: 'meeting-convened', at: '2024-02-28', meeting, body: 'ssu', date },
    {
      type: 'proposal-submitted',
      at: '2024-02-28',
      proposal,
      body: 'ssu',
      matter: 'patient-pathway',
      meeting,
    },
  ];
}

export const members: GovernanceEvent[] = [
  ...appointSsu(),
  { type: 'member-appointed', at: '2024-01-01', member: 'ssu-ks', body: 'ssu', seat: 'ks' },
];

/** A vote of `for` by each of `voters` on `proposal`. */
export function votes(proposal: string, voters: readonly string[], at = '2024-03-14'): GovernanceEvent[] {
  return voters.map((member) => ({ type: 'vote-cast', at, proposal, member, vote: 'for' }));
}
