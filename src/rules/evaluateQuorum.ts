/**
 * Whether a body was quorate (vedtaksfør) for a case.
 *
 * @module
 */
import type { QuorumRule } from '../model/rules.js';
import { blocsOf, type Counts, countOutcome, countsOf, rollOfBloc, seatedBaseOf } from './_roll.js';
import { requiredCount } from './fraction.js';
import type { QuorumOutcome, QuorumParams, Roll } from './types.js';

/** How many of the seated count towards the quorum. */
function counted(rule: QuorumRule, c: Counts): number {
  switch (rule.counts) {
    case 'present':
      return c.present;
    case 'cast':
      return c.for + c.against + c.abstain;
    case 'for+abstain':
      return c.for + c.abstain;
  }
}

/**
 * Evaluates a quorum rule over a roll. The base is the seated voting members (appointed with
 * stemmerett, less those recused); what counts is `present`, `cast` or `for+abstain`, against a
 * share or a head count. A share never asks for fewer than one member. With `perBloc`, each bloc
 * must also have that many counted; the per-bloc verdicts are the `children`.
 * This is a pure function.
 *
 * @param rule - the body's quorum rule
 * @param roll - who sits, who is present, how they voted
 * @returns the verdict with base, required, got, missing and spare
 * @example
 * ```ts
 * const half: QuorumRule = {
 *   counts: 'present',
 *   threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
 *   ref: '§7',
 * };
 * const outcome = evaluateQuorum(half, {
 *   entries: [
 *     { member: 'a', voting: true, present: true },
 *     { member: 'b', voting: true, present: false },
 *   ],
 * });
 * outcome.ok; // true: 1 of 2 is half
 * ```
 * @category Rules
 */
export function evaluateQuorum(rule: QuorumRule, roll: Roll): QuorumOutcome {
  const all = countsOf(roll.entries);
  const { base, count: seated } = seatedBaseOf(roll, all);
  const got = counted(rule, all);
  const required =
    rule.threshold.kind === 'share'
      ? Math.max(1, requiredCount(rule.threshold, seated))
      : requiredCount(rule.threshold, seated);
  const params: QuorumParams = { counts: rule.counts, comparison: rule.threshold.comparison };
  if (rule.perBloc === undefined) {
    return countOutcome(
      { met: 'quorum.met', short: 'quorum.short' },
      rule.ref,
      base,
      seated,
      required,
      got,
      params,
    );
  }
  const perBloc = rule.perBloc;
  const children = blocsOf(roll).map((bloc) => {
    const part = rollOfBloc(roll, bloc);
    const partCounts = countsOf(part.entries);
    const { base: blocBase, count: blocSeated } = seatedBaseOf(part, partCounts);
    const blocGot = counted(rule, partCounts);
    return countOutcome(
      { met: 'quorum.bloc-met', short: 'quorum.bloc-short' },
      rule.ref,
      blocBase,
      blocSeated,
      perBloc,
      blocGot,
      { counts: rule.counts },
      { bloc },
    );
  });
  const overall = got >= required;
  const ok = overall && children.every((child) => child.ok);
  return countOutcome(
    { met: 'quorum.met', short: overall ? 'quorum.bloc-short' : 'quorum.short' },
    rule.ref,
    base,
    seated,
    required,
    got,
    { ...params, perBloc },
    { children, ok },
  );
}
