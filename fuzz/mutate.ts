/**
 * Mutations for the fuzzer: deterministic from a random source, on plain JSON copies.
 */

/** A small seeded random source (mulberry32): the same seed gives the same mutations. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = unknown;
type Rand = () => number;

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** Odd values a field may be given: numbers, dates, text and shapes a statute never has. */
const oddValues: readonly Json[] = [
  -1,
  0,
  0.5,
  1e308,
  -0,
  2 ** 53,
  '',
  ' ',
  '2024-02-30',
  '0000-01-01',
  '9999-12-31',
  '2024-1-1',
  '\u0000',
  '\ud800',
  '\u202eabc',
  'é',
  'e\u0301',
  '🏥',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  null,
  true,
  [],
  {},
  [[[]]],
  { kind: 'unknown' },
];

/** Keys whose values are ids or references to ids: what a swap exchanges. */
const idKeys = new Set([
  'id',
  'body',
  'seat',
  'party',
  'matter',
  'ref',
  'escalatesTo',
  'via',
  'role',
  'area',
]);

/** Every path to a value inside `value`, the root included. */
function paths(
  value: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function getAt(value: Json, path: readonly (string | number)[]): Json {
  let node = value;
  for (const key of path) node = (node as Record<string | number, Json>)[key];
  return node;
}

function setAt(root: Json, path: readonly (string | number)[], next: Json): Json {
  if (path.length === 0) return next;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = next;
  return root;
}

/** Wraps a value `depth` levels deep in arrays or objects. */
function nest(value: Json, depth: number, rand: Rand): Json {
  let out = value;
  for (let i = 0; i < depth; i++) out = rand() < 0.5 ? [out] : { kind: 'all', rules: [out], ref: 'x' };
  return out;
}

/** One mutation at a random path: delete, swap ids, duplicate, an odd value, deep nesting. */
function mutateOnce(root: Json, rand: Rand): Json {
  const all = paths(root);
  const path = pick(rand, all);
  // Delete 20 %, swap ids 30 %, duplicate 20 %, nest 5 %, an odd value 25 %.
  const r = rand();
  const op = r < 0.2 ? 0 : r < 0.5 ? 1 : r < 0.7 ? 2 : r < 0.75 ? 3 : 4;
  if (op === 0 && path.length > 0) {
    const parent = getAt(root, path.slice(0, -1));
    const key = path[path.length - 1] as string | number;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key as string];
    return root;
  }
  if (op === 1) {
    // Two ids swapped between references.
    const ids = all.filter((p) => idKeys.has(String(p[p.length - 1])) && typeof getAt(root, p) === 'string');
    if (ids.length >= 2) {
      const a = pick(rand, ids);
      const b = pick(rand, ids);
      const va = getAt(root, a);
      setAt(root, a, getAt(root, b));
      setAt(root, b, va);
    }
    return root;
  }
  if (op === 2) {
    const arrays = all.filter((p) => Array.isArray(getAt(root, p)) && (getAt(root, p) as Json[]).length > 0);
    if (arrays.length > 0) {
      const list = getAt(root, pick(rand, arrays)) as Json[];
      list.push(structuredClone(pick(rand, list)));
    }
    return root;
  }
  if (op === 3) return setAt(root, path, nest(getAt(root, path), 1 + Math.floor(rand() * 200), rand));
  return setAt(root, path, structuredClone(pick(rand, oddValues)));
}

/** A JSON copy of `value` with 1 to `most` mutations. */
export function mutate(value: Json, rand: Rand, most = 6): Json {
  let out: Json = JSON.parse(JSON.stringify(value));
  const times = 1 + Math.floor(rand() * most);
  for (let i = 0; i < times; i++) out = mutateOnce(out, rand);
  return out;
}

/** Whether an issue's path leads into the input: every step but the last exists in it. */
export function leadsInto(input: Json, path: readonly (string | number)[]): boolean {
  let node = input;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, Json>)[key];
  }
  return path.length === 0 || (node !== null && typeof node === 'object');
}
