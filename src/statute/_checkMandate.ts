/**
 * What a body may decide: its mandate and delegated authority name known matters, and no matter
 * is both decided and only recommended.
 *
 * @internal
 * @module
 */
import type { Body, Delegation } from '../model/statute.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * Reports the issues of the mandate at `at`.
 *
 * @internal
 */
export function checkMandate(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const { mandate } = body;
  ctx.section(mandate.ref, [...at, 'ref']);
  if (mandate.settlesDisputes !== undefined)
    ctx.section(mandate.settlesDisputes.ref, [...at, 'settlesDisputes', 'ref']);
  checkRoute(ctx, body, [...at, 'recommendsTo']);
  const decides = new Set(mandate.decides);
  mandate.decides.forEach((m, i) => {
    ctx.matter(m, [...at, 'decides', i]);
  });
  mandate.recommends.forEach((m, i) => {
    ctx.matter(m, [...at, 'recommends', i]);
    if (decides.has(m)) {
      ctx.add('mandate_overlap', [...at, 'recommends', i], { matter: m });
    }
  });
}

/**
 * Reports the issues of the route of the body's recommendations at `at`, if it states one: known
 * bodies, neither of them the body itself, and a `via` that is not the body it goes to.
 */
function checkRoute(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const route = body.mandate.recommendsTo;
  if (route === undefined) return;
  ctx.section(route.ref, [...at, 'ref']);
  for (const key of ['body', 'via'] as const) {
    const id = route[key];
    if (id === undefined) continue;
    if (id === body.id) ctx.add('route_to_self', [...at, key], { body: id });
    else ctx.body(id, [...at, key]);
  }
  if (route.via !== undefined && route.via === route.body)
    ctx.add('route_via_target', [...at, 'via'], {
      body: route.via,
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

/**
 * Reports the issues of the two-stage rule of the body at `at`, if it has one: known matters
 * and bodies, and no other body named for the body itself (that is `same-body`).
 *
 * @internal
 */
export function checkTwoStage(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const rule = body.twoStage;
  if (rule === undefined) return;
  const path = [...at, 'twoStage'];
  ctx.section(rule.ref, [...path, 'ref']);
  rule.matters.forEach((m, i) => {
    ctx.matter(m, [...path, 'matters', i]);
  });
  rule.firstStage?.forEach((stage, i) => {
    if (stage.kind !== 'body') return;
    ctx.body(stage.body, [...path, 'firstStage', i, 'body']);
    if (stage.body === body.id)
      ctx.add('first_stage_self', [...path, 'firstStage', i, 'body'], {
        body: stage.body,
      });
  });
}

/**
 * Reports the issues of what the body at `at` lets the secretariat decide, if anything: known
 * matters, each one the body itself decides (it cannot pass on what it does not hold).
 *
 * @internal
 */
export function checkSecretariat(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const delegated = body.secretariat;
  if (delegated === undefined) return;
  const path = [...at, 'secretariat'];
  ctx.section(delegated.ref, [...path, 'ref']);
  delegated.matters.forEach((m, i) => {
    ctx.matter(m, [...path, 'matters', i]);
    if (!body.mandate.decides.includes(m))
      ctx.add('secretariat_beyond_mandate', [...path, 'matters', i], { matter: m, body: body.id });
  });
}
