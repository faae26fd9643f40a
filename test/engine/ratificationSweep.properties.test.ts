import { scenario as generated } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { pendingBudget, rules } from '../../bench/requirements.js';
import { firstDayMet } from '../../src/engine/_ratificationSweep.js';
import {
  evaluateRequirement,
  latestVedtak,
  ratificationRuleFor,
} from '../../src/engine/ratificationStatus.js';
import {
  apply,
  type GovernanceEvent,
  isPartyMember,
  listProposals,
  type ProposalRecord,
  replay,
  type State,
  type Statute,
  statuteAt,
} from '../../src/index.js';
import type { RatificationRule } from '../../src/model/rules.js';
import { fc, prop } from '../prop.js';

/** The first of `dates` on which the rule holds, each day judged from scratch. */
function bruteForce(
  state: State,
  statute: Statute,
  rule: RatificationRule,
  proposal: ProposalRecord,
  dates: string[],
) {
  for (const date of dates) {
    const members = statute.parties.filter((p) => isPartyMember(state, p.id, date));
    const vedtak = latestVedtak(proposal, date);
    const adopted = new Set([...vedtak].filter(([, v]) => v.decision === 'adopted').map(([p]) => p));
    if (rule.requires.every((req) => evaluateRequirement(req, members, adopted).met)) return date;
  }
  return undefined;
}

/** The days to judge a case's rule on: every day something changes, and a few more, in order. */
function daysOf(state: State, proposal: ProposalRecord, extra: readonly number[]): string[] {
  const days = new Set<string>([
    ...Object.values(proposal.ratifications).flatMap((h) => h.map((v) => v.at)),
    ...Object.values(state.parties).flatMap((r) =>
      r.periods.flatMap((p) => (p.to === undefined ? [p.from] : [p.from, p.to])),
    ),
    ...extra.map((n) => new Date(Date.parse(proposal.date) + n * 86_400_000).toISOString().slice(0, 10)),
  ]);
  return [...days].filter((d) => d >= proposal.date).sort();
}

/** Each case with a ratification rule, its version, rule and days. */
function cases(state: State, statute: Statute, extra: readonly number[]) {
  return listProposals(state).flatMap((proposal) => {
    const version = statuteAt(state, proposal.date) ?? statute;
    const rule = ratificationRuleFor(version, proposal.matter);
    return rule === undefined ? [] : [{ proposal, version, rule, dates: daysOf(state, proposal, extra) }];
  });
}

describe('the first day a ratification rule holds', () => {
  it('is found on generated logs, so the property below compares real answers', () => {
    let met = 0;
    for (const { statute, events } of fc.sample(generated({ maxEvents: 60 }), { numRuns: 300, seed: 5 })) {
      const { state } = replay(statute, events);
      for (const c of cases(state, statute, []))
        if (firstDayMet(state, c.version, c.rule, c.proposal, c.dates) !== undefined) met++;
    }
    expect(met).toBeGreaterThan(0);
  });

  prop([generated({ maxEvents: 60 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 })], {
    numRuns: 1000,
  })(
    'is the day judging every day from scratch finds, for any vedtak and membership days',
    ({ statute, events }, extra) => {
      const { state } = replay(statute, events);
      for (const { proposal, version, rule, dates } of cases(state, statute, extra)) {
        expect(firstDayMet(state, version, rule, proposal, dates)).toBe(
          bruteForce(state, version, rule, proposal, dates),
        );
      }
    },
  );

  const ruleNames = Object.keys(rules);
  const vedtak = fc.record({
    party: fc.nat({ max: 7 }),
    day: fc.integer({ min: 0, max: 60 }),
    adopted: fc.boolean(),
    withdraws: fc.constantFrom(false, false, false, false, true),
  });
  prop([fc.constantFrom(...ruleNames), fc.array(vedtak, { maxLength: 24 })], { numRuns: 1000 })(
    'is the same day from scratch for vedtak on many days, changed minds and withdrawals, under every kind of requirement',
    (name, plan) => {
      let state = pendingBudget(8, name);
      const day = (n: number) => new Date(Date.UTC(2024, 1, 1 + n)).toISOString().slice(0, 10);
      for (const p of [...plan].sort((a, b) => a.day - b.day)) {
        const party = `k${p.party}`;
        const event: GovernanceEvent = p.withdraws
          ? { type: 'party-withdrew', at: day(p.day), party }
          : {
              type: 'ratification-recorded',
              at: day(p.day),
              proposal: 'B-1',
              party,
              organ: 'kommunestyre',
              decision: p.adopted ? 'adopted' : 'rejected',
            };
        state = apply(state, event).state;
      }
      const statute = statuteAt(state, '2024-02-01') as Statute;
      const [c] = cases(state, statute, [0, 1, 400, 800]);
      if (c === undefined) throw new Error('B-1 has a ratification rule');
      expect(firstDayMet(state, c.version, c.rule, c.proposal, c.dates)).toBe(
        bruteForce(state, c.version, c.rule, c.proposal, c.dates),
      );
    },
  );
});
