/**
 * Whether a decision rule holds for a case.
 *
 * @module
 */
import type { DecisionRule } from '../model/rules.js';
import { blocsOf, countOutcome, isPresent, isSeated, rollOfBloc, tally } from './_roll.js';
import { requiredCount, shareThreshold } from './fraction.js';
import type { Roll, RuleOutcome } from './types.js';

type Of<K extends DecisionRule['kind']> = Extract<DecisionRule, { kind: K }>;

function consensus(rule: Of<'consensus'>, roll: Roll): RuleOutcome {
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
    objectors: t.objectors.join(', '),
    reservers: t.reservers.join(', '),
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

function unanimity(rule: Of<'unanimity'>, roll: Roll): RuleOutcome {
  const t = tally(roll.entries);
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

function majority(rule: Of<'majority'>, roll: Roll): RuleOutcome {
  const t = tally(roll.entries);
  const baseCount = {
    'for+against': t.for + t.against,
    cast: t.for + t.against + t.abstain,
    present: t.present,
    seated: t.seated,
  }[rule.base];
  const threshold = shareThreshold(rule.threshold, rule.strict, rule.rounding);
  const required = (base: number) => Math.max(1, requiredCount(threshold, base));
  const params: Record<string, string | number | boolean> = {
    for: t.for,
    against: t.against,
    abstain: t.abstain,
    threshold: `${rule.threshold.numerator}/${rule.threshold.denominator}`,
    strict: rule.strict,
    tieBreak: rule.tieBreak,
  };
  const codes = { met: 'majority.met', short: 'majority.short' };
  if (t.for === 0) {
    return countOutcome(
      { met: codes.met, short: 'majority.nobody-for' },
      rule.ref,
      rule.base,
      baseCount,
      required(baseCount),
      0,
      params,
    );
  }
  // The tie-break belongs to simple-majority rules (threshold 1/2). Under any other threshold a
  // tie is counted like any other result.
  const simple = rule.threshold.numerator * 2 === rule.threshold.denominator;
  if (t.for !== t.against || !simple) {
    return countOutcome(codes, rule.ref, rule.base, baseCount, required(baseCount), t.for, params);
  }
  // A tie: as many for as against.
  if (rule.tieBreak === 'fails') {
    return countOutcome(
      codes,
      rule.ref,
      rule.base,
      baseCount,
      required(baseCount),
      t.for,
      { ...params, tie: true },
      { ok: false },
    );
  }
  const chair = roll.entries.find((e) => e.member === roll.chair && isSeated(e) && isPresent(e));
  const chairVote = chair?.vote;
  if (chairVote !== 'for' && chairVote !== 'against') {
    return {
      ...countOutcome(
        codes,
        rule.ref,
        rule.base,
        baseCount,
        required(baseCount),
        t.for,
        { ...params, tie: true, chairVote: chairVote ?? 'none' },
        { ok: false },
      ),
      code: 'majority.tie-no-chair-vote',
    };
  }
  // The chair's vote decides (dobbeltstemme): on the chair's side it counts as one more vote,
  // over the same base, so a tie-break never turns a simple tie into a qualified majority.
  const got = chairVote === 'for' ? t.for + 1 : t.for;
  const outcome = countOutcome(codes, rule.ref, rule.base, baseCount, required(baseCount), got, {
    ...params,
    tie: true,
    chairVote,
  });
  return {
    ...outcome,
    code: outcome.ok
      ? 'majority.tie-chair-for'
      : chairVote === 'for'
        ? 'majority.short'
        : 'majority.tie-chair-against',
  };
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
 *   tie (as many for as against) under a threshold of 1/2, `fails` fails, and with `chair` the
 *   chair's vote counts as one
 *   more vote on the chair's side, over the same base.
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
export function evaluateDecision(rule: DecisionRule, roll: Roll): RuleOutcome {
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
          failing: children
            .filter((c) => !c.ok)
            .map((c) => c.bloc)
            .join(', '),
        },
        { children },
      );
    }
    case 'all':
    case 'any': {
      const children = rule.rules.map((inner) => evaluateDecision(inner, roll));
      const got = children.filter((child) => child.ok).length;
      return countOutcome(
        { met: `${rule.kind}.met`, short: `${rule.kind}.short` },
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
