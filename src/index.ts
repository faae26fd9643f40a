/**
 * helsefellesskap: the statutes, mandates and consensus rules of Norwegian health communities as
 * data, an immer reducer for proposals, votes and ratifications, and decision reports that cite
 * the statute.
 *
 * @packageDocumentation
 */

export type { Locale } from './assess/_catalog.js';
export type { TextOptions } from './assess/_text.js';
// assess
export type { AssessOptions } from './assess/assess.js';
export { assess, assessAll, UnknownProposalError } from './assess/assess.js';
export type { EstablishmentReport } from './assess/assessEstablishment.js';
export { assessEstablishment } from './assess/assessEstablishment.js';
export type { DiagramOptions } from './assess/diagram.js';
export { diagram } from './assess/diagram.js';
export type { ExplainOptions } from './assess/explain.js';
export {
  explain,
  explainCheck,
  explainEstablishment,
  explainOutcome,
  explainReason,
  explainStatus,
  namesOf,
} from './assess/explain.js';
export type { Explainer } from './assess/explainer.js';
export { explainer } from './assess/explainer.js';
export { explainIssue, explainWarning } from './assess/explainIssue.js';
export type { MessageCatalog } from './assess/messages/types.js';
export type { MinutesItem, MinutesPerson, MinutesRecord } from './assess/minutes.js';
export { minutesRecord, UnknownMeetingError } from './assess/minutes.js';
export type { MinutesOptions } from './assess/minutesMarkdown.js';
export { minutes } from './assess/minutesMarkdown.js';
export type {
  RatificationTracker,
  RatificationTrackerOptions,
  TrackedDecision,
  TrackedParty,
  TrackedVedtak,
} from './assess/ratificationTracker.js';
export { ratificationTracker } from './assess/ratificationTracker.js';
export type { RatificationTrackerMarkdownOptions } from './assess/ratificationTrackerMarkdown.js';
export { ratificationTrackerMarkdown } from './assess/ratificationTrackerMarkdown.js';
export type { Check, CheckId, DecisionReport, LiesWith, ReportStatement } from './assess/types.js';
export type { LeadershipPeriod } from './engine/_leadershipSchedule.js';
// engine
export { apply, reduce } from './engine/apply.js';
export type { DeadlineCheck } from './engine/checks/deadline.js';
export type { DecisionRuleCheck } from './engine/checks/decisionRule.js';
export type { EscalationCheck } from './engine/checks/escalation.js';
export type { CaseChecks, DecisionStatus } from './engine/checks/evaluateCase.js';
export type { ChairedAs, LeadershipCheck } from './engine/checks/leadership.js';
export type { CaseKind, MandateCheck } from './engine/checks/mandate.js';
export type { NoticeCheck } from './engine/checks/notice.js';
export type { QuorumCheck, QuorumNotStatedCheck, QuorumRuleCheck } from './engine/checks/quorum.js';
export type { RatificationCheck } from './engine/checks/ratification.js';
export type { RecusalCheck } from './engine/checks/recusal.js';
export type { RouteCheck } from './engine/checks/route.js';
export type { SeatsCheck, StoodIn, Vacancy } from './engine/checks/seats.js';
export type { SecretariatCheck } from './engine/checks/secretariat.js';
export type { FirstStageBy, TwoStageCheck } from './engine/checks/twoStage.js';
export type { CheckOf } from './engine/checks/types.js';
export type { Collection } from './engine/collection.js';
export type {
  AttendanceRecorded,
  EventBase,
  EventCreator,
  EventPayload,
  EventType,
  GovernanceEvent,
  LeadershipElected,
  MeetingConvened,
  MemberAppointed,
  MemberLeft,
  MemberRecused,
  PartyJoined,
  PartyWithdrew,
  ProposalConcluded,
  ProposalDeferred,
  ProposalDiscussed,
  ProposalEscalated,
  ProposalForwarded,
  ProposalSubmitted,
  ProposalWithdrawn,
  RatificationRecorded,
  SecretariatDecided,
  StatementRecorded,
  StatuteAdopted,
  StatuteAmended,
  SubstituteAppointed,
  SubstituteAttending,
  TabledBy,
  VoteCast,
} from './engine/events.js';
export {
  attendanceRecorded,
  leadershipElected,
  meetingConvened,
  memberAppointed,
  memberLeft,
  memberRecused,
  partyJoined,
  partyWithdrew,
  proposalConcluded,
  proposalDeferred,
  proposalDiscussed,
  proposalEscalated,
  proposalForwarded,
  proposalSubmitted,
  proposalWithdrawn,
  ratificationRecorded,
  secretariatDecided,
  statementRecorded,
  statuteAdopted,
  statuteAmended,
  substituteAppointed,
  substituteAttending,
  voteCast,
} from './engine/events.js';
export type { ExpectedLeadership, LeaderInOffice, LeadershipOnDate } from './engine/leadership.js';
export { leadershipOn } from './engine/leadership.js';
export { parseEvent, safeParseEvent } from './engine/parseEvent.js';
export type { PartyOn, PerPartyStatus } from './engine/perPartyStatus.js';
export type { RatificationStatus, RequirementStatus } from './engine/ratificationStatus.js';
export type { Outcome, Reason, ReasonCode } from './engine/reasons.js';
export { replay } from './engine/replay.js';
export type { Snapshot, SnapshotState } from './engine/snapshot.js';
export {
  fromSnapshot,
  SnapshotError,
  safeFromSnapshot,
  snapshotFormat,
  snapshotVersion,
  toSnapshot,
} from './engine/snapshot.js';
export type {
  BodyLeadership,
  FirstStageRecord,
  LeadershipRole,
  LeadershipTerm,
  MeetingRecord,
  MemberRecord,
  MembershipPeriod,
  PartyRecord,
  ProposalPhase,
  ProposalRecord,
  Ratification,
  StandIn,
  State,
  StatementRecord,
  SubstituteTenure,
  Tenure,
} from './engine/state.js';
export {
  eventPosition,
  getMeeting,
  getMember,
  getProposal,
  initialState,
  isPartyMember,
  listMeetings,
  listProposals,
  seatedMembers,
  statuteAt,
} from './engine/state.js';
// model: types
export type { IsoDate } from './model/dates.js';
// model: values
export { addDays, addMonths, dayNumber, daysBetween, isIsoDate } from './model/dates.js';
export type {
  AreaId,
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
export type { NotStated } from './model/notStated.js';
export { isNotStated } from './model/notStated.js';
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
  Area,
  AreaKind,
  Bloc,
  Body,
  Delegation,
  DisputeBoard,
  FirstStage,
  Fylkeskommune,
  Helseforetak,
  Kommune,
  LeadershipAlternation,
  LeadershipLink,
  LeadershipRotation,
  LeadershipRule,
  Mandate,
  Matter,
  MatterLevel,
  MembersCounted,
  Membership,
  Participant,
  ParticipantRole,
  Party,
  PartyKind,
  PartyOrgan,
  PrivateHospital,
  RecommendationRoute,
  RecusedCount,
  Right,
  Seat,
  SecretariatDelegation,
  Section,
  Statute,
  SubstituteList,
  SubstitutionRule,
  Tier,
  TwoStageRule,
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
export type {
  ConsensusParams,
  CouncilOutcome,
  CouncilParams,
  DecisionOutcome,
  MajorityParams,
  OutcomeBase,
  OutcomeCounts,
  OutcomeOf,
  QuorumOutcome,
  QuorumParams,
  Roll,
  RollEntry,
  RollSeats,
  RuleOutcome,
  UnanimityParams,
  VoteChoice,
} from './rules/types.js';
// scenario
export type { PartyNeeds } from './scenario/_perPartyRequirements.js';
export type { StatuteComparison } from './scenario/compareStatutes.js';
export { compareStatutes } from './scenario/compareStatutes.js';
export type { CheckChange, PartyChange, PartyStanding, ReportChange } from './scenario/diffReports.js';
export type {
  BlockedCode,
  Fact,
  FactSet,
  RatificationNeeds,
  Requirements,
  RequirementsOptions,
  RequirementsTruncation,
  ThresholdGap,
} from './scenario/requirements.js';
export { requirements } from './scenario/requirements.js';
export type { ConveneOptions, SavedScenario } from './scenario/scenario.js';
export { runScenario, Scenario, ScenarioError, scenario } from './scenario/scenario.js';
export type { WhatIfResult } from './scenario/whatIf.js';
export { whatIf } from './scenario/whatIf.js';
// statute
export type { InputIssue, InputIssueCode, IssuePath, SafeParseResult } from './statute/issues.js';
export { formatPath, InputError, StatuteError } from './statute/issues.js';
export { lintStatute } from './statute/lintStatute.js';
export { parseStatute, safeParseStatute } from './statute/parseStatute.js';
export type {
  StatuteWarning,
  StatuteWarningCode,
  StatuteWarningOf,
  StatuteWarningParams,
  WarningSource,
} from './statute/warnings.js';
