/**
 * Ratification rules: known refs, matters and parties, each matter covered by one rule at most,
 * and a population for every kommune when a rule weighs by population.
 *
 * @internal
 * @module
 */
import type { RatificationRequirement } from '../model/rules.js';
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
        ctx.add(
          'missing_population',
          ['parties', i, 'population'],
          `kommune "${p.id}" has no population, which a population-weighted ratification needs`,
          { party: p.id },
        );
      }
    });
  }
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
      else
        ctx.add(
          'matter_ratified_twice',
          [...at, 'matters', i],
          `matter "${m}" is already covered by ratification rule ${first}`,
          { matter: m, first },
        );
    });
    rule.requires.forEach((req, q) => {
      checkRequirement(ctx, req, [...at, 'requires', q]);
    });
  });
}
