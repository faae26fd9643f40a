import { describe, expect, it } from 'vitest';
import { type GovernanceEvent, getMember, type Reason, type Statute } from '../../src/index.js';
import { accepts, appoint, rejects, run, setup, withSsu } from './_cases.js';

// Invented test data: the fixture statute with a vara rule on its SSU (cited as §3, so that the
// rule's section is told apart from the SSU's own §2), the members and meetings of ./_cases.ts,
// a second kommune member ssu-b, and a second SSU meeting ssu-2 on 2024-04-01.

const rule = (substitutes: NonNullable<Statute['bodies'][number]['substitutes']>) =>
  withSsu((b) => ({ ...b, substitutes }));
const personal = rule({ kind: 'personal', ref: '§3' });
const perSeat = rule({ kind: 'ordered', per: 'seat', ref: '§3' });

const more: GovernanceEvent[] = [
  ...setup,
  appoint('ssu-b', 'ssu', 'k', 'b'),
  { type: 'meeting-convened', at: '2024-02-01', meeting: 'ssu-2', body: 'ssu', date: '2024-04-01' },
];
const personalVara: GovernanceEvent[] = [
  { type: 'substitute-appointed', at: '2024-01-02', member: 'vara-a', body: 'ssu', seat: 'k', for: 'ssu-a' },
  { type: 'substitute-appointed', at: '2024-01-02', member: 'vara-b', body: 'ssu', seat: 'k', for: 'ssu-b' },
];
const listVara: GovernanceEvent[] = [1, 2].map((rank) => ({
  type: 'substitute-appointed',
  at: '2024-01-02',
  member: `vara-${rank}`,
  body: 'ssu',
  seat: 'k',
  rank,
}));

const attend = (changes: Record<string, unknown> = {}): GovernanceEvent =>
  ({
    type: 'substitute-attending',
    at: '2024-02-15',
    member: 'vara-a',
    body: 'ssu',
    for: 'ssu-a',
    ...changes,
  }) as GovernanceEvent;

const state = run(personal, [...more, ...personalVara]);

describe('substitute-attending: at one meeting, or at every meeting of a period', () => {
  it('rejects a meeting and a period together, neither, or a period without both ends in order', () => {
    const when: Reason[] = [{ code: 'substitute.when', params: { member: 'vara-a' } }];
    rejects(state, attend({ meeting: 'ssu-1', from: '2024-03-01' }), when);
    rejects(state, attend({ meeting: 'ssu-1', to: '2024-03-31' }), when);
    rejects(state, attend(), when);
    rejects(state, attend({ from: '2024-03-01' }), when);
    rejects(state, attend({ to: '2024-03-31' }), when);
    rejects(state, attend({ from: '2024-03-02', to: '2024-03-01' }), when);
    accepts(state, attend({ from: '2024-03-01', to: '2024-03-01' }));
  });

  it('rejects an unknown meeting, and another body’s meeting', () => {
    rejects(state, attend({ meeting: 'zz' }), [{ code: 'meeting.unknown', params: { meeting: 'zz' } }]);
    rejects(state, attend({ meeting: 'pm-1' }), [
      { code: 'substitute.wrong-body', params: { meeting: 'pm-1', meetingBody: 'pm', body: 'ssu' } },
    ]);
  });

  it('rejects a period before any version, an unknown body, and a body without vara', () => {
    rejects(state, attend({ from: '2023-12-01', to: '2024-01-31' }), [
      { code: 'statute.no-version', params: { date: '2023-12-01' } },
    ]);
    rejects(state, attend({ body: 'zz', from: '2024-03-01', to: '2024-03-31' }), [
      { code: 'body.unknown', params: { body: 'zz', version: '1' } },
    ]);
    rejects(state, attend({ body: 'pm', meeting: 'pm-1' }), [
      { code: 'substitute.not-provided', params: { body: 'pm' }, ref: '§1' },
    ]);
  });
});

describe('substitute-attending: who may stand in for whom', () => {
  it('rejects a member of the body, and one who is no vara of it, citing the vara rule', () => {
    rejects(state, attend({ member: 'ssu-hf', meeting: 'ssu-1' }), [
      { code: 'substitute.is-member', params: { member: 'ssu-hf', body: 'ssu' }, ref: '§3' },
    ]);
    rejects(state, attend({ member: 'pm-a', meeting: 'ssu-1' }), [
      { code: 'substitute.not-substitute', params: { member: 'pm-a', body: 'ssu' }, ref: '§3' },
    ]);
  });

  it('rejects standing in for one who does not sit on the body, or whose vara this is not', () => {
    rejects(state, attend({ for: 'pm-a', meeting: 'ssu-1' }), [
      { code: 'member.not-seated', params: { member: 'pm-a', body: 'ssu' } },
    ]);
    rejects(state, attend({ for: 'ssu-b', meeting: 'ssu-1' }), [
      { code: 'substitute.not-eligible', params: { member: 'vara-a', for: 'ssu-b', body: 'ssu' }, ref: '§3' },
    ]);
  });

  it('judges the vara on the meeting’s day: one who left before it is no vara', () => {
    const gone = accepts(state, { type: 'member-left', at: '2024-03-05', member: 'vara-a', body: 'ssu' });
    rejects(gone, attend({ meeting: 'ssu-1' }), [
      { code: 'substitute.not-substitute', params: { member: 'vara-a', body: 'ssu' }, ref: '§3' },
    ]);
    const later = accepts(state, { type: 'member-left', at: '2024-03-06', member: 'vara-a', body: 'ssu' });
    accepts(later, attend({ meeting: 'ssu-1' }));
  });
});

describe('substitute-attending: the member must be absent', () => {
  const present: Reason[] = [
    {
      code: 'substitute.member-present',
      params: { member: 'ssu-a', substitute: 'vara-a', meeting: 'ssu-1' },
      ref: '§3',
    },
  ];

  it('rejects a vara for a member listed as present, not for one left off the list', () => {
    const listed = run(personal, [
      ...more,
      ...personalVara,
      { type: 'attendance-recorded', at: '2024-03-05', meeting: 'ssu-1', present: ['ssu-a', 'ssu-hf'] },
    ]);
    rejects(listed, attend({ meeting: 'ssu-1' }), present);
    const absent = run(personal, [
      ...more,
      ...personalVara,
      { type: 'attendance-recorded', at: '2024-03-05', meeting: 'ssu-1', present: ['ssu-hf'] },
    ]);
    accepts(absent, attend({ meeting: 'ssu-1' }));
  });

  it('rejects a vara for a member who voted or recused on a case at the meeting', () => {
    const voted = accepts(state, {
      type: 'vote-cast',
      at: '2024-03-05',
      proposal: 'SSU-1',
      member: 'ssu-a',
      vote: 'for',
    });
    rejects(voted, attend({ meeting: 'ssu-1' }), present);
    const recused = accepts(state, {
      type: 'member-recused',
      at: '2024-03-05',
      proposal: 'SSU-1',
      member: 'ssu-a',
    });
    rejects(recused, attend({ meeting: 'ssu-1' }), present);
    // Another member's vote does not make ssu-a present.
    const other = accepts(state, {
      type: 'vote-cast',
      at: '2024-03-05',
      proposal: 'SSU-1',
      member: 'ssu-b',
      vote: 'for',
    });
    accepts(other, attend({ meeting: 'ssu-1' }));
  });

  it('counts a vote on a case deferred to a later meeting at that meeting only', () => {
    const deferred = run(personal, [
      ...more,
      ...personalVara,
      { type: 'proposal-deferred', at: '2024-02-10', proposal: 'SSU-1', meeting: 'ssu-2' },
      { type: 'vote-cast', at: '2024-04-01', proposal: 'SSU-1', member: 'ssu-a', vote: 'for' },
    ]);
    accepts(deferred, attend({ meeting: 'ssu-1' }));
    rejects(deferred, attend({ meeting: 'ssu-2' }), [
      {
        code: 'substitute.member-present',
        params: { member: 'ssu-a', substitute: 'vara-a', meeting: 'ssu-2' },
        ref: '§3',
      },
    ]);
  });

  it('rejects a period that begins on or before a meeting on record, and takes one after it', () => {
    const recorded = accepts(state, {
      type: 'attendance-recorded',
      at: '2024-03-05',
      meeting: 'ssu-1',
      present: ['ssu-hf'],
    });
    rejects(recorded, attend({ from: '2024-03-05', to: '2024-03-31' }), [
      {
        code: 'member.rewrites-record',
        params: { body: 'ssu', at: '2024-03-05', recordedUntil: '2024-03-05' },
      },
    ]);
    accepts(recorded, attend({ from: '2024-03-06', to: '2024-03-31' }));
  });
});

describe('substitute-attending: one vara per member, one member per vara, per meeting', () => {
  const lists = run(perSeat, [...more, ...listVara]);
  const first = accepts(lists, attend({ member: 'vara-1', meeting: 'ssu-1' }));
  const taken: Reason[] = [
    { code: 'substitute.taken', params: { member: 'ssu-a', substitute: 'vara-1', body: 'ssu' } },
  ];

  it('records the stand-in on the vara and on the member', () => {
    expect(getMember(first, 'vara-1')?.standsIn).toStrictEqual([
      { body: 'ssu', for: 'ssu-a', meeting: 'ssu-1', at: '2024-02-15' },
    ]);
    expect(getMember(first, 'ssu-a')?.substitutedBy).toStrictEqual([
      { body: 'ssu', for: 'vara-1', meeting: 'ssu-1', at: '2024-02-15' },
    ]);
    const period = accepts(first, attend({ member: 'vara-1', from: '2024-04-01', to: '2024-04-30' }));
    expect(getMember(period, 'vara-1')?.standsIn?.[1]).toStrictEqual({
      body: 'ssu',
      for: 'ssu-a',
      from: '2024-04-01',
      to: '2024-04-30',
      at: '2024-02-15',
    });
  });

  it('rejects a second vara for the same member at the same meeting, naming the first', () => {
    rejects(first, attend({ member: 'vara-2', meeting: 'ssu-1' }), taken);
    accepts(first, attend({ member: 'vara-2', meeting: 'ssu-2' }));
  });

  it('rejects a period that takes in a meeting the member already has a vara for', () => {
    rejects(first, attend({ member: 'vara-2', from: '2024-03-01', to: '2024-03-05' }), taken);
    rejects(first, attend({ member: 'vara-2', from: '2024-03-05', to: '2024-03-10' }), taken);
    accepts(first, attend({ member: 'vara-2', from: '2024-03-06', to: '2024-03-31' }));
    accepts(first, attend({ member: 'vara-2', from: '2024-02-01', to: '2024-03-04' }));
  });

  it('rejects two periods for the same member with a day in common', () => {
    const period = accepts(lists, attend({ member: 'vara-1', from: '2024-04-01', to: '2024-04-30' }));
    rejects(period, attend({ member: 'vara-2', from: '2024-04-30', to: '2024-05-10' }), taken);
    accepts(period, attend({ member: 'vara-2', from: '2024-05-01', to: '2024-05-10' }));
  });

  it('rejects a vara standing in for two members at once, naming the first', () => {
    rejects(first, attend({ member: 'vara-1', for: 'ssu-b', meeting: 'ssu-1' }), [
      { code: 'substitute.busy', params: { member: 'vara-1', for: 'ssu-a' } },
    ]);
    accepts(first, attend({ member: 'vara-1', for: 'ssu-b', meeting: 'ssu-2' }));
  });
});

describe('a member for whom a vara stands in has forfall at the meeting', () => {
  const standing = accepts(state, attend({ meeting: 'ssu-1' }));
  const present: Reason[] = [
    {
      code: 'substitute.member-present',
      params: { member: 'ssu-a', substitute: 'vara-a', meeting: 'ssu-1' },
      ref: '§3',
    },
  ];

  it('rejects the member on the attendance list, and takes the vara there', () => {
    rejects(
      standing,
      { type: 'attendance-recorded', at: '2024-03-05', meeting: 'ssu-1', present: ['ssu-a'] },
      present,
    );
    accepts(standing, {
      type: 'attendance-recorded',
      at: '2024-03-05',
      meeting: 'ssu-1',
      present: ['vara-a'],
    });
  });

  it('rejects the member’s recusal, and takes the vara’s, once', () => {
    const recuse = (member: string): GovernanceEvent => ({
      type: 'member-recused',
      at: '2024-03-05',
      proposal: 'SSU-1',
      member,
    });
    rejects(standing, recuse('ssu-a'), present);
    const recused = accepts(standing, recuse('vara-a'));
    rejects(recused, recuse('vara-a'), [
      { code: 'recusal.twice', params: { member: 'vara-a', proposal: 'SSU-1' } },
    ]);
    // A member with no vara, or a vara for another meeting only, acts for themselves.
    accepts(standing, recuse('ssu-b'));
    accepts(accepts(state, attend({ meeting: 'ssu-2' })), recuse('ssu-a'));
  });
});
