/**
 * A map from string ids to records, stored as a trie of plain objects keyed by base-16 digits (a–p) of the
 * id's FNV-1a hash. A leaf holds at most 16 records; a full leaf splits into a branch of up to 16
 * children (a branch is marked by the key `''`, which is never a valid id). Changing one record
 * through immer copies one small object per level, and the number of levels grows as log16 of
 * the number of records, so the cost of an event stays flat as history grows. Plain JSON;
 * deterministic on every machine.
 *
 * @internal
 * @module
 */

import { isDraft, original } from 'immer';
import { own, setOwn } from '../model/_own.js';
import type { Collection } from './collection.js';

/** The trie as it is stored: a node holds records by id, or children by digit. @internal */
export type Trie<T> = { readonly [key: string]: T | Trie<T> | number };

/**
 * A trie behind its public type, a trie as stored, or an immer draft of one: the functions below
 * take any of them, and cast inside.
 */
type AnyTrie<T> = Collection<T> | Trie<T> | object;

type Node = Record<string, unknown>;

const LEAF_SIZE = 16;
const MAX_DEPTH = 8;
/** The key that marks a node as a branch (a leaf holds ids only). @internal */
export const BRANCH = '';
// Letters, not hex digits: keys '0'–'9' would be array-index keys, which V8 stores apart and
// copies slowly; named keys keep every node a fast object.
const digits = 'abcdefghijklmnop';

/** FNV-1a, 32 bits, over UTF-16 code units. @internal */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The key of the child a hash goes to at a depth. @internal */
export function digit(hash: number, depth: number): string {
  return digits[(hash >>> (depth * 4)) & 15] as string;
}

/** @internal */
export function emptyTrie<T>(): Collection<T> {
  // The root is always a branch, so a split never has to rewrite it in place.
  return { [BRANCH]: 1 } as unknown as Collection<T>;
}

/** @internal */
export function trieGet<T>(trie: AnyTrie<T>, id: string): T | undefined {
  const hash = hashId(id);
  let node = trie as Node;
  let depth = 0;
  while (Object.hasOwn(node, BRANCH)) {
    const child = node[digit(hash, depth)];
    if (child === undefined) return undefined;
    node = child as Node;
    depth += 1;
  }
  return own(node, id) as T | undefined;
}

/** Sets a record in a trie that is an immer draft or a private mutable copy. @internal */
/**
 * A new leaf: an object without a prototype. Leaves are keyed by ids, each its own set of keys,
 * and V8 gives each such literal a hidden class of its own; past about 1,500 live ones every new
 * object literal got slow. A prototype-less object is a dictionary from the start, which is what
 * a leaf is, and it reads no inherited key.
 */
function leaf(): Node {
  return Object.create(null) as Node;
}

export function trieSet<T>(trie: AnyTrie<T>, id: string, value: T): void {
  const hash = hashId(id);
  let parent = trie as Node;
  let key = digit(hash, 0);
  let depth = 1;
  parent[key] ??= leaf();
  let node = parent[key] as Node;
  while (Object.hasOwn(node, BRANCH)) {
    parent = node;
    key = digit(hash, depth);
    node[key] ??= leaf();
    node = node[key] as Node;
    depth += 1;
  }
  const ids = Object.keys(node);
  if (Object.hasOwn(node, id) || depth >= MAX_DEPTH || ids.length < LEAF_SIZE) {
    setOwn<unknown>(node, id, value);
    return;
  }
  // Split the full leaf: a new branch one level deeper replaces it in its parent. Nothing is
  // deleted, so no object falls into V8's slow dictionary mode.
  const branch: Node = { [BRANCH]: 1 };
  for (const existing of [...ids, id]) {
    const child = digit(hashId(existing), depth);
    branch[child] ??= leaf();
    // Move the record itself, not an immer draft of it (records are not changed before a split).
    const record = existing === id ? value : node[existing];
    setOwn(branch[child] as Node, existing, isDraft(record) ? original(record) : record);
  }
  parent[key] = branch;
}

/** Every record, in no particular order. @internal */
export function* trieValues<T>(trie: AnyTrie<T>): Generator<T> {
  const node = trie as Node;
  if (Object.hasOwn(node, BRANCH)) {
    for (const key of Object.keys(node)) if (key !== BRANCH) yield* trieValues<T>(node[key] as Trie<T>);
  } else {
    for (const id of Object.keys(node)) yield node[id] as T;
  }
}
