/**
 * The statute an event carries, checked once per event: the shape check, the validator and the
 * mutator of a `statute-adopted` or `statute-amended` event all need it checked, and each check of
 * a real statute takes about a millisecond and a half.
 *
 * @internal
 * @module
 */
import type { Statute } from '../model/statute.js';
import type { SafeParseResult } from '../statute/issues.js';
import { safeParseStatute } from '../statute/parseStatute.js';

/** The statute checked for the event in hand, by the identity of the value the event carries. */
let last: { readonly input: unknown; readonly result: SafeParseResult<Statute> } | undefined;

/** Forgets the last event's statute: called as each event comes in and once it is applied. @internal */
export function forgetEventStatute(): void {
  last = undefined;
}

/**
 * `safeParseStatute` of the statute an event carries, checked once for the event in hand (the
 * value cannot change between the shape check and the mutator, which run one after the other
 * with nothing in between). @internal
 */
export function checkEventStatute(input: unknown): SafeParseResult<Statute> {
  if (last !== undefined && last.input === input) return last.result;
  const result = safeParseStatute(input);
  last = { input, result };
  return result;
}
