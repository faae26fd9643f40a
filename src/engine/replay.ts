/**
 * Replaying an event log.
 *
 * @module
 */
import type { Draft } from 'immer';
import { deepFreeze } from '../model/_deepFreeze.js';
import { setOwn } from '../model/_own.js';
import type { Statute } from '../model/statute.js';
import { emptyTrie } from './_trie.js';
import { mutateWith, outcomeOf, validateEvent } from './apply.js';
import type { GovernanceEvent } from './events.js';
import type { Outcome } from './reasons.js';
import { initialState, type State } from './state.js';

/** A private, mutable copy of a fresh state; statutes stay shared (and frozen). */
function mutableCopy(state: State): State {
  const parties: Record<string, { periods: object[] }> = {};
  for (const [id, record] of Object.entries(state.parties))
    setOwn(parties, id, { periods: record.periods.map((p) => ({ ...p })) });
  return {
    community: state.community,
    statutes: [...state.statutes],
    parties: parties as State['parties'],
    members: emptyTrie(),
    bodyMembers: {},
    meetings: emptyTrie(),
    proposals: emptyTrie(),
    seq: state.seq,
    lastAt: state.lastAt,
    recordedUntil: {},
  };
}

/**
 * Replays an event log from a statute: the final state and the outcome of every event, in
 * order (`outcomes[i]` is the outcome of `events[i]`). It gives the same state and outcomes as
 * folding {@link apply} over the events, but applies the whole log to one private copy and
 * freezes it once at the end, so it runs at about a microsecond per event however long the log.
 * This is a pure function.
 *
 * @param statute - the statute the community starts from (checked)
 * @param events - the log, oldest first
 * @returns `{ state, outcomes }`
 * @throws {@link StatuteError} when the statute is not valid
 * @example
 * ```ts
 * const { state, outcomes } = replay(presets.vestfold, events);
 * const rejected = outcomes.filter((o) => o.kind === 'rejected');
 * ```
 * @category Engine
 */
export function replay(
  statute: Statute,
  events: readonly GovernanceEvent[],
): { state: State; outcomes: Outcome[] } {
  const state = mutableCopy(initialState(statute));
  const draft = state as Draft<State>;
  const outcomes: Outcome[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as GovernanceEvent;
    const reasons = validateEvent(state, event);
    if (reasons.length === 0) mutateWith(draft, event, state);
    outcomes[i] = outcomeOf(event, reasons);
  }
  return { state: deepFreeze(state), outcomes };
}
