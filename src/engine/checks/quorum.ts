/**
 * The quorum check: is the body quorate (vedtaksfør) for the case?
 *
 * @module
 */
import { evaluateQuorum } from '../../rules/evaluateQuorum.js';
import type { OutcomeCounts, QuorumOutcome } from '../../rules/types.js';
import type { KnownCase } from '../resolveCase.js';
import { ruleCheck } from './_ruleCheck.js';
import type { CheckOf } from './types.js';

/**
 * The quorum check: the counts of the body's quorum rule over the roll, with the rule's full
 * `outcome` (per-bloc parts in its `children`).
 *
 * @example
 * ```ts
 * const quorum = report.checks.find((c): c is QuorumCheck => c.id === 'quorum');
 * quorum?.params.missing; // 1
 * ```
 * @category Assess
 */
export interface QuorumCheck extends CheckOf<'quorum', QuorumOutcome['code'], OutcomeCounts> {
  readonly outcome: QuorumOutcome;
}

/** The quorum check of a case. @internal */
export function checkQuorum({ body, roll }: KnownCase): QuorumCheck {
  return ruleCheck('quorum', evaluateQuorum(body.quorum, roll));
}
