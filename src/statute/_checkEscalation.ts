/**
 * The escalation chain: a body escalates to another, known body of a higher tier, and the chain
 * never comes back to where it started.
 *
 * @internal
 * @module
 */
import type { Body } from '../model/statute.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * Reports an escalation of the body at `at` to itself, to an unknown body, or to a body that is
 * not of a higher tier.
 *
 * @internal
 */
export function checkEscalation(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const target = body.escalatesTo;
  if (target === undefined) return;
  const path = [...at, 'escalatesTo'];
  const targetTier = ctx.declared.tierOf.get(target);
  if (target === body.id) {
    ctx.add('escalation_to_self', path, { body: body.id });
  } else if (!ctx.declared.bodies.has(target)) {
    ctx.body(target, path);
  } else if ((targetTier ?? 0) >= body.tier) {
    ctx.add('escalation_not_upward', path, {
      body: body.id,
      target,
      tier: body.tier,
      targetTier: targetTier ?? 0,
    });
  }
}

/**
 * Reports every body whose escalation chain comes back to it. A cycle is only possible when
 * {@link checkEscalation} also reports a step that does not go up.
 *
 * @internal
 */
export function checkEscalationCycles(ctx: ReferenceContext): void {
  const { bodies } = ctx.statute;
  const next = new Map(
    bodies.flatMap((b) =>
      b.escalatesTo !== undefined && b.escalatesTo !== b.id ? [[b.id, b.escalatesTo] as const] : [],
    ),
  );
  bodies.forEach((body, b) => {
    const seen = new Set<string>([body.id]);
    let at = next.get(body.id);
    while (at !== undefined) {
      if (at === body.id) {
        ctx.add('escalation_cycle', ['bodies', b, 'escalatesTo'], { body: body.id });
        break;
      }
      if (seen.has(at)) break;
      seen.add(at);
      at = next.get(at);
    }
  });
}
