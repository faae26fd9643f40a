/**
 * The community's state: plain, frozen JSON, shaped so that one event never copies a collection
 * that grows with the log.
 *
 * @module
 */

import { deepFreeze } from '../model/_deepFreeze.js';
import { own, setOwn } from '../model/_own.js';
import type { IsoDate } from '../model/dates.js';
import type { BodyId, MatterId, MeetingId, MemberId, PartyId, ProposalId, SeatId } from '../model/ids.js';
import type { PartyOrgan, Statute } from '../model/statute.js';
import type { CouncilVote } from '../rules/evaluateCouncilVote.js';
import type { VoteChoice } from '../rules/types.js';
import { parseStatute } from '../statute/parseStatute.js';
import { type IdNode, idPosition } from './_idSet.js';
import { emptyTrie, trieGet, trieValues } from './_trie.js';
import type { Collection } from './collection.js';
import type { TabledBy } from './events.js';

/**
 * A period of a party's membership: from the day it joined to the day its withdrawal took
 * effect (open while it is a member); `noticeGiven` is the day it gave notice.
 *
 * @example
 * ```ts
 * const period: MembershipPeriod = { from: '2023-06-20', noticeGiven: '2025-01-15', to: '2026-01-15' };
 * ```
 * @category Engine
 */
export interface MembershipPeriod {
  readonly from: IsoDate;
  readonly noticeGiven?: IsoDate;
  readonly to?: IsoDate;
  readonly caseNumber?: string;
  /** The council's vote on joining, when it was recorded. */
  readonly councilVote?: CouncilVote;
}

/**
 * A party's membership history.
 *
 * @example
 * ```ts
 * const record: PartyRecord = { periods: [{ from: '2021-06-15' }] };
 * ```
 * @category Engine
 */
export interface PartyRecord {
  readonly periods: readonly MembershipPeriod[];
}

/**
 * A period in which a member held a seat on a body.
 *
 * @example
 * ```ts
 * const tenure: Tenure = { body: 'ssu', seat: 'horten', from: '2024-01-01' };
 * ```
 * @category Engine
 */
export interface Tenure {
  readonly body: BodyId;
  readonly seat: SeatId;
  readonly party?: PartyId;
  readonly appointedBy?: string;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * A person appointed to one or more bodies.
 *
 * @example
 * ```ts
 * const member: MemberRecord = { id: 'm1', name: 'Kari Nordmann', tenures: [{ body: 'ssu', seat: 'horten', from: '2024-01-01' }] };
 * ```
 * @category Engine
 */
export interface MemberRecord {
  readonly id: MemberId;
  readonly name?: string;
  readonly tenures: readonly Tenure[];
  /** The periods in which the person is a vara (substitute) on a body; a vara holds no seat. */
  readonly substitutions?: readonly SubstituteTenure[];
  /** The meetings, or the periods, in which the person as vara met for a member. */
  readonly standsIn?: readonly StandIn[];
  /** The meetings, or the periods, in which a vara met for this member (`for` names the vara). */
  readonly substitutedBy?: readonly StandIn[];
}

/**
 * A period in which a person is a vara on a body, for a seat class: the personal vara of one
 * member (`for`), or at a place (`rank`, 1 = called first) on an ordered list of the seat, its
 * side or its party (`party` for a seat several parties share).
 *
 * @example
 * ```ts
 * const vara: SubstituteTenure = { body: 'ssu', seat: 'horten', for: 'ssu-horten', from: '2024-01-01' };
 * ```
 * @category Engine
 */
export interface SubstituteTenure {
  readonly body: BodyId;
  readonly seat: SeatId;
  readonly party?: PartyId;
  readonly for?: MemberId;
  readonly rank?: number;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * A vara meeting for a member: at one meeting, or at every meeting of the body from `from`
 * through `to` (both days included). On the vara's record `for` names the member; on the
 * member's record (`substitutedBy`), the vara.
 *
 * @example
 * ```ts
 * const once: StandIn = { body: 'ssu', for: 'ssu-horten', meeting: 'ssu-2024-03', at: '2024-03-10' };
 * ```
 * @category Engine
 */
export interface StandIn {
  readonly body: BodyId;
  readonly for: MemberId;
  readonly meeting?: MeetingId;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly at: IsoDate;
}

/**
 * A meeting of a body: the notice date, the meeting date, the chair and who attended.
 *
 * @example
 * ```ts
 * const meeting = getMeeting(state, 'ssu-2024-03');
 * meeting?.present; // { m1: true, m2: true } once attendance is recorded
 * ```
 * @category Engine
 */
export interface MeetingRecord {
  readonly id: MeetingId;
  readonly seq: number;
  readonly body: BodyId;
  readonly date: IsoDate;
  readonly noticeDate: IsoDate;
  readonly chair?: MemberId;
  /** Members recorded present; absent until attendance is recorded. */
  readonly present?: Readonly<Record<MemberId, true>>;
  /** The cases put to the meeting, in the order they were submitted. */
  readonly agenda?: readonly ProposalId[];
}

/**
 * A leadership role on a body: `leder` (chair) or `nestleder` (deputy).
 *
 * @example
 * ```ts
 * const role: LeadershipRole = 'nestleder';
 * ```
 * @category Engine
 */
export type LeadershipRole = 'leder' | 'nestleder';

/**
 * A term in a leadership role, as elected or appointed: from `from`, until `to` (exclusive) when
 * the term was given an end, and in any case until the next term in the same role begins.
 *
 * @example
 * ```ts
 * const term: LeadershipTerm = { member: 'ssu-vefsn', from: '2023-05-04', to: '2025-05-04' };
 * ```
 * @category Engine
 */
export interface LeadershipTerm {
  readonly member: MemberId;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * A body's leadership on record: the terms of each role, by `from`, oldest first.
 *
 * @example
 * ```ts
 * const record: BodyLeadership = { leder: [{ member: 'ssu-vefsn', from: '2023-05-04' }], nestleder: [] };
 * ```
 * @category Engine
 */
export interface BodyLeadership {
  readonly leder: readonly LeadershipTerm[];
  readonly nestleder: readonly LeadershipTerm[];
}

/**
 * A party organ's vedtak on a decision. A party's latest vedtak counts; earlier ones are kept.
 *
 * @example
 * ```ts
 * const vedtak: Ratification = { at: '2024-05-02', organ: 'kommunestyre', decision: 'adopted', caseNumber: '24/31' };
 * ```
 * @category Engine
 */
export interface Ratification {
  readonly at: IsoDate;
  readonly organ: PartyOrgan;
  readonly decision: 'adopted' | 'rejected';
  readonly caseNumber?: string;
  readonly councilVote?: CouncilVote;
}

/**
 * A first stage of a case (drøfting) on record: a meeting it was tabled at before it was deferred
 * or where it was discussed (`meeting`, with that meeting's `body` and `date`), or a discussion
 * held by the secretariat on `date`.
 *
 * @example
 * ```ts
 * const stage: FirstStageRecord = { meeting: 'ssu-2024-03', body: 'ssu', date: '2024-03-14' };
 * ```
 * @category Engine
 */
export type FirstStageRecord =
  | { readonly meeting: MeetingId; readonly body: BodyId; readonly date: IsoDate }
  | { readonly by: 'secretariat'; readonly date: IsoDate };

/**
 * A dispute-resolution board's statement on a decision, as recorded: it binds no one.
 *
 * @example
 * ```ts
 * const statement: StatementRecord = { board: 'nasjonal-nemnd', at: '2024-11-01', kind: 'dispute' };
 * ```
 * @category Engine
 */
export interface StatementRecord {
  readonly board: string;
  readonly at: IsoDate;
  readonly kind: 'mediation' | 'dispute';
  readonly text?: string;
}

/**
 * Where a case is in its life: `open` for votes, `concluded`, or `withdrawn`.
 *
 * @example
 * ```ts
 * const phase: ProposalPhase = 'concluded';
 * ```
 * @category Engine
 */
export type ProposalPhase = 'open' | 'concluded' | 'withdrawn';

/**
 * A case (sak) and everything recorded on it. Its collections are bounded by the body's size
 * and the number of parties.
 *
 * @example
 * ```ts
 * const proposal = getProposal(state, 'SSU-7');
 * Object.keys(proposal?.votes ?? {}).length;
 * ```
 * @category Engine
 */
export interface ProposalRecord {
  readonly id: ProposalId;
  readonly seq: number;
  readonly body: BodyId;
  readonly matter: MatterId;
  /** The meeting the case is put to; none for a minor matter the secretariat decided. */
  readonly meeting?: MeetingId;
  /** The meeting's date (fixed when the meeting is convened), or the secretariat's decision's. */
  readonly date: IsoDate;
  /** The secretariat decided the case on the body's behalf (`secretariat-decided`). */
  readonly decidedBy?: 'secretariat';
  /** The economic consequence, in whole kroner, of a decision the secretariat made. */
  readonly amount?: number;
  readonly title?: string;
  readonly submittedAt: IsoDate;
  readonly phase: ProposalPhase;
  /** Each member's vote. An observer's `against` is an objection on record, never counted. */
  readonly votes: Readonly<Record<MemberId, VoteChoice>>;
  /** Reservations (dissens, protokolltilførsel) recorded with a vote, by member. */
  readonly reservations?: Readonly<Record<MemberId, string>>;
  readonly recused: Readonly<Record<MemberId, { readonly at: IsoDate; readonly reason?: string }>>;
  readonly concludedAt?: IsoDate;
  readonly withdrawnAt?: IsoDate;
  readonly escalation?: { readonly to: BodyId; readonly at: IsoDate; readonly as?: ProposalId };
  readonly escalatedFrom?: ProposalId;
  /** Who tabled the case, when recorded. */
  readonly tabledBy?: TabledBy;
  /** Handled behind closed doors, on this ground: the minutes leave out its title and content. */
  readonly closed?: { readonly ground: string };
  /** First stages on record (earlier meetings it was tabled at, discussions), oldest first. */
  readonly firstStages?: readonly FirstStageRecord[];
  /** Where a recommendation or advice was passed on along its route, in order. */
  readonly forwarded?: readonly { readonly to: BodyId; readonly at: IsoDate }[];
  /** What dispute-resolution boards said about the decision, in order. Binds no one. */
  readonly statements?: readonly StatementRecord[];
  readonly ratifications: Readonly<Record<PartyId, readonly Ratification[]>>;
}

/**
 * The state of a community: its statute versions, its parties' membership, members, meetings
 * and cases. Plain JSON, deep-frozen. Read it through the accessors (`getProposal`,
 * `listProposals`, `getMeeting`, `getMember`, `statuteAt`, `isPartyMember`): meetings, members
 * and proposals are stored in a hashed trie so that history length never slows an event down,
 * behind the opaque {@link Collection} type.
 *
 * @example
 * ```ts
 * const state: State = initialState(presets.vestfold);
 * state.statutes[0]?.title;
 * ```
 * @category Engine
 */
export interface State {
  readonly community: string;
  /** Statute versions, by `effectiveFrom`, oldest first. */
  readonly statutes: readonly Statute[];
  readonly parties: Readonly<Record<PartyId, PartyRecord>>;
  readonly members: Collection<MemberRecord>;
  /** For each body, every member ever appointed to it. */
  readonly bodyMembers: Readonly<Record<BodyId, Readonly<Record<MemberId, true>>>>;
  /** For each body, every person ever made a vara on it. */
  readonly bodySubstitutes?: Readonly<Record<BodyId, Readonly<Record<MemberId, true>>>>;
  readonly meetings: Collection<MeetingRecord>;
  readonly proposals: Collection<ProposalRecord>;
  /** How many events have been applied. */
  readonly seq: number;
  /**
   * The log position the state has reached: how many events of the log it has taken in. `replay`
   * counts every event it is given, applied or rejected, so a saved state resumes from
   * `log.slice(state.position)`; `apply` counts an applied event (a rejected one returns the same
   * state). See docs/persistence.md.
   */
  readonly position: number;
  /**
   * The ids of applied events that carry one, each with the log position it was applied at; an
   * event with an id already here is rejected (`event.duplicate-id`). Absent until an event with
   * an id is applied.
   */
  readonly eventIds?: Collection<number>;
  /** The latest date of an applied event (or the first statute's `effectiveFrom`): the default `asOf`. */
  readonly lastAt: IsoDate;
  /**
   * For each body, the latest meeting date with recorded attendance, votes or conclusions. An
   * appointment, a departure or a statute version dated on or before it would rewrite decisions
   * on record, and is rejected.
   */
  readonly recordedUntil: Readonly<Record<BodyId, IsoDate>>;
  /** The latest date of a recorded ratification; joining or leaving before it is rejected. */
  readonly ratifiedUntil?: IsoDate;
  /** For each body with a leder or nestleder on record, its terms (read with `leadershipOn`). */
  readonly leadership?: Readonly<Record<BodyId, BodyLeadership>>;
}

/**
 * The state of a community before anything has happened: the statute (checked with
 * {@link parseStatute}) as its first version, and its founding parties as members from
 * `effectiveFrom`. This is a pure function.
 *
 * @param statute - the statute; any value, checked
 * @returns the initial state, deep-frozen
 * @throws {@link StatuteError} when the statute is not valid
 * @example
 * ```ts
 * const state = initialState(presets.vestfold);
 * isPartyMember(state, 'horten', '2021-06-15'); // true
 * ```
 * @category Engine
 */
export function initialState(statute: Statute): State {
  const parsed = parseStatute(statute);
  const founding = parsed.membership.founding ?? parsed.parties.map((p) => p.id);
  const parties: Record<PartyId, PartyRecord> = {};
  for (const party of parsed.parties) {
    setOwn(parties, party.id, {
      periods: founding.includes(party.id) ? [{ from: parsed.effectiveFrom }] : [],
    });
  }
  return deepFreeze({
    community: parsed.id,
    statutes: [parsed],
    parties,
    members: emptyTrie<MemberRecord>(),
    bodyMembers: {},
    meetings: emptyTrie<MeetingRecord>(),
    proposals: emptyTrie<ProposalRecord>(),
    seq: 0,
    position: 0,
    lastAt: parsed.effectiveFrom,
    recordedUntil: {},
  });
}

/**
 * The proposal with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getProposal(state, 'SSU-7')?.phase; // 'concluded'
 * ```
 * @category Engine
 */
export function getProposal(state: State, id: ProposalId): ProposalRecord | undefined {
  return trieGet(state.proposals, id);
}

/**
 * The log position at which the event with this id was applied, or `undefined` when no applied
 * event carries it: an app that retries an append can ask whether the first attempt went in.
 *
 * @example
 * ```ts
 * const { state } = replay(presets.vestfold, [{ ...vote, id: 'evt-17' }]);
 * eventPosition(state, 'evt-17'); // 0
 * ```
 * @category Engine
 */
export function eventPosition(state: State, id: string): number | undefined {
  return state.eventIds === undefined ? undefined : idPosition(state.eventIds as unknown as IdNode, id);
}

/**
 * The meeting with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getMeeting(state, 'ssu-2024-03')?.date; // '2024-03-14'
 * ```
 * @category Engine
 */
export function getMeeting(state: State, id: MeetingId): MeetingRecord | undefined {
  return trieGet(state.meetings, id);
}

/**
 * The member with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getMember(state, 'm1')?.tenures.length;
 * ```
 * @category Engine
 */
export function getMember(state: State, id: MemberId): MemberRecord | undefined {
  return trieGet(state.members, id);
}

/**
 * Every proposal, in the order they were submitted.
 *
 * @example
 * ```ts
 * listProposals(state).map((p) => p.id);
 * ```
 * @category Engine
 */
export function listProposals(state: State): ProposalRecord[] {
  return [...trieValues(state.proposals)].sort((a, b) => a.seq - b.seq);
}

/**
 * Every meeting, in the order they were convened.
 *
 * @example
 * ```ts
 * listMeetings(state).map((m) => `${m.body} ${m.date}`);
 * ```
 * @category Engine
 */
export function listMeetings(state: State): MeetingRecord[] {
  return [...trieValues(state.meetings)].sort((a, b) => a.seq - b.seq);
}

/**
 * The statute version in force on a date: the one with the latest `effectiveFrom` on or before
 * it, or `undefined` when the date is before the first version.
 *
 * @example
 * ```ts
 * statuteAt(state, '2024-03-14')?.version;
 * ```
 * @category Engine
 */
export function statuteAt(state: State, date: IsoDate): Statute | undefined {
  let found: Statute | undefined;
  for (const statute of state.statutes) if (statute.effectiveFrom <= date) found = statute;
  return found;
}

/**
 * Whether a party is a member on a date: it has joined, and if it gave notice, the notice has
 * not yet run out (a party whose notice is still running counts).
 *
 * @example
 * ```ts
 * isPartyMember(state, 'traena', '2025-06-01'); // true while the notice runs
 * ```
 * @category Engine
 */
export function isPartyMember(state: State, party: PartyId, date: IsoDate): boolean {
  const record = own(state.parties, party);
  if (record === undefined) return false;
  return record.periods.some((p) => p.from <= date && (p.to === undefined || date < p.to));
}

/**
 * The members holding a seat on a body on a date, with their tenure.
 *
 * @example
 * ```ts
 * seatedMembers(state, 'ssu', '2024-03-14').map(({ member }) => member.id);
 * ```
 * @category Engine
 */
export function seatedMembers(
  state: State,
  body: BodyId,
  date: IsoDate,
): { member: MemberRecord; tenure: Tenure }[] {
  const ids = Object.keys(own(state.bodyMembers, body) ?? {});
  const out: { member: MemberRecord; tenure: Tenure }[] = [];
  for (const id of ids.sort()) {
    const member = trieGet(state.members, id);
    const tenure = member?.tenures.find(
      (t) => t.body === body && t.from <= date && (t.to === undefined || date < t.to),
    );
    if (member !== undefined && tenure !== undefined) out.push({ member, tenure });
  }
  return out;
}
