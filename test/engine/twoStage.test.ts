import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  explain,
  type GovernanceEvent,
  parseStatute,
  replay,
  type Statute,
  safeParseStatute,
  scenario,
  type TwoStageRule,
} from '../../src/index.js';
import { appointSsu, attendAndVote, ssuMeeting, ssuMembers, vestfoldStated } from './_vestfold.js';

// The Vestfold SSU with a two-stage rule for patient pathways. No public statute of a
// helsefellesskap that the presets rest on states one: the rule, and its letting the
// secretariat hold the first stage, are assumptions of these tests (the shape follows the
// communities whose SSU handles a matter "før endeleg handsaming" and whose secretariat prepares
// the cases, facts §1.9 and §1.10).
function withTwoStage(rule: Omit<TwoStageRule, 'ref'>): Statute {
  return parseStatute({
    ...vestfoldStated,
    sections: {
      ...vestfoldStated.sections,
      'to-trinn': { title: 'Behandling i to trinn', text: 'Antatt i testene.', status: 'assumption' },
    },
    bodies: vestfoldStated.bodies.map((b) =>
      b.id === 'ssu' ? { ...b, twoStage: { ...rule, ref: 'to-trinn' } } : b,
    ),
  });
}

const sameBody = withTwoStage({ matters: ['patient-pathway'] });
const orSecretariat = withTwoStage({
  matters: ['patient-pathway'],
  firstStage: [{ kind: 'same-body' }, { kind: 'secretariat' }],
});

/** A second SSU meeting on 2024-06-13, called on 2024-05-20. */
const juneMeeting: GovernanceEvent = {
  type: 'meeting-convened',
  at: '2024-05-20',
  meeting: 'ssu-2024-06',
  body: 'ssu',
  date: '2024-06-13',
};

/** Everyone attends the June meeting and votes for SSU-7. */
function decideInJune(): GovernanceEvent[] {
  return [
    { type: 'attendance-recorded', at: '2024-06-13', meeting: 'ssu-2024-06', present: ssuMembers },
    ...ssuMembers.map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-06-13',
        proposal: 'SSU-7',
        member,
        vote: 'for',
      }),
    ),
    { type: 'proposal-concluded', at: '2024-06-13', proposal: 'SSU-7' },
  ];
}

function twoStageCheck(statute: Statute, events: GovernanceEvent[]) {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  const report = assess(state, 'SSU-7');
  return { report, check: report.checks.find((c) => c.id === 'two-stage') };
}

describe('two-stage handling: discussed first, decided at a later meeting', () => {
  it('makes a case decided at the meeting where it was first tabled invalid, and says the first stage is missing', () => {
    const { report, check } = twoStageCheck(sameBody, [
      ...appointSsu(),
      ...ssuMeeting(),
      ...attendAndVote(ssuMembers),
    ]);
    expect(check).toMatchObject({
      ok: false,
      ref: 'to-trinn',
      code: 'two-stage.missing',
      params: { matter: 'patient-pathway', decidedAt: 'ssu-2024-03', date: '2024-03-14', heldBy: [] },
    });
    expect(report).toMatchObject({ status: 'invalid', valid: false });
    expect(explain(report, { locale: 'nb' })).toContain('første trinn (drøfting) mangler');
    expect(explain(report, { locale: 'en' })).toContain('the first stage (drøfting) is missing');
  });

  it('makes the same case valid when it is deferred from the first meeting and decided at the next', () => {
    const events: GovernanceEvent[] = [
      ...appointSsu(),
      ...ssuMeeting(),
      juneMeeting,
      { type: 'proposal-deferred', at: '2024-03-14', proposal: 'SSU-7', meeting: 'ssu-2024-06' },
      ...decideInJune(),
    ];
    const { report, check } = twoStageCheck(sameBody, events);
    expect(check).toMatchObject({
      ok: true,
      code: 'two-stage.held',
      params: { by: 'same-body', meeting: 'ssu-2024-03', date: '2024-03-14', decidedAt: 'ssu-2024-06' },
    });
    expect(report).toMatchObject({
      status: 'adopted',
      valid: true,
      meeting: 'ssu-2024-06',
      date: '2024-06-13',
    });
  });

  it('does not count a meeting the case was moved away from before it was held', () => {
    const events: GovernanceEvent[] = [
      ...appointSsu(),
      ...ssuMeeting(),
      juneMeeting,
      { type: 'proposal-deferred', at: '2024-03-01', proposal: 'SSU-7', meeting: 'ssu-2024-06' },
      ...decideInJune(),
    ];
    expect(twoStageCheck(sameBody, events).check).toMatchObject({ ok: false, code: 'two-stage.missing' });
  });

  it('lets the secretariat hold the first stage where the statute allows it, and not otherwise', () => {
    const events: GovernanceEvent[] = [
      ...appointSsu(),
      ...ssuMeeting(),
      { type: 'proposal-discussed', at: '2024-03-01', proposal: 'SSU-7', by: 'secretariat' },
      ...attendAndVote(ssuMembers),
    ];
    expect(twoStageCheck(orSecretariat, events)).toMatchObject({
      report: { status: 'adopted', valid: true },
      check: { ok: true, code: 'two-stage.held', params: { by: 'secretariat', date: '2024-03-01' } },
    });
    const { report, check } = twoStageCheck(sameBody, events);
    expect(check).toMatchObject({
      ok: false,
      code: 'two-stage.not-allowed',
      params: { allowed: ['same-body'], heldBy: ['secretariat'] },
    });
    expect(report.status).toBe('invalid');
    expect(explain(report, { locale: 'en' })).toContain('the first stage was held by the secretariat');
  });

  it('does not count a discussion on the day of the deciding meeting', () => {
    const events: GovernanceEvent[] = [
      ...appointSsu(),
      ...ssuMeeting(),
      { type: 'proposal-discussed', at: '2024-03-14', proposal: 'SSU-7', meeting: 'ssu-2024-03' },
      ...attendAndVote(ssuMembers),
    ];
    expect(twoStageCheck(sameBody, events).check).toMatchObject({ ok: false, code: 'two-stage.missing' });
  });

  it('leaves matters outside the rule, and bodies without one, without the check', () => {
    const events = [...appointSsu(), ...ssuMeeting({ matter: 'procedure' }), ...attendAndVote(ssuMembers)];
    const { state } = replay(sameBody, events);
    expect(assess(state, 'SSU-7').checks.map((c) => c.id)).not.toContain('two-stage');
    const plain = replay(vestfoldStated, [...appointSsu(), ...ssuMeeting(), ...attendAndVote(ssuMembers)]);
    expect(assess(plain.state, 'SSU-7').checks.map((c) => c.id)).not.toContain('two-stage');
  });

  it('writes the same events from the scenario builder', () => {
    const s = scenario(orSecretariat)
      .record(...appointSsu())
      .on('2024-03-14')
      .convene('ssu', { meeting: 'ssu-2024-03', noticeDays: 15 })
      .propose('SSU-7', 'patient-pathway')
      .on('2024-06-13')
      .convene('ssu', { meeting: 'ssu-2024-06', noticeDays: 24 })
      .defer('ssu-2024-06', 'SSU-7')
      .attend(ssuMembers)
      .vote('SSU-7', Object.fromEntries(ssuMembers.map((m) => [m, 'for' as const])))
      .conclude('SSU-7');
    expect(s.report('SSU-7')).toMatchObject({ status: 'adopted', valid: true, meeting: 'ssu-2024-06' });
    const first = scenario(orSecretariat)
      .record(...appointSsu())
      .on('2024-03-14')
      .convene('ssu', { meeting: 'ssu-2024-03', noticeDays: 15 })
      .on('2024-03-01')
      .propose('SSU-7', 'patient-pathway')
      .discuss('SSU-7', 'secretariat')
      .on('2024-03-14')
      .attend(ssuMembers)
      .vote('SSU-7', Object.fromEntries(ssuMembers.map((m) => [m, 'for' as const])))
      .conclude('SSU-7');
    expect(first.report('SSU-7').checks.find((c) => c.id === 'two-stage')).toMatchObject({ ok: true });
  });
});

describe('deferring and discussing a case: what is rejected', () => {
  const base = replay(sameBody, [...appointSsu(), ...ssuMeeting(), juneMeeting]).state;

  it.each([
    [
      'to an earlier or the same meeting',
      { type: 'proposal-deferred', at: '2024-03-14', proposal: 'SSU-7', meeting: 'ssu-2024-03' },
      'proposal.defer-not-later',
    ],
    [
      'to an unknown meeting',
      { type: 'proposal-deferred', at: '2024-03-14', proposal: 'SSU-7', meeting: 'nope' },
      'meeting.unknown',
    ],
    [
      'a discussion with neither a meeting nor the secretariat',
      { type: 'proposal-discussed', at: '2024-03-14', proposal: 'SSU-7' },
      'proposal.discussed-where',
    ],
    [
      'a discussion with both',
      {
        type: 'proposal-discussed',
        at: '2024-03-14',
        proposal: 'SSU-7',
        meeting: 'ssu-2024-03',
        by: 'secretariat',
      },
      'proposal.discussed-where',
    ],
    [
      'a discussion at a meeting not yet held',
      { type: 'proposal-discussed', at: '2024-03-01', proposal: 'SSU-7', meeting: 'ssu-2024-03' },
      'meeting.not-held',
    ],
    [
      'a discussion of an unknown case',
      { type: 'proposal-discussed', at: '2024-03-14', proposal: 'SSU-9', by: 'secretariat' },
      'proposal.unknown',
    ],
  ] as const)('%s', (_name, event, code) => {
    const { state, outcome } = apply(base, event as GovernanceEvent);
    expect(outcome).toMatchObject({ kind: 'rejected', reasons: [{ code }] });
    expect(state).toBe(base);
  });

  it('rejects deferring a case once votes are cast', () => {
    const voted = apply(base, {
      type: 'vote-cast',
      at: '2024-03-14',
      proposal: 'SSU-7',
      member: 'ssu-horten',
      vote: 'for',
    });
    const { state, outcome } = apply(voted.state, {
      type: 'proposal-deferred',
      at: '2024-03-14',
      proposal: 'SSU-7',
      meeting: 'ssu-2024-06',
    });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'proposal.defer-after-votes', params: { votes: 1 } }],
    });
    expect(state).toBe(voted.state);
  });

  it('rejects deferring to a meeting of another body', () => {
    const pm = apply(base, {
      type: 'meeting-convened',
      at: '2024-05-01',
      meeting: 'pm-2024',
      body: 'pm',
      date: '2024-06-01',
    });
    const { outcome } = apply(pm.state, {
      type: 'proposal-deferred',
      at: '2024-03-14',
      proposal: 'SSU-7',
      meeting: 'pm-2024',
    });
    expect(outcome).toMatchObject({ kind: 'rejected', reasons: [{ code: 'proposal.wrong-body' }] });
  });
});

describe('a two-stage rule in the statute', () => {
  it('names known matters and bodies, and no other body for the body itself', () => {
    const result = safeParseStatute({
      ...vestfoldStated,
      bodies: vestfoldStated.bodies.map((b) =>
        b.id === 'ssu'
          ? {
              ...b,
              twoStage: {
                matters: ['nope'],
                firstStage: [
                  { kind: 'body', body: 'ssu' },
                  { kind: 'body', body: 'ghost' },
                ],
                ref: 'ssu',
              },
            }
          : b,
      ),
    });
    expect(result.success).toBe(false);
    const index = vestfoldStated.bodies.findIndex((b) => b.id === 'ssu');
    const issues = result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['unknown_matter', `bodies.${index}.twoStage.matters.0`],
        ['first_stage_self', `bodies.${index}.twoStage.firstStage.0.body`],
        ['unknown_body', `bodies.${index}.twoStage.firstStage.1.body`],
      ]),
    );
  });
});
