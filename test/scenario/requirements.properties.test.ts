import { describe, expect, it } from 'vitest';
import {
  assess,
  type DecisionRule,
  type Fact,
  type FactSet,
  type GovernanceEvent,
  replay,
  requirements,
  type Statute,
} from '../../src/index.js';
import { pmAppointments, pmDecision, ruleArb, vedtakArb, withRatification } from '../engine/_pm.js';
import { minimalStatute, sampleRules } from '../fixtures.js';
import { fc, prop } from '../prop.js';

/** The facts of an option: all of `all`, and the first `count` of each `choose`. */
const instantiate = (option: FactSet): Fact[] => [
  ...option.all,
  ...option.choose.flatMap((c) => c.of.slice(0, c.count)),
];

describe('requirements: pending ratification', () => {
  const valid = (statute: Statute, log: readonly GovernanceEvent[], facts: readonly Fact[], at: string) => {
    const events = facts.map(
      (f): GovernanceEvent =>
        f.kind === 'ratification'
          ? {
              type: 'ratification-recorded',
              at,
              proposal: 'B-1',
              party: f.party,
              organ: f.party === 'hf' ? 'styre' : 'kommunestyre',
              decision: 'adopted',
            }
          : (() => {
              throw new Error(`unexpected ${f.kind}`);
            })(),
    );
    const { state, outcomes } = replay(statute, [...log, ...events]);
    expect(outcomes.slice(log.length).filter((o) => o.kind === 'rejected')).toEqual([]);
    return assess(state, 'B-1', { asOf: at }).status === 'in-force';
  };

  prop([ruleArb, vedtakArb], { numRuns: 500 })(
    'any option brings the decision into force, and no smaller set does',
    (rule, list) => {
      const statute = withRatification(rule);
      const log = [...pmAppointments, ...pmDecision('B-1', '2024-02-01'), ...list].sort((x, y) =>
        x.at < y.at ? -1 : x.at > y.at ? 1 : 0,
      );
      const { state } = replay(statute, log);
      const r = requirements(state, 'B-1');
      expect(r.exhaustive).toBe(true);
      if (r.status !== 'pending-ratification') return;
      expect(r.options.length > 0 || r.blocked !== undefined).toBe(true);
      for (const option of r.options) {
        const facts = instantiate(option);
        expect(facts).toHaveLength(option.size);
        expect(valid(statute, log, facts, state.lastAt)).toBe(true);
        facts.forEach((_, i) => {
          expect(
            valid(
              statute,
              log,
              facts.filter((__, j) => j !== i),
              state.lastAt,
            ),
          ).toBe(false);
        });
      }
    },
  );
});

describe('requirements: an open case', () => {
  const rules = sampleRules;
  const members = ['k0', 'k1', 'k2', 'h0', 'h1', 'h2', 'gp'];
  const statuteFor = (decision: DecisionRule): Statute => ({
    ...minimalStatute,
    bodies: minimalStatute.bodies.map((b) =>
      b.id === 'pm'
        ? {
            ...b,
            decision,
            quorum: { ...b.quorum, perBloc: 1 },
            seats: [
              {
                id: 'k',
                role: 'kommune',
                count: 3,
                rights: ['attend', 'speak', 'propose', 'vote'],
                bloc: 'kommunesiden',
              },
              {
                id: 'h',
                role: 'helseforetak',
                party: 'hf',
                count: 3,
                rights: ['attend', 'speak', 'propose', 'vote'],
                bloc: 'helseforetakssiden',
              },
              { id: 'gp', role: 'fastlege', count: 1, rights: ['attend', 'speak', 'propose', 'vote'] },
            ],
          }
        : b,
    ),
  });
  const setup = (chair: string): GovernanceEvent[] => [
    ...members.map(
      (member): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member,
        body: 'pm',
        seat: member.replace(/\d$/, ''),
      }),
    ),
    { type: 'meeting-convened', at: '2024-01-15', meeting: 'pm-1', body: 'pm', date: '2024-02-01', chair },
    {
      type: 'proposal-submitted',
      at: '2024-01-15',
      proposal: 'P',
      body: 'pm',
      matter: 'budget',
      meeting: 'pm-1',
    },
  ];
  const state = fc.record({
    rule: fc.constantFrom(...rules),
    chair: fc.constantFrom(...members),
    present: fc.subarray(members),
    votes: fc.array(fc.constantFrom(undefined, 'for', 'against', 'abstain'), { minLength: 7, maxLength: 7 }),
    reservations: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  });

  /** The log with the facts applied, concluded: is the decision valid? */
  const validWith = (statute: Statute, log: readonly GovernanceEvent[], facts: readonly Fact[]) => {
    const changed = new Set(facts.flatMap((f) => (f.kind === 'change-vote' ? [f.member] : [])));
    const withdrawn = new Set(facts.flatMap((f) => (f.kind === 'withdraw-reservation' ? [f.member] : [])));
    const events = log.map((e): GovernanceEvent => {
      if (e.type !== 'vote-cast') return e;
      const vote = changed.has(e.member) ? 'for' : e.vote;
      const { reservation, ...rest } = e;
      return withdrawn.has(e.member) || reservation === undefined
        ? { ...rest, vote }
        : { ...rest, vote, reservation };
    });
    const votes = facts.flatMap((f): GovernanceEvent[] =>
      f.kind === 'vote'
        ? [{ type: 'vote-cast', at: '2024-02-01', proposal: 'P', member: f.member, vote: 'for' }]
        : [],
    );
    const { state: after, outcomes } = replay(statute, [
      ...events,
      ...votes,
      { type: 'proposal-concluded', at: '2024-02-01', proposal: 'P' },
    ]);
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
    return assess(after, 'P').valid;
  };

  let nonTrivial = 0;
  prop([state], { numRuns: 500 })(
    'any option makes the decision valid, and no smaller set does',
    ({ rule, chair, present, votes, reservations }) => {
      const statute = statuteFor(rule);
      const log: GovernanceEvent[] = [
        ...setup(chair),
        { type: 'attendance-recorded', at: '2024-02-01', meeting: 'pm-1', present },
        ...members.flatMap((member, i): GovernanceEvent[] => {
          const vote = votes[i];
          if (vote === undefined) return [];
          return [
            {
              type: 'vote-cast',
              at: '2024-02-01',
              proposal: 'P',
              member,
              vote,
              ...(reservations[i] ? { reservation: 'dissens' } : {}),
            },
          ];
        }),
      ];
      const state = replay(statute, log).state;
      const r = requirements(state, 'P', { maxOptions: 1000 });
      expect(r.exhaustive).toBe(true);
      expect(r.truncated).toBeUndefined();
      expect(r.options.length > 0 || r.blocked !== undefined).toBe(true);
      // By default the answer is the first ten of the same list, and says so when there are more.
      const short = requirements(state, 'P');
      expect(short.options).toEqual(r.options.slice(0, 10));
      expect(short.truncated).toEqual(r.options.length > 10 ? { by: 'maxOptions', limit: 10 } : undefined);
      expect(r.options.map((o) => o.size)).toEqual(r.options.map((o) => o.size).sort((a, b) => a - b));
      for (const option of r.options.slice(0, 4)) {
        const facts = instantiate(option);
        if (facts.length > 1) nonTrivial += 1;
        expect(validWith(statute, log, facts)).toBe(true);
        facts.forEach((_, i) => {
          expect(
            validWith(
              statute,
              log,
              facts.filter((__, j) => j !== i),
            ),
          ).toBe(false);
        });
      }
    },
  );

  it('meets options of several facts often', () => {
    expect(nonTrivial).toBeGreaterThan(100);
  });
});
