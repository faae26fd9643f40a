/**
 * The minimal ways to meet "at least `count` items and at least `weight` in all" from classes of
 * items of equal weight, smallest first, with a bounded amount of work. What a ratification
 * threshold over kommuner asks once the parties every way needs are set aside.
 *
 * @internal
 * @module
 */

/** Items of one weight (kommuner of one population). @internal */
export interface WeightClass<T> {
  readonly weight: number;
  readonly items: readonly T[];
}

/** What is still missing: this many more items, holding this much more weight. @internal */
export interface WeightedNeed {
  readonly count: number;
  readonly weight: number;
}

/** What a need asks of the classes, before any choice is listed. @internal */
export interface WeightedNeeds {
  /** False when no choice of items meets the need. */
  readonly reachable: boolean;
  /** The fewest items that meet it (the heaviest first, greedily). */
  readonly fewest: number;
  /** Per class: whether every way needs every item of it (the rest cannot meet it without one). */
  readonly needed: readonly boolean[];
}

/** The minimal choices of {@link minimalWeightedSets}. @internal */
export interface WeightedSets {
  /** Minimal choices as counts per class, smallest first; at most `maxOptions`. */
  readonly vectors: readonly (readonly number[])[];
  /** Partial choices examined, at most `maxWork`. */
  readonly work: number;
  /** Set when `vectors` is not every minimal choice. */
  readonly truncatedBy?: 'maxOptions' | 'maxEvaluations';
}

interface Shape extends WeightedNeeds {
  readonly count: number;
  readonly weight: number;
  /** `prefix[i]`: the weight of the `i` heaviest items. */
  readonly prefix: readonly number[];
}

function shapeOf<T>(classes: readonly WeightClass<T>[], need: WeightedNeed): Shape {
  const count = Math.max(0, need.count);
  const weight = Math.max(0, need.weight);
  const prefix = [0];
  for (const k of classes)
    for (const _ of k.items) prefix.push((prefix[prefix.length - 1] as number) + k.weight);
  const n = prefix.length - 1;
  const total = prefix[n] as number;
  const reachable = n >= count && total >= weight;
  const needed = classes.map((k) => reachable && (n - 1 < count || total - k.weight < weight));
  let byWeight = 0;
  while (reachable && (prefix[byWeight] as number) < weight) byWeight += 1;
  return { reachable, fewest: reachable ? Math.max(count, byWeight) : 0, needed, count, weight, prefix };
}

/**
 * Whether a need can be met, the fewest items that meet it (the heaviest first, greedily), and
 * the classes every way needs (those the rest cannot do without). Linear in the items. @internal
 */
export function weightedNeeds<T>(classes: readonly WeightClass<T>[], need: WeightedNeed): WeightedNeeds {
  const { reachable, fewest, needed } = shapeOf(classes, need);
  return { reachable, fewest, needed };
}

/**
 * Every inclusion-minimal choice of counts per class (classes sorted by weight, heaviest first)
 * holding at least `need.count` items and `need.weight` weight, by size, up to `maxOptions`,
 * examining at most `maxWork` partial choices. A choice of `k` items is minimal when `k` is the
 * count needed, or when it loses the weight by dropping its lightest item; so minimal choices have
 * between `fewest` and the largest `k` whose `k - 1` lightest items still fall short. Each size is
 * searched depth-first, heaviest class first and most items first, so the first choice found is
 * the greedy one, and it is returned even when the budget runs out first. Sums are plain
 * integers: populations are whole numbers far below 2^53. Empty when the need cannot be met.
 * @internal
 */
export function minimalWeightedSets<T>(
  classes: readonly WeightClass<T>[],
  need: WeightedNeed,
  limits: { readonly maxOptions: number; readonly maxWork: number },
): WeightedSets {
  const { reachable, fewest, count: c, weight: p, prefix } = shapeOf(classes, need);
  if (!reachable) return { vectors: [], work: 0 };
  const n = prefix.length - 1;
  const sum = (from: number, to: number) => (prefix[to] as number) - (prefix[from] as number);
  let largest = fewest;
  if (p > 0) while (largest < n && sum(n - largest, n) < p) largest += 1;
  const starts: number[] = [];
  let at = 0;
  for (const k of classes) {
    starts.push(at);
    at += k.items.length;
  }
  const vectors: number[][] = [];
  const counts = classes.map(() => 0);
  let work = 0;
  let stop: WeightedSets['truncatedBy'];
  const search = (size: number, j: number, count: number, got: number, lightest: number): void => {
    if (stop !== undefined) return;
    work += 1;
    if (work > limits.maxWork) {
      stop = 'maxEvaluations';
      return;
    }
    if (count === size) {
      if (got >= p && (size === c || got - lightest < p)) {
        if (vectors.length === limits.maxOptions) stop = 'maxOptions';
        else vectors.push([...counts]);
      }
      return;
    }
    const start = starts[j];
    if (start === undefined) return;
    const left = size - count;
    if (n - start < left || got + sum(start, start + left) < p) return;
    // Past the count needed, the items before the lightest must fall short of the weight.
    if (size > c && got + sum(n - left, n - 1) >= p) return;
    const k = classes[j] as WeightClass<T>;
    for (let x = Math.min(k.items.length, left); x >= 0; x--) {
      counts[j] = x;
      search(size, j + 1, count + x, got + x * k.weight, x > 0 ? k.weight : lightest);
    }
    counts[j] = 0;
  };
  for (let size = fewest; size <= largest && stop === undefined; size++) search(size, 0, 0, 0, 0);
  if (vectors.length === 0) vectors.push(greedy(classes, fewest));
  const done = { vectors, work: Math.min(work, limits.maxWork) };
  return stop === undefined ? done : { ...done, truncatedBy: stop };
}

/** The heaviest `size` items as counts per class. */
function greedy<T>(classes: readonly WeightClass<T>[], size: number): number[] {
  let left = size;
  return classes.map((k) => {
    const x = Math.min(k.items.length, left);
    left -= x;
    return x;
  });
}
