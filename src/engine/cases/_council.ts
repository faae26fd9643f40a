/**
 * The council rule a council's own vote is checked against, and the organs that vote as a
 * council.
 *
 * @internal
 * @module
 */
import type { PartyId } from '../../model/ids.js';
import { type CouncilRule, kommunelovenDefaults, type RatificationRule } from '../../model/rules.js';
import type { PartyOrgan, Statute } from '../../model/statute.js';
import { type CouncilVote, evaluateCouncilVote } from '../../rules/evaluateCouncilVote.js';
import { type Reason, type ReasonCode, reason } from '../reasons.js';

/**
 * The rule a council vote is checked against: the ratification rule's own, else the statute's,
 * else kommuneloven's defaults. @internal
 */
export function councilRuleOf(statute: Statute, rule?: RatificationRule): CouncilRule {
  return rule?.council ?? statute.council ?? kommunelovenDefaults;
}

/** Whether an organ votes as a council under kommuneloven (a kommunestyre, a fylkesting). @internal */
export function isCouncil(organ: PartyOrgan): boolean {
  return organ === 'kommunestyre' || organ === 'fylkesting';
}

/**
 * The reason a party's council vote does not carry, by the statute's council rule, or none: the
 * party must vote as a council, and the vote must adopt (as an `election`, a tie is settled by
 * the lot, never by the chair). The reason has `code` and carries `params`, the council outcome's
 * code and the vote's numbers. @internal
 */
export function councilVoteReasons(
  statute: Statute,
  partyId: PartyId | undefined,
  vote: CouncilVote,
  code: ReasonCode,
  params: Readonly<Record<string, string>>,
): Reason[] {
  const council = councilRuleOf(statute);
  const party = statute.parties.find((p) => p.id === partyId);
  if (party === undefined || !isCouncil(party.organ))
    return [reason(code, { ...params, code: 'council.not-a-council' }, council.ref)];
  const outcome = evaluateCouncilVote(council, { ...vote, election: vote.election === true });
  if (outcome.ok) return [];
  const { members, present, against, chairVote, lot } = vote;
  return [
    reason(
      code,
      {
        ...params,
        party: party.id,
        code: outcome.code,
        members,
        present,
        for: vote.for,
        against,
        ...(vote.election === true || chairVote === undefined ? {} : { chairVote }),
        ...(vote.election !== true || lot === undefined ? {} : { lot }),
      },
      council.ref,
    ),
  ];
}
