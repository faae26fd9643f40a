/**
 * A value as text for a reason's params, whatever it is.
 *
 * @internal
 * @module
 */

/** A value as text for a reason, whatever it is (even an object whose toString throws). @internal */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}
