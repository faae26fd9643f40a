/**
 * Parsing events from `unknown` input (a line of an events.jsonl file, say).
 *
 * @module
 */
import * as v from 'valibot';
import { deepFreeze } from '../model/_deepFreeze.js';
import type { Statute } from '../model/statute.js';
import { parseShape } from '../statute/_fromValibot.js';
import { checkReferences } from '../statute/checkReferences.js';
import { InputError, type InputIssue, type SafeParseResult } from '../statute/issues.js';
import { dateSchema, idSchema, statuteSchema } from '../statute/schema.js';
import type { GovernanceEvent } from './events.js';

const base = { at: dateSchema, id: v.optional(idSchema) };
const text = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const councilVote = v.strictObject({
  members: count,
  present: count,
  for: count,
  against: count,
  election: v.optional(v.boolean()),
  chairVote: v.optional(v.picklist(['for', 'against'])),
  lot: v.optional(v.picklist(['for', 'against'])),
});

const eventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('statute-adopted'), ...base, statute: statuteSchema }),
  v.strictObject({ type: v.literal('statute-amended'), ...base, proposal: idSchema, statute: statuteSchema }),
  v.strictObject({ type: v.literal('party-joined'), ...base, party: idSchema, caseNumber: v.optional(text) }),
  v.strictObject({
    type: v.literal('party-withdrew'),
    ...base,
    party: idSchema,
    caseNumber: v.optional(text),
  }),
  v.strictObject({
    type: v.literal('member-appointed'),
    ...base,
    member: idSchema,
    body: idSchema,
    seat: idSchema,
    name: v.optional(text),
    party: v.optional(idSchema),
    appointedBy: v.optional(text),
  }),
  v.strictObject({ type: v.literal('member-left'), ...base, member: idSchema, body: idSchema }),
  v.strictObject({
    type: v.literal('meeting-convened'),
    ...base,
    meeting: idSchema,
    body: idSchema,
    date: dateSchema,
    chair: v.optional(idSchema),
  }),
  v.strictObject({
    type: v.literal('attendance-recorded'),
    ...base,
    meeting: idSchema,
    present: v.array(idSchema),
  }),
  v.strictObject({
    type: v.literal('member-recused'),
    ...base,
    proposal: idSchema,
    member: idSchema,
    reason: v.optional(text),
  }),
  v.strictObject({
    type: v.literal('proposal-submitted'),
    ...base,
    proposal: idSchema,
    body: idSchema,
    matter: idSchema,
    meeting: idSchema,
    title: v.optional(text),
    escalatedFrom: v.optional(idSchema),
  }),
  v.strictObject({ type: v.literal('proposal-withdrawn'), ...base, proposal: idSchema }),
  v.strictObject({
    type: v.literal('vote-cast'),
    ...base,
    proposal: idSchema,
    member: idSchema,
    vote: v.picklist(['for', 'against', 'abstain']),
    reservation: v.optional(text),
  }),
  v.strictObject({ type: v.literal('proposal-concluded'), ...base, proposal: idSchema }),
  v.strictObject({ type: v.literal('proposal-escalated'), ...base, proposal: idSchema, to: idSchema }),
  v.strictObject({
    type: v.literal('ratification-recorded'),
    ...base,
    proposal: idSchema,
    party: idSchema,
    organ: v.picklist(['kommunestyre', 'styre']),
    decision: v.picklist(['adopted', 'rejected']),
    caseNumber: v.optional(text),
    councilVote: v.optional(councilVote),
  }),
]);

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
