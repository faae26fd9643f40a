/**
 * Checks that a statute means something as written, beyond its shape and its references: no
 * list names the same thing twice, every text is well-formed Unicode, and no threshold asks for more than the whole (a share of all of them, compared strictly).
 *
 * @internal
 * @module
 */
import type { Statute } from '../model/statute.js';
import type { AddIssue } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/** Reports the second and later mention of a value in a list (objects compared as JSON). */
function once(add: AddIssue, list: readonly unknown[] | undefined, at: IssuePath): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const key = typeof item === 'string' ? item : JSON.stringify(item);
    if (seen.has(key))
      add('duplicate_value', [...at, i], {
        value: typeof item === 'string' ? item : key,
      });
    seen.add(key);
  });
}

/** Whether a string holds a lone surrogate: it cannot be written as UTF-8 as it stands. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Walks every value for malformed text and thresholds above the whole. */
function walk(add: AddIssue, value: unknown, at: IssuePath): void {
  if (typeof value === 'string') {
    if (loneSurrogate.test(value)) add('malformed_text', at);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(add, item, [...at, i]);
    });
    return;
  }
  const record = value as Record<string, unknown>;
  // "More than all of them": a share of the whole with a strict comparison can never be met.
  const whole = (f: unknown) => {
    const { numerator, denominator } = (f ?? {}) as { numerator?: unknown; denominator?: unknown };
    return typeof numerator === 'number' && numerator > 0 && numerator === denominator;
  };
  if (whole(record.fraction) && record.comparison === 'moreThan')
    add('threshold_unreachable', [...at, 'comparison'], { rule: 'more-than' });
  if (whole(record.threshold) && record.strict === true)
    add('threshold_unreachable', [...at, 'strict'], { rule: 'strict' });
  for (const [key, child] of Object.entries(record)) walk(add, child, [...at, key]);
}

/**
 * Reports what a statute of the right shape cannot mean: lists with a value twice, malformed
 * text, thresholds above the whole.
 *
 * @internal
 */
export function checkSense(statute: Statute, add: AddIssue): void {
  statute.bodies.forEach((body, b) => {
    const at: IssuePath = ['bodies', b];
    body.seats.forEach((seat, s) => {
      once(add, seat.rights, [...at, 'seats', s, 'rights']);
    });
    once(add, body.mandate.decides, [...at, 'mandate', 'decides']);
    once(add, body.mandate.recommends, [...at, 'mandate', 'recommends']);
    once(add, body.delegation?.matters, [...at, 'delegation', 'matters']);
    once(add, body.twoStage?.matters, [...at, 'twoStage', 'matters']);
    once(add, body.secretariat?.matters, [...at, 'secretariat', 'matters']);
  });
  statute.ratification.forEach((rule, r) => {
    once(add, rule.matters, ['ratification', r, 'matters']);
    once(add, rule.requires, ['ratification', r, 'requires']);
    rule.requires.forEach((req, q) => {
      if (req.kind === 'parties') once(add, req.parties, ['ratification', r, 'requires', q, 'parties']);
    });
  });
  once(add, statute.membership.founding, ['membership', 'founding']);
  walk(add, statute, []);
}
