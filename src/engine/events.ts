/**
 * Governance events: what happens in a community, as plain JSON facts in the past tense.
 *
 * @module
 */
import type { IsoDate } from '../model/dates.js';
import type { BodyId, MatterId, MeetingId, MemberId, PartyId, ProposalId, SeatId } from '../model/ids.js';
import type { PartyOrgan, SecretariatDelegation, Statute } from '../model/statute.js';
import type { CouncilVote } from '../rules/evaluateCouncilVote.js';
import type { VoteChoice } from '../rules/types.js';
import type { LeadershipRole } from './state.js';

/**
 * Fields every event has: the date it happened (`at`) and an optional id of the caller's own.
 *
 * @example
 * ```ts
 * const base: EventBase = { at: '2024-03-14', id: 'evt-17' };
 * ```
 * @category Engine
 */
export interface EventBase {
  readonly at: IsoDate;
  readonly id?: string;
}

/**
 * A new statute version is adopted (it must be the same community's, with a later
 * `effectiveFrom`).
 *
 * @example
 * ```ts
 * const event: StatuteAdopted = { type: 'statute-adopted', at: '2023-05-04', statute: presets.helgeland };
 * ```
 * @category Engine
 */
export interface StatuteAdopted extends EventBase {
  readonly type: 'statute-adopted';
  readonly statute: Statute;
}

/**
 * The statute is amended by a proposal of the amendment matter that is in force.
 *
 * @example
 * ```ts
 * const event: StatuteAmended = { type: 'statute-amended', at: '2025-01-01', proposal: 'PM-2024-3', statute: amended };
 * ```
 * @category Engine
 */
export interface StatuteAmended extends EventBase {
  readonly type: 'statute-amended';
  readonly proposal: ProposalId;
  readonly statute: Statute;
}

/**
 * A party of the statute joins (its kommunestyre or board adopted the statute). A kommunestyre's
 * or fylkesting's vote may come with it (`councilVote`); it is then checked by the statute's
 * council rule, and a vote that does not adopt (a tie the møteleder voted against) means the
 * party has not joined.
 *
 * @example
 * ```ts
 * const event: PartyJoined = {
 *   type: 'party-joined', at: '2023-06-20', party: 'vefsn', caseNumber: '23/112',
 *   councilVote: { members: 27, present: 25, for: 15, against: 10 },
 * };
 * ```
 * @category Engine
 */
export interface PartyJoined extends EventBase {
  readonly type: 'party-joined';
  readonly party: PartyId;
  readonly caseNumber?: string;
  /** The council's vote on joining, checked like a ratification's council vote. */
  readonly councilVote?: CouncilVote;
}

/**
 * A party gives notice of withdrawal (oppsigelse); it leaves when the statute's notice runs out,
 * or on `effective`, a later date the party gives. Where the statute states no notice period,
 * `effective` is required: the library does not invent one.
 *
 * @example
 * ```ts
 * const event: PartyWithdrew = { type: 'party-withdrew', at: '2025-01-15', party: 'traena' };
 * ```
 * @category Engine
 */
export interface PartyWithdrew extends EventBase {
  readonly type: 'party-withdrew';
  readonly party: PartyId;
  readonly caseNumber?: string;
  /** The day the party leaves: no earlier than the statute's notice allows. */
  readonly effective?: IsoDate;
}

/**
 * A person is appointed to a seat on a body, from `at`. An appointment by a kommunestyre's
 * election may carry the council vote (`election`).
 *
 * @example
 * ```ts
 * const event: MemberAppointed = {
 *   type: 'member-appointed', at: '2024-01-01', member: 'horten-1', name: 'Kari Nordmann',
 *   body: 'ssu', seat: 'horten', appointedBy: 'kommunedirektør',
 * };
 * ```
 * @category Engine
 */
export interface MemberAppointed extends EventBase {
  readonly type: 'member-appointed';
  readonly member: MemberId;
  readonly body: BodyId;
  readonly seat: SeatId;
  readonly name?: string;
  /** The party the member represents, for a seat shared by several parties (or an area's seat). */
  readonly party?: PartyId;
  readonly appointedBy?: string;
  /**
   * The council vote (the kommunestyre's or fylkesting's election) that appointed the member. It
   * is checked as an election, whatever its own `election` says: a tie is decided by the lot
   * recorded, never by the chair; a vote that does not elect leaves the seat unfilled.
   */
  readonly election?: CouncilVote;
}

/**
 * A member leaves a body, from `at`.
 *
 * @example
 * ```ts
 * const event: MemberLeft = { type: 'member-left', at: '2024-06-30', member: 'horten-1', body: 'ssu' };
 * ```
 * @category Engine
 */
export interface MemberLeft extends EventBase {
  readonly type: 'member-left';
  readonly member: MemberId;
  readonly body: BodyId;
}

/**
 * A meeting is called: `at` is the day of the notice (innkalling), `date` the meeting day.
 *
 * @example
 * ```ts
 * const event: MeetingConvened = {
 *   type: 'meeting-convened', at: '2024-02-28', meeting: 'ssu-2024-03', body: 'ssu', date: '2024-03-14', chair: 'horten-1',
 * };
 * ```
 * @category Engine
 */
export interface MeetingConvened extends EventBase {
  readonly type: 'meeting-convened';
  readonly meeting: MeetingId;
  readonly body: BodyId;
  readonly date: IsoDate;
  /** The møteleder, whose vote breaks a tie where the rule says so. */
  readonly chair?: MemberId;
}

/**
 * Who attended a meeting. A member who votes counts as present even if not listed.
 *
 * @example
 * ```ts
 * const event: AttendanceRecorded = { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: ['horten-1', 'siv-1'] };
 * ```
 * @category Engine
 */
export interface AttendanceRecorded extends EventBase {
  readonly type: 'attendance-recorded';
  readonly meeting: MeetingId;
  readonly present: readonly MemberId[];
}

/**
 * A member is disqualified (inhabil) from a case: neither present nor voting for it.
 *
 * @example
 * ```ts
 * const event: MemberRecused = { type: 'member-recused', at: '2024-03-14', proposal: 'SSU-7', member: 'siv-2', reason: 'fvl. § 6' };
 * ```
 * @category Engine
 */
export interface MemberRecused extends EventBase {
  readonly type: 'member-recused';
  readonly proposal: ProposalId;
  readonly member: MemberId;
  readonly reason?: string;
}

/**
 * A case is put to a body at a meeting. `escalatedFrom` names the case it continues after an
 * escalation from a lower body.
 *
 * @example
 * ```ts
 * const event: ProposalSubmitted = {
 *   type: 'proposal-submitted', at: '2024-02-28', proposal: 'SSU-7', body: 'ssu', matter: 'patient-pathway',
 *   meeting: 'ssu-2024-03', title: 'Pasientforløp for skrøpelige eldre',
 * };
 * ```
 * @category Engine
 */
export interface ProposalSubmitted extends EventBase {
  readonly type: 'proposal-submitted';
  readonly proposal: ProposalId;
  readonly body: BodyId;
  readonly matter: MatterId;
  readonly meeting: MeetingId;
  readonly title?: string;
  readonly escalatedFrom?: ProposalId;
  /** Who tabled the case (forslagsrett): a member whose seat has `propose`, the secretariat, or a body. */
  readonly tabledBy?: TabledBy;
  /**
   * The case is handled behind closed doors (lukket møte), on this ground (e.g. "offl. § 13, jf.
   * fvl. § 13"): the minutes show the ground and leave out its title and content.
   */
  readonly closed?: { readonly ground: string };
}

/**
 * Who tabled a case: a member of the body (whose seat must carry forslagsrett, `propose`), the
 * secretariat (which prepares the cases), or another body of the community sending it on.
 *
 * @example
 * ```ts
 * const by: TabledBy = { kind: 'member', member: 'ssu-ks' };
 * ```
 * @category Engine
 */
export type TabledBy =
  | { readonly kind: 'member'; readonly member: MemberId }
  | { readonly kind: 'secretariat' }
  | { readonly kind: 'body'; readonly body: BodyId };

/**
 * A case is withdrawn before it is concluded.
 *
 * @example
 * ```ts
 * const event: ProposalWithdrawn = { type: 'proposal-withdrawn', at: '2024-03-10', proposal: 'SSU-7' };
 * ```
 * @category Engine
 */
export interface ProposalWithdrawn extends EventBase {
  readonly type: 'proposal-withdrawn';
  readonly proposal: ProposalId;
}

/**
 * An open case, with no votes cast, is moved to a later meeting of its body (utsatt sak). The
 * meeting it was tabled at stays on record: under a two-stage rule (`Body.twoStage`) it
 * counts as the first stage.
 *
 * @example
 * ```ts
 * const event: ProposalDeferred = { type: 'proposal-deferred', at: '2024-03-14', proposal: 'SSU-7', meeting: 'ssu-2024-06' };
 * ```
 * @category Engine
 */
export interface ProposalDeferred extends EventBase {
  readonly type: 'proposal-deferred';
  readonly proposal: ProposalId;
  /** The later meeting of the same body the case goes to. */
  readonly meeting: MeetingId;
}

/**
 * The first stage of a case (drøfting) was held: at a `meeting` (of the case's body or of
 * another body), or by the secretariat (`by: 'secretariat'`, on the event's date). Exactly one
 * of the two is given. Under a two-stage rule it lets the case be decided at a later meeting.
 *
 * @example
 * ```ts
 * const event: ProposalDiscussed = { type: 'proposal-discussed', at: '2024-02-20', proposal: 'SSU-7', by: 'secretariat' };
 * ```
 * @category Engine
 */
export interface ProposalDiscussed extends EventBase {
  readonly type: 'proposal-discussed';
  readonly proposal: ProposalId;
  readonly meeting?: MeetingId;
  readonly by?: 'secretariat';
}

/**
 * The secretariat decides a minor matter on behalf of `body`, with no meeting, under the
 * body's {@link SecretariatDelegation}. `amount` is the economic consequence in whole kroner,
 * where there is one. The decision is recorded whatever it is; whether it lies within the
 * delegation's limits is for the case's `secretariat` check to say.
 *
 * @example
 * ```ts
 * const event: SecretariatDecided = {
 *   type: 'secretariat-decided', at: '2024-04-02', proposal: 'SEK-3', body: 'ssu', matter: 'grant',
 *   title: 'Tilskudd til fagdag', amount: 25_000,
 * };
 * ```
 * @category Engine
 */
export interface SecretariatDecided extends EventBase {
  readonly type: 'secretariat-decided';
  readonly proposal: ProposalId;
  readonly body: BodyId;
  readonly matter: MatterId;
  readonly title?: string;
  readonly amount?: number;
}

/**
 * A member's vote on a case, with an optional recorded reservation (dissens).
 *
 * @example
 * ```ts
 * const event: VoteCast = { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'horten-1', vote: 'for' };
 * ```
 * @category Engine
 */
export interface VoteCast extends EventBase {
  readonly type: 'vote-cast';
  readonly proposal: ProposalId;
  readonly member: MemberId;
  readonly vote: VoteChoice;
  readonly reservation?: string;
}

/**
 * The chair closes the case: the votes are in, and the decision can be assessed.
 *
 * @example
 * ```ts
 * const event: ProposalConcluded = { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' };
 * ```
 * @category Engine
 */
export interface ProposalConcluded extends EventBase {
  readonly type: 'proposal-concluded';
  readonly proposal: ProposalId;
}

/**
 * A concluded case that failed, or a recommendation, goes up to the body it escalates to.
 *
 * @example
 * ```ts
 * const event: ProposalEscalated = { type: 'proposal-escalated', at: '2024-03-20', proposal: 'SSU-7', to: 'pm' };
 * ```
 * @category Engine
 */
export interface ProposalEscalated extends EventBase {
  readonly type: 'proposal-escalated';
  readonly proposal: ProposalId;
  readonly to: BodyId;
}

/**
 * A recommendation or advice a body adopted is passed on along its route
 * (`mandate.recommendsTo`): to the body it travels `via` first (an arbeidsutvalg), then to the
 * body it is for. Passing it on makes it no decision of the body it goes through.
 *
 * @example
 * ```ts
 * const event: ProposalForwarded = { type: 'proposal-forwarded', at: '2024-04-02', proposal: 'FR-3', to: 'au' };
 * ```
 * @category Engine
 */
export interface ProposalForwarded extends EventBase {
  readonly type: 'proposal-forwarded';
  readonly proposal: ProposalId;
  readonly to: BodyId;
}

/**
 * A dispute-resolution board (`statute.disputeBoards`) gave its statement on a decision:
 * `mediation` where the parties could not agree to conclude it (the case is concluded and not in
 * force), or an advisory statement on a `dispute` over it once in force. A national board speaks
 * after the local one, where the statute has one. The statement is recorded against the decision;
 * it binds no one and changes no status.
 *
 * @example
 * ```ts
 * const event: StatementRecorded = {
 *   type: 'statement-recorded', at: '2024-09-01', board: 'lokal-nemnd', proposal: 'PM-2024-2',
 *   kind: 'mediation', text: 'Partene bør møtes igjen innen 1. november.',
 * };
 * ```
 * @category Engine
 */
export interface StatementRecorded extends EventBase {
  readonly type: 'statement-recorded';
  readonly board: string;
  readonly proposal: ProposalId;
  readonly kind: 'mediation' | 'dispute';
  readonly text?: string;
}

/**
 * A party's own organ (kommunestyre, fylkesting, styre) adopts or rejects a decision, with its
 * case number and, for a kommunestyre or fylkesting, optionally its vote (checked against the
 * council rule).
 *
 * @example
 * ```ts
 * const event: RatificationRecorded = {
 *   type: 'ratification-recorded', at: '2024-05-02', proposal: 'PM-3', party: 'vefsn', organ: 'kommunestyre',
 *   decision: 'adopted', caseNumber: '24/31', councilVote: { members: 27, present: 27, for: 20, against: 7 },
 * };
 * ```
 * @category Engine
 */
export interface RatificationRecorded extends EventBase {
  readonly type: 'ratification-recorded';
  readonly proposal: ProposalId;
  readonly party: PartyId;
  readonly organ: PartyOrgan;
  readonly decision: 'adopted' | 'rejected';
  readonly caseNumber?: string;
  readonly councilVote?: CouncilVote;
}

/**
 * A person is made a vara (substitute) on a body for a seat class, from `at`: under a `personal`
 * rule the vara of one member (`for`, who must hold that seat), under an `ordered` rule at a place
 * on the list (`rank`, 1 = called first) of the seat, its side or its party (`party` for a seat
 * several parties share). A vara is not a member: never counted, never on the roll unless
 * standing in.
 *
 * @example
 * ```ts
 * const event: SubstituteAppointed = {
 *   type: 'substitute-appointed', at: '2024-01-01', member: 'vara-horten', body: 'ssu', seat: 'horten', for: 'ssu-horten',
 * };
 * ```
 * @category Engine
 */
export interface SubstituteAppointed extends EventBase {
  readonly type: 'substitute-appointed';
  readonly member: MemberId;
  readonly body: BodyId;
  readonly seat: SeatId;
  /** The member whose personal vara this is. */
  readonly for?: MemberId;
  /** The place on an ordered list, 1 = called first. */
  readonly rank?: number;
  readonly party?: PartyId;
  readonly name?: string;
}

/**
 * A vara meets for a member (`for`) with forfall: at one `meeting`, or at every meeting of the
 * body `from` a day (through `to`, inclusive, when given). The vara holds the member's seat and
 * its rights, no more; the member and the vara never both count.
 *
 * @example
 * ```ts
 * const event: SubstituteAttending = {
 *   type: 'substitute-attending', at: '2024-03-10', member: 'vara-horten', body: 'ssu', for: 'ssu-horten', meeting: 'ssu-2024-03',
 * };
 * ```
 * @category Engine
 */
export interface SubstituteAttending extends EventBase {
  readonly type: 'substitute-attending';
  /** The vara. */
  readonly member: MemberId;
  readonly body: BodyId;
  /** The member the vara meets for. */
  readonly for: MemberId;
  readonly meeting?: MeetingId;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/**
 * A member is elected or appointed leder or nestleder of a body, for a term from `from` (until
 * `to`, exclusive, when the term has a stated end). A later term in the same role takes over
 * from its own `from`. The member must hold a seat on the body on `from`; whether the term fits
 * the statute's leadership rule is judged by the report, not here.
 *
 * @example
 * ```ts
 * const event: LeadershipElected = {
 *   type: 'leadership-elected', at: '2023-05-04', body: 'ssu', role: 'leder', member: 'ssu-vefsn', from: '2023-05-04',
 * };
 * ```
 * @category Engine
 */
export interface LeadershipElected extends EventBase {
  readonly type: 'leadership-elected';
  readonly body: BodyId;
  readonly role: LeadershipRole;
  readonly member: MemberId;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * Every event the reducer understands, a discriminated union on `type`.
 *
 * @example
 * ```ts
 * function describe(event: GovernanceEvent): string {
 *   return event.type === 'vote-cast' ? `${event.member} voted ${event.vote}` : event.type;
 * }
 * ```
 * @category Engine
 */
export type GovernanceEvent =
  | StatuteAdopted
  | StatuteAmended
  | PartyJoined
  | PartyWithdrew
  | MemberAppointed
  | MemberLeft
  | MeetingConvened
  | AttendanceRecorded
  | MemberRecused
  | ProposalSubmitted
  | ProposalWithdrawn
  | ProposalDeferred
  | ProposalDiscussed
  | SecretariatDecided
  | VoteCast
  | ProposalConcluded
  | ProposalEscalated
  | ProposalForwarded
  | StatementRecorded
  | RatificationRecorded
  | SubstituteAppointed
  | SubstituteAttending
  | LeadershipElected;

/**
 * The `type` of an event.
 *
 * @example
 * ```ts
 * const type: EventType = 'vote-cast';
 * ```
 * @category Engine
 */
export type EventType = GovernanceEvent['type'];

/**
 * What an event creator takes: the event without its `type`, where an optional field may also be
 * given as `undefined` (under `exactOptionalPropertyTypes` too). The creator leaves such a field
 * out of the event, so `{ reservation: maybe }` needs no spread.
 *
 * @example
 * ```ts
 * const payload: EventPayload<VoteCast> = { at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'for', reservation: undefined };
 * ```
 * @category Engine
 */
export type EventPayload<E extends GovernanceEvent> = {
  [K in keyof Omit<E, 'type'>]: object extends Pick<Omit<E, 'type'>, K>
    ? Omit<E, 'type'>[K] | undefined
    : Omit<E, 'type'>[K];
};

/**
 * A typed creator for one event type: call it with the payload, read its `type`, test an event
 * with `match`.
 *
 * @example
 * ```ts
 * const event = voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'for' });
 * voteCast.type; // 'vote-cast'
 * voteCast.match(event); // true
 * ```
 * @category Engine
 */
export interface EventCreator<E extends GovernanceEvent> {
  (payload: EventPayload<E>): E;
  readonly type: E['type'];
  match(event: { readonly type: string }): event is E;
}

function creator<E extends GovernanceEvent>(type: E['type']): EventCreator<E> {
  const create = (payload: EventPayload<E>): E => {
    const event: Record<string, unknown> = { type };
    for (const [key, value] of Object.entries(payload)) if (value !== undefined) event[key] = value;
    return event as E;
  };
  return Object.assign(create, {
    type,
    match: (event: { readonly type: string }): event is E => event.type === type,
  });
}

/**
 * Creates a `statute-adopted` event.
 * @example
 * ```ts
 * statuteAdopted({ at: '2023-05-04', statute: presets.helgeland });
 * ```
 * @category Engine
 */
export const statuteAdopted: EventCreator<StatuteAdopted> = /* @__PURE__ */ creator('statute-adopted');
/**
 * Creates a `statute-amended` event.
 * @example
 * ```ts
 * statuteAmended({ at: '2025-01-01', proposal: 'PM-3', statute: amended });
 * ```
 * @category Engine
 */
export const statuteAmended: EventCreator<StatuteAmended> = /* @__PURE__ */ creator('statute-amended');
/**
 * Creates a `party-joined` event.
 * @example
 * ```ts
 * partyJoined({ at: '2023-06-20', party: 'vefsn' });
 * ```
 * @category Engine
 */
export const partyJoined: EventCreator<PartyJoined> = /* @__PURE__ */ creator('party-joined');
/**
 * Creates a `party-withdrew` event.
 * @example
 * ```ts
 * partyWithdrew({ at: '2025-01-15', party: 'traena' });
 * ```
 * @category Engine
 */
export const partyWithdrew: EventCreator<PartyWithdrew> = /* @__PURE__ */ creator('party-withdrew');
/**
 * Creates a `member-appointed` event.
 * @example
 * ```ts
 * memberAppointed({ at: '2024-01-01', member: 'm1', body: 'ssu', seat: 'horten' });
 * ```
 * @category Engine
 */
export const memberAppointed: EventCreator<MemberAppointed> = /* @__PURE__ */ creator('member-appointed');
/**
 * Creates a `member-left` event.
 * @example
 * ```ts
 * memberLeft({ at: '2024-06-30', member: 'm1', body: 'ssu' });
 * ```
 * @category Engine
 */
export const memberLeft: EventCreator<MemberLeft> = /* @__PURE__ */ creator('member-left');
/**
 * Creates a `meeting-convened` event.
 * @example
 * ```ts
 * meetingConvened({ at: '2024-02-28', meeting: 'ssu-1', body: 'ssu', date: '2024-03-14' });
 * ```
 * @category Engine
 */
export const meetingConvened: EventCreator<MeetingConvened> = /* @__PURE__ */ creator('meeting-convened');
/**
 * Creates an `attendance-recorded` event.
 * @example
 * ```ts
 * attendanceRecorded({ at: '2024-03-14', meeting: 'ssu-1', present: ['m1', 'm2'] });
 * ```
 * @category Engine
 */
export const attendanceRecorded: EventCreator<AttendanceRecorded> =
  /* @__PURE__ */ creator('attendance-recorded');
/**
 * Creates a `member-recused` event.
 * @example
 * ```ts
 * memberRecused({ at: '2024-03-14', proposal: 'SSU-7', member: 'm2' });
 * ```
 * @category Engine
 */
export const memberRecused: EventCreator<MemberRecused> = /* @__PURE__ */ creator('member-recused');
/**
 * Creates a `proposal-submitted` event.
 * @example
 * ```ts
 * proposalSubmitted({ at: '2024-02-28', proposal: 'SSU-7', body: 'ssu', matter: 'patient-pathway', meeting: 'ssu-1' });
 * ```
 * @category Engine
 */
export const proposalSubmitted: EventCreator<ProposalSubmitted> =
  /* @__PURE__ */ creator('proposal-submitted');
/**
 * Creates a `proposal-withdrawn` event.
 * @example
 * ```ts
 * proposalWithdrawn({ at: '2024-03-10', proposal: 'SSU-7' });
 * ```
 * @category Engine
 */
export const proposalWithdrawn: EventCreator<ProposalWithdrawn> =
  /* @__PURE__ */ creator('proposal-withdrawn');
/**
 * Creates a `proposal-deferred` event.
 * @example
 * ```ts
 * proposalDeferred({ at: '2024-03-14', proposal: 'SSU-7', meeting: 'ssu-2024-06' });
 * ```
 * @category Engine
 */
export const proposalDeferred: EventCreator<ProposalDeferred> = /* @__PURE__ */ creator('proposal-deferred');
/**
 * Creates a `proposal-discussed` event.
 * @example
 * ```ts
 * proposalDiscussed({ at: '2024-02-20', proposal: 'SSU-7', by: 'secretariat' });
 * ```
 * @category Engine
 */
export const proposalDiscussed: EventCreator<ProposalDiscussed> =
  /* @__PURE__ */ creator('proposal-discussed');
/**
 * Creates a `secretariat-decided` event.
 * @example
 * ```ts
 * secretariatDecided({ at: '2024-04-02', proposal: 'SEK-3', body: 'ssu', matter: 'grant', amount: 25_000 });
 * ```
 * @category Engine
 */
export const secretariatDecided: EventCreator<SecretariatDecided> =
  /* @__PURE__ */ creator('secretariat-decided');
/**
 * Creates a `vote-cast` event.
 * @example
 * ```ts
 * voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'against', reservation: 'Mangler finansiering' });
 * ```
 * @category Engine
 */
export const voteCast: EventCreator<VoteCast> = /* @__PURE__ */ creator('vote-cast');
/**
 * Creates a `proposal-concluded` event.
 * @example
 * ```ts
 * proposalConcluded({ at: '2024-03-14', proposal: 'SSU-7' });
 * ```
 * @category Engine
 */
export const proposalConcluded: EventCreator<ProposalConcluded> =
  /* @__PURE__ */ creator('proposal-concluded');
/**
 * Creates a `proposal-escalated` event.
 * @example
 * ```ts
 * proposalEscalated({ at: '2024-03-20', proposal: 'SSU-7', to: 'pm' });
 * ```
 * @category Engine
 */
export const proposalEscalated: EventCreator<ProposalEscalated> =
  /* @__PURE__ */ creator('proposal-escalated');
/**
 * Creates a `proposal-forwarded` event.
 * @example
 * ```ts
 * proposalForwarded({ at: '2024-04-02', proposal: 'FR-3', to: 'au' });
 * ```
 * @category Engine
 */
export const proposalForwarded: EventCreator<ProposalForwarded> =
  /* @__PURE__ */ creator('proposal-forwarded');
/**
 * Creates a `statement-recorded` event.
 * @example
 * ```ts
 * statementRecorded({ at: '2024-09-01', board: 'lokal-nemnd', proposal: 'PM-2024-2', kind: 'mediation' });
 * ```
 * @category Engine
 */
export const statementRecorded: EventCreator<StatementRecorded> =
  /* @__PURE__ */ creator('statement-recorded');
/**
 * Creates a `ratification-recorded` event.
 * @example
 * ```ts
 * ratificationRecorded({ at: '2024-05-02', proposal: 'PM-3', party: 'vefsn', organ: 'kommunestyre', decision: 'adopted' });
 * ```
 * @category Engine
 */
export const ratificationRecorded: EventCreator<RatificationRecorded> =
  /* @__PURE__ */ creator('ratification-recorded');
/**
 * Creates a `substitute-appointed` event.
 * @example
 * ```ts
 * substituteAppointed({ at: '2024-01-01', member: 'vara-1', body: 'ssu', seat: 'siv', rank: 1 });
 * ```
 * @category Engine
 */
export const substituteAppointed: EventCreator<SubstituteAppointed> =
  /* @__PURE__ */ creator('substitute-appointed');
/**
 * Creates a `substitute-attending` event.
 * @example
 * ```ts
 * substituteAttending({ at: '2024-03-10', member: 'vara-1', body: 'ssu', for: 'ssu-siv-1', meeting: 'ssu-2024-03' });
 * ```
 * @category Engine
 */
export const substituteAttending: EventCreator<SubstituteAttending> =
  /* @__PURE__ */ creator('substitute-attending');

/**
 * Creates a `leadership-elected` event.
 * @example
 * ```ts
 * leadershipElected({ at: '2023-05-04', body: 'ssu', role: 'nestleder', member: 'ssu-hf-1', from: '2023-05-04' });
 * ```
 * @category Engine
 */
export const leadershipElected: EventCreator<LeadershipElected> =
  /* @__PURE__ */ creator('leadership-elected');
