import { describe, expect, it } from 'vitest';
import { lintStatute, type Statute, safeParseStatute } from '../../src/index.js';
import { clone, minimalStatute } from '../fixtures.js';

/** The issues a statute is refused with; none when it is accepted. */
function issuesOf(input: unknown) {
  const result = safeParseStatute(input);
  return result.success ? [] : result.issues;
}

/** The codes and paths of the warnings about a statute. */
function warningsOf(input: Statute): [string, string][] {
  return lintStatute(input).map((w) => [w.code, w.path.join('.')]);
}

/** The warnings the minimal statute has as it stands: no bruker anywhere, no fastlege at tiers 1 and 3. */
const minimalWarnings: [string, string][] = [
  ['lint.no-fastlege', 'bodies.0'],
  ['lint.no-bruker', 'bodies.0'],
  ['lint.no-bruker', 'bodies.1'],
  ['lint.no-fastlege', 'bodies.2'],
  ['lint.no-bruker', 'bodies.2'],
];

describe('escalation and leadership at their edges', () => {
  it('reports a body escalating to itself once, not also as a cycle', () => {
    const input = clone(minimalStatute);
    input.bodies[1].escalatesTo = 'ssu';
    expect(issuesOf(input)).toStrictEqual([
      {
        code: 'escalation_to_self',
        path: ['bodies', 1, 'escalatesTo'],
        params: { body: 'ssu' },
        message: 'body "ssu" escalates to itself',
      },
    ]);
  });

  it('lets a fylkeskommune take its turn to lead on either side', () => {
    const input = clone(minimalStatute);
    // Invented for this test: a fylkeskommune taking turns with the kommuner.
    input.parties.push({
      kind: 'fylkeskommune',
      id: 'f',
      name: 'F',
      fylkesnummer: '99',
      organ: 'fylkesting',
    });
    input.bodies[0].leadership = {
      oppositeBlocs: true,
      rotatesAmong: { bloc: 'kommunesiden', parties: ['a', 'f', 'b'] },
      ref: '§1',
    };
    expect(issuesOf(input)).toStrictEqual([]);
  });
});

describe('thresholds that can be met', () => {
  it('accepts a quorum of more than a number of members, which is no share of the whole', () => {
    const input = clone(minimalStatute);
    input.bodies[2].quorum.threshold = { kind: 'count', count: 2, comparison: 'moreThan' };
    expect(issuesOf(input)).toStrictEqual([]);
  });

  it('names the strict comparison as what makes a majority of the whole unreachable', () => {
    const input = clone(minimalStatute);
    input.bodies[0].decision = {
      kind: 'majority',
      threshold: { numerator: 1, denominator: 1 },
      strict: true,
      base: 'present',
      tieBreak: 'fails',
      ref: '§1',
    };
    expect(issuesOf(input)).toStrictEqual([
      {
        code: 'threshold_unreachable',
        path: ['bodies', 0, 'decision', 'strict'],
        params: { rule: 'strict' },
        message: 'a strict majority of the whole can never be met',
      },
    ]);
  });
});

describe('optional fields given as undefined', () => {
  it('accepts an optional field that is present but undefined', () => {
    const input = clone(minimalStatute);
    input.bodies[0].escalatesTo = undefined;
    input.bodies[0].leadership = undefined;
    expect(issuesOf(input)).toStrictEqual([]);
  });
});

describe('seats the lint checks cannot read', () => {
  it('leaves out a seat without a role when weighing the sides of an SSU', () => {
    const input = clone(minimalStatute);
    // Invented for this test: an extra voting place on the kommunesiden that names no role.
    input.bodies[1].seats.push({ id: 'x', count: 1, rights: ['vote'], bloc: 'kommunesiden' });
    expect(warningsOf(input)).toStrictEqual(minimalWarnings);
  });

  it('counts a seat with a negative count as no places', () => {
    const input = clone(minimalStatute);
    // Invented for this test: a voting seat on the kommunesiden with a count below zero.
    input.bodies[1].seats.push({
      id: 'x',
      role: 'kommune',
      count: -1,
      rights: ['vote'],
      bloc: 'kommunesiden',
    });
    expect(warningsOf(input)).toStrictEqual(minimalWarnings);
  });
});
