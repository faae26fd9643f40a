import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EventStore } from '../../examples/event-store-postgres.js';
import {
  type GovernanceEvent,
  getMember,
  memberAppointed,
  presets,
  replay,
  toSnapshot,
} from '../../src/index.js';

const appoint = (member: string, seat: string, withId = true) =>
  memberAppointed({
    at: '2024-01-02',
    id: withId ? `appoint-${member}` : undefined,
    member,
    body: 'ssu',
    seat,
  });

// One database for the file (starting PGlite takes seconds), emptied before each test.
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
}, 60_000);
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec('DROP TABLE IF EXISTS governance_events, governance_snapshots');
});

const rows = async () =>
  (
    await db.query<{ position: number; event_id: string | null }>(
      'SELECT position, event_id FROM governance_events ORDER BY position',
    )
  ).rows;

describe('the Postgres event store (on PGlite)', () => {
  it('writes applied events at consecutive positions, and nothing the engine rejects', async () => {
    const store = await EventStore.open(db, presets.vestfold);
    expect(await store.append(appoint('ssu-horten', 'horten'))).toMatchObject({
      kind: 'appended',
      position: 0,
    });
    const stranger = await store.append(appoint('ssu-x', 'no-such-seat'));
    expect(stranger).toMatchObject({ kind: 'rejected', outcome: { reasons: [{ code: 'seat.unknown' }] } });
    expect(await store.append(appoint('ssu-larvik', 'larvik', false))).toMatchObject({ position: 1 });
    expect(await rows()).toEqual([
      { position: 0, event_id: 'appoint-ssu-horten' },
      { position: 1, event_id: null },
    ]);
  });

  it('lets one of two writers racing on a position win; the other gets a conflict and loses nothing', async () => {
    const a = await EventStore.open(db, presets.vestfold);
    const b = await EventStore.open(db, presets.vestfold);
    const [first, second] = await Promise.all([
      a.append(appoint('ssu-horten', 'horten')),
      b.append(appoint('ssu-larvik', 'larvik')),
    ]);
    expect([first.kind, second.kind].sort()).toEqual(['appended', 'conflict']);
    const loser = first.kind === 'conflict' ? a : b;
    const lost =
      first.kind === 'conflict' ? appoint('ssu-horten', 'horten') : appoint('ssu-larvik', 'larvik');
    // The loser has caught up: it judges its event again, at the next position.
    expect(loser.state.position).toBe(1);
    expect(await loser.append(lost)).toMatchObject({ kind: 'appended', position: 1 });
    const reopened = await EventStore.open(db, presets.vestfold);
    expect(getMember(reopened.state, 'ssu-horten')).toBeDefined();
    expect(getMember(reopened.state, 'ssu-larvik')).toBeDefined();
    expect((await rows()).map((r) => r.position)).toEqual([0, 1]);
  });

  it('makes a retried append harmless, from the same writer or another', async () => {
    const a = await EventStore.open(db, presets.vestfold);
    const b = await EventStore.open(db, presets.vestfold);
    const event = appoint('ssu-horten', 'horten');
    await a.append(event);
    expect(await a.append(event)).toEqual({ kind: 'already-appended', position: 0 });
    // b has not read the log: the unique event id stops the insert, and b finds it in the log.
    expect(await b.append(event)).toEqual({ kind: 'already-appended', position: 0 });
    expect(await rows()).toHaveLength(1);
  });

  it('reloads on start from the latest snapshot and the events after it', async () => {
    const log: GovernanceEvent[] = [
      appoint('ssu-horten', 'horten'),
      appoint('ssu-larvik', 'larvik'),
      appoint('ssu-faerder', 'faerder'),
    ];
    const store = await EventStore.open(db, presets.vestfold);
    for (const event of log.slice(0, 2)) await store.append(event);
    await store.saveSnapshot();
    await store.append(log[2] as GovernanceEvent);
    const saved = await db.query<{ position: number }>('SELECT position FROM governance_snapshots');
    expect(saved.rows).toEqual([{ position: 2 }]);
    const reopened = await EventStore.open(db, presets.vestfold);
    expect(reopened.state).toEqual(replay(presets.vestfold, log).state);
    expect(toSnapshot(reopened.state)).toEqual(toSnapshot(store.state));
    // It starts from the snapshot: without the events before it, it comes to the same state.
    await db.query('DELETE FROM governance_events WHERE position < 2');
    expect((await EventStore.open(db, presets.vestfold)).state).toEqual(reopened.state);
  });

  it('rebuilds from the log when the snapshot cannot be read, and never saves an older one over a newer', async () => {
    const store = await EventStore.open(db, presets.vestfold);
    await store.append(appoint('ssu-horten', 'horten'));
    await store.saveSnapshot();
    await db.query(`UPDATE governance_snapshots SET snapshot = jsonb_set(snapshot, '{version}', '99')`);
    const reopened = await EventStore.open(db, presets.vestfold);
    expect(reopened.state).toEqual(store.state);
    const stale = await EventStore.open(db, presets.vestfold);
    await store.append(appoint('ssu-larvik', 'larvik'));
    await store.saveSnapshot();
    await stale.saveSnapshot();
    const saved = await db.query<{ position: number }>('SELECT position FROM governance_snapshots');
    expect(saved.rows).toEqual([{ position: 2 }]);
  });

  it('runs as a script: two writers, a conflict, a retry, a reload', () => {
    const root = join(import.meta.dirname, '..', '..');
    const out = execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['examples/event-store-postgres.ts'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(out).toBe(
      'a: appended\nb: conflict\nb again: appended\na retries: already-appended\nreopened at position 2\n',
    );
  }, 60_000);
});
