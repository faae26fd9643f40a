import { describe, expect, it } from 'vitest';
import {
  type DecisionRule,
  evaluateDecision,
  type MajorityBase,
  type Roll,
  type RollEntry,
  type TieBreak,
} from '../../src/index.js';
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

  it('reports consensus over those present, with every count and list in params', () => {
    expect(evaluateDecision(consensus(), roll('fRx-o'))).toStrictEqual({
      ok: true,
      code: 'consensus.met',
      ref: '§7',
      base: 'present',
      baseCount: 3,
      required: 3,
      got: 3,
      missing: 0,
      spare: 0,
      params: {
        for: 2,
        against: 0,
        abstain: 1,
        reservations: 1,
        reservationBlocks: false,
        objectors: [],
        reservers: ['m1'],
        observerObjections: 1,
      },
    });
  });

  it('counts a reservation by an observer as an observer objection, and a silent observer as none', () => {
    expect(evaluateDecision(consensus(true), roll('ffO')).params).toMatchObject({
      observerObjections: 1,
      reservations: 0,
      reservers: [],
    });
    const silent: RollEntry = { member: 'obs', voting: false, present: true };
    const approving: RollEntry = { member: 'obs2', voting: false, present: true, vote: 'for' };
    const outcome = evaluateDecision(consensus(), { entries: [...roll('ff').entries, silent, approving] });
    expect(outcome).toMatchObject({ ok: true, code: 'consensus.met', got: 2 });
    expect(outcome.params).toMatchObject({ observerObjections: 0 });
  });

  it('ignores a reservation recorded for a member who is absent and did not vote', () => {
    const absent: RollEntry = { member: 'm2', voting: true, present: false, reservation: true };
    const outcome = evaluateDecision(consensus(true), { entries: [...roll('ff').entries, absent] });
    expect(outcome).toMatchObject({ ok: true, code: 'consensus.met', baseCount: 2, got: 2 });
    expect(outcome.params).toMatchObject({ reservations: 0, reservers: [] });
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

  it('gives the codes of unanimity met and short, with the absent in params', () => {
    expect(evaluateDecision(unanimity, roll('ff'))).toStrictEqual({
      ok: true,
      code: 'unanimity.met',
      ref: '§7',
      base: 'seated',
      baseCount: 2,
      required: 2,
      got: 2,
      missing: 0,
      spare: 0,
      params: { for: 2, against: 0, abstain: 0, absent: 0 },
    });
    expect(evaluateDecision(unanimity, roll('ffx-r'))).toStrictEqual({
      ok: false,
      code: 'unanimity.short',
      ref: '§7',
      base: 'seated',
      baseCount: 4,
      required: 4,
      got: 2,
      missing: 2,
      spare: 0,
      params: { for: 2, against: 0, abstain: 1, absent: 1 },
    });
  });

  it('counts a vote recorded for a member marked absent as presence and as a vote', () => {
    const byPost: RollEntry = { member: 'm2', voting: true, present: false, vote: 'for' };
    const outcome = evaluateDecision(unanimity, { entries: [...roll('ff').entries, byPost] });
    expect(outcome).toMatchObject({ ok: true, code: 'unanimity.met', required: 3, got: 3 });
    expect(outcome.params).toEqual({ for: 3, against: 0, abstain: 0, absent: 0 });
  });

  it('gives an outcome exactly its keys, in a fixed order', () => {
    expect(Object.keys(evaluateDecision(unanimity, roll('ff')))).toEqual([
      'ok',
      'code',
      'ref',
      'base',
      'baseCount',
      'required',
      'got',
      'missing',
      'spare',
      'params',
    ]);
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

  it('reports a majority of those present, not of the seated, with the threshold in params', () => {
    expect(evaluateDecision(majority(1, 2, true, 'present'), roll('fffaa-'))).toStrictEqual({
      ok: true,
      code: 'majority.met',
      ref: '§5',
      base: 'present',
      baseCount: 5,
      required: 3,
      got: 3,
      missing: 0,
      spare: 0,
      params: { for: 3, against: 2, abstain: 0, threshold: '1/2', strict: true, tieBreak: 'fails' },
    });
  });

  it('says how many votes could be lost and how many are missing', () => {
    expect(evaluateDecision(majority(1, 2, true, 'cast'), roll('ffffa'))).toMatchObject({
      ok: true,
      code: 'majority.met',
      required: 3,
      got: 4,
      missing: 0,
      spare: 1,
    });
    expect(evaluateDecision(majority(2, 3, false, 'cast'), roll('faaa'))).toMatchObject({
      ok: false,
      code: 'majority.short',
      params: expect.objectContaining({ threshold: '2/3' }),
      required: 3,
      got: 1,
      missing: 2,
      spare: 0,
    });
  });

  it('counts a majority of the seated against the seats less the recused, and says so', () => {
    const withSeats: Roll = { ...roll('ffr-'), seats: { total: 6, byBloc: {} } };
    expect(evaluateDecision(majority(1, 2, true, 'seated'), withSeats)).toMatchObject({
      ok: false,
      code: 'majority.short',
      base: 'seats',
      baseCount: 5,
      required: 3,
      got: 2,
      missing: 1,
    });
  });

  it('says a tie of the seated was counted against the seats, whatever breaks it', () => {
    const withSeats = (chair?: string): Roll => ({
      ...roll('ffaa--', chair),
      seats: { total: 8, byBloc: {} },
    });
    const half = (tieBreak: TieBreak): DecisionRule => majority(1, 4, false, 'seated', tieBreak);
    // A quarter of 8 seats is 2: a 2–2 tie sits on it.
    expect(evaluateDecision(half('fails'), withSeats())).toMatchObject({
      code: 'majority.tie-fails',
      base: 'seats',
      baseCount: 8,
    });
    expect(evaluateDecision(half('chair'), withSeats('m0'))).toMatchObject({
      code: 'majority.tie-chair-for',
      base: 'seats',
    });
    expect(evaluateDecision(half('chair'), withSeats('m4'))).toMatchObject({ base: 'seats', baseCount: 8 });
    expect(evaluateDecision(half('fails'), roll('ffaa--'))).toMatchObject({ base: 'seated', baseCount: 6 });
  });

  it('decides a tie on a rounded threshold by the tie-break, and counts one off it as it stands', () => {
    const third: DecisionRule = { ...majority(1, 3, false, 'cast'), rounding: 'nearest' } as DecisionRule;
    // A third of 5, rounded to nearest, is 2: a 2–2 tie sits on it.
    expect(evaluateDecision(third, roll('ffaax'))).toMatchObject({
      ok: false,
      code: 'majority.tie-fails',
      baseCount: 5,
      required: 2,
      got: 2,
      params: expect.objectContaining({ tie: true }),
    });
    // A third of 4, rounded to nearest, is 1: a 2–2 tie is above it.
    const above = evaluateDecision(third, roll('ffaa'));
    expect(above).toMatchObject({ ok: true, code: 'majority.met', required: 1, got: 2, spare: 1 });
    expect(above.params).not.toHaveProperty('tie');
  });

  it('counts the chair for as one more vote, and records how the chair voted', () => {
    const rule = majority(1, 2, true, 'for+against', 'chair');
    const params = {
      for: 3,
      against: 3,
      abstain: 1,
      threshold: '1/2',
      strict: true,
      tieBreak: 'chair',
      tie: true,
    };
    expect(evaluateDecision(rule, roll('fffaaax', 'm0'))).toMatchObject({
      ok: true,
      code: 'majority.tie-chair-for',
      required: 4,
      got: 4,
      missing: 0,
      params: { ...params, chairVote: 'for' },
    });
    expect(evaluateDecision(rule, roll('fffaaax', 'm3'))).toMatchObject({
      ok: false,
      code: 'majority.tie-chair-against',
      required: 4,
      got: 3,
      missing: 1,
      params: { ...params, chairVote: 'against' },
    });
    expect(evaluateDecision(rule, roll('fffaaax', 'm6')).params).toEqual({ ...params, chairVote: 'abstain' });
    expect(evaluateDecision(rule, roll('fffaaax')).params).toEqual({ ...params, chairVote: 'none' });
  });

  it('gives no casting vote to a chair who is recused or an observer', () => {
    const rule = majority(1, 2, true, 'for+against', 'chair');
    for (const spec of ['fffaaar', 'fffaaao']) {
      const outcome = evaluateDecision(rule, roll(spec, 'm6'));
      expect(outcome).toMatchObject({ ok: false, code: 'majority.tie-no-chair-vote', got: 3 });
      expect(outcome.params).toMatchObject({ tie: true, chairVote: 'none' });
    }
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

  it('gives the code of a rule met on every side, counted over the blocs', () => {
    expect(evaluateDecision(eachBloc(unanimity), roll('K:ff H:f'))).toMatchObject({
      ok: true,
      code: 'each-bloc.met',
      ref: '§5.2',
      base: 'blocs',
      baseCount: 2,
      required: 2,
      got: 2,
      missing: 0,
      spare: 0,
      params: { failing: [] },
    });
  });

  it('holds the rule in every bloc the roll names, in its order, even one with nobody on the roll', () => {
    const named: Roll = { ...roll('K:ff'), blocs: ['kommunesiden', 'helseforetakssiden'] };
    const outcome = evaluateDecision(eachBloc(unanimity), named);
    expect(outcome).toMatchObject({
      ok: false,
      code: 'each-bloc.short',
      baseCount: 2,
      required: 2,
      got: 1,
      params: { failing: ['helseforetakssiden'] },
    });
    expect(outcome.children?.map((c) => [c.bloc, c.code, c.got])).toEqual([
      ['kommunesiden', 'unanimity.met', 2],
      ['helseforetakssiden', 'unanimity.short', 0],
    ]);
  });

  it("gives the chair's casting vote within the chair's own bloc", () => {
    const rule = eachBloc(majority(1, 2, true, 'for+against', 'chair'));
    const outcome = evaluateDecision(rule, roll('K:fa H:ff', 'K0'));
    expect(outcome).toMatchObject({ ok: true, code: 'each-bloc.met', got: 2 });
    expect(outcome.children?.map((c) => [c.bloc, c.code])).toEqual([
      ['helseforetakssiden', 'majority.met'],
      ['kommunesiden', 'majority.tie-chair-for'],
    ]);
  });

  it("counts each side against its own seats, also in a bloc's bloc", () => {
    const withSeats: Roll = {
      ...roll('K:ff- H:f'),
      seats: { total: 6, byBloc: { kommunesiden: 4, helseforetakssiden: 2 } },
    };
    const rule = majority(1, 2, true, 'seated');
    const sides = [
      ['helseforetakssiden', 2, 2, 1],
      ['kommunesiden', 4, 3, 2],
    ];
    const once = evaluateDecision(eachBloc(rule), withSeats);
    expect(once.children?.map((c) => [c.bloc, c.baseCount, c.required, c.got])).toEqual(sides);
    const twice = evaluateDecision(eachBloc(eachBloc(rule)), withSeats);
    expect(twice.children?.map((c) => [c.bloc, c.baseCount, c.children?.length])).toEqual([
      ['helseforetakssiden', 1, 1],
      ['kommunesiden', 1, 1],
    ]);
    expect(
      twice.children?.flatMap((c) => c.children ?? []).map((c) => [c.bloc, c.baseCount, c.required, c.got]),
    ).toEqual(sides);
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

  it.each([
    ['all', both, 'fff', 'all.met', 2, 2],
    ['all', both, 'ffa', 'all.short', 2, 1],
    ['any', either, 'ffa', 'any.met', 1, 1],
    ['any', either, 'faa', 'any.short', 1, 0],
  ] as const)(
    'gives the code of %s, counted over the rules, with each rule in children (%s)',
    (_kind, rule, spec, code, required, got) => {
      const outcome = evaluateDecision(rule, roll(spec));
      expect(outcome).toMatchObject({ code, base: 'rules', baseCount: 2, required, got, params: {} });
      expect(outcome.children?.map((c) => c.code)).toEqual([
        evaluateDecision(consensus(), roll(spec)).code,
        evaluateDecision(majority(1, 2, true, 'cast'), roll(spec)).code,
      ]);
    },
  );
});

describe('evaluateDecision: the base of a majority', () => {
  // Two for, one against, one abstaining and three present who cast no vote, one absent.
  const mixed = 'ffaxppp-';

  it.each([
    ['for+against', 3, true],
    ['cast', 4, true],
    ['present', 7, false],
    ['seated', 8, false],
  ] as const)('counts half of %s as half of %i, so that two for pass: %s', (base, baseCount, ok) => {
    const outcome = evaluateDecision(majority(1, 2, false, base), roll(mixed));
    expect(outcome).toMatchObject({ ok, base, baseCount, got: 2 });
  });
});
