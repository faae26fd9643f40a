import { statuteChange } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import {
  type Body,
  type DecisionRule,
  isNotStated,
  presets,
  type QuorumRule,
  type Statute,
  safeParseStatute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { fc, prop } from '../prop.js';

const statutes: readonly Statute[] = [
  presets.nationalTemplate,
  presets.helgeland,
  presets.vestfold,
  presets.finnmark,
  minimalStatute,
];

/** A statute and one version of it with a changed rule. */
const changed = fc
  .constantFrom(...statutes)
  .chain((statute) => statuteChange(statute).map((after) => ({ before: statute, after })));

/** The indexes of the bodies that differ between two versions of the same statute. */
const changedBodies = (before: Statute, after: Statute): number[] =>
  before.bodies.flatMap((b, i) => (JSON.stringify(b) === JSON.stringify(after.bodies[i]) ? [] : [i]));

/** The blocs of a body's voting seats. */
const votingBlocs = (body: Body): string[] => [
  ...new Set(body.seats.flatMap((s) => (s.rights.includes('vote') && s.bloc !== undefined ? [s.bloc] : []))),
];

/** Every leaf rule of a decision rule, inside each-bloc included. */
const leaves = (rule: DecisionRule): DecisionRule[] =>
  rule.kind === 'each-bloc' ? leaves(rule.rule) : [rule];

/** Of a sample of changes to one statute, the one changed body of each that changed one. */
function sampleChanges(statute: Statute, numRuns: number, seed: number) {
  return fc.sample(statuteChange(statute), { numRuns, seed }).flatMap((after) => {
    const [index] = changedBodies(statute, after);
    return index === undefined
      ? []
      : [{ index, before: statute.bodies[index] as Body, body: after.bodies[index] as Body }];
  });
}

describe('statuteChange', () => {
  it('refuses a statute with no bodies, whose rules there is nothing to change in', () => {
    expect(() => statuteChange({ ...minimalStatute, bodies: [] })).toThrow(
      new RangeError('statuteChange: the statute has no bodies'),
    );
  });

  prop([changed], { numRuns: 500 })(
    'gives a valid statute of the same community that differs in one rule of one body at most',
    ({ before, after }) => {
      const result = safeParseStatute(after);
      expect(result.success ? [] : result.issues).toEqual([]);
      const { version, bodies, ...rest } = after;
      const { version: v, bodies: b, ...restBefore } = before;
      expect(version).toBe(`${before.version}-changed`);
      expect(rest).toStrictEqual(restBefore);
      expect(bodies).toHaveLength(b.length);
      const indexes = changedBodies(before, after);
      expect(indexes.length).toBeLessThanOrEqual(1);
      for (const i of indexes) {
        const old = before.bodies[i] as Body;
        const now = after.bodies[i] as Body;
        const keys = (['decision', 'quorum', 'noticeDays'] as const).filter(
          (k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]),
        );
        expect(keys).toHaveLength(1);
        const { decision, quorum, noticeDays, ...others } = now;
        const { decision: d, quorum: q, noticeDays: n, ...othersBefore } = old;
        expect(others).toStrictEqual(othersBefore);
      }
    },
  );

  prop([changed], { numRuns: 500 })(
    'keeps the section a changed rule rests on, and its numbers within what a statute states',
    ({ before, after }) => {
      for (const [i, body] of after.bodies.entries()) {
        const old = before.bodies[i] as Body;
        expect(body.decision.ref).toBe(old.decision.ref);
        for (const leaf of leaves(body.decision)) {
          expect(leaf.ref).toBe(old.decision.ref);
          if (leaf.kind === 'majority' && leaf !== old.decision) {
            const { numerator, denominator } = leaf.threshold;
            expect(Number.isInteger(numerator) && Number.isInteger(denominator)).toBe(true);
            expect(1 <= numerator && numerator <= denominator && denominator <= 6).toBe(true);
          }
        }
        if (body.decision.kind === 'each-bloc') expect(votingBlocs(old).length).toBeGreaterThan(0);
        if (body.quorum !== old.quorum) {
          const quorum = body.quorum as QuorumRule;
          expect(quorum).toStrictEqual({
            ...(isNotStated(old.quorum) ? { counts: 'present', ref: old.quorum.ref } : old.quorum),
            threshold: quorum.threshold,
          });
          expect(quorum.threshold.kind).toBe('share');
          if (quorum.threshold.kind === 'share') {
            const { numerator, denominator } = quorum.threshold.fraction;
            expect(1 <= numerator && numerator <= denominator && denominator <= 6).toBe(true);
            expect(['atLeast', 'moreThan']).toContain(quorum.threshold.comparison);
          }
        }
        if (body.noticeDays !== old.noticeDays) {
          expect(Number.isInteger(body.noticeDays) && (body.noticeDays as number) >= 0).toBe(true);
          expect(body.noticeDays as number).toBeLessThanOrEqual(30);
        }
      }
    },
  );

  it('reaches every kind of rule, base, tie-break and threshold, and every body', () => {
    const changes = sampleChanges(presets.helgeland, 3000, 7);
    const decisions = changes.filter((c) => c.body.decision !== c.before.decision);
    const rules = decisions.flatMap((c) => leaves(c.body.decision));
    const majorities = rules.flatMap((r) => (r.kind === 'majority' ? [r] : []));
    expect(new Set(changes.map((c) => c.index))).toEqual(new Set(presets.helgeland.bodies.keys()));
    expect(new Set(decisions.map((c) => c.body.decision.kind))).toEqual(
      new Set(['consensus', 'unanimity', 'majority', 'each-bloc']),
    );
    expect(new Set(rules.flatMap((r) => (r.kind === 'consensus' ? [r.reservationBlocks] : [])))).toEqual(
      new Set([true, false]),
    );
    expect(new Set(majorities.map((r) => r.base))).toEqual(
      new Set(['for+against', 'cast', 'present', 'seated']),
    );
    expect(new Set(majorities.map((r) => r.tieBreak))).toEqual(new Set(['chair', 'fails', 'passes']));
    expect(new Set(majorities.map((r) => r.strict))).toEqual(new Set([true, false]));
    const fractions = majorities.map((r) => r.threshold);
    expect(new Set(fractions.map((f) => f.denominator))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(fractions.some((f) => f.numerator === f.denominator && f.denominator === 6)).toBe(true);
    expect(fractions.some((f) => f.numerator === 1 && f.denominator === 6)).toBe(true);

    const quorums = changes.flatMap((c) => {
      const q = c.body.quorum;
      return !isNotStated(q) && q.threshold.kind === 'share' && c.body.quorum !== c.before.quorum
        ? [q.threshold]
        : [];
    });
    expect(new Set(quorums.map((t) => t.comparison))).toEqual(new Set(['atLeast', 'moreThan']));
    expect(new Set(quorums.map((t) => t.fraction.denominator))).toEqual(new Set([1, 2, 3, 4, 5, 6]));

    const days = changes.flatMap((c) =>
      c.body.noticeDays === c.before.noticeDays ? [] : [c.body.noticeDays as number],
    );
    expect(Math.min(...days)).toBe(0);
    expect(Math.max(...days)).toBe(30);
  });

  it('changes a stated quorum only in its threshold', () => {
    const changes = sampleChanges(minimalStatute, 300, 11).filter((c) => c.body.quorum !== c.before.quorum);
    expect(changes.length).toBeGreaterThan(0);
    for (const { body, before } of changes) {
      expect(body.quorum).toStrictEqual({
        ...before.quorum,
        threshold: (body.quorum as QuorumRule).threshold,
      });
    }
  });

  it('never asks each side to agree in a body whose voting seats belong to no side', () => {
    // Test data: the minimal statute with its sides taken off the voting seats, and a side given
    // to a seat that may only speak.
    const sideless: Statute = {
      ...minimalStatute,
      bodies: minimalStatute.bodies.map((b) => ({
        ...b,
        seats: b.seats.map(({ bloc, ...seat }) =>
          seat.rights.includes('vote') ? seat : { ...seat, bloc: 'kommunesiden' as const },
        ),
      })),
    };
    const changes = sampleChanges(sideless, 1000, 5).filter((c) => c.body.decision !== c.before.decision);
    expect(new Set(changes.map((c) => c.body.decision.kind))).toEqual(
      new Set(['consensus', 'unanimity', 'majority']),
    );
  });
});
