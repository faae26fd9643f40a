import { events, statute } from 'helsefellesskap/testing';
import { describe, expect } from 'vitest';
import {
  assessAll,
  fromSnapshot,
  type GovernanceEvent,
  type Outcome,
  replay,
  SnapshotError,
  type State,
  type Statute,
  toSnapshot,
} from '../../src/index.js';
import { fc, prop } from '../prop.js';

/**
 * A generated statute and log, with ids on most events (every third has none) and some events
 * offered again later (a retried append), and a point to split the log at.
 */
const logs = statute({ maxKommuner: 4 })
  .chain((s) => fc.tuple(fc.constant(s), events(s)))
  .chain(([s, log]) => {
    const withIds = log.map((event, i): GovernanceEvent => (i % 3 === 2 ? event : { ...event, id: `e${i}` }));
    const retry = fc.tuple(fc.nat(), fc.nat());
    return fc.tuple(fc.constant(s), fc.constant(withIds), fc.array(retry, { maxLength: 6 }), fc.nat());
  })
  .map(([s, log, retries, at]) => {
    const full = [...log];
    for (const [from, to] of retries) {
      if (full.length === 0) break;
      const i = from % full.length;
      full.splice(i + 1 + (to % (full.length - i)), 0, full[i] as GovernanceEvent);
    }
    return { statute: s as Statute, log: full, split: at % (full.length + 1) };
  });

const codes = (o: Outcome) => (o.kind === 'rejected' ? o.reasons.map((r) => r.code) : []);

/** The state as an app sees it, without the log positions (which a retry moves on). */
function content(state: State) {
  const { position: _p, eventIds, ...rest } = toSnapshot(state).state;
  return { ...rest, eventIds: Object.keys(eventIds).sort() };
}

// A run replays a generated log three times and parses its statutes once more: about 10 ms.
const runs = { numRuns: 1000 };

describe('snapshots', () => {
  prop([logs], runs)(
    'replaying the rest of a log from a saved state gives what replaying it whole gives',
    ({ statute, log, split }) => {
      const whole = replay(statute, log);
      const head = replay(statute, log.slice(0, split));
      const text = JSON.stringify(toSnapshot(head.state));
      const restored = fromSnapshot(JSON.parse(text));
      expect(restored).toEqual(head.state);
      expect(restored.position).toBe(split);
      const rest = replay(restored, log.slice(restored.position));
      expect(rest.state).toEqual(whole.state);
      expect([...head.outcomes, ...rest.outcomes]).toEqual(whole.outcomes);
      expect(assessAll(rest.state)).toEqual(assessAll(whole.state));
      expect(toSnapshot(rest.state)).toEqual(toSnapshot(whole.state));
      expect(whole.state.position).toBe(log.length);
    },
  );

  prop([logs], { numRuns: 300 })(
    'taking a log in one event at a time gives what taking it in at once gives',
    ({ statute, log }) => {
      const whole = replay(statute, log);
      let state = replay(statute, []).state;
      const outcomes: Outcome[] = [];
      for (const event of log) {
        const step = replay(state, [event]);
        state = step.state;
        outcomes.push(...step.outcomes);
      }
      expect(outcomes).toEqual(whole.outcomes);
      expect(state).toEqual(whole.state);
    },
  );

  prop([logs], runs)(
    'an event whose id was applied before is rejected as a duplicate, and harmlessly',
    ({ statute, log }) => {
      const { state, outcomes } = replay(statute, log);
      const applied = new Map<string, number>();
      outcomes.forEach((outcome, position) => {
        const id = log[position]?.id;
        const seen = id === undefined ? undefined : applied.get(id);
        if (seen !== undefined) {
          expect(outcome).toMatchObject({ kind: 'rejected', eventId: id });
          expect(outcome.kind === 'rejected' && outcome.reasons).toEqual([
            { code: 'event.duplicate-id', params: { id, position: seen } },
          ]);
        } else expect(codes(outcome)).not.toContain('event.duplicate-id');
        if (id !== undefined && outcome.kind === 'applied') applied.set(id, position);
      });
      const without = log.filter((_, i) => !codes(outcomes[i] as Outcome).includes('event.duplicate-id'));
      const once = replay(statute, without);
      expect(content(state)).toEqual(content(once.state));
      expect(assessAll(state)).toEqual(assessAll(once.state));
    },
  );

  /** Every path to a string or number in a value. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value === 'string' || typeof value === 'number') return [path];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, v]) =>
      leaves(v, [...path, Array.isArray(value) ? Number(key) : key]),
    );
  }

  prop([logs, fc.nat()], { numRuns: 300 })(
    'a snapshot changed anywhere in its state is refused',
    ({ statute, log }, pick) => {
      const snapshot = JSON.parse(JSON.stringify(toSnapshot(replay(statute, log).state)));
      const paths = leaves(snapshot.state);
      const path = paths[pick % paths.length] as (string | number)[];
      let node = snapshot.state;
      for (const key of path.slice(0, -1)) node = node[key];
      const last = path[path.length - 1] as string | number;
      const numeric = typeof node[last] === 'number';
      node[last] = numeric ? node[last] + 1 : `${node[last]}x`;
      let error: unknown;
      try {
        fromSnapshot(snapshot);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SnapshotError);
      // A number stays well-formed when it grows by one: only the digest can tell.
      if (numeric) expect((error as SnapshotError).issues.map((i) => i.code)).toEqual(['digest_mismatch']);
    },
  );
});
