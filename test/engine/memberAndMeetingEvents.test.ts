import { describe, expect, it } from 'vitest';
import { type GovernanceEvent, getMeeting, getMember, initialState, type Statute } from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { accepts, appoint, pmOnly, rejects, run, setup, withSsu } from './_cases.js';

// Invented test data: the fixture statute and the members, meetings and cases of ./_cases.ts.

const state = run(minimalStatute, setup);
const recorded = run(minimalStatute, [
  ...setup,
  { type: 'attendance-recorded', at: '2024-03-05', meeting: 'ssu-1', present: ['ssu-a'] },
]);
const left = (member: string, body: string, at: string): GovernanceEvent => ({
  type: 'member-left',
  at,
  member,
  body,
});

describe('member-appointed: the version, body and seat must be known', () => {
  it('rejects an appointment before any version is in force', () => {
    rejects(initialState(minimalStatute), appoint('x', 'ssu', 'k', undefined, '2023-12-31'), [
      { code: 'statute.no-version', params: { date: '2023-12-31' } },
    ]);
  });

  it('rejects an unknown body, naming the version, and an unknown seat, citing the body', () => {
    rejects(state, appoint('x', 'zz', 'k'), [{ code: 'body.unknown', params: { body: 'zz', version: '1' } }]);
    rejects(state, appoint('x', 'ssu', 'zz'), [
      { code: 'seat.unknown', params: { body: 'ssu', seat: 'zz' }, ref: '§2' },
    ]);
  });
});

describe('member-appointed: the party must be one the seat is for', () => {
  it('rejects a party the statute does not know', () => {
    rejects(state, appoint('x', 'ssu', 'k', 'zz'), [{ code: 'party.unknown', params: { party: 'zz' } }]);
  });

  it('rejects another party on a seat of a named party, naming that party', () => {
    rejects(state, appoint('x', 'ssu', 'h', 'a'), [
      {
        code: 'seat.wrong-party',
        params: { seat: 'h', party: 'a', role: 'helseforetak', seatParty: 'hf' },
        ref: '§2',
      },
    ]);
  });

  it('rejects a party of another kind on a seat of a role', () => {
    rejects(state, appoint('x', 'ssu', 'k', 'hf'), [
      { code: 'seat.wrong-party', params: { seat: 'k', party: 'hf', role: 'kommune' }, ref: '§2' },
    ]);
  });

  it('takes the seat’s own party, or a party of the seat’s role, and records the seat’s party', () => {
    const named = accepts(state, appoint('x', 'ssu', 'h', 'hf'));
    expect(getMember(named, 'x')).toStrictEqual({
      id: 'x',
      tenures: [{ body: 'ssu', seat: 'h', party: 'hf', from: '2024-01-01' }],
    });
    const unnamed = accepts(state, { ...appoint('x', 'ssu', 'h'), name: 'X' } as GovernanceEvent);
    expect(getMember(unnamed, 'x')).toStrictEqual({
      id: 'x',
      name: 'X',
      tenures: [{ body: 'ssu', seat: 'h', party: 'hf', from: '2024-01-01' }],
    });
    const role = accepts(state, appoint('x', 'ssu', 'k', 'b'));
    expect(getMember(role, 'x')?.tenures).toStrictEqual([
      { body: 'ssu', seat: 'k', party: 'b', from: '2024-01-01' },
    ]);
  });
});

describe('member-appointed: the appointing authority', () => {
  // Invented: the SSU's kommune seats are filled by a regionråd, once by seat and once by area.
  const bySeat = withSsu((b) => ({
    ...b,
    seats: b.seats.map((s) => (s.id === 'k' ? { ...s, appointedBy: 'regionråd', ref: '§3' } : s)),
  }));
  const byArea: Statute = {
    ...withSsu((b) => ({ ...b, seats: b.seats.map((s) => (s.id === 'k' ? { ...s, area: 'nord' } : s)) })),
    areas: [{ id: 'nord', name: 'Nord', parties: ['a', 'b'], appointedBy: 'regionråd', ref: '§1' }],
  };
  const by = (appointedBy: string): GovernanceEvent =>
    ({ ...appoint('x', 'ssu', 'k', 'a'), appointedBy }) as GovernanceEvent;

  it('rejects another authority than the seat’s, citing the seat', () => {
    rejects(run(bySeat, []), by('kommunestyret'), [
      {
        code: 'seat.wrong-authority',
        params: { seat: 'k', expected: 'regionråd', got: 'kommunestyret' },
        ref: '§3',
      },
    ]);
  });

  it('rejects another authority than the area’s, citing the area', () => {
    rejects(run(byArea, []), by('kommunestyret'), [
      {
        code: 'seat.wrong-authority',
        params: { seat: 'k', expected: 'regionråd', got: 'kommunestyret' },
        ref: '§1',
      },
    ]);
  });

  it('cites the body where the area has no section of its own', () => {
    const uncited: Statute = {
      ...byArea,
      areas: [{ id: 'nord', name: 'Nord', parties: ['a', 'b'], appointedBy: 'regionråd' }],
    };
    rejects(run(uncited, []), by('kommunestyret'), [
      {
        code: 'seat.wrong-authority',
        params: { seat: 'k', expected: 'regionråd', got: 'kommunestyret' },
        ref: '§2',
      },
    ]);
  });

  it('takes any authority where neither seat nor area names one', () => {
    expect(getMember(accepts(state, by('kommunestyret')), 'x')?.tenures).toStrictEqual([
      { body: 'ssu', seat: 'k', party: 'a', appointedBy: 'kommunestyret', from: '2024-01-01' },
    ]);
  });

  it('takes the stated authority, or none stated, and records it', () => {
    for (const statute of [bySeat, byArea]) {
      const next = accepts(run(statute, []), by('regionråd'));
      expect(getMember(next, 'x')?.tenures).toStrictEqual([
        { body: 'ssu', seat: 'k', party: 'a', appointedBy: 'regionråd', from: '2024-01-01' },
      ]);
      accepts(run(statute, []), appoint('x', 'ssu', 'k', 'a'));
    }
  });
});

describe('member-appointed: the seat count and the record', () => {
  it('fills a seat up to its count, and no further until someone leaves', () => {
    // The SSU's kommune seat has two places; ssu-a holds one.
    const two = accepts(state, appoint('x', 'ssu', 'k', 'b'));
    rejects(two, appoint('y', 'ssu', 'k', 'b'), [
      { code: 'seat.full', params: { body: 'ssu', seat: 'k', count: 2 }, ref: '§2' },
    ]);
    const one = accepts(two, left('x', 'ssu', '2024-02-01'));
    accepts(one, appoint('y', 'ssu', 'k', 'b', '2024-02-01'));
  });

  it('says a member already seated is seated, not that the full seat is full', () => {
    const two = accepts(state, appoint('x', 'ssu', 'k', 'b'));
    rejects(two, appoint('x', 'ssu', 'k', 'b'), [
      { code: 'member.already-seated', params: { member: 'x', body: 'ssu' } },
    ]);
  });

  it('rejects an appointment on or before a meeting on record, with the other reasons after it', () => {
    rejects(recorded, appoint('x', 'ssu', 'k', 'zz', '2024-03-05'), [
      {
        code: 'member.rewrites-record',
        params: { body: 'ssu', at: '2024-03-05', recordedUntil: '2024-03-05' },
      },
      { code: 'party.unknown', params: { party: 'zz' } },
    ]);
    accepts(recorded, appoint('x', 'ssu', 'k', 'b', '2024-03-06'));
    // Another body's record does not bar it.
    accepts(recorded, appoint('x', 'fsu', 'k', 'b', '2024-03-05'));
  });

  it('adds a second tenure, and a new name, to a member already on record', () => {
    const next = accepts(state, {
      ...appoint('ssu-a', 'fsu', 'k', 'a', '2024-02-01'),
      name: 'A',
    } as GovernanceEvent);
    expect(getMember(next, 'ssu-a')).toStrictEqual({
      id: 'ssu-a',
      name: 'A',
      tenures: [
        { body: 'ssu', seat: 'k', party: 'a', from: '2024-01-01' },
        { body: 'fsu', seat: 'k', party: 'a', from: '2024-02-01' },
      ],
    });
    const unnamed = accepts(next, left('ssu-a', 'fsu', '2024-02-10'));
    expect(getMember(accepts(unnamed, appoint('ssu-a', 'fsu', 'k', 'a', '2024-02-11')), 'ssu-a')?.name).toBe(
      'A',
    );
  });
});

describe('member-left', () => {
  it('rejects an unknown body, and any body before a version is in force', () => {
    rejects(state, left('ssu-a', 'zz', '2024-02-01'), [{ code: 'body.unknown', params: { body: 'zz' } }]);
    rejects(state, left('ssu-a', 'ssu', '2023-12-31'), [{ code: 'body.unknown', params: { body: 'ssu' } }]);
  });

  it('rejects a leaving on or before a meeting on record, and takes one after it', () => {
    rejects(recorded, left('ssu-a', 'ssu', '2024-03-05'), [
      {
        code: 'member.rewrites-record',
        params: { body: 'ssu', at: '2024-03-05', recordedUntil: '2024-03-05' },
      },
    ]);
    accepts(recorded, left('ssu-a', 'ssu', '2024-03-06'));
  });

  it('rejects someone who does not sit on the body that day: never appointed, or gone', () => {
    rejects(state, left('x', 'ssu', '2024-02-01'), [
      { code: 'member.not-seated', params: { member: 'x', body: 'ssu' } },
    ]);
    const gone = accepts(state, left('ssu-a', 'ssu', '2024-02-01'));
    rejects(gone, left('ssu-a', 'ssu', '2024-02-01'), [
      { code: 'member.not-seated', params: { member: 'ssu-a', body: 'ssu' } },
    ]);
  });

  it('ends only the tenure on that body that runs on the day, even one begun that day', () => {
    const final = run(minimalStatute, [
      appoint('x', 'ssu', 'k', 'a'),
      appoint('x', 'pm', 'k', 'a'),
      left('x', 'ssu', '2024-02-01'),
      appoint('x', 'ssu', 'k', 'a', '2024-02-10'),
      left('x', 'ssu', '2024-04-01'),
      appoint('x', 'fsu', 'k', 'a', '2024-03-01'),
      left('x', 'fsu', '2024-03-01'),
    ]);
    expect(getMember(final, 'x')).toStrictEqual({
      id: 'x',
      tenures: [
        { body: 'ssu', seat: 'k', party: 'a', from: '2024-01-01', to: '2024-02-01' },
        { body: 'pm', seat: 'k', party: 'a', from: '2024-01-01' },
        { body: 'ssu', seat: 'k', party: 'a', from: '2024-02-10', to: '2024-04-01' },
        { body: 'fsu', seat: 'k', party: 'a', from: '2024-03-01', to: '2024-03-01' },
      ],
    });
  });
});

describe('attendance-recorded', () => {
  it('rejects attendance recorded before the meeting is held, and takes it on the day', () => {
    rejects(state, { type: 'attendance-recorded', at: '2024-03-04', meeting: 'ssu-1', present: ['ssu-a'] }, [
      { code: 'meeting.not-held', params: { meeting: 'ssu-1', date: '2024-03-05' } },
    ]);
    accepts(state, { type: 'attendance-recorded', at: '2024-03-05', meeting: 'ssu-1', present: ['ssu-a'] });
  });

  it('rejects attendance at a meeting of a body the version in force that day no longer has', () => {
    const later = accepts(state, { type: 'statute-adopted', at: '2024-02-01', statute: pmOnly });
    rejects(later, { type: 'attendance-recorded', at: '2024-03-05', meeting: 'ssu-1', present: ['ssu-a'] }, [
      { code: 'body.unknown', params: { body: 'ssu' } },
    ]);
  });

  it('replaces the earlier list, and keeps the latest meeting date on record', () => {
    const final = run(minimalStatute, [
      ...setup,
      { type: 'meeting-convened', at: '2024-02-01', meeting: 'pm-2', body: 'pm', date: '2024-04-01' },
      { type: 'attendance-recorded', at: '2024-04-01', meeting: 'pm-2', present: ['pm-a'] },
      { type: 'attendance-recorded', at: '2024-03-01', meeting: 'pm-1', present: ['pm-a', 'pm-b'] },
      { type: 'attendance-recorded', at: '2024-04-02', meeting: 'pm-1', present: ['pm-b'] },
    ]);
    expect(final.recordedUntil).toStrictEqual({ pm: '2024-04-01' });
    expect(getMeeting(final, 'pm-1')?.present).toStrictEqual({ 'pm-b': true });
  });
});

describe('meeting-convened', () => {
  it('rejects a meeting id that is no id', () => {
    rejects(
      state,
      { type: 'meeting-convened', at: '2024-02-01', meeting: ' m', body: 'ssu', date: '2024-04-01' },
      [{ code: 'event.invalid-id', params: { field: 'meeting', value: ' m' } }],
    );
  });

  it('takes a meeting on its notice day, with a chair who sits on the body', () => {
    const next = accepts(state, {
      type: 'meeting-convened',
      at: '2024-04-01',
      meeting: 'ssu-2',
      body: 'ssu',
      date: '2024-04-01',
      chair: 'ssu-a',
    });
    expect(getMeeting(next, 'ssu-2')).toStrictEqual({
      id: 'ssu-2',
      seq: state.seq,
      body: 'ssu',
      date: '2024-04-01',
      noticeDate: '2024-04-01',
      chair: 'ssu-a',
    });
    rejects(
      next,
      { type: 'meeting-convened', at: '2024-04-01', meeting: 'ssu-2', body: 'ssu', date: '2024-05-01' },
      [{ code: 'meeting.exists', params: { meeting: 'ssu-2' } }],
    );
  });
});
