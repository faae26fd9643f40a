/**
 * Whether a kommunestyre's own vote is a valid council decision.
 *
 * @module
 */
import type { CouncilRule } from '../model/rules.js';
import { countOutcome } from './_roll.js';
import { requiredCount } from './fraction.js';
import type { CouncilOutcome, CouncilParams } from './types.js';

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

type Code = CouncilOutcome['code'];

/** A vote that cannot stand: `ok` false whatever the count. */
function failed(rule: CouncilRule, params: CouncilParams, code: Code, extra: Partial<CouncilParams> = {}) {
  const cast = params.for + params.against;
  return countOutcome({ met: code, short: code }, rule.ref, 'cast', cast, 1, params.for, {
    ...params,
    ...extra,
  } as CouncilParams);
}

/** The input is impossible, or a present member abstained under stemmeplikt. */
function invalidVote(
  rule: CouncilRule,
  vote: CouncilVote,
  params: CouncilParams,
): CouncilOutcome | undefined {
  const cast = vote.for + vote.against;
  if (
    ![vote.members, vote.present, vote.for, vote.against].every(isCount) ||
    vote.present > vote.members ||
    cast > vote.present
  ) {
    return { ...failed(rule, params, 'council.invalid-count'), ok: false };
  }
  const abstaining = vote.present - cast;
  if (rule.voteDuty && vote.election !== true && abstaining > 0)
    return { ...failed(rule, params, 'council.abstention', { abstaining }), ok: false };
  return undefined;
}

/** A tie: by lot in an election, otherwise by the chair's vote unless the rule lets it fail. */
function tie(rule: CouncilRule, vote: CouncilVote, params: CouncilParams): CouncilOutcome {
  const cast = vote.for + vote.against;
  if (vote.election === true) {
    if (vote.lot === undefined)
      return { ...failed(rule, params, 'council.tie-lot-missing', { tie: true }), ok: false };
    return countOutcome(
      { met: 'council.tie-lot-for', short: 'council.tie-lot-against' },
      rule.ref,
      'cast',
      cast,
      vote.for,
      vote.for,
      { ...params, tie: true, lot: vote.lot },
      { ok: vote.lot === 'for' },
    );
  }
  if (rule.tieBreak === 'fails')
    return { ...failed(rule, params, 'council.tie-fails', { tie: true }), ok: false };
  if (vote.chairVote === undefined)
    return { ...failed(rule, params, 'council.tie-chair-missing', { tie: true }), ok: false };
  return countOutcome(
    { met: 'council.tie-chair-for', short: 'council.tie-chair-against' },
    rule.ref,
    'cast',
    cast,
    vote.for,
    vote.for,
    { ...params, tie: true, chairVote: vote.chairVote },
    { ok: vote.chairVote === 'for' },
  );
}

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
export function evaluateCouncilVote(rule: CouncilRule, vote: CouncilVote): CouncilOutcome {
  const cast = vote.for + vote.against;
  const params: CouncilParams = {
    members: vote.members,
    present: vote.present,
    for: vote.for,
    against: vote.against,
    election: vote.election === true,
  };
  const invalid = invalidVote(rule, vote, params);
  if (invalid !== undefined) return invalid;
  const quorumRequired = Math.max(1, requiredCount(rule.quorum, vote.members));
  if (cast < quorumRequired) {
    const quorum = countOutcome(
      { met: 'council.quorum', short: 'council.no-quorum' },
      rule.ref,
      'members',
      vote.members,
      quorumRequired,
      cast,
      params,
    );
    return { ...quorum, ok: false };
  }
  if (vote.for === vote.against) return tie(rule, vote, params);
  const majority = {
    kind: 'share',
    fraction: rule.majority.fraction,
    comparison: rule.majority.comparison,
  } as const;
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
