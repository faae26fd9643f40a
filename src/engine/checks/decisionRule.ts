/**
 * The decision-rule check: does the vote meet the body's decision rule?
 *
 * @module
 */
import { evaluateDecision } from '../../rules/evaluateDecision.js';
import type { DecisionOutcome, OutcomeCounts } from '../../rules/types.js';
import type { KnownCase } from '../resolveCase.js';
import { ruleCheck } from './_ruleCheck.js';
import type { CheckOf } from './types.js';

/**
 * The decision-rule check: the counts of the body's decision rule over the roll (consensus,
 * unanimity, majority, each bloc…), with the rule's full `outcome`.
 *
 * @example
 * ```ts
 * const rule = report.checks.find((c): c is DecisionRuleCheck => c.id === 'decision-rule');
 * if (rule?.outcome.code === 'consensus.objection') rule.outcome.params.objectors; // ['ssu-siv-3']
 * ```
 * @category Assess
 */
export interface DecisionRuleCheck extends CheckOf<'decision-rule', DecisionOutcome['code'], OutcomeCounts> {
  readonly outcome: DecisionOutcome;
}

/** The decision-rule check of a case. @internal */
export function checkDecisionRule({ body, roll }: KnownCase): DecisionRuleCheck {
  return ruleCheck('decision-rule', evaluateDecision(body.decision, roll));
}
