import { describe, expect } from 'vitest';
import {
  type Bloc,
  type DecisionRule,
  evaluateDecision,
  evaluateQuorum,
  type MajorityBase,
  type QuorumRule,
  type Roll,
  type RollEntry,
  type RuleOutcome,
} from '../../src/index.js';
import { fc, prop } from '../prop.js';

const bloc = fc.constantFrom<Bloc | undefined>('kommunesiden', 'helseforetakssiden', undefined);
const entryFields = fc.record({
  bloc,
  voting: fc.constantFrom(true, true, true, false),
  present: fc.boolean(),
  recused: fc.constantFrom(false, false, false, true),
  vote: fc.constantFrom<RollEntry['vote'] | undefined>('for', 'against', 'abstain', undefined),
  reservation: fc.constantFrom(false, false, true),
});

const rollArb: fc.Arbitrary<Roll> = fc.array(entryFields, { maxLength: 24 }).chain((fields) => {
  const entries: RollEntry[] = fields.map((f, i) => {
    const entry: RollEntry = {
      member: `m${i}`,
      voting: f.voting,
      present: f.present,
      ...(f.bloc === undefined ? {} : { bloc: f.bloc }),
      ...(f.recused ? { recused: true } : {}),
      ...(f.vote === undefined ? {} : { vote: f.vote }),
      ...(f.reservation ? { reservation: true } : {}),
    };
    return entry;
  });
  const chair =
    entries.length === 0
      ? fc.constant(undefined)
      : fc.option(fc.constantFrom(...entries.map((e) => e.member)), { nil: undefined });
  return chair.map((c) => (c === undefined ? { entries } : { entries, chair: c }));
});

const bases: readonly MajorityBase[] = ['for+against', 'cast', 'present', 'seated'];
const fraction = fc
  .integer({ min: 1, max: 12 })
  .chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ numerator: n, denominator: d })));
const majorityArb = fc.record({
  kind: fc.constant('majority' as const),
  threshold: fraction,
  strict: fc.boolean(),
  base: fc.constantFrom(...bases),
  tieBreak: fc.constantFrom('chair' as const, 'fails' as const),
  ref: fc.constant('§5'),
});
const leaf: fc.Arbitrary<DecisionRule> = fc.oneof(
  fc
    .boolean()
    .map((reservationBlocks): DecisionRule => ({ kind: 'consensus', reservationBlocks, ref: '§7' })),
  fc.constant<DecisionRule>({ kind: 'unanimity', ref: '§7' }),
  majorityArb,
);
const ruleArb: fc.Arbitrary<DecisionRule> = fc.letrec<{ rule: DecisionRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('rule').map((rule): DecisionRule => ({ kind: 'each-bloc', rule, ref: '§5.2' })),
    fc
      .tuple(
        fc.constantFrom('all' as const, 'any' as const),
        fc.array(tie('rule'), { minLength: 1, maxLength: 3 }),
      )
      .map(([kind, rules]): DecisionRule => ({ kind, rules, ref: '§6' })),
  ),
})).rule;
const quorumArb: fc.Arbitrary<QuorumRule> = fc.record({
  counts: fc.constantFrom('present' as const, 'cast' as const, 'for+abstain' as const),
  threshold: fc.oneof(
    fc.record({
      kind: fc.constant('share' as const),
      fraction,
      comparison: fc.constantFrom('atLeast' as const, 'moreThan' as const),
    }),
    fc.record({
      kind: fc.constant('count' as const),
      count: fc.nat(10),
      comparison: fc.constantFrom('atLeast' as const, 'moreThan' as const),
    }),
  ),
  ref: fc.constant('§7.1'),
});

/** An outcome without what observers may change: the count of their recorded objections. */
function withoutObservers(outcome: RuleOutcome): unknown {
  const { observerObjections: _, ...params } = outcome.params as Readonly<Record<string, unknown>>;
  return { ...outcome, params, children: outcome.children?.map(withoutObservers) };
}

// FC_RUNS=20000 stresses these properties; FC_SEED (test/setup.ts) replays a failure.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 1000) };

describe('rule properties', () => {
  prop(
    [
      ruleArb,
      quorumArb,
      rollArb.chain((r) =>
        fc.shuffledSubarray([...r.entries], { minLength: r.entries.length }).map((s) => [r, s] as const),
      ),
    ],
    runs,
  )('permuting the roll never changes an outcome', (rule, quorum, [roll, shuffled]) => {
    const permuted: Roll = { ...roll, entries: shuffled };
    expect(evaluateDecision(rule, permuted)).toEqual(evaluateDecision(rule, roll));
    expect(evaluateQuorum(quorum, permuted)).toEqual(evaluateQuorum(quorum, roll));
  });

  prop([majorityArb, rollArb, fc.nat()], runs)(
    'turning an against into a for never turns a pass into a fail',
    (rule, roll, pick) => {
      const against = roll.entries.flatMap((e, i) => (e.vote === 'against' ? [i] : []));
      fc.pre(against.length > 0);
      const index = against[pick % against.length] as number;
      const changed: Roll = {
        ...roll,
        entries: roll.entries.map((e, i) => (i === index ? { ...e, vote: 'for' } : e)),
      };
      if (evaluateDecision(rule, roll).ok) expect(evaluateDecision(rule, changed).ok).toBe(true);
    },
  );

  prop(
    [
      ruleArb,
      quorumArb,
      rollArb,
      fc.nat(),
      fc.constantFrom<RollEntry['vote'] | undefined>('for', 'against', 'abstain', undefined),
      fc.boolean(),
      fc.boolean(),
    ],
    runs,
  )(
    "an observer's vote never changes any outcome",
    (rule, quorum, roll, pick, vote, reservation, present) => {
      const observer: RollEntry = {
        member: 'observer',
        voting: false,
        present,
        ...(vote === undefined ? {} : { vote }),
        ...(reservation ? { reservation: true } : {}),
        ...(pick % 2 === 0 ? { bloc: 'kommunesiden' as const } : {}),
      };
      const withObserver: Roll = { ...roll, entries: [...roll.entries, observer] };
      expect(withoutObservers(evaluateDecision(rule, withObserver))).toEqual(
        withoutObservers(evaluateDecision(rule, roll)),
      );
      expect(evaluateQuorum(quorum, withObserver)).toEqual(evaluateQuorum(quorum, roll));
    },
  );

  prop([fc.boolean(), rollArb], runs)(
    'consensus passing means no voting member present voted against',
    (reservationBlocks, roll) => {
      const outcome = evaluateDecision({ kind: 'consensus', reservationBlocks, ref: '§7' }, roll);
      if (outcome.ok) {
        const blocking = roll.entries.filter(
          (e) =>
            e.voting &&
            e.recused !== true &&
            (e.vote === 'against' ||
              (reservationBlocks && e.reservation === true && (e.present || e.vote !== undefined))),
        );
        expect(blocking).toEqual([]);
        expect(roll.entries.some((e) => e.voting && e.recused !== true && e.vote === 'for')).toBe(true);
      }
    },
  );

  const stricterMajority = fc
    .tuple(majorityArb, fraction, fc.boolean(), fc.nat(3))
    .map(([loose, higher, strict, baseStep]) => {
      const threshold =
        higher.numerator * loose.threshold.denominator >= loose.threshold.numerator * higher.denominator
          ? higher
          : loose.threshold;
      const base = bases[Math.min(3, bases.indexOf(loose.base) + baseStep)] as MajorityBase;
      return [loose, { ...loose, threshold, strict: loose.strict || strict, base }] as const;
    });

  prop([stricterMajority, rollArb], runs)(
    'a stricter majority never passes where the looser one fails',
    ([loose, strict], roll) => {
      if (evaluateDecision(strict, roll).ok) expect(evaluateDecision(loose, roll).ok).toBe(true);
    },
  );

  prop([quorumArb, fraction, fc.boolean(), rollArb], runs)(
    'a stricter quorum never holds where the looser one fails',
    (loose, higher, moreThan, roll) => {
      fc.pre(loose.threshold.kind === 'share');
      if (loose.threshold.kind !== 'share') return;
      const current = loose.threshold.fraction;
      const fraction =
        higher.numerator * current.denominator >= current.numerator * higher.denominator ? higher : current;
      const strict: QuorumRule = {
        ...loose,
        threshold: {
          ...loose.threshold,
          fraction,
          comparison: moreThan ? 'moreThan' : loose.threshold.comparison,
        },
      };
      if (evaluateQuorum(strict, roll).ok) expect(evaluateQuorum(loose, roll).ok).toBe(true);
    },
  );

  prop([quorumArb, rollArb, fc.array(bloc, { minLength: 1, maxLength: 6 }), fc.nat(), entryFields], runs)(
    'counted against the seats, filling a vacancy never turns a quorate meeting into a non-quorate one',
    (rule, roll, vacant, pick, newcomer) => {
      // The body's seats: every voting member on the roll holds one, and `vacant` are empty.
      const byBloc: Partial<Record<Bloc, number>> = {};
      let total = 0;
      for (const b of [...roll.entries.filter((e) => e.voting).map((e) => e.bloc), ...vacant]) {
        total += 1;
        if (b !== undefined) byBloc[b] = (byBloc[b] ?? 0) + 1;
      }
      const seated: Roll = { ...roll, seats: { total, byBloc } };
      const filled = vacant[pick % vacant.length];
      const member: RollEntry = {
        member: 'newcomer',
        voting: true,
        present: newcomer.present,
        ...(filled === undefined ? {} : { bloc: filled }),
        ...(newcomer.vote === undefined ? {} : { vote: newcomer.vote }),
      };
      const after: Roll = { ...seated, entries: [...seated.entries, member] };
      if (evaluateQuorum(rule, seated).ok) expect(evaluateQuorum(rule, after).ok).toBe(true);
      // The base is the seats: appointing someone never changes what the quorum is counted against.
      expect(evaluateQuorum(rule, after).baseCount).toBe(evaluateQuorum(rule, seated).baseCount);
    },
  );

  prop([quorumArb, rollArb, fc.array(bloc, { maxLength: 6 })], runs)(
    'a quorum met against the seats is met against the members in office: vacancies only make it harder',
    (rule, roll, vacant) => {
      const byBloc: Partial<Record<Bloc, number>> = {};
      let total = 0;
      for (const b of [...roll.entries.filter((e) => e.voting).map((e) => e.bloc), ...vacant]) {
        total += 1;
        if (b !== undefined) byBloc[b] = (byBloc[b] ?? 0) + 1;
      }
      if (evaluateQuorum(rule, { ...roll, seats: { total, byBloc } }).ok)
        expect(evaluateQuorum(rule, roll).ok).toBe(true);
    },
  );
});
