import { describe, expect, it } from 'vitest';
import { canonicalJson, digestJson, fnv1a64 } from '../../src/engine/_digest.js';
import {
  apply,
  eventPosition,
  explainReason,
  fromSnapshot,
  type GovernanceEvent,
  getProposal,
  InputError,
  initialState,
  presets,
  type Reason,
  replay,
  SnapshotError,
  safeFromSnapshot,
  snapshotFormat,
  snapshotVersion,
  toSnapshot,
} from '../../src/index.js';
import { appointSsu, ssuMeeting, ssuMembers } from './_vestfold.js';

const votes = ssuMembers.map(
  (member, i): GovernanceEvent => ({
    type: 'vote-cast',
    at: '2024-03-14',
    id: `vote-${i}`,
    proposal: 'SSU-7',
    member,
    vote: 'for',
  }),
);
const log: GovernanceEvent[] = [
  ...appointSsu(),
  ...ssuMeeting(),
  { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: ssuMembers },
  ...votes,
];
const { state } = replay(presets.vestfold, log);
/** The snapshot as it comes back from storage. */
const stored = () => JSON.parse(JSON.stringify(toSnapshot(state)));

function refusal(input: unknown): SnapshotError {
  try {
    fromSnapshot(input);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('toSnapshot', () => {
  it('names its format and version, and holds plain JSON without the trie', () => {
    const snapshot = toSnapshot(state);
    expect(snapshot.format).toBe('helsefellesskap/snapshot');
    expect([snapshotFormat, snapshotVersion]).toEqual([snapshot.format, 1]);
    expect(snapshot.digest).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(snapshot.state.proposals.map((p) => p.id)).toEqual(['SSU-7']);
    expect(snapshot.state.members.map((m) => m.id)).toEqual([...ssuMembers].sort());
    expect(Object.keys(snapshot.state.eventIds)).toEqual(votes.map((v) => v.id));
    expect(JSON.stringify(snapshot)).not.toContain('"":');
    expect(Object.isFrozen(snapshot.state)).toBe(true);
  });

  it('gives the same text for equal states, however they were reached', () => {
    const twice = replay(replay(presets.vestfold, log.slice(0, 20)).state, log.slice(20)).state;
    expect(JSON.stringify(toSnapshot(twice))).toBe(JSON.stringify(toSnapshot(state)));
  });
});

describe('fromSnapshot', () => {
  it('gives back an equal state, from which the log goes on', () => {
    const restored = fromSnapshot(stored());
    expect(restored).toEqual(state);
    expect(Object.isFrozen(restored)).toBe(true);
    const next = apply(restored, { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' });
    expect(getProposal(next.state, 'SSU-7')?.phase).toBe('concluded');
  });

  it('keeps ids that a JSON object would reorder (such as "10" and "9") in the order applied', () => {
    const numbered = log.map((event, i): GovernanceEvent => ({ ...event, id: String(log.length - i) }));
    const original = replay(presets.vestfold, numbered).state;
    expect(fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(original))))).toEqual(original);
    expect(eventPosition(original, '1')).toBe(log.length - 1);
    expect(eventPosition(original, 'nope')).toBeUndefined();
  });

  it('refuses an unknown format, naming it', () => {
    const error = refusal({ ...stored(), format: 'redux-persist' });
    expect(error).toBeInstanceOf(InputError);
    expect(error.subject).toBe('snapshot');
    expect(error.issues).toMatchObject([{ code: 'unknown_format', path: ['format'] }]);
    expect(error.message).toContain(
      'format: expected the format "helsefellesskap/snapshot", got "redux-persist"',
    );
  });

  it('refuses a version it does not read, naming the one it does', () => {
    const error = refusal({ ...stored(), version: 2 });
    expect(error.issues).toMatchObject([
      { code: 'unsupported_version', path: ['version'], params: { supported: 1 } },
    ]);
    expect(error.message).toContain('version 2 is not supported; this library reads version 1');
  });

  it('refuses content that does not match its digest', () => {
    const tampered = stored();
    tampered.state.proposals[0].votes['ssu-horten'] = 'against';
    expect(refusal(tampered).issues).toMatchObject([{ code: 'digest_mismatch', path: ['digest'] }]);
    const truncated = stored();
    truncated.state.members.pop();
    expect(refusal(truncated).issues.map((i) => i.code)).toEqual(['digest_mismatch']);
  });

  it('names the path of a state of the wrong shape', () => {
    const wrong = stored();
    wrong.state.proposals[0].phase = 'maybe';
    wrong.state.members[0].tenures[0].from = '2024-13-01';
    expect(refusal(wrong).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_date', 'state.members.0.tenures.0.from'],
      ['invalid_value', 'state.proposals.0.phase'],
    ]);
  });

  it('checks the statutes it holds, and what ties the state together', () => {
    const other = JSON.parse(JSON.stringify(toSnapshot(initialState(presets.vestfold))));
    other.state.statutes[0].id = 'elsewhere';
    other.state.seq = 1;
    other.digest = toSnapshotDigest(other.state);
    expect(refusal(other).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'state.statutes.0.id'],
      ['invalid_value', 'state.seq'],
    ]);
  });

  it('refuses what is not a snapshot at all, without throwing anything else', () => {
    for (const input of [null, 42, 'snapshot', [], {}, { format: snapshotFormat, version: 1 }]) {
      expect(safeFromSnapshot(input).success).toBe(false);
    }
    expect(refusal([]).issues).toMatchObject([{ code: 'invalid_type', path: [] }]);
    const result = safeFromSnapshot({ ...stored(), extra: true });
    expect(result.success === false && result.issues).toMatchObject([
      { code: 'unknown_key', path: ['extra'] },
    ]);
  });
});

/** The digest a snapshot of this state should carry (as someone who edits one by hand computes it). */
function toSnapshotDigest(saved: unknown): string {
  return `fnv1a64:${fnv1a64(canonicalJson({ format: snapshotFormat, version: snapshotVersion, state: saved }))}`;
}

/** FNV-1a 64 as the definition reads, byte by byte with BigInt. */
function bytewise(bytes: Uint8Array): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('the digest', () => {
  it('is FNV-1a 64 over the UTF-8 of the canonical JSON', () => {
    // Published FNV-1a 64-bit test vectors.
    expect([fnv1a64(''), fnv1a64('a'), fnv1a64('foobar')]).toEqual([
      'cbf29ce484222325',
      'af63dc4c8601ec8c',
      '85944171f73967e8',
    ]);
    expect(fnv1a64('Tjøme')).not.toBe(fnv1a64('Tjome'));
    // Over UTF-8, as TextEncoder writes it: 2-, 3- and 4-byte characters, and a lone surrogate.
    for (const text of ['Tjøme', '§4.3 – «vedtatt»', 'emoji 🏥', 'lone \ud800 surrogate']) {
      expect(fnv1a64(text)).toBe(bytewise(new TextEncoder().encode(text)));
      expect(digestJson([text])).toBe(fnv1a64(canonicalJson([text])));
    }
    expect(canonicalJson({ b: [1, { d: undefined, c: 'ø' }], a: null })).toBe('{"a":null,"b":[1,{"c":"ø"}]}');
    expect(toSnapshotDigest(stored().state)).toBe(toSnapshot(state).digest);
  });
});

describe('log positions', () => {
  const stranger: GovernanceEvent = {
    type: 'vote-cast',
    at: '2024-03-14',
    proposal: 'SSU-7',
    member: 'stranger',
    vote: 'for',
  };
  const conclude: GovernanceEvent = { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' };

  it('count every event replay takes in, rejected ones too', () => {
    expect(state.position).toBe(log.length);
    const { state: next, outcomes } = replay(state, [stranger, conclude, stranger]);
    expect(outcomes.map((o) => o.kind)).toEqual(['rejected', 'applied', 'rejected']);
    expect(next.position).toBe(log.length + 3);
    expect(next.seq).toBe(state.seq + 1);
  });

  it('move on with each applied event under apply, which returns a rejected one the same state', () => {
    expect(apply(state, stranger).state).toBe(state);
    expect(apply(state, conclude).state.position).toBe(state.position + 1);
  });

  it('are kept going one event at a time on a large state, without copying it', () => {
    const more = [8, 9, 10].flatMap((n): GovernanceEvent[] => [
      {
        type: 'proposal-submitted',
        at: '2024-02-28',
        proposal: `SSU-${n}`,
        body: 'ssu',
        matter: 'procedure',
        meeting: 'ssu-2024-03',
      },
      ...ssuMembers.map(
        (member): GovernanceEvent => ({
          type: 'vote-cast',
          at: '2024-03-14',
          proposal: `SSU-${n}`,
          member,
          vote: 'for',
        }),
      ),
    ]);
    const large = replay(presets.vestfold, [...log, ...more]).state;
    expect(large.seq).toBeGreaterThan(64);
    const step = replay(large, [stranger]);
    expect(step.state.position).toBe(large.position + 1);
    expect(step.state.proposals).toBe(large.proposals);
  });
});

describe('event ids', () => {
  const vote = votes[0] as GovernanceEvent;
  const retried = replay(state, [vote]);

  it('reject an event whose id was applied, with the position it was applied at', () => {
    const outcome = retried.outcomes[0];
    expect(outcome).toEqual({
      kind: 'rejected',
      type: 'vote-cast',
      eventId: 'vote-0',
      reasons: [{ code: 'event.duplicate-id', params: { id: 'vote-0', position: log.indexOf(vote) } }],
    });
    expect(apply(state, vote).state).toBe(state);
  });

  it('leave the state as it was, but for the position', () => {
    expect(toSnapshot(retried.state).state).toEqual({ ...toSnapshot(state).state, position: log.length + 1 });
  });

  it('are checked only on events that carry one, and only against applied events', () => {
    const { id: _id, ...bare } = vote as GovernanceEvent & { id: string };
    expect(apply(state, bare).outcome).toMatchObject({ reasons: [{ code: 'vote.twice' }] });
    const badFirst: GovernanceEvent = { ...concluding(), id: 'c1', proposal: 'SSU-404' };
    const first = apply(state, badFirst);
    expect(first.outcome.kind).toBe('rejected');
    expect(apply(first.state, { ...concluding(), id: 'c1' }).outcome.kind).toBe('applied');
  });

  it('read as a sentence in every language', () => {
    const reason = (retried.outcomes[0] as { reasons: readonly Reason[] }).reasons[0] as Reason;
    expect(explainReason(reason, { locale: 'en' })).toBe(
      `an event with the id "vote-0" was already applied (at log position ${log.indexOf(vote)})`,
    );
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      `en hendelse med id «vote-0» er allerede ført (på posisjon ${log.indexOf(vote)} i loggen)`,
    );
  });
});

function concluding(): GovernanceEvent & { type: 'proposal-concluded' } {
  return { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' };
}
