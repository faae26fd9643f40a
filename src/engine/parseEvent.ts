/**
 * Parsing events from `unknown` input (a line of an events.jsonl file, say).
 *
 * @module
 */
import type * as v from 'valibot';
import { deepFreeze } from '../model/_deepFreeze.js';
import type { Statute } from '../model/statute.js';
import { parseShape } from '../statute/_fromValibot.js';
import { checkReferences } from '../statute/checkReferences.js';
import { InputError, type InputIssue, type SafeParseResult } from '../statute/issues.js';
import { eventSchema } from './_eventSchema.js';
import type { GovernanceEvent } from './events.js';

/**
 * Checks an unknown value against the event format and returns the result without throwing.
 * A statute carried by `statute-adopted` or `statute-amended` gets the full statute checks, with
 * paths under `statute`. On success, `data` is a deep-frozen copy. This is a pure function.
 *
 * @param input - any value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @example
 * ```ts
 * const result = safeParseEvent(JSON.parse(line));
 * if (result.success) state = apply(state, result.data).state;
 * ```
 * @category Engine
 */
export function safeParseEvent(input: unknown): SafeParseResult<GovernanceEvent> {
  const shape = parseShape(eventSchema as v.GenericSchema<unknown>, input);
  if (!shape.ok) return { success: false, issues: shape.issues as [InputIssue, ...InputIssue[]] };
  const event = shape.value as GovernanceEvent;
  if (event.type === 'statute-adopted' || event.type === 'statute-amended') {
    const issues = checkReferences(event.statute as Statute).map((issue) => ({
      ...issue,
      path: ['statute', ...issue.path],
    }));
    if (issues.length > 0)
      return { success: false, issues: issues as unknown as [InputIssue, ...InputIssue[]] };
  }
  return { success: true, data: deepFreeze(event) };
}

/**
 * Checks an unknown value against the event format and returns it as a deep-frozen
 * {@link GovernanceEvent}, or throws one {@link InputError} listing every issue with its path.
 *
 * @param input - any value
 * @returns the event
 * @throws {@link InputError} (with `subject: 'event'`) when the input is not a valid event
 * @example
 * ```ts
 * const events = text.trim().split('\n').map((line) => parseEvent(JSON.parse(line)));
 * ```
 * @category Engine
 */
export function parseEvent(input: unknown): GovernanceEvent {
  const result = safeParseEvent(input);
  if (!result.success) throw new InputError('event', result.issues);
  return result.data;
}
