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

/**
 * Whether a value can never change: a primitive, or a frozen object or array whose own properties
 * are all plain values (no getters) that can never change either. A Proxy or anything else that
 * throws on being looked at is not. @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  try {
    return frozenThrough(value, new Set());
  } catch {
    return false;
  }
}

function frozenThrough(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  const properties = Object.getOwnPropertyDescriptors(value);
  for (const key of Reflect.ownKeys(properties)) {
    const property = properties[key as string] as PropertyDescriptor;
    if (!('value' in property) || !frozenThrough(property.value, seen)) return false;
  }
  return true;
}
