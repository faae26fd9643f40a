import { describe, expect, it } from 'vitest';
import {
  addDays,
  apply,
  assess,
  type Check,
  type CheckId,
  explain,
  type GovernanceEvent,
  isNotStated,
  presets,
  replay,
  type Statute,
  safeParseStatute,
} from '../../src/index.js';
import { clone } from '../fixtures.js';
import { appointPm, pmMembers } from './_vestfold.js';

const check = <I extends CheckId>(report: ReturnType<typeof assess>, id: I) =>
  report.checks.find((c): c is Extract<Check, { id: I }> => c.id === id);

/** A budget in the Vestfold partnerskapsmøte, called `noticeDays` ahead, with `present` attending and for. */
function pmBudget(present: readonly string[], noticeDays: number, statute: Statute = presets.vestfold) {
  const date = '2024-06-01';
  const notice = addDays(date, -noticeDays);
  const events: GovernanceEvent[] = [
    ...appointPm(),
    { type: 'meeting-convened', at: notice, meeting: 'pm-2024', body: 'pm', date },
    {
      type: 'proposal-submitted',
      at: notice,
      proposal: 'PM-1',
      body: 'pm',
      matter: 'budget',
      meeting: 'pm-2024',
    },
    { type: 'attendance-recorded', at: date, meeting: 'pm-2024', present: [...present] },
    ...present.map(
      (member): GovernanceEvent => ({ type: 'vote-cast', at: date, proposal: 'PM-1', member, vote: 'for' }),
    ),
    { type: 'proposal-concluded', at: date, proposal: 'PM-1' },
  ];
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return assess(state, 'PM-1');
}

describe('a rule the statute does not state', () => {
  it.each(['helgeland', 'vestfold'] as const)(
    'the %s preset states no quorum, notice or withdrawal notice, and cites a not-stated section for each',
    (name) => {
      const statute = presets[name];
      const refs = [
        ...statute.bodies.flatMap((b) => [b.quorum, b.noticeDays]),
        statute.membership.withdrawalNoticeMonths,
      ].map((rule) => {
        expect(isNotStated(rule)).toBe(true);
        return isNotStated(rule) ? rule.ref : '';
      });
      for (const ref of new Set(refs)) expect(statute.sections[ref]?.status).toBe('not-stated');
    },
  );

  it('the national template keeps its assumed numbers', () => {
    const { bodies, membership } = presets.nationalTemplate;
    expect(bodies.some((b) => isNotStated(b.quorum) || isNotStated(b.noticeDays))).toBe(false);
    expect(membership.withdrawalNoticeMonths).toBe(12);
  });

  it('checks no quorum: 2 of 18 present is reported as such, not as quorate or short', () => {
    const report = pmBudget(pmMembers.slice(0, 2), 14);
    expect(check(report, 'quorum')).toEqual({
      id: 'quorum',
      ok: true,
      ref: 'vedtaksførhet',
      code: 'quorum.not-stated',
      params: { present: 2 },
    });
    expect(report.valid).toBe(true);
    expect(explain(report, { locale: 'nb' })).toContain(
      '– Vedtaksførhet: 2 medlemmer med stemmerett til stede; vedtektene angir ikke når organet er vedtaksført, så det er ikke kontrollert (vedtaksførhet)',
    );
    expect(explain(report, { locale: 'en' })).toContain(
      '– Quorum: 2 voting members present; the statute states no quorum, so none was checked (vedtaksførhet)',
    );
  });

  it('checks no notice period: a meeting called the day before is reported with its day of notice', () => {
    const report = pmBudget(pmMembers, 1);
    expect(check(report, 'notice')).toMatchObject({
      ok: true,
      code: 'notice.not-stated',
      params: { days: 1 },
    });
    expect(explain(report, { locale: 'en' })).toContain(
      '– Notice: called 1 day ahead; the statute states no notice period, so none was checked (innkalling)',
    );
  });

  it('the same case under a stated rule is judged by it', () => {
    const stated: Statute = {
      ...presets.vestfold,
      bodies: presets.vestfold.bodies.map((b) => ({
        ...b,
        noticeDays: 14,
        quorum: presets.nationalTemplate.bodies[0]?.quorum ?? b.quorum,
      })),
      sections: {
        ...presets.vestfold.sections,
        '§7.1': { title: 'Vedtaksførhet (mal)', status: 'assumption' },
      },
    };
    const report = pmBudget(pmMembers.slice(0, 2), 1, stated);
    expect(check(report, 'notice')).toMatchObject({
      ok: false,
      code: 'notice.short',
      params: { missing: 13 },
    });
    expect(check(report, 'quorum')).toMatchObject({ ok: false, code: 'quorum.short' });
    expect(report.status).toBe('invalid');
  });
});

describe('withdrawal where the notice period is not stated', () => {
  const start = replay(presets.vestfold, []).state;

  it('is rejected without a date it takes effect, and the state is unchanged', () => {
    const { state, outcome } = apply(start, { type: 'party-withdrew', at: '2024-11-01', party: 'larvik' });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'party.withdrawal-date-required', params: { party: 'larvik' }, ref: 'uttreden' }],
    });
    expect(state).toBe(start);
  });

  it('takes effect on the date the event gives', () => {
    const { state, outcome } = apply(start, {
      type: 'party-withdrew',
      at: '2024-11-01',
      party: 'larvik',
      effective: '2025-03-01',
    });
    expect(outcome.kind).toBe('applied');
    expect(state.parties.larvik?.periods).toEqual([
      { from: '2021-06-15', noticeGiven: '2024-11-01', to: '2025-03-01' },
    ]);
  });

  it('cannot take effect before the notice is given', () => {
    const { outcome } = apply(start, {
      type: 'party-withdrew',
      at: '2024-11-01',
      party: 'larvik',
      effective: '2024-10-01',
    });
    expect(outcome).toMatchObject({ kind: 'rejected', reasons: [{ code: 'party.notice-too-short' }] });
  });
});

describe('withdrawal where the notice period is stated', () => {
  const template = replay(presets.nationalTemplate, []).state;
  const party = presets.nationalTemplate.parties.find((p) => p.kind === 'kommune')?.id as string;

  it('runs the stated 12 months without a date, and accepts a later one', () => {
    const plain = apply(template, { type: 'party-withdrew', at: '2024-11-01', party });
    expect(plain.state.parties[party]?.periods.at(-1)?.to).toBe('2025-11-01');
    const later = apply(template, {
      type: 'party-withdrew',
      at: '2024-11-01',
      party,
      effective: '2026-01-01',
    });
    expect(later.state.parties[party]?.periods.at(-1)?.to).toBe('2026-01-01');
  });

  it('rejects a date before the notice runs out, saying when it does', () => {
    const { outcome } = apply(template, {
      type: 'party-withdrew',
      at: '2024-11-01',
      party,
      effective: '2025-06-01',
    });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'party.notice-too-short', params: { months: 12, earliest: '2025-11-01' } }],
    });
  });
});

describe('parsing a not-stated rule', () => {
  it('names the missing ref of a not-stated quorum, not a union mismatch', () => {
    const input = clone(presets.vestfold);
    delete input.bodies[1].quorum.ref;
    const result = safeParseStatute(input);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'missing_key', path: ['bodies', 1, 'quorum', 'ref'] }),
    ]);
  });

  it('requires the ref of a not-stated notice to be a section', () => {
    const input = clone(presets.vestfold);
    input.bodies[0].noticeDays = { kind: 'not-stated', ref: 'nowhere' };
    const result = safeParseStatute(input);
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([
      ['bodies', 0, 'noticeDays', 'ref'],
    ]);
  });

  it('reports a malformed stated quorum at the field that is wrong', () => {
    const input = clone(presets.nationalTemplate);
    input.bodies[1].quorum.counts = 'everyone';
    const result = safeParseStatute(input);
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([
      ['bodies', 1, 'quorum', 'counts'],
    ]);
  });
});
