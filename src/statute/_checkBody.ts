/**
 * Every reference check of one body, in the order its fields are written: ref, seats, quorum
 * and decision rules, mandate, leadership, delegation, two-stage handling, the secretariat's minor matters, escalation, substitutes.
 *
 * @internal
 * @module
 */
import type { Body } from '../model/statute.js';
import { checkBodyRules } from './_checkBodyRules.js';
import { checkEscalation } from './_checkEscalation.js';
import { checkLeadership } from './_checkLeadership.js';
import { checkDelegation, checkMandate, checkSecretariat, checkTwoStage } from './_checkMandate.js';
import { checkSeats } from './_checkSeats.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * Reports the issues of `body`, the body at `bodies[index]`.
 *
 * @internal
 */
export function checkBody(ctx: ReferenceContext, body: Body, index: number): void {
  const at: IssuePath = ['bodies', index];
  ctx.section(body.ref, [...at, 'ref']);
  const blocs = checkSeats(ctx, body, at);
  checkBodyRules(ctx, body, at, blocs);
  checkMandate(ctx, body, [...at, 'mandate']);
  checkLeadership(ctx, body, at);
  checkDelegation(ctx, body.delegation, [...at, 'delegation']);
  checkTwoStage(ctx, body, at);
  checkSecretariat(ctx, body, at);
  checkEscalation(ctx, body, at);
  if (body.substitutes !== undefined) {
    ctx.section(body.substitutes.ref, [...at, 'substitutes', 'ref']);
    if (body.substitutes.kind === 'ordered' && body.substitutes.per === 'bloc' && blocs.size === 0)
      ctx.add('bloc_rule_without_blocs', [...at, 'substitutes', 'per'], { rule: 'substitutes' });
  }
}
