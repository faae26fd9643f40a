/**
 * Whether a decision rule holds for a case.
 *
 * @module
 */
import type { DecisionRule } from '../model/rules.js';
import {
  blocsOf,
  countOutcome,
  countsOf,
  isPresent,
  isSeated,
  rollOfBloc,
  seatedBaseOf,
  tally,
} from './_roll.js';
import { compareFractions, fractionOf, requiredCount, shareThreshold } from './fraction.js';
import type { DecisionOutcome, MajorityParams, OutcomeBase, Roll } from './types.js';

type Of<K extends DecisionRule['kind']> = Extract<DecisionRule, { kind: K }>;

const anyCodes = { met: 'any.met', short: 'any.short' } as const;
const majorityCodes = { met: 'majority.met', short: 'majority.short' } as const;
const nobodyFor = { met: 'majority.met', short: 'majority.nobody-for' } as const;

function consensus(rule: Of<'consensus'>, roll: Roll): DecisionOutcome {
  const t = tally(roll.entries);
  const blocking = new Set(t.objectors);
  if (rule.reservationBlocks) for (const member of t.reservers) blocking.add(member);
  const blockers = blocking.size;
  const params = {
    for: t.for,
    against: t.against,
    abstain: t.abstain,
    reservations: t.reservations,
    reservationBlocks: rule.reservationBlocks,
    objectors: t.objectors,
    reservers: t.reservers,
    observerObjections: t.observerObjections,
  };
  const base = countOutcome(
    { met: 'consensus.met', short: t.against > 0 ? 'consensus.objection' : 'consensus.reservation' },
    rule.ref,
    'present',
    t.present,
    t.present,
    t.present - blockers,
    params,
  );
  if (base.ok && t.for === 0) {
    return { ...base, ok: false, code: 'consensus.nobody-for', required: 1, got: 0, missing: 1, spare: 0 };
  }
  return base;
}

function unanimity(rule: Of<'unanimity'>, roll: Roll): DecisionOutcome {
  const t = countsOf(roll.entries);
  return countOutcome(
    { met: 'unanimity.met', short: 'unanimity.short' },
    rule.ref,
    'seated',
    t.seated,
    Math.max(1, t.seated),
    t.for,
    { for: t.for, against: t.against, abstain: t.abstain, absent: t.seated - t.present },
  );
}

function majority(rule: Of<'majority'>, roll: Roll): DecisionOutcome {
  const t = countsOf(roll.entries);
  // A majority of the seated is counted against the seats when the roll has them, and says so.
  const seated = rule.base === 'seated' ? seatedBaseOf(roll, t) : undefined;
  const base = seated?.base ?? rule.base;
  const baseCount =
    seated !== undefined
      ? seated.count
      : rule.base === 'for+against'
        ? t.for + t.against
        : rule.base === 'cast'
          ? t.for + t.against + t.abstain
          : t.present;
  const required = Math.max(
    1,
    requiredCount(shareThreshold(rule.threshold, rule.strict, rule.rounding), baseCount),
  );
  const params: MajorityParams = {
    for: t.for,
    against: t.against,
    abstain: t.abstain,
    threshold: `${rule.threshold.numerator}/${rule.threshold.denominator}`,
    strict: rule.strict,
    tieBreak: rule.tieBreak,
  };
  if (t.for === 0) {
    return countOutcome(nobodyFor, rule.ref, base, baseCount, required, 0, params);
  }
  // A tie is decided by the tie-break only when the share of votes for sits exactly on the
  // threshold (a 3–3 tie under "half of those voting"). Anywhere else it is counted like any
  // other result: that keeps the rule monotone in votes, threshold, strictness and base, and a
  // casting vote never turns a tie into a qualified majority.
  const onThreshold =
    t.for === t.against &&
    baseCount > 0 &&
    (rule.rounding === undefined
      ? compareFractions({ numerator: t.for, denominator: baseCount }, rule.threshold) === 0
      : t.for === fractionOf(rule.threshold, baseCount, rule.rounding));
  if (!onThreshold) {
    return countOutcome(majorityCodes, rule.ref, base, baseCount, required, t.for, params);
  }
  return tie(rule, roll, { base, baseCount, required }, t.for, { ...params, tie: true });
}

type TieCode =
  | 'majority.tie-fails'
  | 'majority.tie-passes'
  | 'majority.tie-chair-for'
  | 'majority.tie-chair-against';

/** A tie exactly on the threshold, decided by the rule's tie-break. */
function tie(
  rule: Of<'majority'>,
  roll: Roll,
  { base, baseCount, required }: { base: OutcomeBase; baseCount: number; required: number },
  got: number,
  params: MajorityParams & { readonly tie: true },
): DecisionOutcome {
  const decided = (
    ok: boolean,
    code: TieCode,
    count: number,
    extra: { chairVote?: 'for' | 'against' } = {},
  ) => ({
    ...countOutcome(
      majorityCodes,
      rule.ref,
      base,
      baseCount,
      required,
      count,
      { ...params, ...extra },
      { ok },
    ),
    code,
  });
  if (rule.tieBreak === 'fails') return decided(false, 'majority.tie-fails', got);
  // A tie that meets a threshold that is not strict passes as it stands (7 of 14 for, 7 against).
  if (rule.tieBreak === 'passes') return decided(!rule.strict, 'majority.tie-passes', got);
  const chair = roll.entries.find((e) => e.member === roll.chair && isSeated(e) && isPresent(e));
  const chairVote = chair?.vote;
  // The chair's vote decides (dobbeltstemme): it counts as one more vote on the chair's side.
  if (chairVote === 'for') return decided(true, 'majority.tie-chair-for', got + 1, { chairVote });
  if (chairVote === 'against') return decided(false, 'majority.tie-chair-against', got, { chairVote });
  // The chair did not vote for or against: the tie is counted as it stands.
  const plain = countOutcome(majorityCodes, rule.ref, base, baseCount, required, got, {
    ...params,
    chairVote: chairVote ?? ('none' as const),
  });
  return plain.ok ? plain : { ...plain, code: 'majority.tie-no-chair-vote' };
}

/**
 * Evaluates a decision rule over a roll, exactly, and says why: every outcome carries the base,
 * the head count required, the count got, how many are missing, how many could be lost, and the
 * rule's `ref`. Observers never count; their objections are recorded in `params`.
 *
 * - `consensus`: at least one voting member present for, none against; a reservation blocks
 *   only when `reservationBlocks`.
 * - `unanimity`: every seated voting member for.
 * - `majority`: the votes for against `threshold` of `base`; all abstaining never passes; on a
 *   tie (as many for as against) whose share sits exactly on the threshold, `fails` fails,
 *   `passes` passes when the threshold is not strict, and with `chair` the chair's vote counts
 *   as one more vote on the chair's side, over the same base.
 * - `each-bloc`: the inner rule within every bloc (members without a bloc take no part).
 * - `all` / `any`: every or some inner rule.
 *
 * This is a pure function.
 *
 * @param rule - the body's decision rule
 * @param roll - who sits, who is present, how they voted
 * @returns the verdict; for `each-bloc`, `all` and `any` the parts are in `children`
 * @example
 * ```ts
 * const twoThirds: DecisionRule = {
 *   kind: 'majority', threshold: { numerator: 2, denominator: 3 }, strict: false,
 *   base: 'seated', tieBreak: 'fails', ref: '§5',
 * };
 * const entries = Array.from({ length: 17 }, (_, i) => ({
 *   member: `m${i}`, voting: true, present: true, vote: i < 11 ? 'for' : 'against',
 * }) as const);
 * const outcome = evaluateDecision(twoThirds, { entries });
 * // outcome.ok === false, outcome.required === 12, outcome.got === 11, outcome.missing === 1
 * ```
 * @category Rules
 */
export function evaluateDecision(rule: DecisionRule, roll: Roll): DecisionOutcome {
  switch (rule.kind) {
    case 'consensus':
      return consensus(rule, roll);
    case 'unanimity':
      return unanimity(rule, roll);
    case 'majority':
      return majority(rule, roll);
    case 'each-bloc': {
      const blocs = blocsOf(roll);
      const children = blocs.map((bloc) => ({
        ...evaluateDecision(rule.rule, rollOfBloc(roll, bloc)),
        bloc,
      }));
      const got = children.filter((child) => child.ok).length;
      return countOutcome(
        { met: 'each-bloc.met', short: 'each-bloc.short' },
        rule.ref,
        'blocs',
        blocs.length,
        Math.max(1, blocs.length),
        got,
        {
          failing: children.filter((c) => !c.ok).map((c) => c.bloc),
        },
        { children },
      );
    }
    case 'all':
    case 'any': {
      const children = rule.rules.map((inner) => evaluateDecision(inner, roll));
      const got = children.filter((child) => child.ok).length;
      return countOutcome(
        rule.kind === 'all' ? ({ met: 'all.met', short: 'all.short' } as const) : anyCodes,
        rule.ref,
        'rules',
        children.length,
        rule.kind === 'all' ? children.length : 1,
        got,
        {},
        { children },
      );
    }
  }
}
