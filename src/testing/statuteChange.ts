/**
 * An arbitrary of changes to a statute's rules.
 *
 * @module
 */
import fc from 'fast-check';
import { isNotStated, type NotStated } from '../model/notStated.js';
import type { DecisionRule, QuorumRule } from '../model/rules.js';
import type { Bloc, Body, Statute } from '../model/statute.js';

/**
 * Versions of a statute with one body's rules changed: its decision rule (consensus with or
 * without blocking reservations, unanimity, a majority of any threshold, base and tie-break, the
 * same per side), its quorum threshold, or its notice days. Each changed rule cites the section
 * of the rule it replaces, so the result is a valid statute of the same community; `version`
 * becomes `<version>-changed`. For testing a proposed change: "does this kind of change ever turn
 * a decision that …?"
 *
 * @param statute - the statute to change
 * @example
 * ```ts
 * fc.assert(fc.property(statuteChange(presets.vestfold), events(presets.vestfold), (changed, log) => {
 *   const { changes } = compareStatutes(presets.vestfold, changed, log);
 *   return changes.every((c) => c.after?.status !== 'in-force' || c.before?.status === 'in-force');
 * }));
 * ```
 * @category Testing
 */
export function statuteChange(statute: Statute): fc.Arbitrary<Statute> {
  if (statute.bodies.length === 0) throw new RangeError('statuteChange: the statute has no bodies');
  const fraction = fc
    .integer({ min: 1, max: 6 })
    .chain((d) => fc.integer({ min: 1, max: d }).map((n) => ({ numerator: n, denominator: d })));
  const whole = (f: { numerator: number; denominator: number }) => f.numerator === f.denominator;
  const decision = (ref: string, blocs: readonly Bloc[]): fc.Arbitrary<DecisionRule> => {
    const leaf: fc.Arbitrary<DecisionRule> = fc.oneof(
      fc.boolean().map((reservationBlocks): DecisionRule => ({ kind: 'consensus', reservationBlocks, ref })),
      fc.constant<DecisionRule>({ kind: 'unanimity', ref }),
      fc
        .record({
          threshold: fraction,
          strict: fc.boolean(),
          base: fc.constantFrom(
            'for+against' as const,
            'cast' as const,
            'present' as const,
            'seated' as const,
          ),
          tieBreak: fc.constantFrom('chair' as const, 'fails' as const, 'passes' as const),
        })
        // More than the whole is no threshold a statute may state (threshold_unreachable).
        .map((m): DecisionRule => ({ kind: 'majority', ...m, strict: m.strict && !whole(m.threshold), ref })),
    );
    return blocs.length === 0
      ? leaf
      : fc.oneof(
          leaf,
          leaf.map((rule): DecisionRule => ({ kind: 'each-bloc', rule, ref })),
        );
  };
  const quorum = (current: QuorumRule | NotStated): fc.Arbitrary<QuorumRule> =>
    fc
      .record({ fraction, comparison: fc.constantFrom('atLeast' as const, 'moreThan' as const) })
      .map(({ fraction: f, comparison }) => ({
        ...(isNotStated(current) ? { counts: 'present' as const, ref: current.ref } : current),
        threshold: { kind: 'share', fraction: f, comparison: whole(f) ? 'atLeast' : comparison },
      }));
  const changeBody = (body: Body): fc.Arbitrary<Body> => {
    const blocs = [
      ...new Set(
        body.seats
          .filter((s) => s.rights.includes('vote') && s.bloc !== undefined)
          .map((s) => s.bloc as Bloc),
      ),
    ];
    return fc.oneof(
      decision(body.decision.ref, blocs).map((rule) => ({ ...body, decision: rule })),
      quorum(body.quorum).map((q) => ({ ...body, quorum: q })),
      fc.integer({ min: 0, max: 30 }).map((noticeDays) => ({ ...body, noticeDays })),
    );
  };
  return fc
    .nat({ max: statute.bodies.length - 1 })
    .chain((index) => changeBody(statute.bodies[index] as Body).map((body) => ({ index, body })))
    .map(({ index, body }) => ({
      ...statute,
      version: `${statute.version}-changed`,
      bodies: statute.bodies.map((b, i) => (i === index ? body : b)),
    }));
}
