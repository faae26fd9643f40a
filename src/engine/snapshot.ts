/**
 * Snapshots: a state as a versioned, documented plain-JSON value, and back.
 *
 * @module
 */
import { deepFreeze } from '../model/_deepFreeze.js';
import { setOwn } from '../model/_own.js';
import type { IsoDate } from '../model/dates.js';
import type { BodyId, MemberId, PartyId } from '../model/ids.js';
import type { Statute } from '../model/statute.js';
import { parseShape } from '../statute/_fromValibot.js';
import { issueOf } from '../statute/_issueText.js';
import { InputError, type InputIssue, type SafeParseResult } from '../statute/issues.js';
import { safeParseStatute } from '../statute/parseStatute.js';
import { digestJson } from './_digest.js';
import { addId, emptyIdSet, type IdNode, idEntries } from './_idSet.js';
import { snapshotStateSchema } from './_snapshotSchema.js';
import { emptyTrie, trieSet, trieValues } from './_trie.js';
import type { Collection } from './collection.js';
import {
  type BodyLeadership,
  listMeetings,
  listProposals,
  type MeetingRecord,
  type MemberRecord,
  type PartyRecord,
  type ProposalRecord,
  type State,
} from './state.js';

/**
 * The format name every snapshot carries in `format`.
 *
 * @example
 * ```ts
 * toSnapshot(state).format === snapshotFormat; // true
 * ```
 * @category Persistence
 */
export const snapshotFormat = 'helsefellesskap/snapshot';

/**
 * The version of the snapshot format this library writes, and the only one it reads.
 *
 * @example
 * ```ts
 * toSnapshot(state).version === snapshotVersion; // true
 * ```
 * @category Persistence
 */
export const snapshotVersion = 1;

/**
 * A state in a snapshot (format version 1): the state's own fields, with its collections as
 * arrays in a fixed order (members by id, meetings and proposals in the order they were recorded)
 * and the applied events' ids as a record from id to log position. See docs/persistence.md.
 *
 * @example
 * ```ts
 * const saved: SnapshotState = toSnapshot(state).state;
 * saved.proposals.map((p) => p.id);
 * ```
 * @category Persistence
 */
export interface SnapshotState {
  readonly community: string;
  readonly statutes: readonly Statute[];
  readonly parties: Readonly<Record<PartyId, PartyRecord>>;
  /** Every member, by id. */
  readonly members: readonly MemberRecord[];
  readonly bodyMembers: Readonly<Record<BodyId, Readonly<Record<MemberId, true>>>>;
  readonly bodySubstitutes?: Readonly<Record<BodyId, Readonly<Record<MemberId, true>>>>;
  /** Every meeting, in the order they were convened. */
  readonly meetings: readonly MeetingRecord[];
  /** Every case, in the order they were submitted. */
  readonly proposals: readonly ProposalRecord[];
  readonly seq: number;
  readonly position: number;
  readonly lastAt: IsoDate;
  readonly recordedUntil: Readonly<Record<BodyId, IsoDate>>;
  readonly ratifiedUntil?: IsoDate;
  readonly leadership?: Readonly<Record<BodyId, BodyLeadership>>;
  /** The id of every applied event that carries one, with the log position it was applied at. */
  readonly eventIds: Readonly<Record<string, number>>;
}

/**
 * A snapshot of a state: plain JSON, safe to `JSON.stringify` and store. `digest` is
 * `fnv1a64:` and 16 hex digits, FNV-1a (64 bits) over the UTF-8 bytes of the canonical JSON of
 * `{ format, version, state }` (keys sorted, no whitespace). It detects accidental or naive
 * changes (a truncated file, a hand edit), not an adversary, who can compute it too: sign or
 * store snapshots where only you can write if that matters.
 *
 * @example
 * ```ts
 * const snapshot: Snapshot = toSnapshot(state);
 * localStorage.setItem('state', JSON.stringify(snapshot));
 * ```
 * @category Persistence
 */
export interface Snapshot {
  readonly format: typeof snapshotFormat;
  readonly version: typeof snapshotVersion;
  readonly digest: string;
  readonly state: SnapshotState;
}

/**
 * The error {@link fromSnapshot} throws: an {@link InputError} about a snapshot, with every
 * issue and its path (`unknown_format`, `unsupported_version`, `digest_mismatch`, or what is
 * wrong with the state's shape or its statutes).
 *
 * @example
 * ```ts
 * try {
 *   fromSnapshot({ format: 'helsefellesskap/snapshot', version: 99 });
 * } catch (error) {
 *   if (error instanceof SnapshotError) console.log(error.issues[0]?.code); // 'unsupported_version'
 * }
 * ```
 * @category Persistence
 */
export class SnapshotError extends InputError {
  constructor(issues: readonly InputIssue[]) {
    super('snapshot', issues);
    this.name = 'SnapshotError';
  }
}

function digestOf(state: SnapshotState): string {
  return `fnv1a64:${digestJson({ format: snapshotFormat, version: snapshotVersion, state })}`;
}

function eventIdsOf(state: State): Record<string, number> {
  const entries = state.eventIds === undefined ? [] : [...idEntries(state.eventIds as unknown as IdNode)];
  entries.sort((a, b) => a[1] - b[1]);
  const out: Record<string, number> = {};
  for (const [id, position] of entries) setOwn(out, id, position);
  return out;
}

/**
 * A snapshot of a state: versioned, plain JSON, with no internal layout in it (collections are
 * arrays in a fixed order), and a digest of its content. Equal states give equal snapshots.
 * This is a pure function.
 *
 * @param state - the state to save
 * @returns the snapshot, deep-frozen
 * @example
 * ```ts
 * const { state } = replay(presets.vestfold, log);
 * writeFileSync('state.json', JSON.stringify(toSnapshot(state)));
 * ```
 * @category Persistence
 */
export function toSnapshot(state: State): Snapshot {
  const members = [...trieValues(state.members)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const saved: SnapshotState = {
    community: state.community,
    statutes: state.statutes,
    parties: state.parties,
    members,
    bodyMembers: state.bodyMembers,
    ...(state.bodySubstitutes === undefined ? {} : { bodySubstitutes: state.bodySubstitutes }),
    meetings: listMeetings(state),
    proposals: listProposals(state),
    seq: state.seq,
    position: state.position,
    lastAt: state.lastAt,
    recordedUntil: state.recordedUntil,
    ...(state.ratifiedUntil === undefined ? {} : { ratifiedUntil: state.ratifiedUntil }),
    ...(state.leadership === undefined ? {} : { leadership: state.leadership }),
    eventIds: eventIdsOf(state),
  };
  return deepFreeze({
    format: snapshotFormat,
    version: snapshotVersion,
    digest: digestOf(saved),
    state: saved,
  });
}

/** A value as an issue shows it: JSON, cut at 40 characters (`nothing` for undefined). */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function')
    return typeof value;
  return JSON.stringify(value)?.slice(0, 40) ?? 'nothing';
}

/** What is wrong with the envelope: the format, the version, a digest that is not a string. */
function envelopeIssues(input: unknown): InputIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return [
      issueOf('invalid_type', [], {
        expected: 'Object',
        received: shown(input),
      }),
    ];
  const { format, version, digest } = input as Record<string, unknown>;
  if (format !== snapshotFormat)
    return [
      issueOf('unknown_format', ['format'], {
        expected: snapshotFormat,
        received: shown(format),
      }),
    ];
  if (version !== snapshotVersion)
    return [
      issueOf('unsupported_version', ['version'], {
        supported: snapshotVersion,
        received: shown(version),
      }),
    ];
  if (typeof digest !== 'string') return [issueOf('missing_key', ['digest'], { key: 'digest' })];
  const extra = Object.keys(input).filter((key) => !['format', 'version', 'digest', 'state'].includes(key));
  return extra.map((key) => issueOf('unknown_key', [key], { key }));
}

/** Ids that two records of one collection share. */
function duplicateIds(records: readonly { readonly id: string }[], key: string): InputIssue[] {
  const seen = new Set<string>();
  const out: InputIssue[] = [];
  records.forEach((record, index) => {
    if (seen.has(record.id))
      out.push(
        issueOf('duplicate_id', ['state', key, index, 'id'], {
          id: record.id,
          entity: key.slice(0, -1),
        }),
      );
    seen.add(record.id);
  });
  return out;
}

/** The statutes, checked one by one, and what ties the state together. */
function contentIssues(saved: SnapshotState, statutes: Statute[]): InputIssue[] {
  const out: InputIssue[] = [];
  saved.statutes.forEach((input, index) => {
    const parsed = safeParseStatute(input);
    if (!parsed.success)
      out.push(...parsed.issues.map((i) => ({ ...i, path: ['state', 'statutes', index, ...i.path] })));
    else if (parsed.data.id !== saved.community)
      out.push(
        issueOf('invalid_value', ['state', 'statutes', index, 'id'], {
          community: saved.community,
          received: parsed.data.id,
        }),
      );
    else statutes.push(parsed.data);
  });
  out.push(...duplicateIds(saved.members, 'members'), ...duplicateIds(saved.meetings, 'meetings'));
  out.push(...duplicateIds(saved.proposals, 'proposals'));
  if (saved.seq > saved.position)
    out.push(issueOf('invalid_value', ['state', 'seq'], { seq: saved.seq, position: saved.position }));
  for (const [id, at] of Object.entries(saved.eventIds)) {
    if (at >= saved.position)
      out.push(issueOf('invalid_value', ['state', 'eventIds', id], { at, position: saved.position }));
  }
  return out;
}

function stateOf(saved: SnapshotState, statutes: Statute[]): State {
  const collection = <T extends { readonly id: string }>(records: readonly T[]): Collection<T> => {
    const trie = emptyTrie<T>();
    for (const record of records) trieSet(trie, record.id, record);
    return trie;
  };
  // In the order they were applied: a JSON object puts keys such as "17" first, in numeric order.
  const ids = Object.entries(saved.eventIds).sort((a, b) => a[1] - b[1]);
  const eventIds = emptyIdSet();
  for (const [id, at] of ids) addId(eventIds, id, at);
  const { bodySubstitutes, ratifiedUntil, leadership } = saved;
  return deepFreeze({
    community: saved.community,
    statutes,
    parties: saved.parties,
    members: collection(saved.members),
    bodyMembers: saved.bodyMembers,
    ...(bodySubstitutes === undefined ? {} : { bodySubstitutes }),
    meetings: collection(saved.meetings),
    proposals: collection(saved.proposals),
    seq: saved.seq,
    position: saved.position,
    lastAt: saved.lastAt,
    recordedUntil: saved.recordedUntil,
    ...(ratifiedUntil === undefined ? {} : { ratifiedUntil }),
    ...(leadership === undefined ? {} : { leadership }),
    ...(ids.length === 0 ? {} : { eventIds: eventIds as unknown as Collection<number> }),
  });
}

/**
 * Checks an unknown value as a snapshot and returns the state it holds, without throwing: the
 * format and version first, then the state's shape (with paths under `state`), the digest, and
 * the statutes (each as `safeParseStatute` checks one). This is a pure function.
 *
 * @param input - any value, such as `JSON.parse` of a stored snapshot
 * @returns `{ success: true, data }` with the state, deep-frozen, or `{ success: false, issues }`
 * @example
 * ```ts
 * const result = safeFromSnapshot(JSON.parse(text));
 * const state = result.success ? result.data : initialState(presets.vestfold);
 * ```
 * @category Persistence
 */
export function safeFromSnapshot(input: unknown): SafeParseResult<State> {
  const fail = (issues: InputIssue[]) =>
    ({ success: false, issues: issues as [InputIssue, ...InputIssue[]] }) as const;
  const envelope = envelopeIssues(input);
  if (envelope.length > 0) return fail(envelope);
  const { digest, state } = input as { digest: string; state: unknown };
  const shape = parseShape(snapshotStateSchema, state);
  if (!shape.ok) return fail(shape.issues.map((i) => ({ ...i, path: ['state', ...i.path] })));
  const saved = shape.value as SnapshotState;
  const expected = digestOf(saved);
  if (digest !== expected)
    return fail([issueOf('digest_mismatch', ['digest'], { expected, received: digest.slice(0, 40) })]);
  const statutes: Statute[] = [];
  const content = contentIssues(saved, statutes);
  if (content.length > 0) return fail(content);
  return { success: true, data: stateOf(saved, statutes) };
}

/**
 * Checks an unknown value as a snapshot and returns the state it holds, or throws one
 * {@link SnapshotError} naming every problem with its path: an unknown `format`, a `version`
 * this library does not read, content that does not match its `digest`, a state of the wrong
 * shape. `replay(fromSnapshot(saved), rest)` gives what replaying the whole log gives. This is a
 * pure function.
 *
 * @param input - any value, such as `JSON.parse` of a stored snapshot
 * @returns the state, deep-frozen
 * @throws {@link SnapshotError} when the input is not a snapshot this library can read
 * @example
 * ```ts
 * const saved = JSON.parse(readFileSync('state.json', 'utf8'));
 * const state = fromSnapshot(saved);
 * const { state: now } = replay(state, log.slice(state.position));
 * ```
 * @category Persistence
 */
export function fromSnapshot(input: unknown): State {
  const result = safeFromSnapshot(input);
  if (!result.success) throw new SnapshotError(result.issues);
  return result.data;
}
