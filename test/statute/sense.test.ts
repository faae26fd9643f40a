import { describe, expect, it } from 'vitest';
import { presets, type Statute, safeParseStatute } from '../../src/index.js';

/** The codes and paths of a statute's issues. */
function issuesOf(input: unknown): [string, string][] {
  const result = safeParseStatute(input);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}

const copy = (s: Statute) => JSON.parse(JSON.stringify(s));

describe('what a statute of the right shape cannot mean', () => {
  it('a list that names the same right, matter, requirement or party twice', () => {
    const input = copy(presets.vestfold);
    input.bodies[1].seats[0].rights.push('vote');
    input.bodies[0].mandate.decides.push(input.bodies[0].mandate.decides[0]);
    input.ratification[0].requires.push(input.ratification[0].requires[0]);
    const decides = input.bodies[0].mandate.decides.length - 1;
    const requires = input.ratification[0].requires.length - 1;
    expect(issuesOf(input)).toEqual([
      ['duplicate_value', `bodies.0.mandate.decides.${decides}`],
      ['duplicate_value', 'bodies.1.seats.0.rights.4'],
      ['duplicate_value', `ratification.0.requires.${requires}`],
    ]);
  });

  it('text with a lone surrogate, which no file encoding can carry', () => {
    const input = copy(presets.vestfold);
    input.title = 'Helsefellesskap \ud800';
    input.sections.ssu.title = 'SSU \udc00';
    expect(issuesOf(input)).toEqual([
      ['malformed_text', 'title'],
      ['malformed_text', 'sections.ssu.title'],
    ]);
    input.title = 'Helsefellesskap 🏥';
    input.sections.ssu.title = 'SSU';
    expect(issuesOf(input)).toEqual([]);
  });

  it('a threshold above the whole, which no vote can meet', () => {
    const input = copy(presets.nationalTemplate);
    input.bodies[0].quorum = {
      counts: 'present',
      threshold: { kind: 'share', fraction: { numerator: 2, denominator: 2 }, comparison: 'moreThan' },
      ref: input.bodies[0].ref,
    };
    input.bodies[1].decision = {
      kind: 'majority',
      threshold: { numerator: 1, denominator: 1 },
      strict: true,
      base: 'present',
      tieBreak: 'fails',
      ref: input.bodies[1].ref,
    };
    expect(issuesOf(input)).toEqual([
      ['threshold_unreachable', 'bodies.0.quorum.threshold.comparison'],
      ['threshold_unreachable', 'bodies.1.decision.strict'],
    ]);
  });

  it('leaves every preset as it is', () => {
    for (const preset of Object.values(presets)) expect(issuesOf(preset)).toEqual([]);
  });
});
