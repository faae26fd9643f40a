/**
 * An event store on Postgres: an append-only table of events (one row per log position, each
 * event id at most once), a table of snapshots, optimistic concurrency on the position, and a
 * reload on start from the latest snapshot and the events after it.
 *
 * Run it with `npx tsx examples/event-store-postgres.ts`: it uses PGlite (Postgres compiled to
 * WebAssembly, in memory). The SQL is plain Postgres, and `EventStore` needs of its client only
 * `query(text, params)` returning `{ rows }`, which a node-postgres `Pool` has as well.
 */
import { pathToFileURL } from 'node:url';
import {
  apply,
  eventPosition,
  type GovernanceEvent,
  memberAppointed,
  type Outcome,
  parseEvent,
  presets,
  replay,
  type State,
  type Statute,
  safeFromSnapshot,
  toSnapshot,
} from 'helsefellesskap';

/** What the store needs of a database client: PGlite's `query`, or node-postgres's. */
export interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** The tables, one statement each (PGlite's `query` takes one statement at a time). */
export const schema: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS governance_events (
     community text    NOT NULL,
     position  integer NOT NULL CHECK (position >= 0),
     event_id  text,
     event     jsonb   NOT NULL,
     PRIMARY KEY (community, position),
     UNIQUE (community, event_id)
   )`,
  `CREATE TABLE IF NOT EXISTS governance_snapshots (
     community text    PRIMARY KEY,
     position  integer NOT NULL,
     snapshot  jsonb   NOT NULL
   )`,
];

/** What came of an append. */
export type AppendResult =
  /** Written at `position`; `state` is the store's state after it. */
  | { readonly kind: 'appended'; readonly position: number; readonly state: State }
  /** The engine rejected the event: nothing was written. */
  | { readonly kind: 'rejected'; readonly outcome: Outcome }
  /** Another writer took the position first: the store has caught up; judge and try again. */
  | { readonly kind: 'conflict'; readonly position: number }
  /** An event with this id is in the log already (a retried append): nothing was written. */
  | { readonly kind: 'already-appended'; readonly position: number };

/** Whether a database error is a unique violation (SQLSTATE 23505), as PGlite and pg report it. */
function uniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** One community's log in Postgres, and the state it comes to. */
export class EventStore {
  readonly #db: Sql;
  readonly #community: string;
  #state: State;

  private constructor(db: Sql, state: State) {
    this.#db = db;
    this.#community = state.community;
    this.#state = state;
  }

  /**
   * Creates the tables if need be, and loads the community's state: the latest snapshot (or the
   * statute, when there is none or it cannot be read) and every event after it.
   */
  static async open(db: Sql, statute: Statute): Promise<EventStore> {
    for (const statement of schema) await db.query(statement);
    const { rows } = await db.query<{ snapshot: unknown }>(
      'SELECT snapshot FROM governance_snapshots WHERE community = $1',
      [statute.id],
    );
    const saved = rows[0] === undefined ? undefined : safeFromSnapshot(rows[0].snapshot);
    // An old or damaged snapshot is only a cache: rebuild from the log.
    const start = saved?.success ? saved.data : replay(statute, []).state;
    const store = new EventStore(db, start);
    await store.catchUp();
    return store;
  }

  /** The state as far as this store has read the log. */
  get state(): State {
    return this.#state;
  }

  /** Reads the events other writers appended since, and takes them in. */
  async catchUp(): Promise<State> {
    const { rows } = await this.#db.query<{ position: number; event: unknown }>(
      'SELECT position, event FROM governance_events WHERE community = $1 AND position >= $2 ORDER BY position',
      [this.#community, this.#state.position],
    );
    rows.forEach((row, i) => {
      if (row.position !== this.#state.position + i)
        throw new Error(`the log has a gap before position ${row.position}`);
    });
    this.#state = replay(
      this.#state,
      rows.map((row) => parseEvent(row.event)),
    ).state;
    return this.#state;
  }

  /**
   * Judges an event against the state and, if it applies, writes it at the next position. Two
   * writers at the same position cannot both succeed: the primary key lets one in, and the
   * other gets `conflict` (after catching up, so it can judge its event again).
   */
  async append(event: GovernanceEvent): Promise<AppendResult> {
    const judged = apply(this.#state, event);
    if (judged.outcome.kind === 'rejected') {
      const [first] = judged.outcome.reasons;
      return first.code === 'event.duplicate-id'
        ? { kind: 'already-appended', position: first.params.position as number }
        : { kind: 'rejected', outcome: judged.outcome };
    }
    const position = this.#state.position;
    try {
      await this.#db.query(
        'INSERT INTO governance_events (community, position, event_id, event) VALUES ($1, $2, $3, $4)',
        [this.#community, position, event.id ?? null, JSON.stringify(event)],
      );
    } catch (error) {
      if (!uniqueViolation(error)) throw error;
      await this.catchUp();
      const landed = event.id === undefined ? undefined : eventPosition(this.#state, event.id);
      return landed === undefined
        ? { kind: 'conflict', position }
        : { kind: 'already-appended', position: landed };
    }
    this.#state = judged.state;
    return { kind: 'appended', position, state: judged.state };
  }

  /** Saves a snapshot of the state, unless a later one is saved already. */
  async saveSnapshot(): Promise<void> {
    await this.#db.query(
      `INSERT INTO governance_snapshots (community, position, snapshot) VALUES ($1, $2, $3)
       ON CONFLICT (community) DO UPDATE SET position = EXCLUDED.position, snapshot = EXCLUDED.snapshot
       WHERE governance_snapshots.position < EXCLUDED.position`,
      [this.#community, this.#state.position, JSON.stringify(toSnapshot(this.#state))],
    );
  }
}

/** Two writers on one database: one wins a position, the other catches up and tries again. */
async function main(): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  const appoint = (member: string, seat: string) =>
    memberAppointed({ at: '2024-01-02', id: `appoint-${member}`, member, body: 'ssu', seat });
  const a = await EventStore.open(db, presets.vestfold);
  const b = await EventStore.open(db, presets.vestfold);
  console.log('a:', (await a.append(appoint('ssu-horten', 'horten'))).kind);
  console.log('b:', (await b.append(appoint('ssu-larvik', 'larvik'))).kind);
  console.log('b again:', (await b.append(appoint('ssu-larvik', 'larvik'))).kind);
  console.log('a retries:', (await a.append(appoint('ssu-horten', 'horten'))).kind);
  await a.saveSnapshot();
  const reopened = await EventStore.open(db, presets.vestfold);
  console.log('reopened at position', reopened.state.position);
  await db.close();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
