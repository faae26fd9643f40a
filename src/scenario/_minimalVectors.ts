/**
 * The minimal count vectors that satisfy a monotone predicate, with a bounded number of
 * evaluations: the search behind `requirements` for an open case (how many of each group of
 * members must vote for, change their vote or withdraw a reservation).
 *
 * @internal
 * @module
 */

/** The answer of {@link minimalVectors}. @internal */
export interface MinimalVectors {
  /** Minimal vectors, smallest sum first; at most `maxOptions`. Empty only when none exists. */
  readonly vectors: readonly (readonly number[])[];
  /**
   * Evaluations of the predicate: at most `maxWork`, or the few the first answer needs when that
   * is more (2 + the sum over the groups of ⌈log₂(size + 1)⌉).
   */
  readonly work: number;
  /** Set when `vectors` is not every minimal vector. */
  readonly truncatedBy?: 'maxOptions' | 'maxEvaluations';
}

/**
 * Every inclusion-minimal vector `x` with `0 ≤ x[g] ≤ sizes[g]` for which `ok(x)` holds, given
 * that `ok` is monotone (more of any group never hurts). Minimality is checked locally: `x` is
 * minimal exactly when `ok(x - e_g)` fails for every group `g` it uses, so no list of found
 * vectors is scanned. A prefix is dropped as soon as the most of every later group cannot
 * satisfy `ok`, and closed as soon as none of them is needed. Every evaluation counts against
 * `maxWork`; the first answer is a greedy minimal vector (each group cut to the fewest that still
 * work), so a solution that exists is always returned, even when the search is cut short.
 * @internal
 */
export function minimalVectors(
  sizes: readonly number[],
  ok: (counts: readonly number[]) => boolean,
  limits: { readonly maxOptions: number; readonly maxWork: number },
): MinimalVectors {
  let work = 0;
  const test = (counts: readonly number[]) => {
    work += 1;
    return ok(counts);
  };
  const full = [...sizes];
  if (!test(full)) return { vectors: [], work };
  const zeros = sizes.map(() => 0);
  if (test(zeros)) return { vectors: [zeros], work };
  const first = greedy(sizes, test);
  const found: number[][] = [];
  const counts = [...zeros];
  // Past the budget the search stops where it stands (with the greedy answer already in hand).
  const probe = (x: readonly number[]) => {
    if (work >= limits.maxWork) throw cut;
    return test(x);
  };
  const visit = (g: number): void => {
    const size = sizes[g] as number;
    const last = g === sizes.length - 1;
    for (let c = 0; c <= size; c++) {
      counts[g] = c;
      const rest = (fill: (h: number) => number) => counts.map((x, h) => (h <= g ? x : fill(h)));
      if (!last && !probe(rest((h) => sizes[h] as number))) continue;
      const candidate = rest(() => 0);
      if (probe(candidate)) {
        if (isMinimal(candidate, g, probe)) found.push(candidate);
        break;
      }
      if (!last) visit(g + 1);
    }
    counts[g] = 0;
  };
  let stopped = false;
  try {
    visit(0);
  } catch (error) {
    if (error !== cut) throw error;
    stopped = true;
  }
  const vectors = found.some((v) => v.every((x, g) => x === first[g])) ? found : [first, ...found];
  vectors.sort((a, b) => total(a) - total(b));
  const shown = vectors.slice(0, limits.maxOptions);
  // Cut by the budget, the list may miss smaller vectors; cut by the count, it holds the smallest.
  if (stopped) return { vectors: shown, work, truncatedBy: 'maxEvaluations' };
  return vectors.length > limits.maxOptions
    ? { vectors: shown, work, truncatedBy: 'maxOptions' }
    : { vectors, work };
}

/** Thrown (and caught above) when the budget runs out. */
const cut = Symbol('cut');

const total = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

/** One minimal vector: from the most of every group, each group cut to the fewest that work. */
function greedy(sizes: readonly number[], test: (counts: readonly number[]) => boolean): number[] {
  const x = [...sizes];
  sizes.forEach((size, g) => {
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = (low + high) >> 1;
      x[g] = mid;
      if (test(x)) high = mid;
      else low = mid + 1;
    }
    x[g] = high;
  });
  return x;
}

/** Whether taking one away from any group before `last` breaks it (at `last` it cannot hold). */
function isMinimal(
  x: readonly number[],
  last: number,
  test: (counts: readonly number[]) => boolean,
): boolean {
  for (let h = 0; h < last; h++) {
    if ((x[h] as number) === 0) continue;
    if (test(x.map((v, i) => (i === h ? v - 1 : v)))) return false;
  }
  return true;
}
