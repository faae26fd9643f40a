import { checkInvariants } from 'helsefellesskap/testing';
import { describe, expect } from 'vitest';
import { resolveCase } from '../../src/engine/resolveCase.js';
import {
  assess,
  type DecisionRule,
  type GovernanceEvent,
  replay,
  type State,
  type SubstitutionRule,
} from '../../src/index.js';
import { fc, prop } from '../prop.js';
import { members, ssuMeeting, withVara } from './_substitutes.js';

/** Each member of the SSU with their seat, the KS observer last. */
const seated = members.flatMap((e) =>
  e.type === 'member-appointed' ? [{ member: e.member, seat: e.seat }] : [],
);

type Act = 'absent' | 'present' | 'for' | 'against' | 'abstain';
const actArb = fc.constantFrom<Act>('absent', 'present', 'for', 'against', 'abstain');
const ruleArb = fc.constantFrom<DecisionRule>(
  { kind: 'consensus', reservationBlocks: false, ref: 'ssu' },
  { kind: 'unanimity', ref: 'ssu' },
  {
    kind: 'majority',
    threshold: { numerator: 1, denominator: 2 },
    strict: true,
    base: 'for+against',
    tieBreak: 'fails',
    ref: 'ssu',
  },
  {
    kind: 'each-bloc',
    rule: {
      kind: 'majority',
      threshold: { numerator: 2, denominator: 3 },
      strict: false,
      base: 'present',
      tieBreak: 'fails',
      ref: 'ssu',
    },
    ref: 'ssu',
  },
);
const varaRuleArb = fc.constantFrom<SubstitutionRule>(
  { kind: 'personal', ref: 'ssu' },
  { kind: 'ordered', per: 'seat', ref: 'ssu' },
);
const rollArb = fc.array(fc.record({ act: actArb, vara: fc.boolean() }), {
  minLength: seated.length,
  maxLength: seated.length,
});

/** Each member's vara: personal, or at the next place on their seat's list. */
function appointVara(rule: SubstitutionRule): GovernanceEvent[] {
  const ranks = new Map<string, number>();
  return seated.map(({ member, seat }) => {
    const rank = (ranks.get(seat) ?? 0) + 1;
    ranks.set(seat, rank);
    return {
      type: 'substitute-appointed',
      at: '2024-01-02',
      member: `vara-${member}`,
      body: 'ssu',
      seat,
      ...(rule.kind === 'personal' ? { for: member } : { rank }),
    };
  });
}

/**
 * The meeting with every member acting as drawn; where `withVara` and the member is drawn to be
 * represented, their vara stands in and acts as the member would have. An observer's vote is
 * an objection (`against`) or nothing.
 */
function meeting(
  rule: SubstitutionRule,
  decision: DecisionRule,
  roll: readonly { act: Act; vara: boolean }[],
  represented: boolean,
): State {
  const statute = withVara(rule);
  const events: GovernanceEvent[] = [...members, ...appointVara(rule), ...ssuMeeting()];
  const present: string[] = [];
  const cast: GovernanceEvent[] = [];
  roll.forEach(({ act, vara }, i) => {
    const { member, seat } = seated[i] as { member: string; seat: string };
    const standsIn = represented && vara;
    const who = standsIn ? `vara-${member}` : member;
    if (standsIn)
      events.push({
        type: 'substitute-attending',
        at: '2024-03-10',
        member: who,
        body: 'ssu',
        for: member,
        meeting: 'ssu-2024-03',
      });
    if (act === 'absent') return;
    present.push(who);
    const vote =
      seat === 'ks' ? (act === 'against' ? 'against' : undefined) : act === 'present' ? undefined : act;
    if (vote !== undefined)
      cast.push({ type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: who, vote });
  });
  events.push({ type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present }, ...cast, {
    type: 'proposal-concluded',
    at: '2024-03-14',
    proposal: 'SSU-7',
  });
  const { state, outcomes } = replay(
    { ...statute, bodies: statute.bodies.map((b) => (b.id === 'ssu' ? { ...b, decision } : b)) },
    events,
  );
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return state;
}

/** The report without the list of who stood in, each vara named as the member they stood in for. */
function verdict(state: State) {
  const report = assess(state, 'SSU-7');
  // Lists of members are sorted by id, so a renamed list is sorted again.
  const named = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replaceAll('"vara-ssu-', '"ssu-'), (_, v) =>
      Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v,
    );
  return named({
    status: report.status,
    valid: report.valid,
    checks: report.checks.map((c) =>
      c.id === 'seats' ? { ...c, params: { ...c.params, standingIn: [] } } : c,
    ),
  });
}

describe('vara properties', () => {
  prop([varaRuleArb, ruleArb, rollArb], { numRuns: 1000 })(
    'a vara never adds a vote: the decision is the one the members would have made, and a member and their vara never both count',
    (rule, decision, roll) => {
      const withMembers = meeting(rule, decision, roll, false);
      const withVaras = meeting(rule, decision, roll, true);
      expect(verdict(withVaras)).toEqual(verdict(withMembers));

      const entries = resolveCase(withVaras, 'SSU-7')?.roll.entries ?? [];
      const votingSeats = 16;
      expect(entries.filter((e) => e.voting).length).toBeLessThanOrEqual(votingSeats);
      expect(entries.filter((e) => e.voting && e.vote !== undefined).length).toBeLessThanOrEqual(votingSeats);
      const onRoll = new Set(entries.map((e) => e.member));
      expect(onRoll.size).toBe(entries.length);
      for (const entry of entries)
        if (entry.standsInFor !== undefined) expect(onRoll.has(entry.standsInFor)).toBe(false);
      expect(entries.filter((e) => e.standsInFor !== undefined).length).toBe(
        roll.filter((r) => r.vara).length,
      );
      expect(checkInvariants(withVaras)).toEqual([]);
    },
  );
});
