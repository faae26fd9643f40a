import { checkInvariants } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import {
  assess,
  compareStatutes,
  explain,
  explainCheck,
  namesOf,
  replay,
  requirements,
  type Statute,
  safeParseStatute,
  whatIf,
} from '../../src/index.js';
import { kommuner, revisionAdopted, ssuMembers, stavanger, vedtak } from './_stavanger.js';

const setup = [...ssuMembers, ...revisionAdopted];
// A hypothetical round of vedtak on the revised agreement: the HF's styre and Sandnes adopt it,
// Sola rejects it, Kvitsøy (and the other kommuner) have not handled it.
const round = [
  vedtak('sandnes', '2024-04-18'),
  vedtak('sola', '2024-04-25', 'rejected'),
  vedtak('helse-stavanger', '2024-05-02'),
];
const others = kommuner.map(([id]) => id).filter((id) => id !== 'sandnes' && id !== 'sola');
const asOf = '2024-06-01';

const withRule = (rule: Partial<Statute['ratification'][number]>): Statute => ({
  ...stavanger,
  ratification: [{ ...(stavanger.ratification[0] as Statute['ratification'][number]), ...rule }],
});

describe('a revised overordnet samarbeidsavtale, ratified per party (Helse Stavanger)', () => {
  it('the test statute parses', () => {
    const result = safeParseStatute(stavanger);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  const { state, outcomes } = replay(stavanger, [...setup, ...round]);
  const report = assess(state, 'SSU-2024-4', { asOf });

  it('is in force for Sandnes from the later vedtak, rejected by Sola, pending for the rest', () => {
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
    expect(report.status).toBe('in-force');
    expect(report.ratification?.perParty).toEqual({
      counterparty: ['helse-stavanger'],
      inForce: [{ party: 'sandnes', on: '2024-05-02' }],
      awaitingCounterparty: [],
      rejected: [{ party: 'sola', on: '2024-04-25' }],
      pending: others,
      lapsed: [],
    });
    expect(report.ratification?.metOn).toBe('2024-05-02');
    expect(report.ratification?.requirements).toEqual([]);
    expect(report.binds).toEqual(['helse-stavanger', 'sandnes']);
    expect(checkInvariants(state)).toEqual([]);
  });

  it('before the HF has adopted, Sandnes awaits the HF and nobody is bound', () => {
    const before = assess(state, 'SSU-2024-4', { asOf: '2024-04-30' });
    expect(before.status).toBe('pending-ratification');
    expect(before.binds).toEqual([]);
    expect(before.ratification?.perParty?.awaitingCounterparty).toEqual([
      { party: 'sandnes', on: '2024-04-18' },
    ]);
  });

  it('explains each party, with dates, in both languages', () => {
    const names = namesOf(stavanger);
    const lines = (locale: 'nb' | 'en') =>
      explain(report, { locale, names })
        .split('\n')
        .filter((l) => /Tilslutning|Ratification|Per part/.test(l))
        .map((l) => l.replace(/Kvitsøy.*Time/, 'Kvitsøy … Time'));
    expect(lines('nb')).toMatchInlineSnapshot(`
      [
        "  ✓ Tilslutning: i kraft for Sandnes, hver for seg med Helse Stavanger HF; avvist av Sola; ikke behandlet: Bjerkreim, Eigersund, Lund, Hå, Gjesdal, Hjelmeland, Sokndal, Klepp, Kvitsøy … Time (hol § 6-1)",
        "Tilslutning (hol § 6-1): vedtatt av Helse Stavanger HF, Sandnes; avvist av Sola; mangler: Bjerkreim, Eigersund, Lund, Hå, Gjesdal, Hjelmeland, Sokndal, Klepp, Kvitsøy … Time.",
        "Per part (hol § 6-1): i kraft for Sandnes fra 2024-05-02, hver for seg med Helse Stavanger HF; avvist av Sola den 2024-04-25; ikke behandlet: Bjerkreim, Eigersund, Lund, Hå, Gjesdal, Hjelmeland, Sokndal, Klepp, Kvitsøy … Time.",
      ]
    `);
    expect(lines('en')).toMatchInlineSnapshot(`
      [
        "  ✓ Ratification: in force for Sandnes, each with Helse Stavanger HF; rejected by Sola; not yet decided: Bjerkreim, Eigersund, Lund, Hå, Gjesdal, Hjelmeland, Sokndal, Klepp, Kvitsøy … Time (hol § 6-1)",
        "Ratification (hol § 6-1): adopted by Helse Stavanger HF, Sandnes; rejected by Sola; missing: Bjerkreim, Eigersund, Lund, Hå, Gjesdal, Hjelmeland, Sokndal, Klepp, Kvitsøy … Time.",
        "Per party (hol § 6-1): in force for Sandnes from 2024-05-02, each with Helse Stavanger HF; rejected by Sola on 2024-04-25; not yet decided: Bjerkreim, Eigersund, Lund, Hå, Gjesdal, Hjelmeland, Sokndal, Klepp, Kvitsøy … Time.",
      ]
    `);
  });

  it('one kommune’s rejection holds no other back, and the latest vedtak counts', () => {
    const later = [
      vedtak('kvitsoy', '2024-05-10'),
      vedtak('sola', '2024-05-20'), // Sola adopts after all
      vedtak('sandnes', '2024-05-21', 'rejected'), // Sandnes turns it down after adopting it
    ];
    const next = replay(stavanger, [...setup, ...round, ...later]).state;
    const r = assess(next, 'SSU-2024-4', { asOf });
    expect(r.ratification?.perParty?.inForce).toEqual([
      { party: 'kvitsoy', on: '2024-05-10' },
      { party: 'sola', on: '2024-05-20' },
    ]);
    expect(r.ratification?.perParty?.rejected).toEqual([{ party: 'sandnes', on: '2024-05-21' }]);
    expect(r.binds).toEqual(['helse-stavanger', 'kvitsoy', 'sola']);
  });

  it('the HF rejecting it leaves every kommune that adopted waiting, and binds nobody', () => {
    const next = replay(stavanger, [...setup, ...round, vedtak('helse-stavanger', '2024-05-15', 'rejected')]);
    const r = assess(next.state, 'SSU-2024-4', { asOf });
    expect(r.status).toBe('pending-ratification');
    expect(r.binds).toEqual([]);
    expect(r.ratification?.perParty?.awaitingCounterparty).toEqual([{ party: 'sandnes', on: '2024-04-18' }]);
    expect(explainCheck(r.checks.find((c) => c.id === 'ratification') as never, { locale: 'en' })).toContain(
      'not in force for any party yet; adopted, awaiting helse-stavanger: sandnes; rejected by sola',
    );
  });

  it('a party that has not decided by the deadline has lapsed, for itself only', () => {
    const statute = withRule({ deadlineDays: 60 }); // deadline 2024-05-13 (an assumption for the test)
    const late = vedtak('kvitsoy', '2024-05-20');
    const { state: s } = replay(statute, [...setup, ...round, late]);
    const r = assess(s, 'SSU-2024-4', { asOf });
    expect(r.status).toBe('in-force');
    expect(r.ratification?.perParty?.lapsed).toEqual(others);
    expect(r.ratification?.perParty?.inForce).toEqual([{ party: 'sandnes', on: '2024-05-02' }]);
    const deadline = r.checks.find((c) => c.id === 'deadline');
    expect(deadline).toMatchObject({
      ok: true,
      code: 'deadline.lapsed-for',
      params: { deadline: '2024-05-13' },
    });
    expect(explainCheck(deadline as never, { locale: 'nb' })).toMatch(
      /^✓ Frist: fristen \(2024-05-13\) er ute: bortfalt for bjerkreim, .*som ikke behandlet saken i tide/,
    );
    // Before the deadline, the same parties are still pending.
    expect(assess(s, 'SSU-2024-4', { asOf: '2024-05-10' }).ratification?.perParty?.pending).toEqual(others);
  });

  it('lapses as a whole when the deadline passes before it is in force for anyone', () => {
    const statute = withRule({ deadlineDays: 30 }); // deadline 2024-04-13
    const { state: s } = replay(statute, [...setup, ...round]);
    const r = assess(s, 'SSU-2024-4', { asOf });
    expect(r.status).toBe('lapsed');
    expect(r.checks.find((c) => c.id === 'deadline')?.code).toBe('deadline.passed');
    expect(requirements(s, 'SSU-2024-4', { asOf }).blocked?.code).toBe('deadline.passed');
  });

  it('requirements: what each party not yet bound needs', () => {
    const r = requirements(state, 'SSU-2024-4', { asOf });
    expect(r.satisfied).toBe(true);
    expect(r.parties?.find((p) => p.party === 'sola')?.needs).toEqual([
      { kind: 'ratification', party: 'sola' },
    ]);
    expect(r.parties?.map((p) => p.party)).toEqual(['sola', ...others]);
    const early = requirements(replay(stavanger, setup).state, 'SSU-2024-4', { asOf });
    expect(early.status).toBe('pending-ratification');
    expect(early.options).toEqual([
      {
        all: [{ kind: 'ratification', party: 'helse-stavanger' }],
        choose: [{ count: 1, of: kommuner.map(([id]) => ({ kind: 'ratification', party: id })) }],
        size: 2,
      },
    ]);
    expect(early.parties?.[0]).toEqual({
      party: 'bjerkreim',
      needs: [
        { kind: 'ratification', party: 'bjerkreim' },
        { kind: 'ratification', party: 'helse-stavanger' },
      ],
    });
  });

  it('whatIf: one more kommune adopting changes whom it binds, and says which party moved', () => {
    const { changes } = whatIf(state, [vedtak('kvitsoy', '2024-05-10')], { asOf });
    expect(changes).toEqual([
      {
        proposal: 'SSU-2024-4',
        before: { status: 'in-force', valid: true, binds: ['helse-stavanger', 'sandnes'] },
        after: { status: 'in-force', valid: true, binds: ['helse-stavanger', 'kvitsoy', 'sandnes'] },
        checks: [],
        parties: [{ party: 'kvitsoy', before: 'pending', after: 'in-force' }],
      },
    ]);
    // A rejection binds and unbinds no one, and is still a change.
    const no = whatIf(state, [vedtak('kvitsoy', '2024-05-10', 'rejected')], { asOf }).changes;
    expect(no[0]?.parties).toEqual([{ party: 'kvitsoy', before: 'pending', after: 'rejected' }]);
  });

  it('compareStatutes: under "every kommune and the HF" the same vedtak bind nobody', () => {
    const collective = withRule({
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
    });
    const { changes } = compareStatutes(collective, stavanger, [...setup, ...round], { asOf });
    expect(changes).toEqual([
      expect.objectContaining({
        before: { status: 'pending-ratification', valid: true, binds: [] },
        after: { status: 'in-force', valid: true, binds: ['helse-stavanger', 'sandnes'] },
        checks: [
          {
            id: 'ratification',
            before: { ok: false, code: 'ratification.pending' },
            after: { ok: true, code: 'ratification.per-party' },
          },
        ],
      }),
    ]);
  });
});
