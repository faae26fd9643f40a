/**
 * Reference checks on a statute whose shape is right: unique ids, known parties, areas, bodies,
 * matters, roles and sections, an escalation chain that only goes up, and leadership rules that
 * hold together.
 *
 * Each concern has its own `_check*.ts` file; this entry runs them in the order of the statute's
 * fields, which is the order of the issues.
 *
 * @internal
 * @module
 */
import { isNotStated } from '../model/notStated.js';
import type { Statute } from '../model/statute.js';
import { checkAgreements, checkAreas } from './_checkAreas.js';
import { checkBody } from './_checkBody.js';
import { checkEscalationCycles } from './_checkEscalation.js';
import { checkIds } from './_checkIds.js';
import { checkLeadershipCycles } from './_checkLeadership.js';
import { checkRatification } from './_checkRatification.js';
import { checkSense } from './_checkSense.js';
import { createReferenceContext, issueAdder, type ReferenceContext } from './_referenceContext.js';
import type { InputIssue } from './issues.js';

/** Reports the refs of the participant roles and matters the statute declares. */
function checkDeclarationRefs(ctx: ReferenceContext): void {
  ctx.statute.participants.forEach((p, i) => {
    ctx.section(p.ref, ['participants', i, 'ref']);
  });
  ctx.statute.matters.forEach((m, i) => {
    ctx.section(m.ref, ['matters', i, 'ref']);
  });
  ctx.statute.disputeBoards?.forEach((d, i) => {
    ctx.section(d.ref, ['disputeBoards', i, 'ref']);
  });
}

/** Reports the issues of how the statute is amended and how parties join it. */
function checkAmendmentAndMembership(ctx: ReferenceContext): void {
  const { amendment, membership } = ctx.statute;
  ctx.matter(amendment.matter, ['amendment', 'matter']);
  ctx.body(amendment.body, ['amendment', 'body']);
  ctx.section(amendment.ref, ['amendment', 'ref']);
  ctx.section(membership.ref, ['membership', 'ref']);
  if (isNotStated(membership.withdrawalNoticeMonths))
    ctx.section(membership.withdrawalNoticeMonths.ref, ['membership', 'withdrawalNoticeMonths', 'ref']);
  if (membership.establishment !== undefined)
    ctx.section(membership.establishment.ref, ['membership', 'establishment', 'ref']);
  membership.founding?.forEach((p, i) => {
    ctx.party(p, ['membership', 'founding', i]);
  });
}

/**
 * Every reference issue of `statute`, in the order of its fields: duplicate ids first, then the
 * parties' agreements, the areas, the participants' and matters' refs, each body, escalation cycles, leadership cycles, ratification rules, amendment
 * and membership; then what the statute cannot mean as written (a value listed twice,
 * malformed text, a threshold above the whole).
 *
 * @internal
 */
export function checkReferences(statute: Statute): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = issueAdder(issues);
  const ctx = createReferenceContext(statute, checkIds(statute, add), add);
  checkAgreements(ctx);
  checkAreas(ctx);
  checkDeclarationRefs(ctx);
  statute.bodies.forEach((body, b) => {
    checkBody(ctx, body, b);
  });
  checkEscalationCycles(ctx);
  checkLeadershipCycles(ctx);
  checkRatification(ctx);
  checkAmendmentAndMembership(ctx);
  checkSense(statute, add);
  return issues;
}
