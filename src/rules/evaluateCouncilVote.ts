/**
 * Whether a kommunestyre's own vote is a valid council decision.
 *
 * @module
 */
import type { CouncilRule } from '../model/rules.js';
import { countOutcome } from './_roll.js';
import { requiredCount } from './fraction.js';
import type { RuleOutcome } from './types.js';

/**
 * A kommunestyre's vote as recorded with a ratification: the council's size, how many were
 * present, the votes for and against, whether it was an election, and — on a tie — the chair's
 * vote (outside elections) or the result drawn by lot (in elections). Present members who cast
 * no vote are `present - for - against`.
 *
 * @example
 * ```ts
 * const vote: CouncilVote = { members: 27, present: 25, for: 15, against: 10 };
 * ```
 * @category Rules
 */
export interface CouncilVote {
  readonly members: number;
  readonly present: number;
  readonly for: number;
  readonly against: number;
  readonly election?: boolean;
  readonly chairVote?: 'for' | 'against';
  /** The result drawn by lot on a tie in an election: an input, never drawn here. */
  readonly lot?: 'for' | 'against';
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * Checks a kommunestyre's vote against a council rule (by default kommuneloven's, see
 * {@link kommunelovenDefaults}): enough members present and voting; with stemmeplikt, no present
 * member outside an election may abstain (that is invalid input: `council.abstention`); a
 * majority of the votes cast; a tie outside elections decided by the chair's vote, in elections
 * by lot (the drawn result is part of the input: `council.tie-lot-missing` when absent).
 * Impossible counts give `council.invalid-count`. This is a pure function that never throws.
 *
 * @param rule - the council rule
 * @param vote - the recorded vote
 * @returns `ok` when the vote is a valid decision for the proposal; `code` says why not
 * @example
 * ```ts
 * evaluateCouncilVote(kommunelovenDefaults, { members: 27, present: 26, for: 13, against: 13, chairVote: 'for' }).code;
 * // 'council.tie-chair-for'
 * ```
 * @category Rules
 */
export function evaluateCouncilVote(rule: CouncilRule, vote: CouncilVote): RuleOutcome {
  const cast = vote.for + vote.against;
  const params: Record<string, string | number | boolean> = {
    members: vote.members,
    present: vote.present,
    for: vote.for,
    against: vote.against,
    election: vote.election === true,
  };
  const fail = (code: string, extra: Record<string, string | number | boolean> = {}): RuleOutcome => ({
    ...countOutcome(
      { met: code, short: code },
      rule.ref,
      'cast',
      cast,
      1,
      vote.for,
      { ...params, ...extra },
      { ok: false },
    ),
    code,
  });
  if (
    ![vote.members, vote.present, vote.for, vote.against].every(isCount) ||
    vote.present > vote.members ||
    cast > vote.present
  ) {
    return fail('council.invalid-count');
  }
  const abstaining = vote.present - cast;
  if (rule.voteDuty && vote.election !== true && abstaining > 0)
    return fail('council.abstention', { abstaining });

  const quorumRequired = Math.max(1, requiredCount(rule.quorum, vote.members));
  if (cast < quorumRequired) {
    return {
      ...countOutcome(
        { met: 'council.quorum', short: 'council.no-quorum' },
        rule.ref,
        'members',
        vote.members,
        quorumRequired,
        cast,
        params,
      ),
      ok: false,
    };
  }
  const majority = {
    kind: 'share',
    fraction: rule.majority.fraction,
    comparison: rule.majority.comparison,
  } as const;
  if (vote.for !== vote.against) {
    return countOutcome(
      { met: 'council.adopted', short: 'council.rejected' },
      rule.ref,
      'cast',
      cast,
      Math.max(1, requiredCount(majority, cast)),
      vote.for,
      params,
    );
  }
  if (vote.election === true) {
    if (vote.lot === undefined) return fail('council.tie-lot-missing', { tie: true });
    const ok = vote.lot === 'for';
    return {
      ...countOutcome(
        { met: 'council.tie-lot-for', short: 'council.tie-lot-against' },
        rule.ref,
        'cast',
        cast,
        vote.for,
        vote.for,
        { ...params, tie: true, lot: vote.lot },
        { ok },
      ),
    };
  }
  if (rule.tieBreak === 'fails') return fail('council.tie-fails', { tie: true });
  if (vote.chairVote === undefined) return fail('council.tie-chair-missing', { tie: true });
  const ok = vote.chairVote === 'for';
  return countOutcome(
    { met: 'council.tie-chair-for', short: 'council.tie-chair-against' },
    rule.ref,
    'cast',
    cast,
    vote.for,
    vote.for,
    { ...params, tie: true, chairVote: vote.chairVote },
    { ok },
  );
}
