/**
 * The deadline check: was the decision ratified in time?
 *
 * @module
 */
import type { IsoDate } from '../../model/dates.js';
import type { RatificationRule } from '../../model/rules.js';
import type { RatificationStatus } from '../ratificationStatus.js';
import type { CheckOf } from './types.js';

/**
 * The deadline check of a ratification rule with a deadline: met (ratified in time), running, or
 * passed (the decision has lapsed).
 *
 * @example
 * ```ts
 * const deadline = report.checks.find((c): c is DeadlineCheck => c.id === 'deadline');
 * deadline?.params.deadline; // '2024-12-31'
 * ```
 * @category Assess
 */
export type DeadlineCheck = CheckOf<
  'deadline',
  'deadline.met' | 'deadline.running' | 'deadline.passed',
  { readonly deadline: IsoDate; readonly days: number }
>;

/** The deadline check, or `undefined` when the rule sets no deadline. @internal */
export function checkDeadline(rule: RatificationRule, status: RatificationStatus): DeadlineCheck | undefined {
  if (status.deadline === undefined) return undefined;
  const ok = status.met || !status.lapsed;
  return {
    id: 'deadline',
    ok,
    ref: rule.ref,
    code: status.met ? 'deadline.met' : ok ? 'deadline.running' : 'deadline.passed',
    params: { deadline: status.deadline, days: rule.deadlineDays ?? 0 },
  };
}
