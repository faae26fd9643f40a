/**
 * The deadline check: was the decision ratified in time?
 *
 * @module
 */
import type { IsoDate } from '../../model/dates.js';
import type { PartyId } from '../../model/ids.js';
import type { RatificationRule } from '../../model/rules.js';
import type { RatificationStatus } from '../ratificationStatus.js';
import type { CheckOf } from './types.js';

/**
 * The deadline check of a ratification rule with a deadline: met (ratified in time), running, or
 * passed (the decision has lapsed). Under a `per-party` rule it is `deadline.decided` when every
 * party decided in time and the decision is in force for one, running while a party may still decide, and
 * passed when the deadline came before it was in force for any party; `deadline.lapsed-for`
 * (ok) names the parties that had not decided by the deadline, where it is in force for others.
 *
 * @example
 * ```ts
 * const deadline = report.checks.find((c): c is DeadlineCheck => c.id === 'deadline');
 * deadline?.params.deadline; // '2024-12-31'
 * ```
 * @category Assess
 */
export type DeadlineCheck =
  | CheckOf<
      'deadline',
      'deadline.met' | 'deadline.running' | 'deadline.passed',
      { readonly deadline: IsoDate; readonly days: number }
    >
  | CheckOf<
      'deadline',
      'deadline.lapsed-for',
      { readonly deadline: IsoDate; readonly days: number; readonly lapsed: readonly PartyId[] }
    >
  | CheckOf<'deadline', 'deadline.decided', { readonly deadline: IsoDate; readonly days: number }>;

/** The deadline check, or `undefined` when the rule sets no deadline. @internal */
export function checkDeadline(rule: RatificationRule, status: RatificationStatus): DeadlineCheck | undefined {
  if (status.deadline === undefined) return undefined;
  const params = { deadline: status.deadline, days: rule.deadlineDays ?? 0 };
  const perParty = status.perParty;
  if (perParty !== undefined) {
    const base = { id: 'deadline', ref: rule.ref } as const;
    if (status.lapsed) return { ...base, ok: false, code: 'deadline.passed', params };
    if (perParty.lapsed.length > 0)
      return {
        ...base,
        ok: true,
        code: 'deadline.lapsed-for',
        params: { ...params, lapsed: perParty.lapsed },
      };
    const decided = status.met && perParty.pending.length === 0;
    return { ...base, ok: true, code: decided ? 'deadline.decided' : 'deadline.running', params };
  }
  const ok = status.met || !status.lapsed;
  return {
    id: 'deadline',
    ok,
    ref: rule.ref,
    code: status.met ? 'deadline.met' : ok ? 'deadline.running' : 'deadline.passed',
    params,
  };
}
