/**
 * A body's leadership rule: its ref, an alternation whose start is one of the sides it names,
 * parties that rotate on a side they belong to, a body it follows that exists, and no chain of
 * bodies following each other that comes back to where it started.
 *
 * @internal
 * @module
 */
import type { Bloc, Body, PartyKind } from '../model/statute.js';
import { checkUnique } from './_checkIds.js';
import type { ReferenceContext } from './_referenceContext.js';
import type { IssuePath } from './issues.js';

/**
 * The side a party of each kind belongs to: a private hospital with its agreement with the HF is
 * on the hospital side; a fylkeskommune is on neither, so any side may list it.
 */
const sideOf: Readonly<Partial<Record<PartyKind, Bloc>>> = {
  kommune: 'kommunesiden',
  helseforetak: 'helseforetakssiden',
  'private-hospital': 'helseforetakssiden',
};

/** Reports the parties of a rotation that are unknown, listed twice, or of the other side. */
function checkRotation(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const rotation = body.leadership?.rotatesAmong;
  if (rotation === undefined) return;
  const path = [...at, 'rotatesAmong'];
  checkUnique(ctx.add, rotation.parties, (p) => p, [...path, 'parties'], undefined, 'rotating-party');
  rotation.parties.forEach((party, i) => {
    ctx.party(party, [...path, 'parties', i]);
    const kind = ctx.declared.partyKind.get(party);
    if (kind !== undefined && sideOf[kind] !== undefined && sideOf[kind] !== rotation.bloc) {
      ctx.add('party_bloc_mismatch', [...path, 'parties', i], { party, kind, bloc: rotation.bloc });
    }
  });
  const between = body.leadership?.alternates?.between;
  if (between !== undefined && !between.includes(rotation.bloc)) {
    ctx.add('bloc_not_alternating', [...path, 'bloc'], { bloc: rotation.bloc });
  }
}

/**
 * Reports the issues of the leadership rule of `body`, the body at `at` (`bodies[i]`).
 *
 * @internal
 */
export function checkLeadership(ctx: ReferenceContext, body: Body, at: IssuePath): void {
  const rule = body.leadership;
  if (rule === undefined) return;
  const path = [...at, 'leadership'];
  ctx.section(rule.ref, [...path, 'ref']);
  const { alternates, followsBody } = rule;
  if (alternates !== undefined) {
    const where = [...path, 'alternates'];
    checkUnique(ctx.add, alternates.between, (b) => b, [...where, 'between'], undefined, 'side');
    if (!alternates.between.includes(alternates.startsWith)) {
      ctx.add('bloc_not_alternating', [...where, 'startsWith'], {
        bloc: alternates.startsWith,
        between: alternates.between.join(', '),
      });
    }
    if (rule.rotationYears !== undefined && rule.rotationYears !== alternates.everyYears) {
      ctx.add('leadership_conflict', [...path, 'rotationYears'], {
        rotationYears: rule.rotationYears,
        everyYears: alternates.everyYears,
      });
    }
  }
  if (followsBody !== undefined) {
    ctx.body(followsBody.body, [...path, 'followsBody', 'body']);
    if (alternates !== undefined) {
      ctx.add('leadership_conflict', [...path, 'followsBody']);
    }
  }
  checkRotation(ctx, body, path);
}

/**
 * Reports every body whose chain of `followsBody` comes back to it (itself included).
 *
 * @internal
 */
export function checkLeadershipCycles(ctx: ReferenceContext): void {
  const { bodies } = ctx.statute;
  const next = new Map(
    bodies.flatMap((b) => {
      const target = b.leadership?.followsBody?.body;
      return target === undefined ? [] : [[b.id, target] as const];
    }),
  );
  bodies.forEach((body, b) => {
    const seen = new Set<string>();
    let at = next.get(body.id);
    while (at !== undefined && !seen.has(at)) {
      if (at === body.id) {
        ctx.add('leadership_cycle', ['bodies', b, 'leadership', 'followsBody', 'body'], { body: body.id });
        break;
      }
      seen.add(at);
      at = next.get(at);
    }
  });
}
