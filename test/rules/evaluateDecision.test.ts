import { describe, expect, it } from 'vitest';
import { type DecisionRule, evaluateDecision, type MajorityBase, type TieBreak } from '../../src/index.js';
import { roll } from './_roll.js';

const consensus = (reservationBlocks = false): DecisionRule => ({
  kind: 'consensus',
  reservationBlocks,
  ref: '§7',
});
const unanimity: DecisionRule = { kind: 'unanimity', ref: '§7' };
const majority = (
  n: number,
  d: number,
  strict: boolean,
  base: MajorityBase,
  tieBreak: TieBreak = 'fails',
): DecisionRule => ({
  kind: 'majority',
  threshold: { numerator: n, denominator: d },
  strict,
  base,
  tieBreak,
  ref: '§5',
});
const many = (mark: string, n: number) => mark.repeat(n);

describe('evaluateDecision: consensus', () => {
  it.each([
    ['every voting member for', consensus(), 'fff', true, 'consensus.met', 0],
    ['one voting member against', consensus(), 'ffa', false, 'consensus.objection', 1],
    ['two against', consensus(), 'faa', false, 'consensus.objection', 2],
    ['an observer objecting', consensus(), 'ffo', true, 'consensus.met', 0],
    ['an observer reserving', consensus(true), 'ffO', true, 'consensus.met', 0],
    ['a reservation that does not block', consensus(false), 'fRf', true, 'consensus.met', 0],
    ['a reservation that blocks', consensus(true), 'fRf', false, 'consensus.reservation', 1],
    ['everyone abstaining', consensus(), 'xxx', false, 'consensus.nobody-for', 1],
    ['abstentions beside one for', consensus(), 'fxx', true, 'consensus.met', 0],
    ['silence is not an objection', consensus(), 'fpp', true, 'consensus.met', 0],
    ['an absent member', consensus(), 'ff-', true, 'consensus.met', 0],
    ['a recused member against', consensus(), 'ffr', true, 'consensus.met', 0],
  ] as const)('%s', (_name, rule, spec, ok, code, missing) => {
    expect(evaluateDecision(rule, roll(spec))).toMatchObject({ ok, code, missing, ref: '§7' });
  });

  it('records the objectors and observer objections', () => {
    const outcome = evaluateDecision(consensus(), roll('fao'));
    expect(outcome.params).toMatchObject({ objectors: ['m1'], observerObjections: 1 });
  });
});

describe('evaluateDecision: unanimity', () => {
  it.each([
    ['every seated member for', 'ffff', true, 4, 4],
    ['one absent', 'fff-', false, 4, 3],
    ['one abstaining', 'fffx', false, 4, 3],
    ['a recused member is not seated', 'fffr', true, 3, 3],
    ['an observer against', 'fffo', true, 3, 3],
  ] as const)('%s', (_name, spec, ok, required, got) => {
    expect(evaluateDecision(unanimity, roll(spec))).toMatchObject({ ok, required, got, base: 'seated' });
  });
});

describe('evaluateDecision: majority', () => {
  it.each([
    [
      '2/3 of 17 seated, 11 for',
      majority(2, 3, false, 'seated'),
      many('f', 11) + many('a', 6),
      false,
      12,
      11,
      1,
    ],
    [
      '2/3 of 17 seated, 12 for',
      majority(2, 3, false, 'seated'),
      many('f', 12) + many('a', 5),
      true,
      12,
      12,
      0,
    ],
    [
      '2/3 of 18 seated, 12 for',
      majority(2, 3, false, 'seated'),
      many('f', 12) + many('a', 6),
      true,
      12,
      12,
      0,
    ],
    [
      '2/3 of 18 seated, 11 for',
      majority(2, 3, false, 'seated'),
      many('f', 11) + many('a', 7),
      false,
      12,
      11,
      1,
    ],
    [
      'more than 2/3 of 18, 12 for',
      majority(2, 3, true, 'seated'),
      many('f', 12) + many('a', 6),
      false,
      13,
      12,
      1,
    ],
    ['more than half of 7 cast, 4 for', majority(1, 2, true, 'cast'), 'ffffaaa', true, 4, 4, 0],
    ['more than half of 7 cast, 3 for', majority(1, 2, true, 'cast'), 'fffaaax', false, 4, 3, 1],
    ['at least half of 8 cast, 4 for', majority(1, 2, false, 'cast'), 'ffffaaxx', true, 4, 4, 0],
    ['more than half of 8 cast, 4 for', majority(1, 2, true, 'cast'), 'ffffaaxx', false, 5, 4, 1],
    ['for+against leaves out abstentions', majority(1, 2, true, 'for+against'), 'fffaaxx', true, 3, 3, 0],
    ['cast counts abstentions', majority(1, 2, true, 'cast'), 'fffaaxx', false, 4, 3, 1],
    ['present counts those who did not vote', majority(1, 2, true, 'present'), 'fffaap', false, 4, 3, 1],
    ['seated counts the absent', majority(1, 2, true, 'seated'), 'fffaa-', false, 4, 3, 1],
    ['observers are not in any base', majority(1, 2, true, 'seated'), 'fffaaoo', true, 3, 3, 0],
  ] as const)('%s', (_name, rule, spec, ok, required, got, missing) => {
    expect(evaluateDecision(rule, roll(spec))).toMatchObject({ ok, required, got, missing, ref: '§5' });
  });

  it.each([
    ['chair for', 'chair', 'm0', true, 'majority.tie-chair-for'],
    ['chair against', 'chair', 'm3', false, 'majority.tie-chair-against'],
    ['chair abstaining', 'chair', 'm6', false, 'majority.tie-no-chair-vote'],
    ['no chair named', 'chair', undefined, false, 'majority.tie-no-chair-vote'],
    ['fails, chair for', 'fails', 'm0', false, 'majority.tie-fails'],
  ] as const)('a 3–3 tie with tie-break %s', (_name, tieBreak, chair, ok, code) => {
    const outcome = evaluateDecision(majority(1, 2, true, 'for+against', tieBreak), roll('fffaaax', chair));
    expect(outcome).toMatchObject({ ok, code, params: expect.objectContaining({ tie: true }) });
  });

  it('lets a tie fail under "fails" even where "at least half" would pass', () => {
    expect(evaluateDecision(majority(1, 2, false, 'for+against', 'fails'), roll('ffaa')).ok).toBe(false);
    expect(evaluateDecision(majority(1, 2, false, 'for+against', 'chair'), roll('ffaa', 'm0')).ok).toBe(true);
  });

  it('lets a tie on a threshold that is not strict pass under "passes": 7 of 14 seats voting for', () => {
    const outcome = evaluateDecision(majority(1, 2, false, 'seated', 'passes'), roll('fffffffaaaaaaa', 'm8'));
    expect(outcome).toMatchObject({
      ok: true,
      code: 'majority.tie-passes',
      base: 'seated',
      baseCount: 14,
      required: 7,
      got: 7,
      missing: 0,
      params: expect.objectContaining({ tie: true, tieBreak: 'passes' }),
    });
    // The chair's vote plays no part under "passes".
    expect(evaluateDecision(majority(1, 2, false, 'seated', 'passes'), roll('fffffffaaaaaaa', 'm0')).ok).toBe(
      true,
    );
  });

  it('never lets a tie pass a strict threshold under "passes"', () => {
    const outcome = evaluateDecision(majority(1, 2, true, 'for+against', 'passes'), roll('fffaaa', 'm0'));
    expect(outcome).toMatchObject({
      ok: false,
      code: 'majority.tie-passes',
      required: 4,
      got: 3,
      missing: 1,
    });
  });

  it('counts a result off the threshold the same under every tie-break', () => {
    for (const spec of ['ffffaaa', 'fffaaaa', 'ffaa-x', 'fffaaxx']) {
      const oks = (['chair', 'fails', 'passes'] as const).map(
        (t) => evaluateDecision(majority(2, 3, false, 'present', t), roll(spec, 'm0')).ok,
      );
      expect(new Set(oks).size).toBe(1);
    }
  });

  it('never turns a tie into a qualified majority by the chair', () => {
    const outcome = evaluateDecision(majority(2, 3, false, 'for+against', 'chair'), roll('fffaaa', 'm0'));
    expect(outcome).toMatchObject({ ok: false, code: 'majority.short', required: 4, got: 3, missing: 1 });
    expect(evaluateDecision(majority(2, 3, false, 'cast', 'chair'), roll('fffaaax', 'm0')).ok).toBe(false);
  });

  it.each(['for+against', 'cast', 'present', 'seated'] as const)(
    'never passes when all abstain (base %s)',
    (base) => {
      for (const tieBreak of ['chair', 'fails', 'passes'] as const) {
        const outcome = evaluateDecision(majority(1, 2, false, base, tieBreak), roll('xxx', 'm0'));
        expect(outcome).toMatchObject({ ok: false, code: 'majority.nobody-for' });
      }
    },
  );
});

describe('evaluateDecision: each-bloc', () => {
  const eachBloc = (rule: DecisionRule): DecisionRule => ({ kind: 'each-bloc', rule, ref: '§5.2' });

  it('fails when the kommune side passes and the HF side does not', () => {
    const outcome = evaluateDecision(eachBloc(consensus()), roll('K:fff H:fa'));
    expect(outcome).toMatchObject({
      ok: false,
      code: 'each-bloc.short',
      required: 2,
      got: 1,
      missing: 1,
      params: { failing: ['helseforetakssiden'] },
    });
    expect(outcome.children?.map((c) => [c.bloc, c.ok, c.code])).toEqual([
      ['helseforetakssiden', false, 'consensus.objection'],
      ['kommunesiden', true, 'consensus.met'],
    ]);
  });

  it('passes when 2/3 holds on each side', () => {
    const outcome = evaluateDecision(eachBloc(majority(2, 3, false, 'present')), roll('K:ffa H:ffa'));
    expect(outcome).toMatchObject({ ok: true, got: 2, required: 2 });
  });

  it('fails 2/3 of each side when one side has only half', () => {
    expect(evaluateDecision(eachBloc(majority(2, 3, false, 'present')), roll('K:fffa H:fa')).ok).toBe(false);
  });

  it('leaves members without a bloc out of each side', () => {
    expect(evaluateDecision(eachBloc(unanimity), roll('K:ff H:ff a')).ok).toBe(true);
  });
});

describe('evaluateDecision: all and any', () => {
  const both: DecisionRule = { kind: 'all', rules: [consensus(), majority(1, 2, true, 'cast')], ref: '§6' };
  const either: DecisionRule = { kind: 'any', rules: [consensus(), majority(1, 2, true, 'cast')], ref: '§6' };

  it.each([
    ['all: consensus fails, majority holds', both, 'ffa', false, 1],
    ['any: consensus fails, majority holds', either, 'ffa', true, 1],
    ['all: both hold', both, 'fff', true, 2],
    ['any: neither holds', either, 'faa', false, 0],
  ] as const)('%s', (_name, rule, spec, ok, got) => {
    expect(evaluateDecision(rule, roll(spec))).toMatchObject({ ok, got, ref: '§6' });
  });
});
