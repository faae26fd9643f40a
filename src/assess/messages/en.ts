/**
 * English messages.
 *
 * @internal
 * @module
 */

import type { StoodIn, Vacancy } from '../../engine/checks/seats.js';
import { issueMessagesEn } from '../../statute/_issueText.js';
import { lintMessages } from '../../statute/_lintText.js';
import { adviceReasonsEn, routeChecksEn, statementEn } from './_advice.js';
import { diagramEn } from './_diagram.js';
import { joiningReasonsEn } from './_joining.js';
import { leadershipEn, leadershipReasonsEn } from './_leadership.js';
import { minutesEn } from './_minutes.js';
import { perPartyEn, perPartyLineEn } from './_perParty.js';
import { secretariatChecksEn } from './_secretariat.js';
import { trackerEn } from './_tracker.js';
import { listFormat, type MessageCatalog, type Params, param, plural } from './types.js';

const n = plural('en');
const s = param;
const list = listFormat('en');
/** Who held a first stage: the body itself, the secretariat, or another body by its id. */
const by = (b: unknown): string =>
  b === 'same-body'
    ? 'the body itself at an earlier meeting'
    : b === 'secretariat'
      ? 'the secretariat'
      : String(b);
const blocs = { kommunesiden: 'the kommune side', helseforetakssiden: 'the HF side' } as const;
/** What a quorum is counted against: the voting seats, vacant ones included, or the members in office. */
const members = (p: { readonly base: string }): string =>
  p.base === 'seats' ? 'voting seats' : 'seated voting members';
/** Vacant seats, by seat and side: `; vacant: 2 on kommune (the kommune side)`. */
const vacancies = (p: { readonly vacancies: readonly Vacancy[] }): string =>
  p.vacancies.length === 0
    ? ''
    : `; vacant: ${list(p.vacancies.map((v) => `${v.vacant} on ${v.seat}${where(v)}`))}`;
/** The area and side of a vacant seat, when it has them: ` (area bergen, the kommune side)`. */
const where = (v: Vacancy): string => {
  const parts = [
    ...(v.area === undefined ? [] : [`area ${v.area}`]),
    ...(v.bloc === undefined ? [] : [blocs[v.bloc]]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
};
/** Why a council vote did not elect, by the council outcome's code. */
const notElected = (p: Params): string => {
  const votes = `${s(p, 'for')} for, ${s(p, 'against')} against, ${s(p, 'present')} of ${s(p, 'members')} present`;
  switch (p.code) {
    case 'council.not-a-council':
      return 'the party has no kommunestyre or fylkesting to elect by';
    case 'council.tie-lot-missing':
      return `the election was tied (${votes}) and no lot is recorded; a tie in an election is decided by lot, never by the chair`;
    case 'council.tie-lot-against':
      return `the election was tied (${votes}) and the lot fell against`;
    case 'council.no-quorum':
      return `too few members present and voting (${votes})`;
    case 'council.rejected':
      return `too few votes for (${votes})`;
    default:
      return `the council vote does not elect (${s(p, 'code')}: ${votes})`;
  }
};

/** Voting seats on no side: ` (4 of the 22 on neither side: fastlege, bruker)`. */
const withoutSide = (p: {
  readonly seats: number;
  readonly withoutSide: number;
  readonly withoutSideRoles: readonly string[];
}): string =>
  p.withoutSide === 0
    ? ''
    : ` (${p.withoutSide} of the ${p.seats} on neither side: ${list(p.withoutSideRoles)})`;

/** Vara who met for members with forfall: `; 2 substitutes stood in (v1 for m1, …)`. */
const stoodIn = (p: { readonly standingIn: readonly StoodIn[] }): string =>
  p.standingIn.length === 0
    ? ''
    : `; ${p.standingIn.length === 1 ? '1 substitute' : `${p.standingIn.length} substitutes`} stood in (${list(p.standingIn.map((v) => `${v.substitute} for ${v.for}`))})`;

/** @internal */
export const en: MessageCatalog = {
  locale: 'en',
  list,
  status: {
    open: 'open',
    adopted: 'adopted',
    recommended: 'recommended',
    advised: 'advice (binds no one)',
    'pending-ratification': 'adopted, awaiting ratification',
    'in-force': 'in force',
    rejected: 'not adopted',
    invalid: 'invalid',
    escalated: 'escalated',
    lapsed: 'lapsed',
    withdrawn: 'withdrawn',
  },
  checkTitle: {
    mandate: 'Mandate',
    secretariat: 'Secretariat authority',
    seats: 'Seats',
    notice: 'Notice',
    quorum: 'Quorum',
    'two-stage': 'Two-stage handling',
    recusal: 'Recusal',
    'decision-rule': 'Decision rule',
    route: 'Route',
    escalation: 'Escalation',
    ratification: 'Ratification',
    deadline: 'Deadline',
    leadership: 'Leadership',
  },
  check: {
    ...routeChecksEn,
    ...secretariatChecksEn,
    'mandate.decides': (p) => `the body decides matters of kind "${s(p, 'matter')}"`,
    'mandate.recommends': (p) =>
      `the body may only recommend "${s(p, 'matter')}"; the decision lies with a higher tier`,
    'mandate.escalated': (p) =>
      `the matter came up from ${s(p, 'from')} (${s(p, 'proposal')}), whose disagreement this body settles`,
    'mandate.outside': (p) => `"${s(p, 'matter')}" is outside the body's mandate (ultra vires)`,
    'mandate.commits-below-top': (p) =>
      `"${s(p, 'matter')}" commits the parties and must go to the partnerskapsmøte, not tier ${s(p, 'tier')}`,
    'mandate.body-unknown': (p) => `statute version ${s(p, 'version')} has no body "${s(p, 'body')}"`,
    'mandate.matter-unknown': (p) => `statute version ${s(p, 'version')} has no matter "${s(p, 'matter')}"`,
    'seats.ok': (p) =>
      `${s(p, 'seated')} of ${s(p, 'seats')} voting seats filled${withoutSide(p)}${vacancies(p)}${stoodIn(p)}`,
    'seats.overfilled': (p) => `more members than places on seat ${list(p.overfilled)}`,
    'notice.ok': (p) => `called ${n(p.days, 'day', 'days')} ahead; ${s(p, 'required')} required`,
    'notice.short': (p) =>
      `called ${n(p.days, 'day', 'days')} ahead; ${s(p, 'required')} required (${s(p, 'missing')} short)`,
    'notice.not-stated': (p) =>
      `called ${n(p.days, 'day', 'days')} ahead; the statute states no notice period, so none was checked`,
    'quorum.not-stated': (p) =>
      `${n(p.present, 'voting member', 'voting members')} present; the statute states no quorum, so none was checked`,
    'quorum.met': (p) =>
      `${s(p, 'got')} of ${s(p, 'baseCount')} ${members(p)} counted; ${s(p, 'required')} needed`,
    'quorum.short': (p) =>
      `${s(p, 'got')} of ${s(p, 'baseCount')} ${members(p)} counted; ${s(p, 'required')} needed: ${s(p, 'missing')} missing`,
    'quorum.bloc-met': (p) => `${s(p, 'got')} counted; ${s(p, 'required')} needed`,
    'quorum.bloc-short': (p) =>
      `a side is not represented: ${s(p, 'got')} counted, ${s(p, 'required')} needed on each side`,
    'two-stage.held': (p) =>
      `the case was first discussed (${by(p.by)}${p.meeting === undefined ? '' : `, meeting ${s(p, 'meeting')}`}, ${s(p, 'date')}) and decided at a later meeting`,
    'two-stage.missing': (p) =>
      `cases of "${s(p, 'matter')}" are discussed before they are decided; the first stage (drøfting) is missing before meeting ${s(p, 'decidedAt')} (${s(p, 'date')}): the case was decided at the meeting where it was first tabled`,
    'two-stage.not-allowed': (p) =>
      `the first stage was held by ${list((p.heldBy as readonly string[]).map((b) => by(b)))}, but the statute has it held by ${list((p.allowed as readonly string[]).map((b) => by(b)))}`,
    'recusal.none': () => 'no member recused',
    'recusal.recorded': (p) =>
      `${n(p.count, 'member', 'members')} recused (${list(p.members)}), ${p.counted === 'absent' ? 'counted as members who are absent' : 'counted as neither seated nor present'}`,
    'consensus.met': (p) =>
      `consensus: ${s(p, 'got')} of ${s(p, 'baseCount')} voting members present, none against`,
    'consensus.objection': (p) => `no consensus: ${n(p.missing, 'voting member', 'voting members')} against`,
    'consensus.reservation': (p) =>
      `no consensus: ${n(p.missing, 'recorded reservation blocks', 'recorded reservations block')}`,
    'consensus.nobody-for': () => 'no consensus: no voting member voted for',
    'unanimity.met': (p) => `unanimous: all ${s(p, 'baseCount')} seated voting members for`,
    'unanimity.short': (p) =>
      `not unanimous: ${s(p, 'got')} of ${s(p, 'required')} seated voting members for; ${s(p, 'missing')} missing`,
    'majority.met': (p) =>
      `${s(p, 'got')} for of ${s(p, 'baseCount')} (${s(p, 'base')}); ${s(p, 'required')} needed`,
    'majority.short': (p) =>
      `${s(p, 'got')} for of ${s(p, 'baseCount')} (${s(p, 'base')}); ${s(p, 'required')} needed: ${s(p, 'missing')} missing`,
    'majority.nobody-for': () => 'nobody voted for; a proposal no one supports never passes',
    'majority.tie-fails': () => 'a tie exactly on the threshold, which the rule lets fail',
    'majority.tie-passes': () => 'a tie exactly on the threshold, which the rule counts as enough',
    'majority.tie-chair-for': () => "a tie, decided for by the chair's vote",
    'majority.tie-chair-against': () => "a tie, decided against by the chair's vote",
    'majority.tie-no-chair-vote': () =>
      'a tie, and the chair did not vote for or against, so it is not broken',
    'each-bloc.met': () => 'the rule holds on each side',
    'each-bloc.short': (p) =>
      `the rule does not hold on every side (failing: ${list(p.failing.map((b) => blocs[b]))})`,
    'all.met': () => 'every part of the rule holds',
    'all.short': (p) => `${s(p, 'got')} of ${s(p, 'required')} parts of the rule hold`,
    'any.met': () => 'at least one part of the rule holds',
    'any.short': () => 'no part of the rule holds',
    'escalation.awaiting': (p) => `escalated to ${s(p, 'to')} on ${s(p, 'at')}; not yet on its agenda`,
    'escalation.submitted': (p) => `escalated to ${s(p, 'to')} on ${s(p, 'at')}, continued as ${s(p, 'as')}`,
    'ratification.delegated': () =>
      'binding on adoption: the body acts on authority delegated by the kommunestyrer and the HF board',
    'ratification.met': (p) => `ratified: ${s(p, 'adopted')} of ${s(p, 'required')} parties adopted`,
    'ratification.pending': (p) =>
      `awaiting ratification: ${s(p, 'adopted')} of ${s(p, 'required')} adopted, ${s(p, 'rejected')} rejected, ${s(p, 'missing')} not yet decided`,
    'deadline.met': (p) => `ratified before the deadline (${s(p, 'deadline')})`,
    'deadline.running': (p) => `the deadline for ratification is ${s(p, 'deadline')}`,
    'deadline.passed': (p) =>
      `the deadline for ratification (${s(p, 'deadline')}) has passed: the decision has lapsed`,
    ...leadershipEn,
    ...perPartyEn,
  },
  reason: {
    'event.unknown-type': (p) => `unknown event type "${s(p, 'type')}"`,
    'event.invalid-date': (p) => `"${s(p, 'at')}" is not a date written YYYY-MM-DD`,
    'event.malformed': (p) =>
      `field ${s(p, 'field')} must be ${s(p, 'expected')}${p.error === undefined ? '' : ` (${s(p, 'error')})`}`,
    'event.invalid-id': (p) => `"${s(p, 'value')}" cannot be used as ${s(p, 'field')} id`,
    'event.unknown-field': (p) => `field ${s(p, 'field')} is not part of a ${s(p, 'type')} event`,
    'event.duplicate-id': (p) =>
      `an event with the id "${s(p, 'id')}" was already applied (at log position ${s(p, 'position')})`,
    'statute.other-community': (p) => `the statute is for "${s(p, 'id')}", not "${s(p, 'community')}"`,
    'statute.not-later': (p) =>
      `a new version must take effect after ${s(p, 'latest')} (it says ${s(p, 'effectiveFrom')})`,
    'statute.invalid': (p) =>
      `the statute is not valid (${n(p.issues, 'issue', 'issues')}; first: ${s(p, 'path')}: ${s(p, 'message')})`,
    'statute.no-version': (p) => `no statute version is in force on ${s(p, 'date')}`,
    'statute.rewrites-record': (p) =>
      `decisions are on record up to ${s(p, 'recordedUntil')}; a version in force from ${s(p, 'effectiveFrom')} would change how they are judged`,
    'amendment.unknown-proposal': (p) => `no proposal "${s(p, 'proposal')}" amends the statute`,
    'amendment.wrong-matter': (p) =>
      `${s(p, 'proposal')} is not a statute amendment by ${s(p, 'expectedBody')} (matter "${s(p, 'expected')}")`,
    'amendment.not-in-force': (p) =>
      `the amendment ${s(p, 'proposal')} is not in force (it is ${s(p, 'status')})`,
    'party.unknown': (p) => `the statute has no party "${s(p, 'party')}"`,
    'party.already-member': (p) => `${s(p, 'party')} is already a member`,
    'party.joined-later': (p) =>
      `${s(p, 'party')} has joined from ${s(p, 'from')}: a joining before it would overlap that membership`,
    'party.not-member': (p) => `${s(p, 'party')} is not a member on ${s(p, 'date')}`,
    'party.notice-given': (p) => `${s(p, 'party')} already gave notice on ${s(p, 'noticeGiven')}`,
    'party.notice-too-short': (p) =>
      `${s(p, 'party')} cannot leave on ${s(p, 'effective')}: ${s(p, 'months')} months' notice runs to ${s(p, 'earliest')}`,
    'party.withdrawal-date-required': (p) =>
      `the statute states no notice period for withdrawal: say when ${s(p, 'party')} leaves (effective)`,
    'party.rewrites-record': (p) =>
      `ratifications are on record up to ${s(p, 'ratifiedUntil')}; a change of membership dated ${s(p, 'at')} would change how they count`,
    'body.unknown': (p) => `there is no body "${s(p, 'body')}"`,
    'seat.unknown': (p) => `${s(p, 'body')} has no seat "${s(p, 'seat')}"`,
    'seat.full': (p) => `every place on seat ${s(p, 'seat')} of ${s(p, 'body')} is taken (${s(p, 'count')})`,
    'seat.wrong-party': (p) => `seat ${s(p, 'seat')} cannot be held for ${s(p, 'party')}`,
    'seat.party-required': (p) => `seat ${s(p, 'seat')} needs the party the member represents`,
    'seat.wrong-authority': (p) =>
      `seat ${s(p, 'seat')} is appointed by ${s(p, 'expected')}, not ${s(p, 'got')}`,
    'seat.outside-area': (p) =>
      `seat ${s(p, 'seat')} is filled from area ${s(p, 'area')}, of which ${s(p, 'party')} is not a kommune`,
    'member.not-elected': (p) =>
      `${s(p, 'member')} was not elected to seat ${s(p, 'seat')}: ${notElected(p)}`,
    'member.already-seated': (p) => `${s(p, 'member')} already sits on ${s(p, 'body')}`,
    'member.not-seated': (p) => `${s(p, 'member')} does not sit on ${s(p, 'body')}`,
    'member.rewrites-record': (p) =>
      `${s(p, 'body')} has meetings on record up to ${s(p, 'recordedUntil')}; a change of members dated ${s(p, 'at')} would rewrite them (date it after)`,
    'meeting.exists': (p) => `meeting ${s(p, 'meeting')} already exists`,
    'meeting.unknown': (p) => `there is no meeting "${s(p, 'meeting')}"`,
    'meeting.before-notice': (p) =>
      `the meeting (${s(p, 'date')}) cannot be before its notice (${s(p, 'noticeDate')})`,
    'meeting.chair-not-member': (p) => `the chair ${s(p, 'member')} does not sit on ${s(p, 'body')}`,
    'meeting.not-held': (p) => `meeting ${s(p, 'meeting')} is not held until ${s(p, 'date')}`,
    'attendance.not-member': (p) => {
      const members = Array.isArray(p.members) ? p.members : [s(p, 'members')];
      return `${list(members)} ${members.length > 1 ? 'do' : 'does'} not sit on ${s(p, 'body')}`;
    },
    'proposal.exists': (p) => `proposal ${s(p, 'proposal')} already exists`,
    'proposal.unknown': (p) => `there is no proposal "${s(p, 'proposal')}"`,
    'proposal.unknown-matter': (p) => `the statute has no matter "${s(p, 'matter')}"`,
    'proposal.wrong-body': (p) =>
      `meeting ${s(p, 'meeting')} is a meeting of ${s(p, 'meetingBody')}, not ${s(p, 'body')}`,
    'proposal.closed': (p) => `proposal ${s(p, 'proposal')} is ${s(p, 'phase')}`,
    'proposal.not-concluded': (p) => `proposal ${s(p, 'proposal')} is not concluded (${s(p, 'phase')})`,
    'proposal.tabler-not-member': (p) =>
      `${s(p, 'member')} does not sit on ${s(p, 'body')} and cannot table a case there`,
    'proposal.no-forslagsrett': (p) =>
      `${s(p, 'member')} holds seat ${s(p, 'seat')} without forslagsrett (the right to propose) and cannot table the case`,
    'proposal.defer-not-later': (p) =>
      `proposal ${s(p, 'proposal')} can only be deferred to a later meeting: ${s(p, 'meeting')} is on ${s(p, 'date')}, the case is on a meeting of ${s(p, 'from')}`,
    'proposal.defer-after-votes': (p) =>
      `proposal ${s(p, 'proposal')} cannot be deferred once ${n(p.votes, 'vote has', 'votes have')} been cast`,
    'proposal.discussed-where': (p) =>
      `the discussion of ${s(p, 'proposal')} was held either at a meeting (meeting) or by the secretariat (by): give one of the two`,
    'proposal.escalated': (p) => `proposal ${s(p, 'proposal')} has already gone to ${s(p, 'to')}`,
    'recusal.not-member': (p) => `${s(p, 'member')} does not sit on ${s(p, 'body')}`,
    'recusal.twice': (p) => `${s(p, 'member')} is already recused from ${s(p, 'proposal')}`,
    'vote.not-member': (p) => `${s(p, 'member')} does not sit on ${s(p, 'body')} and cannot vote`,
    'vote.observer': (p) =>
      `${s(p, 'member')} holds seat ${s(p, 'seat')} without stemmerett and cannot vote ${s(p, 'vote')} (an objection may be recorded)`,
    'vote.twice': (p) => `${s(p, 'member')} has already voted on ${s(p, 'proposal')}`,
    'vote.recused': (p) => `${s(p, 'member')} is recused from ${s(p, 'proposal')}`,
    'escalation.no-target': (p) => `${s(p, 'body')} escalates to no other body`,
    'escalation.wrong-target': (p) => `disagreement goes up to ${s(p, 'expected')}, not ${s(p, 'to')}`,
    'escalation.not-failed': (p) =>
      `proposal ${s(p, 'proposal')} is a valid decision (${s(p, 'status')}); there is nothing to escalate`,
    'escalation.unknown-source': (p) => `there is no proposal "${s(p, 'proposal')}" to continue`,
    'escalation.source-not-escalated': (p) =>
      `proposal ${s(p, 'proposal')} was not escalated to ${s(p, 'body')} (or is already on its agenda)`,
    'escalation.wrong-matter': (p) =>
      `the escalated case is about "${s(p, 'sourceMatter')}", not "${s(p, 'matter')}"`,
    'ratification.unknown-party': (p) =>
      `the statute (version ${s(p, 'version')}) has no party "${s(p, 'party')}"`,
    'ratification.wrong-organ': (p) =>
      `${s(p, 'party')} adopts through its ${s(p, 'expected')}, not a ${s(p, 'organ')}`,
    'ratification.not-required': (p) => `a decision on "${s(p, 'matter')}" needs no ratification`,
    'ratification.not-adopted': (p) =>
      `proposal ${s(p, 'proposal')} is not a valid decision to ratify (${s(p, 'status')})`,
    'ratification.before-decision': (p) => `the vedtak cannot come before the decision (${s(p, 'decided')})`,
    'ratification.not-member': (p) => `${s(p, 'party')} is not a member on ${s(p, 'date')}`,
    'ratification.not-ratifier': (p) =>
      `${s(p, 'party')} is not among those who ratify under rule ${s(p, 'rule')}`,
    'ratification.invalid-council-vote': (p) =>
      `the recorded council vote of ${s(p, 'party')} is not a valid council decision (${s(p, 'code')})`,
    'ratification.vote-contradicts': (p) =>
      `the recorded council vote of ${s(p, 'party')} does not say "${s(p, 'decision')}" (${s(p, 'code')})`,
    'substitute.not-provided': (p) => `the statute gives ${s(p, 'body')} no vara (substitute) arrangement`,
    'substitute.personal': (p) =>
      `vara on ${s(p, 'body')} are personal: name the member ${s(p, 'member')} is vara for (for), not a place on a list`,
    'substitute.ordered': (p) =>
      `vara on ${s(p, 'body')} are on ranked lists: give the place of ${s(p, 'member')} (rank), not a member`,
    'substitute.for-not-seated': (p) =>
      `${s(p, 'member')} does not hold seat ${s(p, 'seat')} on ${s(p, 'body')} and cannot have a personal vara there`,
    'substitute.rank-taken': (p) =>
      `place ${s(p, 'rank')} on vara list ${s(p, 'list')} of ${s(p, 'body')} is already held by ${s(p, 'holder')}`,
    'substitute.already-appointed': (p) => `${s(p, 'member')} is already a vara on ${s(p, 'body')}`,
    'substitute.is-member': (p) => `${s(p, 'member')} sits on ${s(p, 'body')} and cannot be a vara there`,
    'substitute.not-substitute': (p) => `${s(p, 'member')} is not a vara on ${s(p, 'body')}`,
    'substitute.not-eligible': (p) =>
      `${s(p, 'member')} is not a vara for ${s(p, 'for')} on ${s(p, 'body')} (neither their personal vara nor on their list)`,
    'substitute.member-present': (p) =>
      `${s(p, 'member')} is present at meeting ${s(p, 'meeting')}; vara ${s(p, 'substitute')} cannot meet at the same time`,
    'substitute.taken': (p) =>
      `${s(p, 'substitute')} already meets for ${s(p, 'member')} on ${s(p, 'body')} then`,
    'substitute.busy': (p) => `${s(p, 'member')} already meets for ${s(p, 'for')} then`,
    'substitute.when': (p) =>
      `give one meeting, or a period with a from and a to date (from before to), for when ${s(p, 'member')} meets`,
    'substitute.wrong-body': (p) =>
      `meeting ${s(p, 'meeting')} is a meeting of ${s(p, 'meetingBody')}, not of ${s(p, 'body')}`,
    ...leadershipReasonsEn,
    ...joiningReasonsEn,
    ...adviceReasonsEn,
    ...adviceReasonsEn,
  },
  bloc: blocs,
  tier: (tier) => `tier ${tier}`,
  valid: (valid) => (valid ? 'valid' : 'not valid'),
  header: (p) =>
    `${s(p, 'proposal')}${p.title === undefined ? '' : ` "${s(p, 'title')}"`}: ${s(p, 'status')} (${s(p, 'valid')})`,
  meta: (p) =>
    `${s(p, 'bodyName')} (${s(p, 'tier')}), ${p.decidedBy === undefined ? 'meeting' : 'decided by the secretariat'} ${s(p, 'date')}, statute version ${s(p, 'version')}, as of ${s(p, 'asOf')}`,
  liesWith: (p) =>
    `The matter now lies with ${s(p, 'body')}${p.proposal === undefined ? '' : ` as ${s(p, 'proposal')} (${s(p, 'status')})`}.`,
  statement: statementEn,
  binds: (p) => (p.parties === '' ? 'Binds no party.' : `Binds: ${s(p, 'parties')}.`),
  ratification: (p) =>
    `Ratification (${s(p, 'ref')}): adopted by ${s(p, 'adopted') || 'none'}; rejected by ${s(p, 'rejected') || 'none'}; missing: ${s(p, 'missing') || 'none'}.`,
  perParty: perPartyLineEn,
  establishment: (p) =>
    `Establishment (${s(p, 'ref')}): ${s(p, 'got')} of ${s(p, 'base')} kommuner have joined; ${s(p, 'required')} needed: ${p.met === true ? 'met' : `not met, ${s(p, 'missing')} more needed`}.`,
  rejected: (p) => `Rejected ${s(p, 'type')}: ${s(p, 'reasons')}`,
  unknownCode: (p) => s(p, 'code'),
  diagram: diagramEn,
  tracker: trackerEn,
  minutes: minutesEn,
  issues: issueMessagesEn,
  warnings: lintMessages,
};
