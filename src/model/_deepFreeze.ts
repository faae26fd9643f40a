/**
 * Freezes a plain JSON value and everything in it.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The values the package itself froze through, from its own source: the presets. */
const frozenAtSource = new WeakSet<object>();

/**
 * Freezes a value of the package's own source (a preset) through, and marks it as one that can
 * never change. Only values built here are marked: a frozen value from outside may still answer
 * differently later (through its prototype, or a Proxy's `has` and `get`), so no test of
 * frozenness can vouch for it. @internal
 */
export function freezeAtSource<T extends object>(value: T): T {
  deepFreeze(value);
  frozenAtSource.add(value);
  return value;
}

/** Whether a value was frozen through by {@link freezeAtSource}. @internal */
export function isFrozenAtSource(value: unknown): boolean {
  return typeof value === 'object' && value !== null && frozenAtSource.has(value);
}
