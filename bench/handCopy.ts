/**
 * Two yardsticks for one `apply` of a vote. The hand-copied path does what the library does —
 * the same validation, the same writes — but copies the objects on the path by hand (spreads and
 * `Object.freeze`) instead of through immer. The naive immer design is the reducer one writes
 * first: proposals in one object keyed by id, a vote written through `produce`; immer then copies
 * that object, so its cost grows with the proposals.
 */
import { produce } from 'immer';
import { BRANCH, digit, hashId, trieValues } from '../src/engine/_trie.js';
import { validateEvent } from '../src/engine/apply.js';
import type { VoteCast } from '../src/engine/events.js';
import type { ProposalRecord, State } from '../src/engine/state.js';

type Node = Record<string, unknown>;

/** A copy of `node` with one key set, of the same prototype, frozen. */
function withKey(node: Node, key: string, value: unknown): Node {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(node)) as Node, node);
  copy[key] = value;
  return Object.freeze(copy);
}

/** The trie with the record at `id` replaced by `update(record)`, every node on the path copied. */
function updateIn(trie: Node, id: string, update: (record: ProposalRecord) => ProposalRecord): Node {
  const hash = hashId(id);
  const path: [Node, string][] = [];
  let node = trie;
  let depth = 0;
  while (Object.hasOwn(node, BRANCH)) {
    const key = digit(hash, depth);
    path.push([node, key]);
    node = node[key] as Node;
    depth += 1;
  }
  let value: unknown = withKey(node, id, update(node[id] as ProposalRecord));
  for (let i = path.length - 1; i >= 0; i--) {
    const [parent, key] = path[i] as [Node, string];
    value = withKey(parent, key, value);
  }
  return value as Node;
}

/** One vote by hand: validated as `apply` validates it, written by copying the path. */
export function handCopiedVote(state: State, event: VoteCast): State {
  if (validateEvent(state, event).length > 0) return state;
  let body = '';
  let date = '';
  const proposals = updateIn(state.proposals as unknown as Node, event.proposal, (record) => {
    body = record.body;
    date = record.date;
    return Object.freeze({
      ...record,
      votes: Object.freeze({ ...record.votes, [event.member]: event.vote }),
    });
  });
  const until = (state.recordedUntil as Record<string, string>)[body];
  const recordedUntil =
    until === undefined || until < date
      ? Object.freeze({ ...state.recordedUntil, [body]: date })
      : state.recordedUntil;
  return Object.freeze({
    ...state,
    proposals: proposals as unknown as State['proposals'],
    recordedUntil,
    seq: state.seq + 1,
    position: state.position + 1,
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as strings
    lastAt: event.at > state.lastAt ? event.at : state.lastAt,
  });
}

/** The naive design's state: every proposal in one object keyed by id. */
export function naiveState(state: State): { readonly proposals: Readonly<Record<string, ProposalRecord>> } {
  const proposals: Record<string, ProposalRecord> = {};
  for (const record of trieValues<ProposalRecord>(state.proposals)) proposals[record.id] = record;
  return Object.freeze({ proposals: Object.freeze(proposals) });
}

/** A vote in the naive design: one `produce` writing into the proposal's votes. */
export function naiveVote(
  state: ReturnType<typeof naiveState>,
  event: VoteCast,
): ReturnType<typeof naiveState> {
  return produce(state, (draft) => {
    const record = draft.proposals[event.proposal];
    if (record !== undefined) (record.votes as Record<string, string>)[event.member] = event.vote;
  });
}
