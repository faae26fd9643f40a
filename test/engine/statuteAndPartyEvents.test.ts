import { describe, expect, it } from 'vitest';
import { type GovernanceEvent, initialState, type Statute } from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { accepts, pmAdopted, rejects, run, setup } from './_cases.js';

// Invented test data: the fixture statute (community `test`, version 1 from 2024-01-01, every
// party a founding member, twelve months' notice of withdrawal) and versions made up from it.

const adopt = (statute: Partial<Statute>, at = '2024-01-01'): GovernanceEvent => ({
  type: 'statute-adopted',
  at,
  statute: { ...minimalStatute, version: '2', ...statute },
});

const withdraw = (party: string, at: string, effective?: string): GovernanceEvent => ({
  type: 'party-withdrew',
  at,
  party,
  ...(effective === undefined ? {} : { effective }),
});

describe('statute-adopted: a new version must be the community’s, later, and after the record', () => {
  const start = initialState(minimalStatute);

  it('rejects another community’s statute, naming both', () => {
    rejects(start, adopt({ id: 'other', effectiveFrom: '2024-06-01' }), [
      { code: 'statute.other-community', params: { id: 'other', community: 'test' } },
    ]);
  });

  it('rejects a version in force from the latest version’s day, and takes one from the day after', () => {
    rejects(start, adopt({ effectiveFrom: '2024-01-01' }), [
      { code: 'statute.not-later', params: { effectiveFrom: '2024-01-01', latest: '2024-01-01' } },
    ]);
    rejects(start, adopt({ effectiveFrom: '2023-12-31' }), [
      { code: 'statute.not-later', params: { effectiveFrom: '2023-12-31', latest: '2024-01-01' } },
    ]);
    const next = accepts(start, adopt({ effectiveFrom: '2024-01-02' }));
    expect(next.statutes.map((s) => [s.version, s.effectiveFrom])).toStrictEqual([
      ['1', '2024-01-01'],
      ['2', '2024-01-02'],
    ]);
  });

  it('gives every reason at once, in order', () => {
    const state = run(minimalStatute, [
      ...setup,
      { type: 'attendance-recorded', at: '2024-03-01', meeting: 'pm-1', present: ['pm-a'] },
    ]);
    rejects(state, adopt({ id: 'other', effectiveFrom: '2023-06-01' }), [
      { code: 'statute.other-community', params: { id: 'other', community: 'test' } },
      { code: 'statute.not-later', params: { effectiveFrom: '2023-06-01', latest: '2024-01-01' } },
      {
        code: 'statute.rewrites-record',
        params: { effectiveFrom: '2023-06-01', recordedUntil: '2024-03-01' },
      },
    ]);
  });

  it('rejects a version in force on or before a meeting on record, and takes one from the day after', () => {
    const state = run(minimalStatute, [
      ...setup,
      { type: 'attendance-recorded', at: '2024-03-01', meeting: 'pm-1', present: ['pm-a'] },
    ]);
    rejects(state, adopt({ effectiveFrom: '2024-03-01' }), [
      {
        code: 'statute.rewrites-record',
        params: { effectiveFrom: '2024-03-01', recordedUntil: '2024-03-01' },
      },
    ]);
    expect(accepts(state, adopt({ effectiveFrom: '2024-03-02' })).statutes).toHaveLength(2);
  });

  it('reads the record up to the latest meeting of any body, whichever was recorded first', () => {
    const pm: GovernanceEvent = {
      type: 'attendance-recorded',
      at: '2024-03-01',
      meeting: 'pm-1',
      present: ['pm-a'],
    };
    const ssu: GovernanceEvent = {
      type: 'attendance-recorded',
      at: '2024-03-05',
      meeting: 'ssu-1',
      present: ['ssu-a'],
    };
    for (const order of [
      [pm, ssu],
      [ssu, pm],
    ]) {
      const state = run(minimalStatute, [...setup, ...order]);
      expect(state.recordedUntil).toStrictEqual({ pm: '2024-03-01', ssu: '2024-03-05' });
      rejects(state, adopt({ effectiveFrom: '2024-03-05' }), [
        {
          code: 'statute.rewrites-record',
          params: { effectiveFrom: '2024-03-05', recordedUntil: '2024-03-05' },
        },
      ]);
      accepts(state, adopt({ effectiveFrom: '2024-03-06' }));
    }
  });

  it('makes the new version’s founding parties members, unless they already are', () => {
    const parties = [
      ...minimalStatute.parties,
      { kind: 'kommune', id: 'c', name: 'C', kommunenummer: '1003', population: 500, organ: 'kommunestyre' },
      { kind: 'kommune', id: 'd', name: 'D', kommunenummer: '1004', population: 700, organ: 'kommunestyre' },
    ] as Statute['parties'];
    const state = run(minimalStatute, [withdraw('b', '2024-02-01')]);
    const next = accepts(
      state,
      adopt({
        effectiveFrom: '2025-06-01',
        parties,
        membership: { ...minimalStatute.membership, founding: ['a', 'b', 'c'] },
      }),
    );
    expect(next.parties).toStrictEqual({
      hf: { periods: [{ from: '2024-01-01' }] },
      a: { periods: [{ from: '2024-01-01' }] },
      b: {
        periods: [
          { from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-01' },
          { from: '2025-06-01' },
        ],
      },
      c: { periods: [{ from: '2025-06-01' }] },
      d: { periods: [] },
    });
  });
});

describe('statute-adopted and a party serving its notice', () => {
  const founding = { membership: { ...minimalStatute.membership, founding: ['hf', 'a', 'b'] } };

  it('leaves the notice running when the new version takes effect before it ends', () => {
    const state = run(minimalStatute, [withdraw('b', '2024-02-01')]);
    const next = accepts(state, adopt({ effectiveFrom: '2024-06-01', ...founding }));
    expect(next.parties.b).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-01' }],
    });
  });

  it('makes the party a member again from the day the notice ends, not the day before', () => {
    const state = run(minimalStatute, [withdraw('b', '2024-02-01')]);
    expect(accepts(state, adopt({ effectiveFrom: '2025-02-01', ...founding })).parties.b).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-01' }, { from: '2025-02-01' }],
    });
    expect(accepts(state, adopt({ effectiveFrom: '2025-01-31', ...founding })).parties.b).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-01' }],
    });
  });
});

describe('a change of membership is checked against the record, the statute and its parties', () => {
  it('rejects a joining or withdrawal dated before any version is in force', () => {
    const start = initialState(minimalStatute);
    rejects(start, { type: 'party-joined', at: '2023-12-31', party: 'a' }, [
      { code: 'statute.no-version', params: { date: '2023-12-31' } },
    ]);
    rejects(start, withdraw('a', '2023-12-31'), [
      { code: 'statute.no-version', params: { date: '2023-12-31' } },
    ]);
  });

  it('rejects a party the version does not know, citing the membership section', () => {
    rejects(initialState(minimalStatute), withdraw('zz', '2024-02-01'), [
      { code: 'party.unknown', params: { party: 'zz', version: '1' }, ref: '§1' },
    ]);
  });

  it('rejects a change dated before a recorded ratification, and takes one on its day', () => {
    const state = run(minimalStatute, [
      ...setup,
      ...pmAdopted,
      {
        type: 'ratification-recorded',
        at: '2024-03-10',
        proposal: 'PM-1',
        party: 'a',
        organ: 'kommunestyre',
        decision: 'adopted',
      },
    ]);
    expect(state.ratifiedUntil).toBe('2024-03-10');
    const params = { party: 'b', at: '2024-03-09', ratifiedUntil: '2024-03-10' };
    rejects(state, withdraw('b', '2024-03-09'), [{ code: 'party.rewrites-record', params }]);
    rejects(state, { type: 'party-joined', at: '2024-03-09', party: 'b' }, [
      { code: 'party.rewrites-record', params },
    ]);
    accepts(state, withdraw('b', '2024-03-10'));
  });

  it('keeps the latest ratification date when an earlier one is recorded after it', () => {
    const ratify = (party: string, organ: string, at: string): GovernanceEvent =>
      ({
        type: 'ratification-recorded',
        at,
        proposal: 'PM-1',
        party,
        organ,
        decision: 'adopted',
      }) as GovernanceEvent;
    const state = run(minimalStatute, [
      ...setup,
      ...pmAdopted,
      ratify('a', 'kommunestyre', '2024-03-10'),
      ratify('hf', 'styre', '2024-03-08'),
    ]);
    expect(state.ratifiedUntil).toBe('2024-03-10');
  });
});

describe('party-withdrew: notice, and the day the party leaves', () => {
  const start = initialState(minimalStatute);

  it('leaves when twelve months’ notice runs out, or on a later day given, never sooner', () => {
    expect(accepts(start, withdraw('a', '2024-02-01')).parties.a).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-01' }],
    });
    expect(accepts(start, withdraw('a', '2024-02-01', '2025-02-01')).parties.a).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-01' }],
    });
    expect(accepts(start, withdraw('a', '2024-02-01', '2025-02-02')).parties.a).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2025-02-02' }],
    });
    rejects(start, withdraw('a', '2024-02-01', '2025-01-31'), [
      {
        code: 'party.notice-too-short',
        params: { party: 'a', effective: '2025-01-31', months: 12, earliest: '2025-02-01' },
        ref: '§1',
      },
    ]);
  });

  it('rejects a second notice while the first runs, naming it', () => {
    const state = accepts(start, withdraw('a', '2024-02-01'));
    rejects(state, withdraw('a', '2025-01-31'), [
      { code: 'party.notice-given', params: { party: 'a', noticeGiven: '2024-02-01', to: '2025-02-01' } },
    ]);
    // Once the notice has run out the party is no longer a member.
    rejects(state, withdraw('a', '2025-02-01'), [
      { code: 'party.not-member', params: { party: 'a', date: '2025-02-01' } },
    ]);
  });

  it('rejects notice from a party that has not joined, and takes it once it has', () => {
    const notFounding = {
      ...minimalStatute,
      membership: { ...minimalStatute.membership, founding: ['hf', 'a'] },
    };
    const state = initialState(notFounding);
    rejects(state, withdraw('b', '2024-02-01'), [
      { code: 'party.not-member', params: { party: 'b', date: '2024-02-01' } },
    ]);
    const joined = accepts(state, { type: 'party-joined', at: '2024-02-01', party: 'b' });
    expect(accepts(joined, withdraw('b', '2024-02-01')).parties.b).toStrictEqual({
      periods: [{ from: '2024-02-01', noticeGiven: '2024-02-01', to: '2025-02-01' }],
    });
  });

  it('where the statute states no notice, needs a leaving day, on or after the notice', () => {
    const silent: Statute = {
      ...minimalStatute,
      membership: { withdrawalNoticeMonths: { kind: 'not-stated', ref: '§2' }, ref: '§1' },
    };
    const state = initialState(silent);
    rejects(state, withdraw('a', '2024-02-01'), [
      { code: 'party.withdrawal-date-required', params: { party: 'a' }, ref: '§2' },
    ]);
    rejects(state, withdraw('a', '2024-02-01', '2024-01-31'), [
      {
        code: 'party.notice-too-short',
        params: { party: 'a', effective: '2024-01-31', months: 0, earliest: '2024-02-01' },
        ref: '§2',
      },
    ]);
    expect(accepts(state, withdraw('a', '2024-02-01', '2024-02-01')).parties.a).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2024-02-01' }],
    });
    expect(accepts(state, withdraw('a', '2024-02-01', '2024-09-01')).parties.a).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2024-09-01' }],
    });
  });

  it('with no notice at all, leaves the day it gives notice', () => {
    const none: Statute = { ...minimalStatute, membership: { withdrawalNoticeMonths: 0, ref: '§1' } };
    const state = initialState(none);
    expect(accepts(state, withdraw('a', '2024-02-01')).parties.a).toStrictEqual({
      periods: [{ from: '2024-01-01', noticeGiven: '2024-02-01', to: '2024-02-01' }],
    });
    rejects(state, withdraw('a', '2024-02-01', '2024-01-31'), [
      {
        code: 'party.notice-too-short',
        params: { party: 'a', effective: '2024-01-31', months: 0, earliest: '2024-02-01' },
        ref: '§1',
      },
    ]);
  });

  it('ends only the membership period the notice falls in', () => {
    const state = run(minimalStatute, [
      { type: 'party-withdrew', at: '2024-01-10', party: 'a', effective: '2025-01-10' },
      { type: 'party-joined', at: '2025-03-01', party: 'a' },
      withdraw('a', '2025-04-01'),
    ]);
    expect(state.parties.a).toStrictEqual({
      periods: [
        { from: '2024-01-01', noticeGiven: '2024-01-10', to: '2025-01-10' },
        { from: '2025-03-01', noticeGiven: '2025-04-01', to: '2026-04-01' },
      ],
    });
  });
});

describe('party-joined: a party joins once, and not before a membership on record', () => {
  it('rejects a joining dated before the party’s later membership', () => {
    const state = run(
      { ...minimalStatute, membership: { ...minimalStatute.membership, founding: ['hf', 'a'] } },
      [{ type: 'party-joined', at: '2024-05-01', party: 'b' }],
    );
    rejects(state, { type: 'party-joined', at: '2024-04-30', party: 'b' }, [
      { code: 'party.joined-later', params: { party: 'b', from: '2024-05-01' } },
    ]);
    rejects(state, { type: 'party-joined', at: '2024-05-01', party: 'b' }, [
      { code: 'party.already-member', params: { party: 'b' } },
    ]);
  });
});
