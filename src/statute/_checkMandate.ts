/**
 * What a body may decide: its mandate and delegated authority name known matters, and no matter
 * is both decided and only recommended.
 *
 * @internal
 * @module
 */
import type { Delegation, Mandate } from '../model/statute.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * Reports the issues of the mandate at `at`.
 *
 * @internal
 */
export function checkMandate(ctx: ReferenceContext, mandate: Mandate, at: IssuePath): void {
  ctx.section(mandate.ref, [...at, 'ref']);
  const decides = new Set(mandate.decides);
  mandate.decides.forEach((m, i) => {
    ctx.matter(m, [...at, 'decides', i]);
  });
  mandate.recommends.forEach((m, i) => {
    ctx.matter(m, [...at, 'recommends', i]);
    if (decides.has(m)) {
      const message = `matter "${m}" is both decided and only recommended`;
      ctx.add('mandate_overlap', [...at, 'recommends', i], message, { matter: m });
    }
  });
}

/**
 * Reports the issues of the delegation at `at`, if the body has one.
 *
 * @internal
 */
export function checkDelegation(
  ctx: ReferenceContext,
  delegation: Delegation | undefined,
  at: IssuePath,
): void {
  if (delegation === undefined) return;
  ctx.section(delegation.ref, [...at, 'ref']);
  delegation.matters.forEach((m, i) => {
    ctx.matter(m, [...at, 'matters', i]);
  });
}
