import { describe, expect, it } from 'vitest';
import type { DecisionReport } from '../../src/assess/types.js';
import type { PerPartyStatus } from '../../src/engine/perPartyStatus.js';
import { diffReports } from '../../src/scenario/diffReports.js';

// Reports cut to what a difference reads: status, validity, who is bound, the checks and the
// per-party standings (test data).
type Part = Pick<DecisionReport, 'status' | 'valid' | 'binds' | 'checks'> & {
  perParty?: Partial<PerPartyStatus>;
};
const report = ({ perParty, ...part }: Part): DecisionReport =>
  ({
    proposal: 'P',
    ...part,
    ...(perParty === undefined
      ? {}
      : {
          ratification: {
            perParty: {
              counterparty: [],
              inForce: [],
              awaitingCounterparty: [],
              rejected: [],
              pending: [],
              lapsed: [],
              ...perParty,
            },
          },
        }),
  }) as unknown as DecisionReport;
const check = (id: string, ok: boolean, code: string) =>
  ({ id, ok, code }) as unknown as DecisionReport['checks'][number];
const quorum = check('quorum', true, 'quorum.met');
const decision = check('decision', true, 'decision.consensus');
const base: Part = { status: 'adopted', valid: true, binds: ['a', 'b'], checks: [quorum, decision] };
const summary = { status: 'adopted', valid: true, binds: ['a', 'b'] };

describe('how a decision changed between two reports', () => {
  it('is nothing when the two agree', () => {
    expect(diffReports('P', report(base), report({ ...base, checks: [...base.checks] }))).toBeUndefined();
  });

  it('is nothing when a check only words its answer differently, with the same outcome', () => {
    const after = { ...base, checks: [check('quorum', true, 'quorum.met-by-count'), decision] };
    expect(diffReports('P', report(base), report(after))).toBeUndefined();
  });

  it('names a changed status, with both summaries and the checks that changed', () => {
    const after: Part = {
      ...base,
      status: 'rejected',
      valid: false,
      binds: [],
      checks: [quorum, check('decision', false, 'decision.blocked')],
    };
    expect(diffReports('P', report(base), report(after))).toEqual({
      proposal: 'P',
      before: summary,
      after: { status: 'rejected', valid: false, binds: [] },
      checks: [
        {
          id: 'decision',
          before: { ok: true, code: 'decision.consensus' },
          after: { ok: false, code: 'decision.blocked' },
        },
      ],
    });
  });

  it.each([
    ['the status', { status: 'in-force' }],
    ['validity', { valid: false }],
    ['who is bound', { binds: ['a'] }],
    ['the order of who is bound', { binds: ['b', 'a'] }],
  ] as const)('names a change of %s alone', (_, change) => {
    const after = { ...base, ...change } as Part;
    expect(diffReports('P', report(base), report(after))).toEqual({
      proposal: 'P',
      before: summary,
      after: { ...summary, ...change },
      checks: [],
    });
  });

  it('names a check that flipped even when the summary is the same, reworded checks with it', () => {
    const after = {
      ...base,
      checks: [check('quorum', true, 'quorum.other'), check('decision', false, 'decision.blocked')],
    };
    expect(diffReports('P', report(base), report(after))?.checks).toEqual([
      { id: 'quorum', before: { ok: true, code: 'quorum.met' }, after: { ok: true, code: 'quorum.other' } },
      {
        id: 'decision',
        before: { ok: true, code: 'decision.consensus' },
        after: { ok: false, code: 'decision.blocked' },
      },
    ]);
  });

  it('names a check whose outcome flipped under the same code', () => {
    const after = { ...base, checks: [quorum, check('decision', false, 'decision.consensus')] };
    expect(diffReports('P', report(base), report(after))?.checks).toStrictEqual([
      {
        id: 'decision',
        before: { ok: true, code: 'decision.consensus' },
        after: { ok: false, code: 'decision.consensus' },
      },
    ]);
  });

  it('gives a check only one side has with that side alone', () => {
    const after = {
      ...base,
      checks: [quorum, check('ratification', false, 'ratification.pending')],
    };
    expect(diffReports('P', report(base), report(after))?.checks).toEqual([
      { id: 'decision', before: { ok: true, code: 'decision.consensus' } },
      { id: 'ratification', after: { ok: false, code: 'ratification.pending' } },
    ]);
  });

  it('names a case only one side has, with the one summary and every check of it', () => {
    expect(diffReports('P', undefined, report(base))).toEqual({
      proposal: 'P',
      after: summary,
      checks: [
        { id: 'quorum', after: { ok: true, code: 'quorum.met' } },
        { id: 'decision', after: { ok: true, code: 'decision.consensus' } },
      ],
    });
    expect(diffReports('P', report(base), undefined)).toEqual({
      proposal: 'P',
      before: summary,
      checks: [
        { id: 'quorum', before: { ok: true, code: 'quorum.met' } },
        { id: 'decision', before: { ok: true, code: 'decision.consensus' } },
      ],
    });
    expect(diffReports('P', undefined, undefined)).toEqual({ proposal: 'P', checks: [] });
  });

  it('names each party whose standing changed, under each standing, and no party that kept its own', () => {
    const on = (party: string) => ({ party, on: '2024-05-01' });
    const before = report({
      ...base,
      perParty: {
        inForce: [on('a')],
        awaitingCounterparty: [on('b')],
        rejected: [on('c')],
        pending: ['d', 'e'],
        lapsed: ['f'],
      },
    });
    const after = report({
      ...base,
      perParty: { inForce: [on('a'), on('b')], rejected: [on('d')], pending: ['c'], lapsed: ['e', 'g'] },
    });
    expect(diffReports('P', before, after)).toStrictEqual({
      proposal: 'P',
      before: summary,
      after: summary,
      checks: [],
      parties: [
        { party: 'b', before: 'awaiting-counterparty', after: 'in-force' },
        { party: 'c', before: 'rejected', after: 'pending' },
        { party: 'd', before: 'pending', after: 'rejected' },
        { party: 'e', before: 'pending', after: 'lapsed' },
        { party: 'f', before: 'lapsed' },
        { party: 'g', after: 'lapsed' },
      ],
    });
  });

  it('takes a report without per-party standings as one where no party stands anywhere', () => {
    const after = report({ ...base, perParty: { inForce: [{ party: 'a', on: '2024-05-01' }] } });
    expect(diffReports('P', report(base), after)?.parties).toStrictEqual([{ party: 'a', after: 'in-force' }]);
  });
});
