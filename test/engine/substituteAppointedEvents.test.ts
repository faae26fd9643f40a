import { describe, expect, it } from 'vitest';
import { type GovernanceEvent, getMember, initialState, type Reason, type Statute } from '../../src/index.js';
import { accepts, appoint, rejects, run, setup, withSsu } from './_cases.js';

// Invented test data: the fixture statute with a vara rule on its SSU (cited as §3, so that the
// rule's section is told apart from the SSU's own §2), and the members of ./_cases.ts.

const rule = (substitutes: NonNullable<Statute['bodies'][number]['substitutes']>) =>
  withSsu((b) => ({ ...b, substitutes }));
const personal = rule({ kind: 'personal', ref: '§3' });
const perParty = rule({ kind: 'ordered', per: 'party', ref: '§3' });
const perSeat = rule({ kind: 'ordered', per: 'seat', ref: '§3' });
const perBloc = rule({ kind: 'ordered', per: 'bloc', ref: '§3' });

const vara = (changes: Record<string, unknown> = {}): GovernanceEvent =>
  ({
    type: 'substitute-appointed',
    at: '2024-01-02',
    member: 'vara-1',
    body: 'ssu',
    seat: 'k',
    ...changes,
  }) as GovernanceEvent;

describe('substitute-appointed: the person, version, body and seat', () => {
  const state = run(personal, setup);

  it('rejects a member id that is no id', () => {
    rejects(state, vara({ member: 'x ', for: 'ssu-a' }), [
      { code: 'event.invalid-id', params: { field: 'member', value: 'x ' } },
    ]);
  });

  it('rejects a vara before any version is in force', () => {
    rejects(initialState(personal), vara({ at: '2023-12-31', for: 'ssu-a' }), [
      { code: 'statute.no-version', params: { date: '2023-12-31' } },
    ]);
  });

  it('rejects an unknown body, a body without vara, an unknown seat and an unknown party', () => {
    rejects(state, vara({ body: 'zz' }), [{ code: 'body.unknown', params: { body: 'zz', version: '1' } }]);
    rejects(state, vara({ body: 'pm' }), [
      { code: 'substitute.not-provided', params: { body: 'pm' }, ref: '§1' },
    ]);
    rejects(state, vara({ seat: 'zz' }), [
      { code: 'seat.unknown', params: { body: 'ssu', seat: 'zz' }, ref: '§2' },
    ]);
    rejects(state, vara({ for: 'ssu-a', party: 'zz' }), [{ code: 'party.unknown', params: { party: 'zz' } }]);
  });

  it('rejects a member of the body, and a vara already appointed, citing the vara rule; one who left may return', () => {
    rejects(state, vara({ member: 'ssu-hf', for: 'ssu-a' }), [
      { code: 'substitute.is-member', params: { member: 'ssu-hf', body: 'ssu' }, ref: '§3' },
    ]);
    const once = accepts(state, vara({ for: 'ssu-a' }));
    rejects(once, vara({ for: 'ssu-a', at: '2024-01-03' }), [
      { code: 'substitute.already-appointed', params: { member: 'vara-1', body: 'ssu' }, ref: '§3' },
    ]);
    // One who has left the vara arrangement may be appointed again.
    const gone = accepts(once, { type: 'member-left', at: '2024-02-01', member: 'vara-1', body: 'ssu' });
    expect(getMember(gone, 'vara-1')?.substitutions).toStrictEqual([
      { body: 'ssu', seat: 'k', for: 'ssu-a', from: '2024-01-02', to: '2024-02-01' },
    ]);
    const again = accepts(gone, vara({ for: 'ssu-a', at: '2024-02-01' }));
    const twice = accepts(again, { type: 'member-left', at: '2024-03-01', member: 'vara-1', body: 'ssu' });
    expect(getMember(twice, 'vara-1')?.substitutions).toStrictEqual([
      { body: 'ssu', seat: 'k', for: 'ssu-a', from: '2024-01-02', to: '2024-02-01' },
      { body: 'ssu', seat: 'k', for: 'ssu-a', from: '2024-02-01', to: '2024-03-01' },
    ]);
  });
});

describe('substitute-appointed under a personal rule: the member the vara is for', () => {
  const state = run(personal, setup);
  const personalReason: Reason[] = [
    { code: 'substitute.personal', params: { body: 'ssu', member: 'vara-1' }, ref: '§3' },
  ];

  it('needs `for`, and no rank', () => {
    rejects(state, vara(), personalReason);
    rejects(state, vara({ for: 'ssu-a', rank: 1 }), personalReason);
  });

  it('needs `for` to hold the seat on the day', () => {
    const notSeated = (member: string): Reason[] => [
      { code: 'substitute.for-not-seated', params: { member, seat: 'k', body: 'ssu' }, ref: '§3' },
    ];
    rejects(state, vara({ for: 'pm-a' }), notSeated('pm-a'));
    rejects(state, vara({ for: 'ssu-hf' }), notSeated('ssu-hf'));
    rejects(state, vara({ for: 'ssu-a', at: '2023-12-31' }), [
      { code: 'statute.no-version', params: { date: '2023-12-31' } },
    ]);
    const next = accepts(state, vara({ for: 'ssu-a', name: 'Vara' }));
    expect(getMember(next, 'vara-1')).toStrictEqual({
      id: 'vara-1',
      name: 'Vara',
      tenures: [],
      substitutions: [{ body: 'ssu', seat: 'k', for: 'ssu-a', from: '2024-01-02' }],
    });
  });

  it('adds the vara place to a member of another body, and indexes the vara by body', () => {
    const next = accepts(state, vara({ member: 'pm-a', for: 'ssu-a', party: 'a', name: 'A' }));
    expect(getMember(next, 'pm-a')).toStrictEqual({
      id: 'pm-a',
      name: 'A',
      tenures: [{ body: 'pm', seat: 'k', party: 'a', from: '2024-01-01' }],
      substitutions: [{ body: 'ssu', seat: 'k', party: 'a', for: 'ssu-a', from: '2024-01-02' }],
    });
    expect(next.bodySubstitutes).toStrictEqual({ ssu: { 'pm-a': true } });
    const more = accepts(next, vara({ member: 'pm-b', for: 'ssu-a' }));
    expect(getMember(more, 'pm-b')?.name).toBeUndefined();
    expect(more.bodySubstitutes).toStrictEqual({ ssu: { 'pm-a': true, 'pm-b': true } });
  });
});

describe('substitute-appointed under an ordered rule: a place on a list', () => {
  it('needs a rank, and no `for`', () => {
    const state = run(perSeat, setup);
    const ordered: Reason[] = [
      { code: 'substitute.ordered', params: { body: 'ssu', member: 'vara-1' }, ref: '§3' },
    ];
    rejects(state, vara(), ordered);
    rejects(state, vara({ rank: 1, for: 'ssu-a' }), ordered);
    expect(getMember(accepts(state, vara({ rank: 1 })), 'vara-1')?.substitutions).toStrictEqual([
      { body: 'ssu', seat: 'k', rank: 1, from: '2024-01-02' },
    ]);
  });

  it('per party, needs the party of a seat shared by several', () => {
    const state = run(perParty, setup);
    rejects(state, vara({ rank: 1 }), [{ code: 'seat.party-required', params: { seat: 'k' }, ref: '§3' }]);
    accepts(state, vara({ rank: 1, party: 'a' }));
    // A seat of a named party is on that party's list.
    accepts(state, vara({ rank: 1, seat: 'h' }));
  });

  it('per party, rejects a rank taken on the same party’s list, not on another’s', () => {
    const state = accepts(run(perParty, setup), vara({ rank: 1, party: 'a' }));
    rejects(state, vara({ member: 'vara-2', rank: 1, party: 'a' }), [
      {
        code: 'substitute.rank-taken',
        params: { body: 'ssu', list: 'party:a', rank: 1, holder: 'vara-1' },
        ref: '§3',
      },
    ]);
    accepts(state, vara({ member: 'vara-2', rank: 2, party: 'a' }));
    accepts(state, vara({ member: 'vara-2', rank: 1, party: 'b' }));
  });

  it('per side, one list for every seat of the side', () => {
    const state = accepts(run(perBloc, setup), vara({ rank: 1, party: 'a' }));
    rejects(state, vara({ member: 'vara-2', rank: 1, party: 'b' }), [
      {
        code: 'substitute.rank-taken',
        params: { body: 'ssu', list: 'bloc:kommunesiden', rank: 1, holder: 'vara-1' },
        ref: '§3',
      },
    ]);
    accepts(state, vara({ member: 'vara-2', rank: 1, seat: 'h' }));
  });

  it('frees a rank when its holder leaves', () => {
    const state = run(perSeat, [
      ...setup,
      vara({ rank: 1 }),
      { type: 'member-left', at: '2024-02-01', member: 'vara-1', body: 'ssu' },
    ]);
    rejects(state, vara({ member: 'vara-2', rank: 1, at: '2024-01-31' }), [
      {
        code: 'substitute.rank-taken',
        params: { body: 'ssu', list: 'seat:k', rank: 1, holder: 'vara-1' },
        ref: '§3',
      },
    ]);
    accepts(state, vara({ member: 'vara-2', rank: 1, at: '2024-02-01' }));
  });

  it('takes a new place while a vara on record holds a seat the version in force no longer has', () => {
    // Invented: from 2024-06-01 the SSU has no fastlege seat; its vara keeps rank 1 on record.
    const v2: Statute = {
      ...perSeat,
      version: '2',
      effectiveFrom: '2024-06-01',
      bodies: perSeat.bodies.map((b) =>
        b.id === 'ssu' ? { ...b, seats: b.seats.filter((s) => s.id !== 'gp') } : b,
      ),
    };
    const state = run(perSeat, [
      ...setup,
      vara({ rank: 1, seat: 'gp' }),
      { type: 'statute-adopted', at: '2024-05-01', statute: v2 },
    ]);
    accepts(state, vara({ member: 'vara-2', rank: 1, at: '2024-06-01' }));
  });
});

describe('a vara leaves the vara arrangement by member-left, keeping any seat elsewhere', () => {
  it('ends the vara place on that body and no tenure', () => {
    const state = run(personal, [
      ...setup,
      appoint('pm-x', 'fsu', 'h'),
      vara({ member: 'pm-x', for: 'ssu-a' }),
      { type: 'member-left', at: '2024-02-01', member: 'pm-x', body: 'ssu' },
    ]);
    expect(getMember(state, 'pm-x')).toStrictEqual({
      id: 'pm-x',
      tenures: [{ body: 'fsu', seat: 'h', party: 'hf', from: '2024-01-01' }],
      substitutions: [{ body: 'ssu', seat: 'k', for: 'ssu-a', from: '2024-01-02', to: '2024-02-01' }],
    });
    rejects(state, { type: 'member-left', at: '2024-02-01', member: 'pm-x', body: 'ssu' }, [
      { code: 'member.not-seated', params: { member: 'pm-x', body: 'ssu' } },
    ]);
  });

  it('ends a seat of a member who is a vara on another body, and not the vara place', () => {
    const state = run(personal, [
      ...setup,
      appoint('pm-x', 'fsu', 'h'),
      vara({ member: 'pm-x', for: 'ssu-a' }),
      { type: 'member-left', at: '2024-02-01', member: 'pm-x', body: 'fsu' },
    ]);
    expect(getMember(state, 'pm-x')).toStrictEqual({
      id: 'pm-x',
      tenures: [{ body: 'fsu', seat: 'h', party: 'hf', from: '2024-01-01', to: '2024-02-01' }],
      substitutions: [{ body: 'ssu', seat: 'k', for: 'ssu-a', from: '2024-01-02' }],
    });
  });
});
