/**
 * Which decisions a statute change would turn.
 *
 * @module
 */
import { checkedAsOf } from '../assess/_inputOptions.js';
import { assessAll } from '../assess/assess.js';
import type { GovernanceEvent } from '../engine/events.js';
import type { Outcome } from '../engine/reasons.js';
import { replay } from '../engine/replay.js';
import type { IsoDate } from '../model/dates.js';
import type { Statute } from '../model/statute.js';
import { diffReports, type ReportChange } from './diffReports.js';

/**
 * The result of {@link compareStatutes}: each case whose report differs, and each event whose
 * outcome differs (an event valid under one statute may be rejected under the other).
 *
 * @example
 * ```ts
 * const result: StatuteComparison = compareStatutes(a, b, events);
 * result.changes.map((c) => c.proposal);
 * ```
 * @category Scenario
 */
export interface StatuteComparison {
  readonly changes: readonly ReportChange[];
  readonly outcomes: readonly { readonly index: number; readonly a: Outcome; readonly b: Outcome }[];
}

/**
 * Replays the same event log under two statutes and lists the decisions whose status, validity,
 * bound parties or checks differ, with the checks that differ (`before` is under `a`, `after`
 * under `b`). This is a pure function.
 *
 * @param a - the current statute
 * @param b - the proposed statute (for the same community)
 * @param events - the log to replay under both
 * @throws {@link StatuteError} when a statute is not valid
 * @throws {@link InputError} when `asOf` is not an ISO date that exists
 * @example
 * ```ts
 * const twoThirdsEachSide = { ...statute, bodies: statute.bodies.map((b) => b.id === 'ssu' ? { ...b, decision: rule } : b) };
 * compareStatutes(statute, twoThirdsEachSide, events).changes;
 * ```
 * @category Scenario
 */
export function compareStatutes(
  a: Statute,
  b: Statute,
  events: readonly GovernanceEvent[],
  options: { readonly asOf?: IsoDate } = {},
): StatuteComparison {
  const left = replay(a, events);
  const right = replay(b, events);
  const asOf = checkedAsOf(options.asOf) ?? latest(left.state.lastAt, right.state.lastAt);
  const before = new Map(assessAll(left.state, { asOf }).map((r) => [r.proposal, r] as const));
  const after = new Map(assessAll(right.state, { asOf }).map((r) => [r.proposal, r] as const));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const changes = ids.flatMap((id) => {
    const change = diffReports(id, before.get(id), after.get(id));
    return change === undefined ? [] : [change];
  });
  const outcomes = events.flatMap((_, index) => {
    const x = left.outcomes[index] as Outcome;
    const y = right.outcomes[index] as Outcome;
    return x.kind === y.kind ? [] : [{ index, a: x, b: y }];
  });
  return { changes, outcomes };
}

/** The later of two ISO dates. */
function latest(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}
