/**
 * A check that shows a rule's outcome (quorum, decision rule).
 *
 * @internal
 * @module
 */
import type { DecisionOutcome, OutcomeCounts, QuorumOutcome } from '../../rules/types.js';

/** The counts of a rule outcome, as a check's params. @internal */
export function countsOf(outcome: OutcomeCounts): OutcomeCounts {
  const { base, baseCount, required, got, missing, spare } = outcome;
  return { base, baseCount, required, got, missing, spare };
}

/** A check over a rule's outcome: its verdict, ref and code, its counts, and the outcome itself. @internal */
export function ruleCheck<I extends string, O extends QuorumOutcome | DecisionOutcome>(
  id: I,
  outcome: O,
): { id: I; ok: boolean; ref: string; code: O['code']; params: OutcomeCounts; outcome: O } {
  return { id, ok: outcome.ok, ref: outcome.ref, code: outcome.code, params: countsOf(outcome), outcome };
}
