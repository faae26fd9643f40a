import { describe, expect, it } from 'vitest';
import {
  apply,
  explainReason,
  type GovernanceEvent,
  presets,
  type ReasonCode,
  replay,
} from '../../src/index.js';
import { appointSsu, ssuMeeting, ssuMembers } from './_vestfold.js';

// An SSU meeting with one open case; a second case concluded; SSU and an observer-free body.
const base = replay(presets.vestfold, [
  ...appointSsu(),
  ...ssuMeeting(),
  {
    type: 'proposal-submitted',
    at: '2024-02-28',
    proposal: 'SSU-8',
    body: 'ssu',
    matter: 'procedure',
    meeting: 'ssu-2024-03',
  },
  { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: ssuMembers },
  { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'ssu-horten', vote: 'for' },
  ...ssuMembers.map(
    (member): GovernanceEvent => ({
      type: 'vote-cast',
      at: '2024-03-14',
      proposal: 'SSU-8',
      member,
      vote: 'for',
    }),
  ),
  { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-8' },
]);

const rows: [string, GovernanceEvent, ReasonCode][] = [
  [
    'a vote by someone not appointed',
    { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'stranger', vote: 'for' },
    'vote.not-member',
  ],
  [
    'a second vote by the same member',
    { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'ssu-horten', vote: 'against' },
    'vote.twice',
  ],
  [
    'a vote after the case is concluded',
    { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-8', member: 'ssu-larvik', vote: 'for' },
    'proposal.closed',
  ],
  [
    'a vote before the meeting is held',
    { type: 'vote-cast', at: '2024-03-01', proposal: 'SSU-7', member: 'ssu-larvik', vote: 'for' },
    'meeting.not-held',
  ],
  [
    'a vote on an unknown case',
    { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-99', member: 'ssu-larvik', vote: 'for' },
    'proposal.unknown',
  ],
  [
    'a case at a meeting never convened',
    {
      type: 'proposal-submitted',
      at: '2024-03-01',
      proposal: 'SSU-9',
      body: 'ssu',
      matter: 'procedure',
      meeting: 'ssu-2024-09',
    },
    'meeting.unknown',
  ],
  [
    'a case at another body’s meeting',
    {
      type: 'proposal-submitted',
      at: '2024-03-01',
      proposal: 'SSU-9',
      body: 'pm',
      matter: 'procedure',
      meeting: 'ssu-2024-03',
    },
    'proposal.wrong-body',
  ],
  [
    'a case of an unknown matter',
    {
      type: 'proposal-submitted',
      at: '2024-03-01',
      proposal: 'SSU-9',
      body: 'ssu',
      matter: 'vaksine',
      meeting: 'ssu-2024-03',
    },
    'proposal.unknown-matter',
  ],
  [
    'a case id used twice',
    {
      type: 'proposal-submitted',
      at: '2024-03-01',
      proposal: 'SSU-7',
      body: 'ssu',
      matter: 'procedure',
      meeting: 'ssu-2024-03',
    },
    'proposal.exists',
  ],
  [
    'a case id of __proto__',
    {
      type: 'proposal-submitted',
      at: '2024-03-01',
      proposal: '__proto__',
      body: 'ssu',
      matter: 'procedure',
      meeting: 'ssu-2024-03',
    },
    'event.invalid-id',
  ],
  [
    'attendance by a non-member',
    {
      type: 'attendance-recorded',
      at: '2024-03-14',
      meeting: 'ssu-2024-03',
      present: ['ssu-horten', 'ordfører-tønsberg'],
    },
    'attendance.not-member',
  ],
  [
    'an appointment beyond the seat’s count',
    { type: 'member-appointed', at: '2024-02-01', member: 'ssu-horten-2', body: 'ssu', seat: 'horten' },
    'seat.full',
  ],
  [
    'an appointment by the wrong authority',
    {
      type: 'member-appointed',
      at: '2024-02-01',
      member: 'x',
      body: 'pm',
      seat: 'horten',
      appointedBy: 'KS',
    },
    'seat.wrong-authority',
  ],
  [
    'an appointment to an unknown seat',
    { type: 'member-appointed', at: '2024-02-01', member: 'x', body: 'ssu', seat: 'ks' },
    'seat.unknown',
  ],
  [
    'an appointment for the wrong party',
    { type: 'member-appointed', at: '2024-02-01', member: 'x', body: 'pm', seat: 'horten', party: 'larvik' },
    'seat.wrong-party',
  ],
  [
    'an appointment of a member already seated',
    { type: 'member-appointed', at: '2024-02-01', member: 'ssu-siv-1', body: 'ssu', seat: 'fastlege' },
    'member.already-seated',
  ],
  [
    'a ratification by a party the statute does not know',
    {
      type: 'ratification-recorded',
      at: '2024-04-01',
      proposal: 'SSU-8',
      party: 'bindal',
      organ: 'kommunestyre',
      decision: 'adopted',
    },
    'ratification.unknown-party',
  ],
  [
    'a ratification by the wrong organ',
    {
      type: 'ratification-recorded',
      at: '2024-04-01',
      proposal: 'SSU-8',
      party: 'horten',
      organ: 'styre',
      decision: 'adopted',
    },
    'ratification.wrong-organ',
  ],
  [
    'a ratification of a decision that needs none',
    {
      type: 'ratification-recorded',
      at: '2024-04-01',
      proposal: 'SSU-8',
      party: 'horten',
      organ: 'kommunestyre',
      decision: 'adopted',
    },
    'ratification.not-required',
  ],
  [
    'a ratification of a case still open',
    {
      type: 'ratification-recorded',
      at: '2024-04-01',
      proposal: 'SSU-7',
      party: 'horten',
      organ: 'kommunestyre',
      decision: 'adopted',
    },
    'ratification.not-adopted',
  ],
  [
    'a meeting before its notice',
    { type: 'meeting-convened', at: '2024-05-01', meeting: 'm2', body: 'ssu', date: '2024-04-01' },
    'meeting.before-notice',
  ],
  [
    'a meeting chaired by a non-member',
    {
      type: 'meeting-convened',
      at: '2024-05-01',
      meeting: 'm2',
      body: 'ssu',
      date: '2024-06-01',
      chair: 'pm-x',
    },
    'meeting.chair-not-member',
  ],
  [
    'a meeting before any statute',
    { type: 'meeting-convened', at: '2019-05-01', meeting: 'm2', body: 'ssu', date: '2019-06-01' },
    'statute.no-version',
  ],
  [
    'a meeting of an unknown body',
    { type: 'meeting-convened', at: '2024-05-01', meeting: 'm2', body: 'fsu', date: '2024-06-01' },
    'body.unknown',
  ],
  [
    'an escalation of an open case',
    { type: 'proposal-escalated', at: '2024-03-20', proposal: 'SSU-7', to: 'pm' },
    'proposal.not-concluded',
  ],
  [
    'an escalation of a valid decision',
    { type: 'proposal-escalated', at: '2024-03-20', proposal: 'SSU-8', to: 'pm' },
    'escalation.not-failed',
  ],
  [
    'a withdrawal of a concluded case',
    { type: 'proposal-withdrawn', at: '2024-03-20', proposal: 'SSU-8' },
    'proposal.closed',
  ],
  [
    'a recusal of a non-member',
    { type: 'member-recused', at: '2024-03-14', proposal: 'SSU-7', member: 'stranger' },
    'recusal.not-member',
  ],
  [
    'a joining by a party already a member',
    { type: 'party-joined', at: '2024-03-14', party: 'larvik' },
    'party.already-member',
  ],
  [
    'a joining by an unknown party',
    { type: 'party-joined', at: '2024-03-14', party: 'bindal' },
    'party.unknown',
  ],
  [
    'a member leaving a body they do not sit on',
    { type: 'member-left', at: '2024-03-14', member: 'ssu-horten', body: 'pm' },
    'member.not-seated',
  ],
  [
    'an event with an impossible date',
    { type: 'party-joined', at: '2024-02-30', party: 'larvik' },
    'event.invalid-date',
  ],
  [
    'an event of an unknown type',
    { type: 'vote-retracted', at: '2024-03-14' } as unknown as GovernanceEvent,
    'event.unknown-type',
  ],
];

describe('apply rejects domain-invalid events', () => {
  it('starts from a state where every setup event applied', () => {
    expect(base.outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  });

  it.each(rows)('%s', (_name, event, code) => {
    const { state, outcome } = apply(base.state, event);
    expect(state).toBe(base.state);
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind === 'rejected') {
      expect(outcome.reasons.map((r) => r.code)).toContain(code);
      for (const reason of outcome.reasons) {
        expect(explainReason(reason, { locale: 'nb' })).not.toBe(reason.code);
        expect(explainReason(reason, { locale: 'en' })).not.toBe(reason.code);
      }
    }
  });

  it('rejects a vote for by an observer, naming the seat and citing the statute', () => {
    const { state } = replay(presets.nationalTemplate, [
      { type: 'member-appointed', at: '2024-01-01', member: 'sek', body: 'ssu', seat: 'sekretariat' },
      { type: 'meeting-convened', at: '2024-02-01', meeting: 'ssu-1', body: 'ssu', date: '2024-03-01' },
      {
        type: 'proposal-submitted',
        at: '2024-02-01',
        proposal: 'p',
        body: 'ssu',
        matter: 'procedure',
        meeting: 'ssu-1',
      },
    ]);
    const { state: next, outcome } = apply(state, {
      type: 'vote-cast',
      at: '2024-03-01',
      proposal: 'p',
      member: 'sek',
      vote: 'for',
    });
    expect(next).toBe(state);
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'vote.observer', params: { seat: 'sekretariat', vote: 'for' }, ref: '§4.1' }],
    });
    if (outcome.kind === 'rejected') {
      expect(explainReason(outcome.reasons[0], { locale: 'en' })).toBe(
        'sek holds seat sekretariat without stemmerett and cannot vote for (an objection may be recorded) (§4.1)',
      );
    }
  });

  it('accepts a case outside the body’s mandate (and reports it invalid)', () => {
    const { outcome } = apply(base.state, {
      type: 'proposal-submitted',
      at: '2024-03-01',
      proposal: 'SSU-10',
      body: 'ssu',
      matter: 'budget',
      meeting: 'ssu-2024-03',
    });
    expect(outcome.kind).toBe('applied');
  });
});

describe('reasons name several ids as a list, not as joined text', () => {
  it('lists the strangers at a meeting, each with its display name', () => {
    const { outcome } = apply(base.state, {
      type: 'attendance-recorded',
      at: '2024-03-14',
      meeting: 'ssu-2024-03',
      present: ['ssu-horten', 'ordfører-tønsberg', 'ordfører-larvik'],
    });
    if (outcome.kind !== 'rejected') throw new Error('applied');
    const [reason] = outcome.reasons;
    expect(reason.params.members).toEqual(['ordfører-tønsberg', 'ordfører-larvik']);
    // A display name that itself holds ", " stays one name.
    const names = { 'ordfører-tønsberg': 'Ordfører i Tønsberg', 'ordfører-larvik': 'Larvik, ordfører' };
    expect(explainReason(reason, { locale: 'nb', names })).toContain(
      'Ordfører i Tønsberg, Larvik, ordfører sitter ikke i',
    );
    expect(explainReason(reason, { locale: 'en', names })).toContain('Larvik, ordfører do not sit on');
  });
});

describe('a statute refused in an event is explained in the reader’s language', () => {
  it('names the first issue in nb, nn and en, from its code and params', () => {
    const bad = {
      ...presets.vestfold,
      effectiveFrom: '2025-01-01',
      bodies: [{ ...presets.vestfold.bodies[0], tier: 7 }],
    };
    const { state, outcome } = apply(base.state, {
      type: 'statute-adopted',
      at: '2024-12-01',
      statute: bad,
    } as unknown as GovernanceEvent);
    expect(state).toBe(base.state);
    if (outcome.kind !== 'rejected') throw new Error('applied');
    const [reason] = outcome.reasons;
    expect(reason.code).toBe('statute.invalid');
    expect(reason.params).toMatchObject({ path: 'bodies[0].tier' });
    expect(typeof reason.params.issueCode).toBe('string');
    const en = explainReason(reason, { locale: 'en' });
    expect(en).toContain(String(reason.params.message));
    const nb = explainReason(reason, { locale: 'nb' });
    const nn = explainReason(reason, { locale: 'nn' });
    for (const text of [nb, nn]) {
      expect(text).toContain('bodies[0].tier');
      expect(text).not.toContain(String(reason.params.message));
    }
    // Without the issue's code (a reason read back from an older log) the English message stands in.
    const { issueCode: _code, ...older } = reason.params;
    expect(explainReason({ ...reason, params: older }, { locale: 'nb' })).toContain(
      String(reason.params.message),
    );
  });
});
