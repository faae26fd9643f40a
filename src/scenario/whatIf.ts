/**
 * What hypothetical events would change.
 *
 * @module
 */
import { checkedAsOf } from '../assess/_inputOptions.js';
import { assessAll } from '../assess/assess.js';
import type { DecisionReport } from '../assess/types.js';
import { apply } from '../engine/apply.js';
import type { GovernanceEvent } from '../engine/events.js';
import type { Outcome } from '../engine/reasons.js';
import type { State } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import { diffReports, type ReportChange } from './diffReports.js';

/**
 * The result of {@link whatIf}: every report before and after, what changed, the outcome of
 * each hypothetical event and the state after them.
 *
 * @example
 * ```ts
 * const result: WhatIfResult = whatIf(state, events);
 * result.changes.length;
 * ```
 * @category Scenario
 */
export interface WhatIfResult {
  readonly before: readonly DecisionReport[];
  readonly after: readonly DecisionReport[];
  readonly changes: readonly ReportChange[];
  readonly outcomes: readonly Outcome[];
  readonly state: State;
}

/**
 * Applies hypothetical events to a state and reports what they would change: each case whose
 * status, validity, bound parties or checks differ, with the checks that flipped. Rejected
 * events are listed in `outcomes` and change nothing. Both sides are judged as of the same date
 * (`asOf`, by default the latest date in the state after the events). This is a pure function:
 * the state passed in is not changed.
 *
 * @param state - the state to start from
 * @param events - the hypothetical events
 * @param options - `asOf`, the date to judge on
 * @throws {@link InputError} when `asOf` is not an ISO date that exists
 * @example
 * ```ts
 * // "If three kommunestyrer say no, does the decision still stand?"
 * const no = ['vega', 'traena', 'rodoy'].map((party) => ratificationRecorded({
 *   at: '2024-06-01', proposal: 'PM-3', party, organ: 'kommunestyre', decision: 'rejected',
 * }));
 * const { changes } = whatIf(state, no);
 * changes.find((c) => c.proposal === 'PM-3')?.after?.status; // 'pending-ratification'
 * ```
 * @category Scenario
 */
export function whatIf(
  state: State,
  events: readonly GovernanceEvent[],
  options: { readonly asOf?: IsoDate } = {},
): WhatIfResult {
  let next = state;
  const outcomes: Outcome[] = [];
  for (const event of events) {
    const result = apply(next, event);
    next = result.state;
    outcomes.push(result.outcome);
  }
  const asOf = checkedAsOf(options.asOf) ?? next.lastAt;
  const before = assessAll(state, { asOf });
  const after = assessAll(next, { asOf });
  const byId = new Map(before.map((r) => [r.proposal, r] as const));
  const changes = after.flatMap((report) => {
    const change = diffReports(report.proposal, byId.get(report.proposal), report);
    return change === undefined ? [] : [change];
  });
  return { before, after, changes, outcomes, state: next };
}
