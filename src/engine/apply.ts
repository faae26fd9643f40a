/**
 * The reducer: one event in, the next state and what happened out.
 *
 * @module
 */
import { type Draft, isDraft, produce } from 'immer';
import { checkShape } from './_checkShape.js';
import { forgetEventStatute } from './_eventStatute.js';
import { addId, emptyIdSet, type IdNode, idPosition, withId } from './_idSet.js';
import { show } from './_show.js';
import type { Case } from './cases/_case.js';
import { attendanceRecordedCase } from './cases/attendance-recorded.js';
import { leadershipElectedCase } from './cases/leadership-elected.js';
import { meetingConvenedCase } from './cases/meeting-convened.js';
import { memberAppointedCase } from './cases/member-appointed.js';
import { memberLeftCase } from './cases/member-left.js';
import { memberRecusedCase } from './cases/member-recused.js';
import { partyJoinedCase } from './cases/party-joined.js';
import { partyWithdrewCase } from './cases/party-withdrew.js';
import { proposalConcludedCase } from './cases/proposal-concluded.js';
import { proposalDeferredCase } from './cases/proposal-deferred.js';
import { proposalDiscussedCase } from './cases/proposal-discussed.js';
import { proposalEscalatedCase } from './cases/proposal-escalated.js';
import { proposalForwardedCase } from './cases/proposal-forwarded.js';
import { proposalSubmittedCase } from './cases/proposal-submitted.js';
import { proposalWithdrawnCase } from './cases/proposal-withdrawn.js';
import { ratificationRecordedCase } from './cases/ratification-recorded.js';
import { secretariatDecidedCase } from './cases/secretariat-decided.js';
import { statementRecordedCase } from './cases/statement-recorded.js';
import { statuteAdoptedCase } from './cases/statute-adopted.js';
import { statuteAmendedCase } from './cases/statute-amended.js';
import { substituteAppointedCase } from './cases/substitute-appointed.js';
import { substituteAttendingCase } from './cases/substitute-attending.js';
import { voteCastCase } from './cases/vote-cast.js';
import type { Collection } from './collection.js';
import type { EventType, GovernanceEvent } from './events.js';
import { type Outcome, type Reason, reason } from './reasons.js';
import type { State } from './state.js';

const cases: { readonly [K in EventType]: Case<Extract<GovernanceEvent, { type: K }>> } = {
  'statute-adopted': statuteAdoptedCase,
  'statute-amended': statuteAmendedCase,
  'party-joined': partyJoinedCase,
  'party-withdrew': partyWithdrewCase,
  'member-appointed': memberAppointedCase,
  'member-left': memberLeftCase,
  'meeting-convened': meetingConvenedCase,
  'attendance-recorded': attendanceRecordedCase,
  'member-recused': memberRecusedCase,
  'proposal-submitted': proposalSubmittedCase,
  'proposal-withdrawn': proposalWithdrawnCase,
  'proposal-deferred': proposalDeferredCase,
  'proposal-discussed': proposalDiscussedCase,
  'secretariat-decided': secretariatDecidedCase,
  'vote-cast': voteCastCase,
  'proposal-concluded': proposalConcludedCase,
  'proposal-escalated': proposalEscalatedCase,
  'proposal-forwarded': proposalForwardedCase,
  'statement-recorded': statementRecordedCase,
  'ratification-recorded': ratificationRecordedCase,
  'substitute-appointed': substituteAppointedCase,
  'substitute-attending': substituteAttendingCase,
  'leadership-elected': leadershipElectedCase,
};

function caseFor(event: GovernanceEvent): Case<GovernanceEvent> | undefined {
  const type = (event as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(cases, type)
    ? (cases[type as EventType] as Case<GovernanceEvent>)
    : undefined;
}

/** The reason an event that could not be read or checked is rejected. */
function unreadable(error: unknown): Reason[] {
  return [
    reason('event.malformed', {
      field: '(event)',
      expected: 'a valid event',
      error: show((error as Error | undefined)?.message),
    }),
  ];
}

function reasonsFor(state: State, event: GovernanceEvent): Reason[] {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return [reason('event.malformed', { field: '(event)', expected: 'an object' })];
  }
  const handler = caseFor(event);
  if (handler === undefined)
    return [reason('event.unknown-type', { type: show((event as { type?: unknown }).type) })];
  const malformed = checkShape(event, event.type);
  if (malformed !== undefined) return [malformed];
  const duplicate = duplicateOf(state, event);
  if (duplicate !== undefined) return [duplicate];
  return handler.validate(state, event);
}

/** An event whose id an applied event already carries is a retry: it is rejected on that ground alone. */
function duplicateOf(state: State, event: GovernanceEvent): Reason | undefined {
  const id = event.id;
  if (id === undefined || state.eventIds === undefined) return undefined;
  const position = idPosition(state.eventIds as unknown as IdNode, id);
  return position === undefined ? undefined : reason('event.duplicate-id', { id, position });
}

/**
 * The reasons an event is rejected in a state; empty when it applies. It never throws: an event
 * that cannot even be read (a Proxy that throws, a getter that throws) is `event.malformed`,
 * and so, as a last line of defence, is one the type check let through that a validator trips on.
 * @internal
 */
export function validateEvent(state: State, event: GovernanceEvent): Reason[] {
  forgetEventStatute();
  try {
    return reasonsFor(state, event);
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Applies an event that has passed `validateEvent` to a draft, at the draft's `position`, which it
 * then moves on by one. @internal
 */
export function mutateWith(draft: Draft<State>, event: GovernanceEvent, base: State): void {
  (caseFor(event) as Case<GovernanceEvent>).mutate(draft, event, base);
  if (event.id !== undefined) {
    if (isDraft(draft)) {
      const ids = withId(base.eventIds as IdNode | undefined, event.id, draft.position);
      draft.eventIds = ids as unknown as Draft<Collection<number>>;
    } else {
      draft.eventIds ??= emptyIdSet() as unknown as Draft<Collection<number>>;
      addId(draft.eventIds as unknown as IdNode, event.id, draft.position);
    }
  }
  draft.seq += 1;
  draft.position += 1;
  if (event.at > draft.lastAt) draft.lastAt = event.at;
  forgetEventStatute();
}

/** What an outcome says of an event's `type` and `id`; an event that cannot be read has neither. */
function labelsOf(event: GovernanceEvent): { type: string; id?: string } {
  try {
    if (typeof event !== 'object' || event === null) return { type: show(event) };
    const { type, id } = event as { type?: unknown; id?: unknown };
    return { type: show(type), ...(typeof id === 'string' ? { id } : {}) };
  } catch {
    return { type: '(unreadable)' };
  }
}

/** @internal */
export function outcomeOf(event: GovernanceEvent, reasons: readonly Reason[]): Outcome {
  const { type, id } = labelsOf(event);
  if (reasons.length === 0 && id === undefined && Object.hasOwn(applied, type))
    return applied[type] as Outcome;
  const eventId = id === undefined ? {} : { eventId: id };
  return reasons.length === 0
    ? { kind: 'applied', type, ...eventId }
    : { kind: 'rejected', type, ...eventId, reasons: reasons as [Reason, ...Reason[]] };
}

/** One frozen `applied` outcome per event type, shared (outcomes are values). */
const applied: Readonly<Record<string, Outcome>> = Object.fromEntries(
  Object.keys(cases).map((type) => [type, Object.freeze({ kind: 'applied', type })]),
);

/**
 * Applies one event: returns the next state and what happened. A domain-invalid event (a vote by
 * someone not appointed, a ratification by a party the statute does not know…) is rejected with
 * its reasons, and the *same* state object is returned. Nothing throws for domain reasons.
 * This is a pure function: the state is immutable (one immer `produce` per event) and the
 * result depends only on its arguments. Events from untrusted input should go through
 * `parseEvent` first. An applied event moves `state.position` on by one; an event whose `id` an
 * applied event already carries is rejected with `event.duplicate-id`, so a retried event is
 * harmless. To count rejected events in `position` too (a log that holds them), use
 * {@link replay}.
 *
 * @param state - the current state
 * @param event - what happened
 * @returns `{ state, outcome }`; `outcome.kind` is `applied` or `rejected` with reasons
 * @example
 * ```ts
 * const { state: next, outcome } = apply(state, voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'for' }));
 * if (outcome.kind === 'rejected') console.log(outcome.reasons[0].code); // e.g. 'vote.twice'
 * ```
 * @category Engine
 */
export function apply(state: State, event: GovernanceEvent): { state: State; outcome: Outcome } {
  return applyAt(state, event, state.position);
}

/** {@link apply}, with the event taken in at a given log position. @internal */
export function applyAt(
  state: State,
  event: GovernanceEvent,
  position: number,
): { state: State; outcome: Outcome } {
  const reasons = validateEvent(state, event);
  if (reasons.length > 0) return { state, outcome: outcomeOf(event, reasons) };
  let next: State;
  try {
    next = produce(state, (draft) => {
      draft.position = position;
      mutateWith(draft, event, state);
    });
  } catch (error) {
    // immer discards the draft: the state is unchanged.
    return { state, outcome: outcomeOf(event, unreadable(error)) };
  }
  return { state: next, outcome: outcomeOf(event, reasons) };
}

/**
 * The Redux-style view of {@link apply}: `(state, event) => state`. A rejected event returns the
 * same state object. This is a pure function.
 *
 * @example
 * ```ts
 * const final = events.reduce(reduce, initialState(presets.vestfold));
 * ```
 * @category Engine
 */
export function reduce(state: State, event: GovernanceEvent): State {
  return apply(state, event).state;
}
