/**
 * Renaming every id of a statute and its event log, kind by kind, for properties that say the
 * library's verdicts do not depend on what the ids are called.
 */
import {
  apply,
  assessAll,
  type GovernanceEvent,
  initialState,
  replay,
  type State,
  type Statute,
} from '../../src/index.js';

/** The kinds of id, each its own name space. */
export type IdKind =
  | 'party'
  | 'area'
  | 'role'
  | 'body'
  | 'seat'
  | 'matter'
  | 'rule'
  | 'board'
  | 'ref'
  | 'member'
  | 'meeting'
  | 'proposal'
  | 'event';

/** A renaming: the new name of an id of a kind (the id itself where the kind has no new name). */
export type Renaming = (kind: IdKind, id: string) => string;

/** The kind of the `id` of an item, by the list it is in. */
const itemKinds: Readonly<Record<string, IdKind>> = {
  parties: 'party',
  areas: 'area',
  bodies: 'body',
  seats: 'seat',
  matters: 'matter',
  ratification: 'rule',
  disputeBoards: 'board',
};

/** The kind of the id a field holds (or, for a list, each string in it holds). */
const fieldKinds: Readonly<Record<string, IdKind>> = {
  ref: 'ref',
  party: 'party',
  agreementWith: 'party',
  parties: 'party',
  founding: 'party',
  area: 'area',
  body: 'body',
  escalatesTo: 'body',
  via: 'body',
  board: 'board',
  seat: 'seat',
  matter: 'matter',
  matters: 'matter',
  decides: 'matter',
  recommends: 'matter',
  member: 'member',
  chair: 'member',
  present: 'member',
  for: 'member',
  meeting: 'meeting',
  proposal: 'proposal',
  escalatedFrom: 'proposal',
};

function kindOf(table: Readonly<Record<string, IdKind>>, key: string): IdKind | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Renames the ids in a value at `key`; `list` is the key of the list an object is an item of. */
function walk(
  value: unknown,
  rename: Renaming,
  key: string,
  list: string | undefined,
  roles: Set<string>,
): unknown {
  if (typeof value === 'string') {
    if (key === 'id' && list !== undefined) {
      const kind = kindOf(itemKinds, list);
      return kind === undefined ? value : rename(kind, value);
    }
    if (key === 'role') return roles.has(value) ? rename('role', value) : value;
    const kind = kindOf(fieldKinds, key);
    return kind === undefined ? value : rename(kind, value);
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, rename, key, key, roles));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (key === 'sections')
      Object.defineProperty(out, rename('ref', k), {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (k === 'statute') out[k] = renameStatute(v as Statute, rename);
    else if (k === 'role' && key === 'participants') out[k] = rename('role', v as string);
    else out[k] = walk(v, rename, k, list, roles);
  }
  return out;
}

/** The statute with every id renamed. */
export function renameStatute(statute: Statute, rename: Renaming): Statute {
  const roles = new Set(statute.participants.map((p) => p.role));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(statute)) {
    out[k] = k === 'id' ? v : walk(v, rename, k, undefined, roles);
  }
  return out as unknown as Statute;
}

/** The event with every id renamed (a statute it carries included). */
export function renameEvent(event: GovernanceEvent, rename: Renaming): GovernanceEvent {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(event)) {
    if (k === 'statute') out[k] = renameStatute(v as Statute, rename);
    else if (k === 'id') out[k] = rename('event', v as string);
    else if (k === 'to' && (event.type === 'proposal-escalated' || event.type === 'proposal-forwarded'))
      out[k] = rename('body', v as string);
    else if (k === 'role' || k === 'vote' || k === 'type') out[k] = v;
    else out[k] = walk(v, rename, k, undefined, new Set());
  }
  return out as unknown as GovernanceEvent;
}

/** Every id of a statute and a log, by kind. */
export function idsOf(statute: Statute, events: readonly GovernanceEvent[]): Map<IdKind, Set<string>> {
  const found = new Map<IdKind, Set<string>>();
  const note: Renaming = (kind, id) => {
    let ids = found.get(kind);
    if (ids === undefined) found.set(kind, (ids = new Set()));
    ids.add(id);
    return id;
  };
  renameStatute(statute, note);
  for (const event of events) renameEvent(event, note);
  return found;
}

/**
 * A renaming to plain tokens (`id-party-000`, …) that orders the ids of each kind as `rename`
 * orders their new names, so that a list sorted by id comes out in the same order under both;
 * and the way back from each token to the id's name under `rename`.
 * @throws {Error} when `rename` gives two ids of a kind the same name
 */
export function tokensFor(
  ids: ReadonlyMap<IdKind, ReadonlySet<string>>,
  rename: Renaming,
): { tokens: Renaming; back: ReadonlyMap<string, string> } {
  const table = new Map<IdKind, Map<string, string>>();
  const back = new Map<string, string>();
  for (const [kind, set] of ids) {
    const named = [...set]
      .map((id) => [id, rename(kind, id)] as const)
      .sort(([, a], [, b]) => (a < b ? -1 : 1));
    if (new Set(named.map(([, name]) => name)).size !== named.length)
      throw new Error(`tokensFor: two ids of kind ${kind} get the same name`);
    const kindTable = new Map<string, string>();
    named.forEach(([id, name], i) => {
      const token = `id-${kind}-${String(i).padStart(3, '0')}`;
      kindTable.set(id, token);
      back.set(token, name);
    });
    table.set(kind, kindTable);
  }
  return { tokens: (kind, id) => table.get(kind)?.get(id) ?? id, back };
}

/**
 * A renaming of the ids of each kind to names `pick(kind, count)` gives: the `count` names are
 * given to the ids in their sorted order.
 */
export function renamingTo(
  ids: ReadonlyMap<IdKind, ReadonlySet<string>>,
  pick: (kind: IdKind, count: number) => readonly string[],
): Renaming {
  const table = new Map<IdKind, Map<string, string>>();
  for (const [kind, set] of ids) {
    const from = [...set].sort();
    const to = pick(kind, from.length);
    table.set(kind, new Map(from.map((id, i) => [id, to[i] ?? id])));
  }
  return (kind, id) => table.get(kind)?.get(id) ?? id;
}

/** A renaming by a table of new names per kind; other ids keep theirs. */
export function renamingBy(table: Partial<Record<IdKind, Readonly<Record<string, string>>>>): Renaming {
  return (kind, id) => {
    const names = table[kind];
    return names !== undefined && Object.hasOwn(names, id) ? (names[id] as string) : id;
  };
}

/**
 * Every string in a value (object keys included) replaced as `replace` says, and in a text that
 * joins ids with `, ` (as reasons do), each part.
 */
export function mapStrings(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return value.split(', ').map(replace).join(', ');
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, replace(k), {
      value: mapStrings(v, replace),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** The names of `Object.prototype` that may be ids (all but `__proto__` and `constructor`). */
export const objectPrototypeNames: readonly string[] = Object.getOwnPropertyNames(Object.prototype).filter(
  (name) => name !== '__proto__' && name !== 'constructor',
);

/**
 * More names an object, a function, an array or a string inherits, after those of
 * `Object.prototype`: enough for every id of a generated log.
 */
export const inheritedNames: readonly string[] = [
  ...new Set([
    ...objectPrototypeNames,
    ...[Function.prototype, Array.prototype, String.prototype, Number.prototype, Promise.prototype].flatMap(
      (p) => Object.getOwnPropertyNames(p),
    ),
  ]),
].filter((name) => name !== '__proto__' && name !== 'constructor' && name !== 'prototype');

/**
 * The own properties of the built-in prototypes, and of each function on them: what a write
 * through an inherited name would change.
 */
export function prototypeSnapshot(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const owners = { Object: Object.prototype, Function: Function.prototype, Array: Array.prototype };
  for (const [name, owner] of Object.entries(owners)) {
    for (const key of Reflect.ownKeys(owner)) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key) as PropertyDescriptor;
      const value = descriptor.value ?? descriptor.get;
      out.set(`${name}.${String(key)}`, value);
      if (typeof value === 'function')
        out.set(`${name}.${String(key)} own`, Reflect.ownKeys(value).map(String).sort().join(','));
    }
  }
  return out;
}

/** The keys of a {@link prototypeSnapshot} taken before whose values differ now. */
export function changedSince(before: Map<string, unknown>): string[] {
  const now = prototypeSnapshot();
  const keys = new Set([...before.keys(), ...now.keys()]);
  return [...keys].filter((key) => !Object.is(before.get(key), now.get(key)));
}

/** What a log comes to: replay's outcomes and reports, and the same by folding `apply`. */
export interface LogRun {
  readonly outcomes: readonly unknown[];
  readonly reports: readonly unknown[];
  readonly folded: { readonly outcomes: readonly unknown[]; readonly reports: readonly unknown[] };
  /** Whatever else the caller asked of the final state. */
  readonly extra: unknown;
  /** Whether the final state survives a JSON round trip. */
  readonly roundTrips: boolean;
}

function runLog(
  statute: Statute,
  events: readonly GovernanceEvent[],
  extra: (state: State, name: (kind: IdKind, id: string) => string) => unknown,
  name: (kind: IdKind, id: string) => string,
): LogRun {
  const { state, outcomes } = replay(statute, events);
  let folded = initialState(statute);
  const foldedOutcomes = events.map((event) => {
    const result = apply(folded, event);
    folded = result.state;
    return result.outcome;
  });
  return {
    outcomes,
    reports: assessAll(state),
    folded: { outcomes: foldedOutcomes, reports: assessAll(folded) },
    extra: extra(state, name),
    roundTrips: JSON.stringify(JSON.parse(JSON.stringify(state))) === JSON.stringify(state),
  };
}

/**
 * A statute and a log run twice: with plain ids (tokens), and with every id renamed by
 * `rename`. `ordinary` is the first run with each id written as `rename` names it, so the two
 * are equal exactly when the names make no difference. `extra` is asked of each final state,
 * with the way to name an id of the run.
 */
export function underRenaming(
  statute: Statute,
  events: readonly GovernanceEvent[],
  rename: Renaming,
  extra: (state: State, name: (kind: IdKind, id: string) => string) => unknown = () => undefined,
): { ordinary: unknown; renamed: LogRun } {
  const { tokens, back } = tokensFor(idsOf(statute, events), rename);
  const run = (by: Renaming) =>
    runLog(
      renameStatute(statute, by),
      events.map((event) => renameEvent(event, by)),
      extra,
      by,
    );
  const plain = run(tokens);
  return { ordinary: mapStrings(plain, (s) => back.get(s) ?? s), renamed: run(rename) };
}
