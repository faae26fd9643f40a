/**
 * The ids of applied events, each with the log position it was applied at: a trie of plain JSON
 * keyed by the base-16 digits of the id's FNV-1a hash. A branch is an array of 16 children (`null`
 * where none); a leaf holds at most 16 ids and their positions in two arrays, and a full leaf
 * splits into a branch. Changing it through immer copies one small array per level, so taking in
 * an event stays flat as the log grows.
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

/** Adds an id (not yet in the set) to a set that is an immer draft or a private copy. @internal */
export function addId(root: IdNode, id: string, position: number): void {
  const hash = hashId(id);
  let parent = root as (Mutable | null)[];
  let depth = 0;
  let node = parent[digit(hash, 0)] ?? null;
  while (Array.isArray(node)) {
    parent = node;
    depth += 1;
    node = node[digit(hash, depth)] ?? null;
  }
  const slot = digit(hash, depth);
  if (node === null) {
    parent[slot] = { ids: [id], at: [position] };
  } else if (node.ids.length < LEAF_SIZE || depth + 1 >= MAX_DEPTH) {
    node.ids.push(id);
    node.at.push(position);
  } else {
    const branch: (Mutable | null)[] = new Array(16).fill(null);
    const ids = [...node.ids, id];
    const at = [...node.at, position];
    ids.forEach((existing, i) => {
      const child = digit(hashId(existing), depth + 1);
      const leaf = (branch[child] ?? { ids: [], at: [] }) as { ids: string[]; at: number[] };
      branch[child] = leaf;
      leaf.ids.push(existing);
      leaf.at.push(at[i] as number);
    });
    parent[slot] = branch;
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
