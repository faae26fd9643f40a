/**
 * The valibot schema of a snapshot's `state` (format version 1). Its output is checked to be
 * exactly {@link SnapshotState}, so the snapshot format and the state's records cannot drift apart
 * unnoticed; statutes are checked on their own, with `safeParseStatute`.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
import type { Statute } from '../model/statute.js';
import type { ExactOutput } from '../statute/_exactOutput.js';
import { dateSchema, idSchema } from '../statute/schema.js';
import { councilVote, tabledBy } from './_eventSchema.js';
import type { SnapshotState } from './snapshot.js';

const text = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const positive = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

/** A record keyed by ids (never an array, which valibot would read as one). */
function byId<S extends v.GenericSchema>(value: S) {
  return v.pipe(
    v.record(idSchema, value),
    v.check((record) => !Array.isArray(record), 'not_object'),
  );
}

const period = v.strictObject({
  from: dateSchema,
  noticeGiven: v.optional(dateSchema),
  to: v.optional(dateSchema),
  caseNumber: v.optional(text),
  councilVote: v.optional(councilVote),
});

const standIn = v.strictObject({
  body: idSchema,
  for: idSchema,
  meeting: v.optional(idSchema),
  from: v.optional(dateSchema),
  to: v.optional(dateSchema),
  at: dateSchema,
});

const member = v.strictObject({
  id: idSchema,
  name: v.optional(text),
  tenures: v.array(
    v.strictObject({
      body: idSchema,
      seat: idSchema,
      party: v.optional(idSchema),
      appointedBy: v.optional(text),
      from: dateSchema,
      to: v.optional(dateSchema),
    }),
  ),
  substitutions: v.optional(
    v.array(
      v.strictObject({
        body: idSchema,
        seat: idSchema,
        party: v.optional(idSchema),
        for: v.optional(idSchema),
        rank: v.optional(positive),
        from: dateSchema,
        to: v.optional(dateSchema),
      }),
    ),
  ),
  standsIn: v.optional(v.array(standIn)),
  substitutedBy: v.optional(v.array(standIn)),
});

const meeting = v.strictObject({
  id: idSchema,
  seq: count,
  body: idSchema,
  date: dateSchema,
  noticeDate: dateSchema,
  chair: v.optional(idSchema),
  present: v.optional(byId(v.literal(true))),
  agenda: v.optional(v.array(idSchema)),
});

const ratification = v.strictObject({
  at: dateSchema,
  organ: v.picklist(['kommunestyre', 'fylkesting', 'styre']),
  decision: v.picklist(['adopted', 'rejected']),
  caseNumber: v.optional(text),
  councilVote: v.optional(councilVote),
});

const proposal = v.strictObject({
  id: idSchema,
  seq: count,
  body: idSchema,
  matter: idSchema,
  meeting: v.optional(idSchema),
  date: dateSchema,
  decidedBy: v.optional(v.literal('secretariat')),
  amount: v.optional(count),
  title: v.optional(text),
  submittedAt: dateSchema,
  phase: v.picklist(['open', 'concluded', 'withdrawn']),
  votes: byId(v.picklist(['for', 'against', 'abstain'])),
  reservations: v.optional(byId(text)),
  recused: byId(v.strictObject({ at: dateSchema, reason: v.optional(text) })),
  concludedAt: v.optional(dateSchema),
  withdrawnAt: v.optional(dateSchema),
  escalation: v.optional(v.strictObject({ to: idSchema, at: dateSchema, as: v.optional(idSchema) })),
  escalatedFrom: v.optional(idSchema),
  tabledBy: v.optional(tabledBy),
  closed: v.optional(v.strictObject({ ground: text })),
  firstStages: v.optional(
    v.array(
      v.union([
        v.strictObject({ meeting: idSchema, body: idSchema, date: dateSchema }),
        v.strictObject({ by: v.literal('secretariat'), date: dateSchema }),
      ]),
    ),
  ),
  forwarded: v.optional(v.array(v.strictObject({ to: idSchema, at: dateSchema }))),
  statements: v.optional(
    v.array(
      v.strictObject({
        board: idSchema,
        at: dateSchema,
        kind: v.picklist(['mediation', 'dispute']),
        text: v.optional(text),
      }),
    ),
  ),
  ratifications: byId(v.array(ratification)),
});

const term = v.strictObject({ member: idSchema, from: dateSchema, to: v.optional(dateSchema) });

const state = v.strictObject({
  community: idSchema,
  statutes: v.pipe(v.array(v.unknown()), v.minLength(1)),
  parties: byId(v.strictObject({ periods: v.array(period) })),
  members: v.array(member),
  bodyMembers: byId(byId(v.literal(true))),
  bodySubstitutes: v.optional(byId(byId(v.literal(true)))),
  meetings: v.array(meeting),
  proposals: v.array(proposal),
  seq: count,
  position: count,
  lastAt: dateSchema,
  recordedUntil: byId(dateSchema),
  ratifiedUntil: v.optional(dateSchema),
  leadership: v.optional(byId(v.strictObject({ leder: v.array(term), nestleder: v.array(term) }))),
  eventIds: byId(count),
});

/** The shape of a snapshot's `state`, version 1. @internal */
export const snapshotStateSchema: v.GenericSchema<unknown> = state satisfies ExactOutput<
  typeof state,
  SnapshotState,
  Statute
>;
