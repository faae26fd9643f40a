import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64 } from '../../src/engine/_digest.js';
import { resolveCase } from '../../src/engine/resolveCase.js';
import {
  apply,
  eventPosition,
  fromSnapshot,
  type GovernanceEvent,
  InputError,
  initialState,
  isPartyMember,
  parseEvent,
  proposalConcluded,
  reduce,
  replay,
  SnapshotError,
  type State,
  type Statute,
  safeFromSnapshot,
  safeParseEvent,
  snapshotFormat,
  snapshotVersion,
  statuteAdopted,
  toSnapshot,
  voteCast,
} from '../../src/index.js';
import { clone, minimalStatute } from '../fixtures.js';
import { pmAppointments, pmDecision, vedtak } from './_pm.js';

// Invented test data: the small test statute of test/fixtures.ts, with a personal vara rule on
// its PM for the states that need one.
const withVara: Statute = {
  ...minimalStatute,
  bodies: minimalStatute.bodies.map((b) =>
    b.id === 'pm' ? { ...b, substitutes: { kind: 'personal', ref: '§1' } } : b,
  ),
};

function run(statute: Statute, events: readonly GovernanceEvent[]): State {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toStrictEqual([]);
  return state;
}

const decided = run(withVara, [
  ...pmAppointments,
  { type: 'substitute-appointed', at: '2024-01-02', member: 'v0', body: 'pm', seat: 'k', for: 'k0' },
  ...pmDecision('B-1', '2024-02-01'),
  { ...pmDecision('B-2', '2024-02-08')[0], id: 'evt-convened' } as GovernanceEvent,
  vedtak('B-1', 'a', '2024-03-01'),
]);

/** A snapshot as it comes back from storage, free to edit. */
const stored = (state: State = decided) => JSON.parse(JSON.stringify(toSnapshot(state)));
/** The digest someone who edits a snapshot by hand computes for its state. */
const resign = (snapshot: { state: unknown; digest: string }) => {
  snapshot.digest = `fnv1a64:${fnv1a64(canonicalJson({ format: snapshotFormat, version: snapshotVersion, state: snapshot.state }))}`;
  return snapshot;
};
const issues = (input: unknown) => {
  const result = safeFromSnapshot(input);
  return result.success ? [] : result.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
};

describe('a snapshot keeps what only some states have', () => {
  it('the vara of each body and the date ratifications are recorded until, and gives them back', () => {
    const saved = toSnapshot(decided).state;
    expect(saved.bodySubstitutes).toStrictEqual({ pm: { v0: true } });
    expect(saved.ratifiedUntil).toBe('2024-03-01');
    expect(saved.eventIds).toStrictEqual({ 'evt-convened': 13 });
    const restored = fromSnapshot(stored());
    expect(restored.bodySubstitutes).toStrictEqual({ pm: { v0: true } });
    expect(restored.ratifiedUntil).toBe('2024-03-01');
    expect(eventPosition(restored, 'evt-convened')).toBe(13);
    expect(restored).toEqual(decided);
  });

  it('and leaves them out where a state has none', () => {
    const plain = run(minimalStatute, pmAppointments);
    const saved = toSnapshot(plain).state;
    expect(['bodySubstitutes', 'ratifiedUntil', 'leadership'].filter((k) => k in saved)).toStrictEqual([]);
    expect(saved.eventIds).toStrictEqual({});
    const restored = fromSnapshot(stored(plain));
    expect(
      ['bodySubstitutes', 'ratifiedUntil', 'leadership', 'eventIds'].filter((k) => k in restored),
    ).toStrictEqual([]);
    expect(eventPosition(restored, 'evt-1')).toBeUndefined();
    expect(restored).toEqual(plain);
  });

  it('lists members by id, whatever order they were appointed in', () => {
    const state = run(minimalStatute, [...pmAppointments].reverse());
    expect(toSnapshot(state).state.members.map((m) => m.id)).toStrictEqual(['h0', 'h1', 'k0', 'k1']);
  });
});

describe('a snapshot that is not one this library wrote', () => {
  it('names what stands where the format should, however odd', () => {
    const format = (value: unknown) => issues({ ...stored(), format: value })[0]?.params;
    const expected = (received: string) => ({ expected: snapshotFormat, received });
    expect(format(() => 1)).toStrictEqual(expected('function'));
    expect(format(10n)).toStrictEqual(expected('bigint'));
    expect(format(Symbol('s'))).toStrictEqual(expected('symbol'));
    expect(format(undefined)).toStrictEqual(expected('nothing'));
    expect(format(['helsefellesskap/snapshot'])).toStrictEqual(expected('an array'));
    expect(format('x'.repeat(50))).toStrictEqual(expected(`"${'x'.repeat(39)}`));
    expect(format({ a: 1 })).toStrictEqual(expected('{"a":1}'));
  });

  it('refuses what is no object, a version it does not read, and a missing digest', () => {
    expect(issues(42)).toStrictEqual([
      { code: 'invalid_type', path: [], params: { expected: 'Object', received: '42' } },
    ]);
    expect(issues(null)[0]?.params).toStrictEqual({ expected: 'Object', received: 'null' });
    expect(issues({ ...stored(), version: '1' })).toStrictEqual([
      { code: 'unsupported_version', path: ['version'], params: { supported: 1, received: '"1"' } },
    ]);
    const { digest: _, ...unsigned } = stored();
    expect(issues(unsigned)).toStrictEqual([
      { code: 'missing_key', path: ['digest'], params: { key: 'digest' } },
    ]);
    expect(issues({ ...stored(), digest: 7 })).toStrictEqual([
      { code: 'missing_key', path: ['digest'], params: { key: 'digest' } },
    ]);
    expect(issues({ ...stored(), digest: 'fnv1a64:0000000000000000' })[0]?.code).toBe('digest_mismatch');
  });

  it('refuses two records under one id, in each collection', () => {
    const twice = stored();
    twice.state.members.push(twice.state.members[2]);
    twice.state.meetings.push(twice.state.meetings[0]);
    twice.state.proposals.push(twice.state.proposals[0], twice.state.proposals[0]);
    expect(issues(resign(twice))).toStrictEqual([
      { code: 'duplicate_id', path: ['state', 'members', 5, 'id'], params: { id: 'k0', entity: 'member' } },
      {
        code: 'duplicate_id',
        path: ['state', 'meetings', 2, 'id'],
        params: { id: 'pm-B-1', entity: 'meeting' },
      },
      {
        code: 'duplicate_id',
        path: ['state', 'proposals', 1, 'id'],
        params: { id: 'B-1', entity: 'proposal' },
      },
      {
        code: 'duplicate_id',
        path: ['state', 'proposals', 2, 'id'],
        params: { id: 'B-1', entity: 'proposal' },
      },
    ]);
  });

  it('checks each statute it holds as parseStatute does, under its place in the list', () => {
    const broken = stored();
    broken.state.statutes[0].bodies[1].escalatesTo = 'nowhere';
    expect(issues(resign(broken))).toStrictEqual([
      {
        code: 'unknown_body',
        path: ['state', 'statutes', 0, 'bodies', 1, 'escalatesTo'],
        params: { body: 'nowhere' },
      },
    ]);
  });

  it('accepts a sequence number up to the position, and event ids applied before it', () => {
    const { position } = decided;
    const at = (seq: number, eventAt: number) => {
      const edited = stored();
      edited.state.seq = seq;
      edited.state.eventIds['evt-convened'] = eventAt;
      return issues(resign(edited));
    };
    expect(at(position, position - 1)).toStrictEqual([]);
    expect(at(position + 1, position - 1)).toStrictEqual([
      { code: 'invalid_value', path: ['state', 'seq'], params: { seq: position + 1, position } },
    ]);
    expect(at(position, position)).toStrictEqual([
      {
        code: 'invalid_value',
        path: ['state', 'eventIds', 'evt-convened'],
        params: { at: position, position },
      },
    ]);
    expect(() =>
      fromSnapshot(resign({ ...stored(), state: { ...stored().state, seq: position + 1 } })),
    ).toThrow(SnapshotError);
  });
});

describe('parsing an event', () => {
  it('gives a frozen copy of a valid event', () => {
    const input = { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' };
    const result = safeParseEvent(input);
    expect(result).toStrictEqual({ success: true, data: input });
    expect(result.success && result.data !== input && Object.isFrozen(result.data)).toBe(true);
    expect(parseEvent(input)).toStrictEqual(input);
  });

  it('checks the statute an event carries as parseStatute does, under `statute`', () => {
    const statute = clone(minimalStatute);
    statute.bodies[1].escalatesTo = 'nowhere';
    for (const type of ['statute-adopted', 'statute-amended'] as const) {
      const event = {
        type,
        at: '2024-06-01',
        statute,
        ...(type === 'statute-amended' ? { proposal: 'PM-1' } : {}),
      };
      const result = safeParseEvent(event);
      expect(result.success === false && result.issues.map((i) => [i.code, i.path, i.params])).toStrictEqual([
        ['unknown_body', ['statute', 'bodies', 1, 'escalatesTo'], { body: 'nowhere' }],
      ]);
      expect(() => parseEvent(event)).toThrow(InputError);
    }
    expect(safeParseEvent(statuteAdopted({ at: '2024-06-01', statute: minimalStatute })).success).toBe(true);
  });

  it('throws one InputError about the event, naming each issue', () => {
    let error: unknown;
    try {
      parseEvent({ type: 'proposal-concluded', at: '2024-03-14' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).subject).toBe('event');
    expect((error as InputError).issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['missing_key', ['proposal']],
    ]);
  });
});

describe('the small helpers of the engine', () => {
  it('an event creator recognises its own type only', () => {
    const vote = voteCast({ at: '2024-02-01', proposal: 'B-1', member: 'k0', vote: 'for' });
    expect(vote).toStrictEqual({
      type: 'vote-cast',
      at: '2024-02-01',
      proposal: 'B-1',
      member: 'k0',
      vote: 'for',
    });
    expect(voteCast.match(vote)).toBe(true);
    expect(proposalConcluded.match(vote)).toBe(false);
    expect(voteCast.type).toBe('vote-cast');
  });

  it('reduce gives the next state, and the same state object for a rejected event', () => {
    const start = run(minimalStatute, pmAppointments);
    const concluded = proposalConcluded({ at: '2024-02-01', proposal: 'B-9' });
    expect(reduce(start, concluded)).toBe(start);
    const convened = pmDecision('B-1', '2024-02-01')[0] as GovernanceEvent;
    expect(reduce(start, convened)).toStrictEqual(apply(start, convened).state);
    expect(reduce(start, convened)).not.toBe(start);
  });

  it('no party is a member that the state does not know', () => {
    const state = initialState(minimalStatute);
    expect(isPartyMember(state, 'a', '2024-01-01')).toBe(true);
    expect(isPartyMember(state, 'a', '2023-12-31')).toBe(false);
    expect(isPartyMember(state, 'nowhere', '2024-01-01')).toBe(false);
    expect(eventPosition(state, 'evt-1')).toBeUndefined();
  });

  it('a case the secretariat decided, with no meeting, has no one on its roll', () => {
    // Invented: the test statute's PM lets the secretariat decide budgets up to 10 000 kr.
    const delegated: Statute = {
      ...minimalStatute,
      bodies: minimalStatute.bodies.map((b) =>
        b.id === 'pm' ? { ...b, secretariat: { matters: ['budget'], maxAmount: 10_000, ref: '§1' } } : b,
      ),
    };
    const state = run(delegated, [
      ...pmAppointments,
      {
        type: 'secretariat-decided',
        at: '2024-02-01',
        proposal: 'SEK-1',
        body: 'pm',
        matter: 'budget',
        amount: 500,
      },
    ]);
    expect(resolveCase(state, 'SEK-1')?.roll).toStrictEqual({ entries: [], blocs: [] });
    expect(resolveCase(state, 'SEK-2')).toBeUndefined();
  });
});
