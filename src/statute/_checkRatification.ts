/**
 * Ratification rules: known refs, matters and parties, each matter covered by one rule at most,
 * a population for every kommune when a rule weighs by population, at least one requirement
 * under a collective effect, and no share under `per-party`.
 *
 * @internal
 * @module
 */
import type { RatificationRequirement, RatificationRule } from '../model/rules.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/** Reports the issues of one requirement of a ratification rule, the requirement at `at`. */
function checkRequirement(ctx: ReferenceContext, req: RatificationRequirement, at: IssuePath): void {
  if (req.kind === 'parties') {
    req.parties.forEach((p, i) => {
      ctx.party(p, [...at, 'parties', i]);
    });
  }
  if (req.kind === 'share-of-population') {
    ctx.statute.parties.forEach((p, i) => {
      if (p.kind === 'kommune' && p.population === undefined) {
        ctx.add('missing_population', ['parties', i, 'population'], { party: p.id });
      }
    });
  }
}

/**
 * A collective rule needs a requirement to be met; a per-party rule has no collective threshold,
 * so a share of the kommuner or of the population has no meaning there.
 */
function checkEffect(ctx: ReferenceContext, rule: RatificationRule, at: IssuePath): void {
  if (rule.effect !== 'per-party') {
    if (rule.requires.length === 0)
      ctx.add('too_small', [...at, 'requires'], { minimum: 1, effect: rule.effect });
    return;
  }
  rule.requires.forEach((req, q) => {
    if (req.kind === 'share-of-kommuner' || req.kind === 'share-of-population')
      ctx.add('per_party_threshold', [...at, 'requires', q], { kind: req.kind });
  });
}

/**
 * Reports the issues of every ratification rule, in order.
 *
 * @internal
 */
export function checkRatification(ctx: ReferenceContext): void {
  const ratified = new Map<string, number>();
  ctx.statute.ratification.forEach((rule, r) => {
    const at: IssuePath = ['ratification', r];
    ctx.section(rule.ref, [...at, 'ref']);
    if (rule.council !== undefined) ctx.section(rule.council.ref, [...at, 'council', 'ref']);
    rule.matters.forEach((m, i) => {
      ctx.matter(m, [...at, 'matters', i]);
      const first = ratified.get(m);
      if (first === undefined) ratified.set(m, r);
      else ctx.add('matter_ratified_twice', [...at, 'matters', i], { matter: m, first });
    });
    checkEffect(ctx, rule, at);
    rule.requires.forEach((req, q) => {
      checkRequirement(ctx, req, [...at, 'requires', q]);
    });
  });
}
