import { checkInvariants } from 'helsefellesskap/testing';
import { describe, expect } from 'vitest';
import {
  addDays,
  assess,
  type GovernanceEvent,
  type RatificationRule,
  replay,
  type Statute,
} from '../../src/index.js';
import { sampleRules } from '../fixtures.js';
import { fc, prop } from '../prop.js';
import { pmAppointments, pmDecision, ruleArb, vedtak, vedtakArb, withRatification } from './_pm.js';

const withdrawal = fc.option(
  fc.record({ party: fc.constantFrom('a', 'b'), day: fc.integer({ min: 1, max: 240 }) }),
  { nil: undefined },
);

const setup = [...pmAppointments, ...pmDecision('B-1', '2024-02-01')];
const asOf = '2025-06-01';
const summary = (statute: Statute, events: readonly GovernanceEvent[]) => {
  const report = assess(replay(statute, events).state, 'B-1', { asOf });
  return { status: report.status, binds: report.binds, ratification: report.ratification };
};

const runs = { numRuns: 1000 };

describe('ratification properties', () => {
  prop([ruleArb, vedtakArb, fc.infiniteStream(fc.nat())], runs)(
    'the order in which vedtak are recorded never changes the outcome',
    (rule, list, randomness) => {
      const statute = withRatification(rule);
      const shuffled = [...list];
      const it = randomness[Symbol.iterator]();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (it.next().value as number) % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as GovernanceEvent, shuffled[i] as GovernanceEvent];
      }
      expect(summary(statute, [...setup, ...shuffled])).toEqual(summary(statute, [...setup, ...list]));
    },
  );

  prop([ruleArb, vedtakArb, fc.constantFrom('hf', 'a', 'b'), fc.integer({ min: 1, max: 240 })], runs)(
    'adding an adoption never turns a met threshold into an unmet one',
    (rule, list, party, day) => {
      const statute = withRatification(rule);
      const at = addDays('2024-02-01', day);
      fc.pre(!list.some((e) => e.type === 'ratification-recorded' && e.party === party && e.at === at));
      const before = summary(statute, [...setup, ...list]);
      const after = summary(statute, [...setup, ...list, vedtak('B-1', party, at)]);
      if (before.ratification?.met === true) expect(after.ratification?.met).toBe(true);
      if (before.status === 'in-force') expect(after.status).toBe('in-force');
    },
  );

  prop([ruleArb, vedtakArb, withdrawal], runs)(
    'a decision binds only members whose latest vedtak adopted it (binds-ratifiers), and every state keeps its invariants',
    (rule, list, leaving) => {
      const statute = withRatification({ ...rule, effect: 'binds-ratifiers' });
      const events: GovernanceEvent[] = [...setup];
      if (leaving !== undefined)
        events.push({ type: 'party-withdrew', at: addDays('2024-02-01', leaving.day), party: leaving.party });
      events.push(...list);
      events.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
      const { state } = replay(statute, events);
      const report = assess(state, 'B-1', { asOf });
      for (const party of report.binds) {
        const latest = events
          .filter((e) => e.type === 'ratification-recorded' && e.party === party && e.at <= asOf)
          .at(-1);
        expect(latest?.type === 'ratification-recorded' && latest.decision).toBe('adopted');
      }
      expect(checkInvariants(state)).toEqual([]);
    },
  );

  const decisionRule = fc.constantFrom(...sampleRules);
  prop(
    [ruleArb, vedtakArb, decisionRule, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 400 })],
    runs,
  )(
    'a later statute version never changes the verdict on an earlier decision',
    (rule, list, decision, quorumCount, after) => {
      const statute = withRatification(rule);
      const events = [...setup, ...list];
      const { state } = replay(statute, events);
      const before = assess(state, 'B-1', { asOf });
      const version2: Statute = {
        ...statute,
        version: '2',
        effectiveFrom: addDays(state.lastAt, after),
        bodies: statute.bodies.map((b) =>
          b.id === 'pm'
            ? {
                ...b,
                decision,
                quorum: {
                  ...b.quorum,
                  threshold: { kind: 'count', count: quorumCount, comparison: 'atLeast' },
                },
              }
            : b,
        ),
        ratification: [
          {
            ...(statute.ratification[0] as RatificationRule),
            requires: [{ kind: 'every-kommune' }],
            effect: 'all-or-nothing',
          },
        ],
      };
      const later = replay(statute, [
        ...events,
        { type: 'statute-adopted', at: version2.effectiveFrom, statute: version2 },
      ]);
      expect(later.outcomes.at(-1)?.kind).toBe('applied');
      expect(assess(later.state, 'B-1', { asOf })).toEqual(before);
    },
  );
});
