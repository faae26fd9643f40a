import { describe, expect, it } from 'vitest';
import { type CouncilVote, evaluateCouncilVote, kommunelovenDefaults } from '../../src/index.js';

describe('evaluateCouncilVote (kommuneloven defaults)', () => {
  it.each<[string, CouncilVote, boolean, string]>([
    ['a clear majority', { members: 27, present: 26, for: 15, against: 11 }, true, 'council.adopted'],
    ['a clear minority', { members: 27, present: 26, for: 11, against: 15 }, false, 'council.rejected'],
    [
      'a tie, chair for',
      { members: 27, present: 26, for: 13, against: 13, chairVote: 'for' },
      true,
      'council.tie-chair-for',
    ],
    [
      'a tie, chair against',
      { members: 27, present: 26, for: 13, against: 13, chairVote: 'against' },
      false,
      'council.tie-chair-against',
    ],
    [
      'a tie, chair vote not recorded',
      { members: 27, present: 26, for: 13, against: 13 },
      false,
      'council.tie-chair-missing',
    ],
    [
      'an election tie, lot for',
      { members: 27, present: 26, for: 13, against: 13, election: true, lot: 'for' },
      true,
      'council.tie-lot-for',
    ],
    [
      'an election tie, lot against',
      { members: 27, present: 26, for: 13, against: 13, election: true, lot: 'against' },
      false,
      'council.tie-lot-against',
    ],
    [
      'an election tie, no lot recorded',
      { members: 27, present: 26, for: 13, against: 13, election: true },
      false,
      'council.tie-lot-missing',
    ],
    [
      'an election tie ignores the chair',
      { members: 27, present: 26, for: 13, against: 13, election: true, chairVote: 'for' },
      false,
      'council.tie-lot-missing',
    ],
    [
      'an abstention outside an election',
      { members: 27, present: 26, for: 15, against: 10 },
      false,
      'council.abstention',
    ],
    [
      'a blank vote in an election',
      { members: 27, present: 26, for: 15, against: 10, election: true },
      true,
      'council.adopted',
    ],
    [
      'fewer than half voting (13 of 27)',
      { members: 27, present: 13, for: 10, against: 3 },
      false,
      'council.no-quorum',
    ],
    [
      'exactly half voting (13 of 26)',
      { members: 26, present: 13, for: 10, against: 3 },
      true,
      'council.adopted',
    ],
    [
      'more votes than present',
      { members: 27, present: 10, for: 8, against: 8 },
      false,
      'council.invalid-count',
    ],
    [
      'more present than members',
      { members: 27, present: 28, for: 20, against: 8 },
      false,
      'council.invalid-count',
    ],
    [
      'a fractional count',
      { members: 27, present: 26, for: 12.5, against: 13.5 },
      false,
      'council.invalid-count',
    ],
  ])('%s', (_name, vote, ok, code) => {
    const outcome = evaluateCouncilVote(kommunelovenDefaults, vote);
    expect(outcome).toMatchObject({ ok, code, ref: 'koml. § 11-9' });
  });

  it('reports the quorum numbers', () => {
    expect(
      evaluateCouncilVote(kommunelovenDefaults, { members: 27, present: 13, for: 10, against: 3 }),
    ).toMatchObject({
      base: 'members',
      baseCount: 27,
      required: 14,
      got: 13,
      missing: 1,
    });
  });

  it('lets a tie fail under a rule without a casting vote', () => {
    const rule = { ...kommunelovenDefaults, tieBreak: 'fails' as const };
    expect(
      evaluateCouncilVote(rule, { members: 27, present: 26, for: 13, against: 13, chairVote: 'for' }).code,
    ).toBe('council.tie-fails');
  });
});

describe('evaluateCouncilVote: what an outcome reports', () => {
  const ref = 'koml. § 11-9';
  const params = { members: 27, present: 26, for: 13, against: 13, election: false };

  it('reports an adopted proposal over the votes cast, with the vote in params', () => {
    expect(
      evaluateCouncilVote(kommunelovenDefaults, { members: 27, present: 26, for: 15, against: 11 }),
    ).toStrictEqual({
      ok: true,
      code: 'council.adopted',
      ref,
      base: 'cast',
      baseCount: 26,
      required: 14,
      got: 15,
      missing: 0,
      spare: 1,
      params: { members: 27, present: 26, for: 15, against: 11, election: false },
    });
  });

  it('says in params whether the vote was an election', () => {
    const vote = { members: 27, present: 26, for: 15, against: 10 };
    expect(evaluateCouncilVote(kommunelovenDefaults, { ...vote, election: true }).params).toEqual({
      ...vote,
      election: true,
    });
    expect(evaluateCouncilVote(kommunelovenDefaults, { ...vote, election: false }).params).toMatchObject({
      election: false,
    });
  });

  it('reports how many abstained under stemmeplikt, over the votes cast', () => {
    expect(
      evaluateCouncilVote(kommunelovenDefaults, { members: 27, present: 26, for: 15, against: 10 }),
    ).toStrictEqual({
      ok: false,
      code: 'council.abstention',
      ref,
      base: 'cast',
      baseCount: 25,
      required: 1,
      got: 15,
      missing: 0,
      spare: 14,
      params: { members: 27, present: 26, for: 15, against: 10, election: false, abstaining: 1 },
    });
  });

  it('marks every tie as a tie, over the votes cast, with the lot or the chair vote', () => {
    const tie = { members: 27, present: 26, for: 13, against: 13 };
    const numbers = { ref, base: 'cast', baseCount: 26, got: 13 };
    expect(evaluateCouncilVote(kommunelovenDefaults, { ...tie, election: true })).toMatchObject({
      ...numbers,
      ok: false,
      code: 'council.tie-lot-missing',
      params: { ...params, election: true, tie: true },
    });
    expect(evaluateCouncilVote(kommunelovenDefaults, { ...tie, election: true, lot: 'for' })).toStrictEqual({
      ...numbers,
      ok: true,
      code: 'council.tie-lot-for',
      required: 13,
      missing: 0,
      spare: 0,
      params: { ...params, election: true, tie: true, lot: 'for' },
    });
    expect(evaluateCouncilVote(kommunelovenDefaults, tie)).toMatchObject({
      ...numbers,
      ok: false,
      code: 'council.tie-chair-missing',
      params: { ...params, tie: true },
    });
    expect(evaluateCouncilVote(kommunelovenDefaults, { ...tie, chairVote: 'for' })).toStrictEqual({
      ...numbers,
      ok: true,
      code: 'council.tie-chair-for',
      required: 13,
      missing: 0,
      spare: 0,
      params: { ...params, tie: true, chairVote: 'for' },
    });
    const fails = { ...kommunelovenDefaults, tieBreak: 'fails' as const };
    expect(evaluateCouncilVote(fails, { ...tie, chairVote: 'for' })).toMatchObject({
      ...numbers,
      ok: false,
      code: 'council.tie-fails',
      params: { ...params, tie: true },
    });
  });

  it.each<[string, CouncilVote, boolean, string]>([
    ['every member present', { members: 5, present: 5, for: 3, against: 2 }, true, 'council.adopted'],
    ['nobody against', { members: 5, present: 3, for: 3, against: 0 }, true, 'council.adopted'],
    ['a negative count', { members: 27, present: 26, for: 27, against: -1 }, false, 'council.invalid-count'],
  ])('checks the counts: %s', (_name, vote, ok, code) => {
    expect(evaluateCouncilVote(kommunelovenDefaults, vote)).toMatchObject({ ok, code });
  });
});
