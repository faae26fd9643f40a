/**
 * The ids of applied events, each with the log position it was applied at: a trie of plain JSON
 * keyed by the base-16 digits of the id's FNV-1a hash. A branch is an array of 16 children (`null`
 * where none); a leaf holds at most 16 ids and their positions in two arrays, and a full leaf
 * splits into a branch. Adding an id copies one short array per level (by hand, not through
 * immer, see {@link withId}), so taking in an event stays flat as the log grows.
 *
 * Unlike the records' trie (`_trie.ts`), nothing here is an object keyed by ids: one id per event
 * would give V8 a new hidden class per leaf and key, which made each insertion cost microseconds.
 *
 * @internal
 * @module
 */
import { hashId } from './_trie.js';

/** A leaf: ids and the positions they were applied at, index by index. @internal */
export interface IdLeaf {
  readonly ids: readonly string[];
  readonly at: readonly number[];
}

/** A node of the trie. @internal */
export type IdNode = IdLeaf | readonly (IdNode | null)[];

type Mutable = { ids: string[]; at: number[] } | (Mutable | null)[];

const LEAF_SIZE = 16;
const MAX_DEPTH = 8;

const digit = (hash: number, depth: number): number => (hash >>> (depth * 4)) & 15;

/** An empty set: a branch, so that the root is never replaced. @internal */
export function emptyIdSet(): IdNode {
  return new Array(16).fill(null);
}

/** The position the id was applied at, or `undefined`. @internal */
export function idPosition(root: IdNode, id: string): number | undefined {
  const hash = hashId(id);
  let node: IdNode | null = root;
  for (let depth = 0; Array.isArray(node); depth++)
    node = (node as readonly (IdNode | null)[])[digit(hash, depth)] ?? null;
  if (node === null) return undefined;
  const leaf = node as IdLeaf;
  const index = leaf.ids.indexOf(id);
  return index < 0 ? undefined : leaf.at[index];
}

type Branch = (Mutable | null)[];

/** A copy of a branch. An index loop: `slice` on a frozen array takes V8's slow path (~1 µs). */
function copyOf(branch: readonly (Mutable | null)[]): Branch {
  const out: Branch = new Array(branch.length);
  for (let i = 0; i < branch.length; i++) out[i] = branch[i] as Mutable | null;
  return out;
}

/** The branch a full leaf splits into, one level deeper, with the new id in it. */
function split(leaf: IdLeaf, id: string, position: number, depth: number): Branch {
  const branch: Branch = new Array(16).fill(null);
  const ids = [...leaf.ids, id];
  const at = [...leaf.at, position];
  ids.forEach((existing, i) => {
    const child = digit(hashId(existing), depth + 1);
    const next = (branch[child] ?? { ids: [], at: [] }) as { ids: string[]; at: number[] };
    branch[child] = next;
    next.ids.push(existing);
    next.at.push(at[i] as number);
  });
  return branch;
}

/**
 * Adds an id (not yet in the set) in place, to a private mutable copy. With `made`, it is
 * persistent instead: each branch on the path is copied before it is changed (the caller copies
 * the root), and every node it makes is pushed to `made`.
 */
function insert(root: Branch, id: string, position: number, made?: object[]): void {
  const hash = hashId(id);
  let parent = root;
  let depth = 0;
  let node = parent[digit(hash, 0)] ?? null;
  while (Array.isArray(node)) {
    let next: Branch = node;
    if (made !== undefined) {
      next = copyOf(node);
      parent[digit(hash, depth)] = next;
      made.push(next);
    }
    parent = next;
    depth += 1;
    node = next[digit(hash, depth)] ?? null;
  }
  const slot = digit(hash, depth);
  let leaf: Mutable;
  if (node === null) leaf = { ids: [id], at: [position] };
  else if (node.ids.length >= LEAF_SIZE && depth + 1 < MAX_DEPTH) leaf = split(node, id, position, depth);
  else if (made !== undefined) leaf = { ids: [...node.ids, id], at: [...node.at, position] };
  else {
    node.ids.push(id);
    node.at.push(position);
    return;
  }
  parent[slot] = leaf;
  if (made !== undefined) made.push(leaf);
}

/** Adds an id (not yet in the set) in place, to a set that is a private mutable copy. @internal */
export function addId(root: IdNode, id: string, position: number): void {
  insert(root as Branch, id, position);
}

/**
 * The set with one more id (not yet in it), frozen, sharing every node off the path to it: a
 * handful of short arrays are copied and frozen, which costs far less than changing the set
 * through an immer draft. @internal
 */
export function withId(root: IdNode | undefined, id: string, position: number): IdNode {
  const top: Branch = root === undefined ? (emptyIdSet() as Branch) : copyOf(root as Branch);
  const made: object[] = [top];
  insert(top, id, position, made);
  for (const node of made) freezeNode(node);
  return top;
}

/** Freezes a node that was just made: a branch, or a leaf (a split's branch freezes its leaves). */
function freezeNode(node: object): void {
  if (Object.isFrozen(node)) return;
  Object.freeze(node);
  if (Array.isArray(node)) {
    for (const child of node) if (child !== null && !Array.isArray(child)) freezeNode(child);
  } else {
    Object.freeze((node as IdLeaf).ids);
    Object.freeze((node as IdLeaf).at);
  }
}

/** Every id and its position, in no particular order. @internal */
export function* idEntries(node: IdNode | null): Generator<[string, number]> {
  if (node === null) return;
  if (Array.isArray(node)) {
    for (const child of node as readonly (IdNode | null)[]) yield* idEntries(child);
    return;
  }
  const leaf = node as IdLeaf;
  for (let i = 0; i < leaf.ids.length; i++) yield [leaf.ids[i] as string, leaf.at[i] as number];
}
