/**
 * The council rule a council's own vote is checked against, and the organs that vote as a
 * council.
 *
 * @internal
 * @module
 */
import { type CouncilRule, kommunelovenDefaults, type RatificationRule } from '../../model/rules.js';
import type { PartyOrgan, Statute } from '../../model/statute.js';

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
