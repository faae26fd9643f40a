import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addId, emptyIdSet, type IdNode, idEntries, idPosition, withId } from '../../src/engine/_idSet.js';
import { BRANCH, digit, emptyTrie, hashId, trieGet, trieSet, trieValues } from '../../src/engine/_trie.js';

/** The first `n` ids of the form `<prefix><i>` whose hash meets `keep`. */
function ids(n: number, keep: (hash: number) => boolean, prefix = 'id-'): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) if (keep(hashId(`${prefix}${i}`))) out.push(`${prefix}${i}`);
  return out;
}

/** The lowest base-16 digit of the hash: the slot at the top of both tries. */
const low = (hash: number) => hash & 15;
/** Ids whose hash falls in the top slot 0: one leaf holds at most 16 of them. */
const slot0 = ids(18, (h) => low(h) === 0);

describe('hashId', () => {
  it('is 32-bit FNV-1a over the UTF-16 code units', () => {
    expect(hashId('')).toBe(0x811c9dc5);
    expect(hashId('a')).toBe(0xe40c292c);
    expect(hashId('foobar')).toBe(0xbf9cf968);
    expect(digit(0xe40c292c, 0)).toBe('m');
    expect(digit(0xe40c292c, 1)).toBe('c');
    expect(digit(0xe40c292c, 7)).toBe('o');
  });
});

describe('the set of applied event ids', () => {
  it('starts as sixteen empty slots and knows no id', () => {
    expect(emptyIdSet()).toStrictEqual(new Array(16).fill(null));
    expect(idPosition(emptyIdSet(), 'evt-1')).toBeUndefined();
    expect([...idEntries(emptyIdSet())]).toStrictEqual([]);
    expect([...idEntries(null)]).toStrictEqual([]);
  });

  it('gives back a new frozen set with each id, leaving the old one as it was', () => {
    const one = withId(undefined, 'evt-1', 0);
    const two = withId(one, 'evt-2', 5);
    expect(idPosition(one, 'evt-1')).toBe(0);
    expect(idPosition(one, 'evt-2')).toBeUndefined();
    expect(idPosition(two, 'evt-1')).toBe(0);
    expect(idPosition(two, 'evt-2')).toBe(5);
    expect(Object.isFrozen(one) && Object.isFrozen(two)).toBe(true);
    const slot = (two as readonly (IdNode | null)[])[low(hashId('evt-2'))] as { ids: string[]; at: number[] };
    expect(Object.isFrozen(slot) && Object.isFrozen(slot.ids) && Object.isFrozen(slot.at)).toBe(true);
  });

  it('does not know an id that shares a slot with one it holds', () => {
    const [held, other] = slot0 as [string, string];
    expect(idPosition(withId(undefined, held, 3), other)).toBeUndefined();
  });

  it('keeps sixteen ids of one slot in a leaf and splits at the seventeenth, persistently', () => {
    let set: IdNode | undefined;
    const versions: IdNode[] = [];
    slot0.slice(0, 17).forEach((id, i) => {
      set = withId(set, id, i);
      versions.push(set);
    });
    const sixteen = versions[15] as readonly (IdNode | null)[];
    const seventeen = versions[16] as readonly (IdNode | null)[];
    expect(sixteen[0]).toStrictEqual({ ids: slot0.slice(0, 16), at: [...Array(16).keys()] });
    expect(Array.isArray(seventeen[0])).toBe(true);
    // the split leaves: every id in the child its second digit names, in the order added
    const children = seventeen[0] as readonly ({ ids: string[]; at: number[] } | null)[];
    children.forEach((child, d) => {
      const expected = slot0.slice(0, 17).filter((id) => ((hashId(id) >>> 4) & 15) === d);
      if (expected.length === 0) expect(child).toBeNull();
      else expect(child?.ids).toStrictEqual(expected);
    });
    slot0.slice(0, 17).forEach((id, i) => {
      expect(idPosition(seventeen, id)).toBe(i);
      expect(idPosition(sixteen, id)).toBe(i < 16 ? i : undefined);
    });
    // an eighteenth walks down the branch, copying it: the seventeen-id version is untouched
    const eighteen = withId(seventeen, slot0[17] as string, 17) as readonly (IdNode | null)[];
    expect(idPosition(eighteen, slot0[17] as string)).toBe(17);
    expect(idPosition(seventeen, slot0[17] as string)).toBeUndefined();
    expect(eighteen[0]).not.toBe(seventeen[0]);
    expect(Object.isFrozen(eighteen[0])).toBe(true);
    const entries = [...idEntries(eighteen)].sort((a, b) => a[1] - b[1]);
    expect(entries).toStrictEqual(slot0.map((id, i) => [id, i]));
  });

  it('adds in place to a private copy, splitting and walking down the same way', () => {
    const set = emptyIdSet();
    for (const [i, id] of slot0.entries()) addId(set, id, 10 + i);
    expect(Array.isArray((set as readonly (IdNode | null)[])[0])).toBe(true);
    for (const [i, id] of slot0.entries()) expect(idPosition(set, id)).toBe(10 + i);
    const other = ids(2, (h) => low(h) === 5);
    addId(set, other[0] as string, 40);
    addId(set, other[1] as string, 41);
    expect((set as readonly (IdNode | null)[])[5]).toStrictEqual({ ids: other, at: [40, 41] });
    expect([...idEntries(set)].length).toBe(20);
  });
});

describe('the records trie', () => {
  const record = (id: string, n: number) => ({ id, n });

  it('starts as a branch with nothing in it', () => {
    const trie = emptyTrie<{ id: string }>();
    expect(trie).toStrictEqual({ [BRANCH]: 1 });
    expect(trieGet(trie, 'm1')).toBeUndefined();
    expect([...trieValues(trie)]).toStrictEqual([]);
  });

  it('keeps sixteen records of one slot in a leaf and splits at the seventeenth', () => {
    const trie = emptyTrie<{ id: string; n: number }>() as unknown as Record<string, Record<string, unknown>>;
    for (const [i, id] of slot0.slice(0, 16).entries()) trieSet(trie, id, record(id, i));
    expect(Object.hasOwn(trie.a as object, BRANCH)).toBe(false);
    expect(Object.keys(trie.a as object)).toStrictEqual(slot0.slice(0, 16));
    // replacing a record of a full leaf does not split it
    trieSet(trie, slot0[0] as string, record(slot0[0] as string, 100));
    expect(Object.hasOwn(trie.a as object, BRANCH)).toBe(false);
    expect(trieGet(trie, slot0[0] as string)).toStrictEqual({ id: slot0[0], n: 100 });
    trieSet(trie, slot0[16] as string, record(slot0[16] as string, 16));
    expect((trie.a as Record<string, unknown>)[BRANCH]).toBe(1);
    trieSet(trie, slot0[17] as string, record(slot0[17] as string, 17));
    for (const [i, id] of slot0.entries())
      expect(trieGet(trie, id)).toStrictEqual({ id, n: i === 0 ? 100 : i });
    const values = [...trieValues(trie)].map((r) => (r as { n: number }).n).sort((a, b) => a - b);
    expect(values).toStrictEqual([...Array(18).keys()].slice(1).concat(100));
    // an id in the split slot whose second digit names no child yet
    const used = new Set(slot0.map((id) => (hashId(id) >>> 4) & 15));
    const [missing] = ids(1, (h) => low(h) === 0 && !used.has((h >>> 4) & 15), 'x-');
    expect(trieGet(trie, missing as string)).toBeUndefined();
  });

  it('moves the records themselves, not drafts, when a leaf splits inside an immer recipe', () => {
    const base = emptyTrie<{ id: string; n: number }>();
    for (const [i, id] of slot0.slice(0, 16).entries()) trieSet(base, id, record(id, i));
    const before = slot0.slice(0, 16).map((id) => trieGet(base, id));
    const next = produce(base, (draft) => {
      // reading a record makes it a draft, as a case reducer does
      expect(trieGet(draft, slot0[3] as string)?.n).toBe(3);
      trieSet(draft, slot0[16] as string, record(slot0[16] as string, 16));
    });
    for (const [i, id] of slot0.slice(0, 16).entries()) expect(trieGet(next, id)).toBe(before[i]);
    expect(trieGet(next, slot0[16] as string)).toStrictEqual({ id: slot0[16], n: 16 });
    expect(trieGet(base, slot0[16] as string)).toBeUndefined();
  });
});
