/**
 * A body's quorum and decision rules: known refs, and rules per bloc only where voting seats
 * have a bloc.
 *
 * @internal
 * @module
 */
import { isNotStated } from '../model/notStated.js';
import type { DecisionRule } from '../model/rules.js';
import type { Bloc, Body } from '../model/statute.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/** Reports the issues of a decision rule at `path` and of every rule inside it, depth first. */
function checkDecisionRule(
  ctx: ReferenceContext,
  rule: DecisionRule,
  path: IssuePath,
  blocs: ReadonlySet<Bloc>,
): void {
  ctx.section(rule.ref, [...path, 'ref']);
  if (rule.kind === 'each-bloc') {
    if (blocs.size === 0) ctx.add('bloc_rule_without_blocs', path, { rule: 'each-bloc' });
    checkDecisionRule(ctx, rule.rule, [...path, 'rule'], blocs);
  } else if (rule.kind === 'all' || rule.kind === 'any') {
    rule.rules.forEach((r, i) => {
      checkDecisionRule(ctx, r, [...path, 'rules', i], blocs);
    });
  }
}

/**
 * Reports the issues of the quorum and decision rules of the body at `at`, whose voting seats
 * belong to `blocs`.
 *
 * @internal
 */
export function checkBodyRules(
  ctx: ReferenceContext,
  body: Body,
  at: IssuePath,
  blocs: ReadonlySet<Bloc>,
): void {
  ctx.section(body.quorum.ref, [...at, 'quorum', 'ref']);
  if (isNotStated(body.noticeDays)) ctx.section(body.noticeDays.ref, [...at, 'noticeDays', 'ref']);
  if (!isNotStated(body.quorum) && body.quorum.perBloc !== undefined && blocs.size === 0) {
    ctx.add('bloc_rule_without_blocs', [...at, 'quorum', 'perBloc'], { rule: 'quorum' });
  }
  checkDecisionRule(ctx, body.decision, [...at, 'decision'], blocs);
}
