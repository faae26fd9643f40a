/**
 * The escalation check: where a case that went up to a higher body went.
 *
 * @module
 */
import type { IsoDate } from '../../model/dates.js';
import type { BodyId, ProposalId } from '../../model/ids.js';
import type { KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The escalation check, on a case that went up: the body it went to, when, and the case that
 * continues it there once it is on that body's agenda.
 *
 * @example
 * ```ts
 * const up = report.checks.find((c): c is EscalationCheck => c.id === 'escalation');
 * up?.params.as; // 'PM-2024-1'
 * ```
 * @category Assess
 */
export type EscalationCheck = CheckOf<
  'escalation',
  'escalation.awaiting' | 'escalation.submitted',
  { readonly to: BodyId; readonly at: IsoDate; readonly as?: ProposalId }
>;

/** The escalation check of a case, or `undefined` when it has not gone up. @internal */
export function checkEscalation({ body, proposal }: KnownCase): EscalationCheck | undefined {
  const up = proposal.escalation;
  if (up === undefined) return undefined;
  return {
    id: 'escalation',
    ok: true,
    ref: body.ref,
    code: up.as === undefined ? 'escalation.awaiting' : 'escalation.submitted',
    params: { to: up.to, at: up.at, ...(up.as === undefined ? {} : { as: up.as }) },
  };
}
