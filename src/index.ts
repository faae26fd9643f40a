/**
 * helsefellesskap: the statutes, mandates and consensus rules of Norwegian health communities as
 * data, an immer reducer for proposals, votes and ratifications, and decision reports that cite
 * the statute.
 *
 * @packageDocumentation
 */

// model: types
export type { IsoDate } from './model/dates.js';
// model: values
export { addDays, addMonths, dayNumber, daysBetween, isIsoDate } from './model/dates.js';
export type {
  BodyId,
  Kommunenummer,
  MatterId,
  MeetingId,
  MemberId,
  PartyId,
  ProposalId,
  Ref,
  SeatId,
} from './model/ids.js';
export { isKommunenummer, isValidId } from './model/ids.js';
export type {
  Comparison,
  CouncilRule,
  DecisionRule,
  Fraction,
  MajorityBase,
  QuorumCounts,
  QuorumRule,
  RatificationEffect,
  RatificationRequirement,
  RatificationRule,
  Rounding,
  Threshold,
  TieBreak,
} from './model/rules.js';
export { kommunelovenDefaults } from './model/rules.js';
export type {
  Amendment,
  Bloc,
  Body,
  Delegation,
  Helseforetak,
  Kommune,
  LeadershipRule,
  Mandate,
  Matter,
  MatterLevel,
  Membership,
  Participant,
  ParticipantRole,
  Party,
  PartyKind,
  Right,
  Seat,
  Section,
  Statute,
  Tier,
} from './model/statute.js';
// presets
export { presets } from './presets/index.js';
export { standardMatters } from './presets/standardMatters.js';
// rules
export type { CouncilVote } from './rules/evaluateCouncilVote.js';
export { evaluateCouncilVote } from './rules/evaluateCouncilVote.js';
export { evaluateDecision } from './rules/evaluateDecision.js';
export { evaluateQuorum } from './rules/evaluateQuorum.js';
export {
  compareFractions,
  fractionOf,
  meetsThreshold,
  requiredCount,
  shareThreshold,
} from './rules/fraction.js';
export type { Roll, RollEntry, RuleOutcome, VoteChoice } from './rules/types.js';
// statute
export type { InputIssue, InputIssueCode, IssuePath, SafeParseResult } from './statute/issues.js';
export { formatPath, InputError, StatuteError } from './statute/issues.js';
export { parseStatute, safeParseStatute } from './statute/parseStatute.js';
