/**
 * The quorum check: is the body quorate (vedtaksfør) for the case?
 *
 * @module
 */
import { isNotStated } from '../../model/notStated.js';
import { evaluateQuorum } from '../../rules/evaluateQuorum.js';
import type { OutcomeCounts, QuorumOutcome } from '../../rules/types.js';
import type { KnownCase } from '../resolveCase.js';
import { ruleCheck } from './_ruleCheck.js';
import type { CheckOf } from './types.js';

/**
 * The quorum check: the counts of the body's quorum rule over the roll, with the rule's full
 * `outcome` (per-bloc parts in its `children`), or, where the statute states no quorum, how many
 * voting members were present.
 *
 * @example
 * ```ts
 * const quorum = report.checks.find((c): c is QuorumCheck => c.id === 'quorum');
 * if (quorum !== undefined && quorum.code !== 'quorum.not-stated') quorum.params.missing; // 1
 * ```
 * @category Assess
 */
export type QuorumCheck = QuorumRuleCheck | QuorumNotStatedCheck;

/**
 * The quorum check where the body has a quorum rule: its counts over the roll, with the rule's
 * full `outcome`.
 *
 * @example
 * ```ts
 * const quorum = report.checks.find((c): c is QuorumRuleCheck => c.id === 'quorum' && 'outcome' in c);
 * quorum?.outcome.children; // the per-bloc parts
 * ```
 * @category Assess
 */
export interface QuorumRuleCheck extends CheckOf<'quorum', QuorumOutcome['code'], OutcomeCounts> {
  readonly outcome: QuorumOutcome;
}

/**
 * The quorum check where the statute states no quorum: nothing is checked, and the report says so
 * with how many voting members were present.
 *
 * @example
 * ```ts
 * const check: QuorumNotStatedCheck = { id: 'quorum', ok: true, ref: 'vedtaksførhet', code: 'quorum.not-stated', params: { present: 9 } };
 * ```
 * @category Assess
 */
export type QuorumNotStatedCheck = CheckOf<'quorum', 'quorum.not-stated', { readonly present: number }>;

/** The quorum check of a case. @internal */
export function checkQuorum({ body, roll }: KnownCase): QuorumCheck {
  if (isNotStated(body.quorum)) {
    const present = roll.entries.filter((e) => e.voting && e.present).length;
    return { id: 'quorum', ok: true, ref: body.quorum.ref, code: 'quorum.not-stated', params: { present } };
  }
  return ruleCheck('quorum', evaluateQuorum(body.quorum, roll));
}
