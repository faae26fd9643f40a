/**
 * The ratification check: has the decision come to bind the parties?
 *
 * @module
 */
import type { BodyId } from '../../model/ids.js';
import type { RatificationEffect, RatificationRule } from '../../model/rules.js';
import { type RatificationStatus, ratificationRuleFor, ratificationStatus } from '../ratificationStatus.js';
import type { KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The ratification check of a valid decision: binding on adoption by delegation, or how many of
 * the parties that must ratify have adopted, rejected or not yet decided, and whether the rule's
 * requirements are met.
 *
 * @example
 * ```ts
 * const r = report.checks.find((c): c is RatificationCheck => c.id === 'ratification');
 * if (r?.code === 'ratification.pending') console.log(r.params.missing);
 * ```
 * @category Assess
 */
export type RatificationCheck =
  | CheckOf<'ratification', 'ratification.delegated', { readonly body: BodyId }>
  | CheckOf<
      'ratification',
      'ratification.met' | 'ratification.pending',
      {
        readonly required: number;
        readonly adopted: number;
        readonly rejected: number;
        readonly missing: number;
        readonly effect: RatificationEffect;
      }
    >;

/** How a valid decision comes to bind: by delegation, or by a ratification rule and its status. @internal */
export type Binding =
  | { readonly by: 'delegation'; readonly check: RatificationCheck }
  | {
      readonly by: 'ratification';
      readonly check: RatificationCheck;
      readonly rule: RatificationRule;
      readonly status: RatificationStatus;
    };

/**
 * The ratification check of a valid decision, with what it rests on; `undefined` when the
 * matter needs neither delegation nor ratification (the decision binds no one by itself). @internal
 */
export function checkRatification({
  state,
  statute,
  body,
  matter,
  proposal,
  meeting,
  asOf,
}: KnownCase): Binding | undefined {
  if (body.delegation?.matters.includes(matter.id) === true) {
    return {
      by: 'delegation',
      check: {
        id: 'ratification',
        ok: true,
        ref: body.delegation.ref,
        code: 'ratification.delegated',
        params: { body: body.id },
      },
    };
  }
  const rule = ratificationRuleFor(statute, matter.id);
  if (rule === undefined) return undefined;
  const status = ratificationStatus(
    state,
    statute,
    rule,
    proposal,
    proposal.concludedAt ?? meeting.date,
    asOf,
  );
  return {
    by: 'ratification',
    rule,
    status,
    check: {
      id: 'ratification',
      ok: status.met,
      ref: rule.ref,
      code: status.met ? 'ratification.met' : 'ratification.pending',
      params: {
        required: status.required.length,
        adopted: status.adopted.length,
        rejected: status.rejected.length,
        missing: status.missing.length,
        effect: rule.effect,
      },
    },
  };
}
