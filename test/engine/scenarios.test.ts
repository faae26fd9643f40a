import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type Check,
  type CheckId,
  explain,
  type GovernanceEvent,
  getProposal,
  presets,
  replay,
  type Statute,
} from '../../src/index.js';
import {
  appointPm,
  appointSsu,
  attendAndVote,
  pmMembers,
  ssuMeeting,
  ssuMembers,
  vestfoldStated,
} from './_vestfold.js';

function run(statute: Statute, events: readonly GovernanceEvent[]) {
  const { state, outcomes } = replay(statute, events);
  const rejected = outcomes.filter((o) => o.kind === 'rejected');
  expect(rejected).toEqual([]);
  return state;
}

const check = <I extends CheckId>(report: ReturnType<typeof assess>, id: I) =>
  report.checks.find((c): c is Extract<Check, { id: I }> => c.id === id);

describe('Vestfold SSU: a patient pathway', () => {
  it('is adopted by consensus with quorum, and binds no party by itself', () => {
    const state = run(vestfoldStated, [...appointSsu(), ...ssuMeeting(), ...attendAndVote(ssuMembers)]);
    const report = assess(state, 'SSU-7');
    expect(report).toMatchObject({
      status: 'adopted',
      valid: true,
      tier: 2,
      body: 'ssu',
      statuteVersion: '2021-06-15',
      kind: 'decision',
      binds: [],
    });
    expect(report.checks.map((c) => [c.id, c.ok, c.code, c.ref])).toEqual([
      ['mandate', true, 'mandate.decides', 'mandat'],
      ['seats', true, 'seats.ok', 'ssu'],
      ['notice', true, 'notice.ok', 'ssu'],
      ['quorum', true, 'quorum.met', 'vedtaksførhet'],
      ['recusal', true, 'recusal.none', 'ssu'],
      ['decision-rule', true, 'consensus.met', 'konsensus'],
    ]);
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 16, required: 8, got: 16 });
  });

  it('is not adopted when one voting member is against, and can be escalated to the partnerskapsmøte', () => {
    const events = [
      ...appointSsu(),
      ...ssuMeeting(),
      ...attendAndVote(ssuMembers, { 'ssu-siv-3': 'against' }),
    ];
    const before = assess(run(vestfoldStated, events), 'SSU-7');
    expect(before).toMatchObject({ status: 'rejected', valid: false });
    expect(check(before, 'decision-rule')).toMatchObject({
      ok: false,
      code: 'consensus.objection',
      ref: 'konsensus',
      params: { missing: 1 },
    });
    expect(check(before, 'decision-rule')?.outcome.params).toMatchObject({ objectors: ['ssu-siv-3'] });

    const escalated = [
      ...events,
      { type: 'proposal-escalated', at: '2024-03-20', proposal: 'SSU-7', to: 'pm' } as const,
    ];
    const after = assess(run(vestfoldStated, escalated), 'SSU-7');
    expect(after).toMatchObject({ status: 'escalated', liesWith: { body: 'pm' } });
    expect(check(after, 'escalation')).toMatchObject({ ok: true, code: 'escalation.awaiting' });
  });

  it('follows an escalated matter to the partnerskapsmøte and shows where it lies', () => {
    const events: GovernanceEvent[] = [
      ...appointSsu(),
      ...ssuMeeting(),
      ...attendAndVote(ssuMembers, { 'ssu-siv-3': 'against' }),
      { type: 'proposal-escalated', at: '2024-03-20', proposal: 'SSU-7', to: 'pm' },
      ...appointPm(),
      { type: 'meeting-convened', at: '2024-05-01', meeting: 'pm-2024', body: 'pm', date: '2024-06-01' },
      {
        type: 'proposal-submitted',
        at: '2024-05-01',
        proposal: 'PM-2',
        body: 'pm',
        matter: 'patient-pathway',
        meeting: 'pm-2024',
        escalatedFrom: 'SSU-7',
      },
      { type: 'attendance-recorded', at: '2024-06-01', meeting: 'pm-2024', present: pmMembers },
      ...pmMembers.map(
        (member): GovernanceEvent => ({
          type: 'vote-cast',
          at: '2024-06-01',
          proposal: 'PM-2',
          member,
          vote: 'for',
        }),
      ),
      { type: 'proposal-concluded', at: '2024-06-01', proposal: 'PM-2' },
    ];
    const state = run(vestfoldStated, events);
    expect(assess(state, 'SSU-7')).toMatchObject({
      status: 'escalated',
      liesWith: { body: 'pm', proposal: 'PM-2' },
    });
    // The PM settles the disagreement: the matter is within the SSU's mandate, which escalates to
    // it, and the statute names the PM as where disagreement is settled.
    expect(assess(state, 'PM-2')).toMatchObject({ status: 'adopted', valid: true });
    expect(assess(state, 'PM-2').checks[0]).toMatchObject({
      id: 'mandate',
      ok: true,
      code: 'mandate.escalated',
      ref: 'uenighet',
      params: { from: 'ssu', proposal: 'SSU-7' },
    });
    expect(assess(state, 'SSU-7').liesWith).toEqual({ body: 'pm', proposal: 'PM-2', status: 'adopted' });
    expect(getProposal(state, 'SSU-7')?.escalation?.as).toBe('PM-2');
  });

  it('is invalid with too short a notice', () => {
    const state = run(vestfoldStated, [
      ...appointSsu(),
      ...ssuMeeting({ noticeDate: '2024-03-07' }),
      ...attendAndVote(ssuMembers),
    ]);
    const report = assess(state, 'SSU-7');
    expect(report).toMatchObject({ status: 'invalid', valid: false });
    expect(check(report, 'notice')).toMatchObject({
      ok: false,
      code: 'notice.short',
      params: { days: 7, required: 14, missing: 7 },
    });
  });

  it('is invalid when the HF side is not represented', () => {
    const kommuneOnly = ssuMembers.filter((m) => !m.startsWith('ssu-siv'));
    const report = assess(
      run(vestfoldStated, [...appointSsu(), ...ssuMeeting(), ...attendAndVote(kommuneOnly)]),
      'SSU-7',
    );
    expect(report.status).toBe('invalid');
    expect(check(report, 'quorum')).toMatchObject({ ok: false, code: 'quorum.bloc-short' });
    const quorum = check(report, 'quorum');
    const outcome = quorum !== undefined && 'outcome' in quorum ? quorum.outcome : undefined;
    expect(outcome?.children?.find((c) => c.bloc === 'helseforetakssiden')).toMatchObject({
      ok: false,
      got: 0,
      missing: 1,
    });
  });

  it('sets aside the vote of a member recused after voting', () => {
    const events = [
      ...appointSsu(),
      ...ssuMeeting(),
      { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: ssuMembers } as const,
      {
        type: 'vote-cast',
        at: '2024-03-14',
        proposal: 'SSU-7',
        member: 'ssu-siv-3',
        vote: 'against',
      } as const,
      {
        type: 'member-recused',
        at: '2024-03-14',
        proposal: 'SSU-7',
        member: 'ssu-siv-3',
        reason: 'fvl. § 6',
      } as const,
      ...ssuMembers
        .filter((m) => m !== 'ssu-siv-3')
        .map(
          (member): GovernanceEvent => ({
            type: 'vote-cast',
            at: '2024-03-14',
            proposal: 'SSU-7',
            member,
            vote: 'for',
          }),
        ),
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' } as const,
    ];
    const report = assess(run(vestfoldStated, events), 'SSU-7');
    expect(report.status).toBe('adopted');
    expect(check(report, 'recusal')).toMatchObject({
      code: 'recusal.recorded',
      params: { count: 1, members: ['ssu-siv-3'] },
    });
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 15 });
  });
});

describe('the national template', () => {
  const appoint = (body: string): GovernanceEvent[] => [
    ...['a', 'b', 'c'].map(
      (k): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: `${body}-k-${k}`,
        body,
        seat: 'kommune',
        party: `kommune-${k}`,
      }),
    ),
    ...[1, 2, 3].map(
      (i): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: `${body}-hf-${i}`,
        body,
        seat: 'helseforetak',
      }),
    ),
  ];
  const members = (body: string) => [
    ...['a', 'b', 'c'].map((k) => `${body}-k-${k}`),
    ...[1, 2, 3].map((i) => `${body}-hf-${i}`),
  ];
  const meeting = (body: string, matter: string): GovernanceEvent[] => [
    { type: 'meeting-convened', at: '2024-02-01', meeting: `${body}-1`, body, date: '2024-03-01' },
    {
      type: 'proposal-submitted',
      at: '2024-02-01',
      proposal: `${body}-sak`,
      body,
      matter,
      meeting: `${body}-1`,
    },
    { type: 'attendance-recorded', at: '2024-03-01', meeting: `${body}-1`, present: members(body) },
    ...members(body).map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-03-01',
        proposal: `${body}-sak`,
        member,
        vote: 'for',
      }),
    ),
  ];

  it('records an observer objecting but still adopts by consensus', () => {
    const state = run(presets.nationalTemplate, [
      ...appoint('ssu'),
      {
        type: 'member-appointed',
        at: '2024-01-01',
        member: 'sekretariat-1',
        body: 'ssu',
        seat: 'sekretariat',
      },
      ...meeting('ssu', 'patient-pathway'),
      {
        type: 'vote-cast',
        at: '2024-03-01',
        proposal: 'ssu-sak',
        member: 'sekretariat-1',
        vote: 'against',
        reservation: 'Mangler kostnadsberegning',
      },
      { type: 'proposal-concluded', at: '2024-03-01', proposal: 'ssu-sak' },
    ]);
    const report = assess(state, 'ssu-sak');
    expect(report).toMatchObject({ status: 'adopted', valid: true });
    expect(check(report, 'decision-rule')?.outcome?.params).toMatchObject({
      observerObjections: 1,
      objectors: [],
    });
    expect(getProposal(state, 'ssu-sak')?.votes['sekretariat-1']).toBe('against');
    expect(getProposal(state, 'ssu-sak')?.reservations).toEqual({
      'sekretariat-1': 'Mangler kostnadsberegning',
    });
  });

  it('reports an FSU deciding a budget as invalid: outside its mandate', () => {
    const state = run(presets.nationalTemplate, [
      ...appoint('fsu'),
      ...meeting('fsu', 'budget'),
      { type: 'proposal-concluded', at: '2024-03-01', proposal: 'fsu-sak' },
    ]);
    const report = assess(state, 'fsu-sak');
    expect(report).toMatchObject({ status: 'invalid', valid: false, tier: 3 });
    expect(check(report, 'mandate')).toMatchObject({ ok: false, code: 'mandate.outside', ref: '§5' });
    expect(explain(report, { locale: 'nb' })).toMatchInlineSnapshot(`
      "fsu-sak: ugyldig (ikke gyldig)
      Faglig samarbeidsutvalg (nivå 3), møte 2024-03-01, vedtekter versjon 1, per 2024-03-01
        ✗ Mandat: «budget» ligger utenfor organets mandat (§5)
        ✓ Sammensetning: 6 av 8 plasser med stemmerett er besatt (2 av de 8 hører ikke til noen side: fastlege, bruker); ledig: 1 på fastlege, 1 på bruker (§5)
        ✓ Innkalling: innkalt 29 dager før møtet; 14 kreves (§5)
        ✓ Vedtaksførhet: 6 av 8 medlemmer med stemmerett telles; 4 kreves (§7.1)
            ✓ helseforetakssiden: 3 telles; 1 kreves (§7.1)
            ✓ kommunesiden: 3 telles; 1 kreves (§7.1)
        ✓ Inhabilitet: ingen medlemmer er inhabile (§5)
        ✓ Beslutningsregel: konsensus: 6 av 6 med stemmerett til stede, ingen imot (§7)
      Binder ingen part."
    `);
    expect(explain(report, { locale: 'en' })).toMatchInlineSnapshot(`
      "fsu-sak: invalid (not valid)
      Faglig samarbeidsutvalg (tier 3), meeting 2024-03-01, statute version 1, as of 2024-03-01
        ✗ Mandate: "budget" is outside the body's mandate (ultra vires) (§5)
        ✓ Seats: 6 of 8 voting seats filled (2 of the 8 on neither side: fastlege, bruker); vacant: 1 on fastlege, 1 on bruker (§5)
        ✓ Notice: called 29 days ahead; 14 required (§5)
        ✓ Quorum: 6 of 8 voting seats counted; 4 needed (§7.1)
            ✓ the HF side: 3 counted; 1 needed (§7.1)
            ✓ the kommune side: 3 counted; 1 needed (§7.1)
        ✓ Recusal: no member recused (§5)
        ✓ Decision rule: consensus: 6 of 6 voting members present, none against (§7)
      Binds no party."
    `);
  });

  it('reports an SSU budget as a recommendation that binds no one', () => {
    const state = run(presets.nationalTemplate, [
      ...appoint('ssu'),
      ...meeting('ssu', 'budget'),
      { type: 'proposal-concluded', at: '2024-03-01', proposal: 'ssu-sak' },
    ]);
    expect(assess(state, 'ssu-sak')).toMatchObject({
      status: 'recommended',
      valid: true,
      kind: 'recommendation',
      binds: [],
    });
    expect(check(assess(state, 'ssu-sak'), 'mandate')).toMatchObject({
      ok: true,
      code: 'mandate.recommends',
    });
  });

  it('reports a matter that commits the parties decided below tier 1 as invalid', () => {
    const statute: Statute = {
      ...presets.nationalTemplate,
      bodies: presets.nationalTemplate.bodies.map((b) =>
        b.id === 'ssu'
          ? {
              ...b,
              mandate: {
                ...b.mandate,
                decides: [...b.mandate.decides, 'budget'],
                recommends: b.mandate.recommends.filter((m) => m !== 'budget'),
              },
            }
          : b,
      ),
    };
    const state = run(statute, [
      ...appoint('ssu'),
      ...meeting('ssu', 'budget'),
      { type: 'proposal-concluded', at: '2024-03-01', proposal: 'ssu-sak' },
    ]);
    const report = assess(state, 'ssu-sak');
    expect(report.status).toBe('invalid');
    expect(check(report, 'mandate')).toMatchObject({ ok: false, code: 'mandate.commits-below-top' });
    expect(explain(report, { locale: 'en' })).toContain(
      '"budget" commits the parties and must go to the partnerskapsmøte, not tier 2',
    );
  });
});

describe('apply', () => {
  it('returns a new state for an applied event, and leaves the old one untouched', () => {
    const { state } = replay(vestfoldStated, appointSsu());
    const before = JSON.stringify(state);
    const { state: next, outcome } = apply(state, ssuMeeting()[0] as GovernanceEvent);
    expect(outcome.kind).toBe('applied');
    expect(next).not.toBe(state);
    expect(JSON.stringify(state)).toBe(before);
    expect(Object.isFrozen(next)).toBe(true);
  });
});
