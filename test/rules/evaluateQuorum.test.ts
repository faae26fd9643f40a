import { describe, expect, it } from 'vitest';
import { evaluateQuorum, type QuorumRule } from '../../src/index.js';
import { roll } from './_roll.js';

const half = (
  comparison: 'atLeast' | 'moreThan',
  counts: QuorumRule['counts'] = 'present',
  perBloc?: number,
): QuorumRule => ({
  counts,
  threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison },
  ...(perBloc === undefined ? {} : { perBloc }),
  ref: '§7.1',
});

describe('evaluateQuorum', () => {
  it.each([
    ['exactly half present, at least half', half('atLeast'), 'pp--', true, 2, 2, 0],
    ['exactly half present, more than half', half('moreThan'), 'pp--', false, 3, 2, 1],
    ['two of five present, at least half', half('atLeast'), 'pp---', false, 3, 2, 1],
    ['three of five present, at least half', half('atLeast'), 'ppp--', true, 3, 3, 0],
    ['cast: present without a vote does not count', half('atLeast', 'cast'), 'fpp-', false, 2, 1, 1],
    ['for+abstain: against does not count', half('atLeast', 'for+abstain'), 'fxaa', true, 2, 2, 0],
    ['for+abstain: two against of four', half('moreThan', 'for+abstain'), 'fxaa', false, 3, 2, 1],
    ['recused member is neither seated nor present', half('moreThan'), 'ppr-', true, 2, 2, 0],
    ['observers never count', half('atLeast'), 'p---oo', false, 2, 1, 1],
    ['nobody seated is never quorate', half('atLeast'), 'oo', false, 1, 0, 1],
  ] as const)('%s', (_name, rule, spec, ok, required, got, missing) => {
    const outcome = evaluateQuorum(rule, roll(spec));
    expect(outcome).toMatchObject({ ok, required, got, missing, ref: '§7.1', base: 'seated' });
  });

  it('fails a per-bloc quorum when one side has nobody present', () => {
    const outcome = evaluateQuorum(half('atLeast', 'present', 1), roll('K:ppp H:--'));
    expect(outcome.ok).toBe(false);
    expect(outcome.code).toBe('quorum.bloc-short');
    expect(outcome.children?.map((c) => [c.bloc, c.ok, c.got, c.missing])).toEqual([
      ['helseforetakssiden', false, 0, 1],
      ['kommunesiden', true, 3, 0],
    ]);
  });

  it('passes a per-bloc quorum with one from each side', () => {
    const outcome = evaluateQuorum(half('atLeast', 'present', 1), roll('K:pp- H:p-'));
    expect(outcome).toMatchObject({ ok: true, code: 'quorum.met', got: 3, required: 3 });
  });

  it('gives the code and params of a plain quorum, met and short', () => {
    expect(evaluateQuorum(half('atLeast'), roll('pp--'))).toEqual({
      ok: true,
      code: 'quorum.met',
      ref: '§7.1',
      base: 'seated',
      baseCount: 4,
      required: 2,
      got: 2,
      missing: 0,
      spare: 0,
      params: { counts: 'present', comparison: 'atLeast' },
    });
    expect(evaluateQuorum(half('moreThan'), roll('pp--'))).toMatchObject({
      ok: false,
      code: 'quorum.short',
      params: { counts: 'present', comparison: 'moreThan' },
    });
  });

  it('counts votes against among those cast', () => {
    const outcome = evaluateQuorum(half('atLeast', 'cast'), roll('fapp'));
    expect(outcome).toMatchObject({ ok: true, got: 2, required: 2 });
  });

  it('lets a head count of nobody be met by nobody, where a share asks for one at least', () => {
    const none: QuorumRule = {
      counts: 'present',
      threshold: { kind: 'count', count: 0, comparison: 'atLeast' },
      ref: '§3',
    };
    expect(evaluateQuorum(none, roll('--'))).toMatchObject({ ok: true, required: 0, got: 0 });
    const anyShare: QuorumRule = {
      counts: 'present',
      threshold: { kind: 'share', fraction: { numerator: 0, denominator: 1 }, comparison: 'atLeast' },
      ref: '§3',
    };
    expect(evaluateQuorum(anyShare, roll('--'))).toMatchObject({ ok: false, required: 1, got: 0 });
  });

  it('says what each side had, with the codes and params of a per-bloc quorum', () => {
    const outcome = evaluateQuorum(half('atLeast', 'present', 1), roll('K:pp- H:--'));
    expect(outcome.params).toEqual({ counts: 'present', comparison: 'atLeast', perBloc: 1 });
    expect(outcome.children?.map((c) => [c.bloc, c.code, c.params])).toEqual([
      ['helseforetakssiden', 'quorum.bloc-short', { counts: 'present' }],
      ['kommunesiden', 'quorum.bloc-met', { counts: 'present' }],
    ]);
  });

  it('fails a per-bloc quorum short overall even when every side has its members', () => {
    const outcome = evaluateQuorum(half('atLeast', 'present', 1), roll('K:p-- H:p--'));
    expect(outcome.children?.every((c) => c.ok)).toBe(true);
    expect(outcome).toMatchObject({ ok: false, code: 'quorum.short', got: 2, required: 3 });
  });

  it('counts a fixed head count', () => {
    const rule: QuorumRule = {
      counts: 'present',
      threshold: { kind: 'count', count: 4, comparison: 'atLeast' },
      ref: '§3',
    };
    expect(evaluateQuorum(rule, roll('ppp--')).missing).toBe(1);
    expect(evaluateQuorum(rule, roll('pppp-')).ok).toBe(true);
  });
});
