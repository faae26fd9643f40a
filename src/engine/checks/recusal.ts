/**
 * The recusal check: who is disqualified (inhabil) from the case.
 *
 * @module
 */
import type { MemberId } from '../../model/ids.js';
import type { RecusedCount } from '../../model/statute.js';
import type { KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The recusal check: the members recused from the case (sorted), and how the body counts them
 * (`excluded` from the members counted, or as members who are `absent`). It never fails: it says who stood aside.
 *
 * @example
 * ```ts
 * const recusal = report.checks.find((c): c is RecusalCheck => c.id === 'recusal');
 * recusal?.params.members; // ['siv-2']
 * ```
 * @category Assess
 */
export type RecusalCheck = CheckOf<
  'recusal',
  'recusal.none' | 'recusal.recorded',
  { readonly count: number; readonly members: readonly MemberId[]; readonly counted: RecusedCount }
>;

/** The recusal check of a case. @internal */
export function checkRecusal({ body, proposal }: KnownCase): RecusalCheck {
  const members = Object.keys(proposal.recused).sort();
  return {
    id: 'recusal',
    ok: true,
    ref: body.ref,
    code: members.length === 0 ? 'recusal.none' : 'recusal.recorded',
    params: { count: members.length, members, counted: body.recusedCount ?? 'excluded' },
  };
}
