/**
 * The one description of every event's fields: a valibot schema per event type, keyed by type,
 * and the variant built from them. `parseEvent` parses with the variant; `apply` compiles each
 * schema into a fast checker (`_checkShape.ts`); a type test keeps the hand-written interfaces
 * of `events.ts` in step with these schemas.
 *
 * The exports are `@internal`, so their inferred valibot types never reach the public d.ts.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
import { dateSchema, idSchema, statuteSchema } from '../statute/schema.js';

const base = { at: dateSchema, id: v.optional(idSchema) };
const text = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** Who tabled a case; the snapshot's records use it too. @internal */
export const tabledBy = v.variant('kind', [
  v.strictObject({ kind: v.literal('member'), member: idSchema }),
  v.strictObject({ kind: v.literal('secretariat') }),
  v.strictObject({ kind: v.literal('body'), body: idSchema }),
]);

/** A council's vote on a vedtak; the snapshot's records use it too. @internal */
export const councilVote = v.strictObject({
  members: count,
  present: count,
  for: count,
  against: count,
  election: v.optional(v.boolean()),
  chairVote: v.optional(v.picklist(['for', 'against'])),
  lot: v.optional(v.picklist(['for', 'against'])),
});

/**
 * The schema of each event type. A field whose schema is `statuteSchema` carries a whole statute,
 * and is checked as `safeParseStatute` checks one.
 *
 * @internal
 */
export const eventSchemas = {
  'statute-adopted': v.strictObject({ type: v.literal('statute-adopted'), ...base, statute: statuteSchema }),
  'statute-amended': v.strictObject({
    type: v.literal('statute-amended'),
    ...base,
    proposal: idSchema,
    statute: statuteSchema,
  }),
  'party-joined': v.strictObject({
    type: v.literal('party-joined'),
    ...base,
    party: idSchema,
    caseNumber: v.optional(text),
    councilVote: v.optional(councilVote),
  }),
  'party-withdrew': v.strictObject({
    type: v.literal('party-withdrew'),
    ...base,
    party: idSchema,
    caseNumber: v.optional(text),
    effective: v.optional(dateSchema),
  }),
  'member-appointed': v.strictObject({
    type: v.literal('member-appointed'),
    ...base,
    member: idSchema,
    body: idSchema,
    seat: idSchema,
    name: v.optional(text),
    party: v.optional(idSchema),
    appointedBy: v.optional(text),
    election: v.optional(councilVote),
  }),
  'member-left': v.strictObject({
    type: v.literal('member-left'),
    ...base,
    member: idSchema,
    body: idSchema,
  }),
  'meeting-convened': v.strictObject({
    type: v.literal('meeting-convened'),
    ...base,
    meeting: idSchema,
    body: idSchema,
    date: dateSchema,
    chair: v.optional(idSchema),
  }),
  'attendance-recorded': v.strictObject({
    type: v.literal('attendance-recorded'),
    ...base,
    meeting: idSchema,
    present: v.array(idSchema),
  }),
  'member-recused': v.strictObject({
    type: v.literal('member-recused'),
    ...base,
    proposal: idSchema,
    member: idSchema,
    reason: v.optional(text),
  }),
  'proposal-submitted': v.strictObject({
    type: v.literal('proposal-submitted'),
    ...base,
    proposal: idSchema,
    body: idSchema,
    matter: idSchema,
    meeting: idSchema,
    title: v.optional(text),
    escalatedFrom: v.optional(idSchema),
    tabledBy: v.optional(tabledBy),
    closed: v.optional(v.strictObject({ ground: text })),
  }),
  'proposal-withdrawn': v.strictObject({
    type: v.literal('proposal-withdrawn'),
    ...base,
    proposal: idSchema,
  }),
  'proposal-deferred': v.strictObject({
    type: v.literal('proposal-deferred'),
    ...base,
    proposal: idSchema,
    meeting: idSchema,
  }),
  'proposal-discussed': v.strictObject({
    type: v.literal('proposal-discussed'),
    ...base,
    proposal: idSchema,
    meeting: v.optional(idSchema),
    by: v.optional(v.literal('secretariat')),
  }),
  'secretariat-decided': v.strictObject({
    type: v.literal('secretariat-decided'),
    ...base,
    proposal: idSchema,
    body: idSchema,
    matter: idSchema,
    title: v.optional(text),
    amount: v.optional(count),
  }),
  'vote-cast': v.strictObject({
    type: v.literal('vote-cast'),
    ...base,
    proposal: idSchema,
    member: idSchema,
    vote: v.picklist(['for', 'against', 'abstain']),
    reservation: v.optional(text),
  }),
  'proposal-concluded': v.strictObject({
    type: v.literal('proposal-concluded'),
    ...base,
    proposal: idSchema,
  }),
  'proposal-escalated': v.strictObject({
    type: v.literal('proposal-escalated'),
    ...base,
    proposal: idSchema,
    to: idSchema,
  }),
  'proposal-forwarded': v.strictObject({
    type: v.literal('proposal-forwarded'),
    ...base,
    proposal: idSchema,
    to: idSchema,
  }),
  'statement-recorded': v.strictObject({
    type: v.literal('statement-recorded'),
    ...base,
    board: idSchema,
    proposal: idSchema,
    kind: v.picklist(['mediation', 'dispute']),
    text: v.optional(text),
  }),
  'ratification-recorded': v.strictObject({
    type: v.literal('ratification-recorded'),
    ...base,
    proposal: idSchema,
    party: idSchema,
    organ: v.picklist(['kommunestyre', 'fylkesting', 'styre']),
    decision: v.picklist(['adopted', 'rejected']),
    caseNumber: v.optional(text),
    councilVote: v.optional(councilVote),
  }),
  'substitute-appointed': v.strictObject({
    type: v.literal('substitute-appointed'),
    ...base,
    member: idSchema,
    body: idSchema,
    seat: idSchema,
    for: v.optional(idSchema),
    rank: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
    party: v.optional(idSchema),
    name: v.optional(text),
  }),
  'substitute-attending': v.strictObject({
    type: v.literal('substitute-attending'),
    ...base,
    member: idSchema,
    body: idSchema,
    for: idSchema,
    meeting: v.optional(idSchema),
    from: v.optional(dateSchema),
    to: v.optional(dateSchema),
  }),
  'leadership-elected': v.strictObject({
    type: v.literal('leadership-elected'),
    ...base,
    body: idSchema,
    role: v.picklist(['leder', 'nestleder']),
    member: idSchema,
    from: dateSchema,
    to: v.optional(dateSchema),
  }),
};

/** Every event, a variant on `type` built from {@link eventSchemas}. @internal */
export const eventSchema = v.variant('type', Object.values(eventSchemas));
