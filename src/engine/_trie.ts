/**
 * A map from string ids to records, stored as a fixed three-level, sixteen-way trie of plain
 * objects keyed by hex digits of the id's FNV-1a hash. Changing one record through immer copies
 * at most three 16-key levels and one bucket, so the cost of an event does not grow with the
 * number of records. Plain JSON; deterministic on every machine.
 *
 * @internal
 * @module
 */

/** @internal */
export type Trie<T> = {
  readonly [digit: string]: {
    readonly [digit: string]: { readonly [digit: string]: { readonly [id: string]: T } };
  };
};

type MutableTrie<T> = Record<string, Record<string, Record<string, Record<string, T>>>>;

const hex = '0123456789abcdef';

/** FNV-1a, 32 bits, over UTF-16 code units. @internal */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function digits(id: string): [string, string, string] {
  const h = hashId(id);
  return [hex[h & 15] as string, hex[(h >>> 4) & 15] as string, hex[(h >>> 8) & 15] as string];
}

/** @internal */
export function emptyTrie<T>(): Trie<T> {
  return {};
}

/** @internal */
export function trieGet<T>(trie: Trie<T>, id: string): T | undefined {
  const [a, b, c] = digits(id);
  const bucket = trie[a]?.[b]?.[c];
  return bucket !== undefined && Object.hasOwn(bucket, id) ? bucket[id] : undefined;
}

/** Sets a record in a trie that is a draft or a private mutable copy. @internal */
export function trieSet<T>(trie: Trie<T>, id: string, value: T): void {
  const [a, b, c] = digits(id);
  const root = trie as MutableTrie<T>;
  root[a] ??= {};
  const level1 = root[a];
  level1[b] ??= {};
  const level2 = level1[b];
  level2[c] ??= {};
  (level2[c] as Record<string, T>)[id] = value;
}

/** Every record, in no particular order. @internal */
export function* trieValues<T>(trie: Trie<T>): Generator<T> {
  for (const a of Object.keys(trie)) {
    const level1 = trie[a] ?? {};
    for (const b of Object.keys(level1)) {
      const level2 = level1[b] ?? {};
      for (const c of Object.keys(level2)) {
        const bucket = level2[c] ?? {};
        for (const id of Object.keys(bucket)) yield bucket[id] as T;
      }
    }
  }
}
