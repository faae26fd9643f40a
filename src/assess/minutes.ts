/**
 * The record a draft møteprotokoll is written from: who met, who was away and who stood in for
 * them, and for each case on the agenda its number, who tabled it, the vote, the reservations,
 * the recusals, the outcome with the sections it rests on, and what goes on to the parties.
 *
 * @module
 */
import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { CaseKind } from '../engine/checks/mandate.js';
import type { TabledBy } from '../engine/events.js';
import {
  getMeeting,
  getMember,
  getProposal,
  listMeetings,
  type MeetingRecord,
  type State,
  seatedMembers,
  statuteAt,
} from '../engine/state.js';
import { bodyOf, matterOf } from '../engine/statuteIndex.js';
import { seatTenure, standingIn } from '../engine/substitutes.js';
import type { IsoDate } from '../model/dates.js';
import type { BodyId, MatterId, MeetingId, MemberId, PartyId, ProposalId, Ref } from '../model/ids.js';
import type { Body } from '../model/statute.js';
import type { VoteChoice } from '../rules/types.js';
import { assess } from './assess.js';
import type { CheckId, DecisionReport } from './types.js';

/**
 * A person in the minutes: the member's id and name (where recorded), the seat and its party.
 *
 * @example
 * ```ts
 * const person: MinutesPerson = { member: 'ssu-vefsn', name: 'Ola Nordmann', seat: 'vefsn', party: 'vefsn' };
 * ```
 * @category Outputs
 */
export interface MinutesPerson {
  readonly member: MemberId;
  readonly name: string | null;
  readonly seat: string | null;
  readonly party: PartyId | null;
}

/**
 * One case on the agenda, as the minutes record it.
 *
 * @example
 * ```ts
 * const item = minutesRecord(state, 'ssu-2024-03').items[0];
 * item?.number; // '1/24'
 * ```
 * @category Outputs
 */
export interface MinutesItem {
  /** The case's number in the body's own series (`Body.caseNumberFormat`, default `{n}/{yy}`). */
  readonly number: string;
  readonly proposal: ProposalId;
  readonly title: string | null;
  readonly matter: MatterId;
  readonly matterName: string;
  readonly tabledBy: TabledBy | null;
  /** The ground the case was handled behind closed doors on; its title is then left out (`null`). */
  readonly closed: string | null;
  /** The vote: counts, and who voted how. */
  readonly votes: {
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
    /** Whether the members did not all vote the same way. */
    readonly split: boolean;
    readonly byMember: readonly { readonly member: MemberId; readonly vote: VoteChoice }[];
  };
  /** Dissens and protokolltilførsler, each with its text. */
  readonly reservations: readonly { readonly member: MemberId; readonly text: string }[];
  /** Who was inhabil, with the ground where recorded. */
  readonly recused: readonly { readonly member: MemberId; readonly ground: string | null }[];
  readonly status: DecisionStatus;
  readonly valid: boolean;
  readonly kind: CaseKind;
  /** The body the case went on to (escalated or passed on), if it did. */
  readonly sentTo: BodyId | null;
  /** The checks the outcome rests on, with their sections: the ones that failed, or the mandate and the rule. */
  readonly grounds: readonly { readonly check: CheckId; readonly ok: boolean; readonly ref: Ref }[];
  /** Who must now adopt it in their own organ, and by when (`null` where the statute sets no deadline). */
  readonly ratification: {
    readonly parties: readonly PartyId[];
    readonly deadline: IsoDate | null;
    readonly ref: Ref;
  } | null;
}

/**
 * The record of a meeting a draft møteprotokoll is written from, plain JSON.
 *
 * @example
 * ```ts
 * const record = minutesRecord(state, 'ssu-2024-03');
 * record.absent.map((p) => p.member); // forfall
 * ```
 * @category Outputs
 */
export interface MinutesRecord {
  readonly meeting: MeetingId;
  readonly body: BodyId;
  readonly bodyName: string;
  readonly date: IsoDate;
  readonly statuteVersion: string;
  readonly chair: MinutesPerson | null;
  readonly present: readonly MinutesPerson[];
  /** Vara who met, and for whom. */
  readonly substitutes: readonly { readonly substitute: MinutesPerson; readonly for: MemberId }[];
  /** Members of the body with forfall: seated, and not present. */
  readonly absent: readonly MinutesPerson[];
  readonly items: readonly MinutesItem[];
}

/**
 * Thrown by {@link minutesRecord} and {@link minutes} for a meeting the state does not have.
 *
 * @example
 * ```ts
 * try { minutes(state, 'nope'); } catch (e) { if (e instanceof UnknownMeetingError) console.log(e.meeting); }
 * ```
 * @category Outputs
 */
export class UnknownMeetingError extends Error {
  readonly meeting: string;
  constructor(meeting: string) {
    super(`no meeting "${meeting}" in the state`);
    this.name = 'UnknownMeetingError';
    this.meeting = meeting;
  }
}

function person(state: State, body: Body | undefined, member: MemberId, date: IsoDate): MinutesPerson {
  const record = getMember(state, member);
  const tenure = body === undefined ? undefined : seatTenure(record, body, date);
  return { member, name: record?.name ?? null, seat: tenure?.seat ?? null, party: tenure?.party ?? null };
}

/** The ids of a body's cases put to its meetings in a year, in the order of the meetings and of submission. */
function seriesOf(state: State, body: BodyId, year: string): ProposalId[] {
  const cases: { id: ProposalId; date: IsoDate; seq: number }[] = [];
  for (const meeting of listMeetings(state)) {
    if (meeting.body !== body || !meeting.date.startsWith(year)) continue;
    for (const id of meeting.agenda ?? []) {
      const p = getProposal(state, id);
      if (p !== undefined && p.meeting === meeting.id) cases.push({ id, date: meeting.date, seq: p.seq });
    }
  }
  return cases.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq)).map((c) => c.id);
}

/**
 * The case's number in its body's series for the year (`series`, from {@link seriesOf}), with
 * `{n}`, `{yy}`, `{yyyy}` and `{body}` filled in.
 */
function numberOf(
  series: readonly ProposalId[],
  body: Body | undefined,
  bodyId: BodyId,
  proposal: ProposalId,
  date: IsoDate,
): string {
  const year = date.slice(0, 4);
  const n = series.indexOf(proposal) + 1;
  return (body?.caseNumberFormat ?? '{n}/{yy}')
    .replaceAll('{n}', String(n))
    .replaceAll('{yyyy}', year)
    .replaceAll('{yy}', year.slice(2))
    .replaceAll('{body}', bodyId);
}

/** What follows from a verdict rather than making it: binding, deadlines, routes, who chaired. */
const after = new Set<CheckId>(['ratification', 'deadline', 'route', 'escalation', 'leadership']);

/**
 * The checks an outcome rests on: the ones that decided it against the case, or else the mandate
 * and the rule (and the secretariat's authority), with the ratification where it applies.
 */
function groundsOf(report: DecisionReport): MinutesItem['grounds'] {
  const failed = report.checks.filter((c) => !c.ok && !after.has(c.id));
  const kept = ['mandate', 'secretariat', 'decision-rule', 'ratification'];
  const shown = failed.length > 0 ? failed : report.checks.filter((c) => kept.includes(c.id));
  return shown.map((c) => ({ check: c.id, ok: c.ok, ref: c.ref }));
}

/** One case on the agenda, from its record and its report. */
function itemOf(
  state: State,
  body: Body | undefined,
  meeting: MeetingRecord,
  series: readonly ProposalId[],
  id: ProposalId,
): MinutesItem | undefined {
  const proposal = getProposal(state, id);
  if (proposal === undefined || proposal.meeting !== meeting.id) return undefined;
  const report = assess(state, id);
  const byMember = Object.entries(proposal.votes)
    .map(([member, vote]) => ({ member, vote }))
    .sort((a, b) => (a.member < b.member ? -1 : 1));
  const count = (v: VoteChoice) => byMember.filter((m) => m.vote === v).length;
  const r = report.ratification;
  const statute = statuteAt(state, meeting.date);
  return {
    number: numberOf(series, body, proposal.body, id, meeting.date),
    proposal: id,
    title: proposal.closed === undefined ? (proposal.title ?? null) : null,
    closed: proposal.closed?.ground ?? null,
    matter: proposal.matter,
    matterName: matterOf(statute, proposal.matter)?.name ?? proposal.matter,
    tabledBy: proposal.tabledBy ?? null,
    votes: {
      for: count('for'),
      against: count('against'),
      abstain: count('abstain'),
      split: new Set(byMember.map((m) => m.vote)).size > 1,
      byMember,
    },
    reservations: Object.entries(proposal.reservations ?? {}).map(([member, text]) => ({ member, text })),
    recused: Object.entries(proposal.recused).map(([member, r]) => ({ member, ground: r.reason ?? null })),
    status: report.status,
    valid: report.valid,
    kind: report.kind,
    sentTo: proposal.escalation?.to ?? proposal.forwarded?.at(-1)?.to ?? null,
    grounds: groundsOf(report),
    ratification:
      r === undefined || report.status === 'in-force'
        ? null
        : { parties: r.missing, deadline: r.deadline ?? null, ref: r.ref },
  };
}

/**
 * The record of a meeting a draft møteprotokoll is written from: body, date, chair, who was
 * present, the vara and for whom, forfall, and each case on its agenda in order ({@link MinutesItem}).
 * This is a pure function; the result is plain JSON.
 *
 * @throws {@link UnknownMeetingError} for a meeting the state does not have
 * @example
 * ```ts
 * const record = minutesRecord(state, 'ssu-2024-03');
 * record.items.map((i) => `${i.number} ${i.status}`);
 * ```
 * @category Outputs
 */
export function minutesRecord(state: State, meetingId: MeetingId): MinutesRecord {
  const meeting = getMeeting(state, meetingId);
  if (meeting === undefined) throw new UnknownMeetingError(String(meetingId));
  const statute = statuteAt(state, meeting.date);
  const body = bodyOf(statute, meeting.body);
  const present = Object.keys(meeting.present ?? {}).sort();
  const substitutes =
    body === undefined
      ? []
      : present.flatMap((m) => {
          const vara = standingIn(state, body, m, meeting);
          return vara === undefined
            ? []
            : [{ substitute: person(state, body, m, meeting.date), for: vara.for }];
        });
  const seated = seatedMembers(state, meeting.body, meeting.date).map(({ member }) => member.id);
  // The body's series for the year, once for every case on the agenda.
  const series = seriesOf(state, meeting.body, meeting.date.slice(0, 4));
  return {
    meeting: meeting.id,
    body: meeting.body,
    bodyName: body?.name ?? meeting.body,
    date: meeting.date,
    statuteVersion: statute?.version ?? '',
    chair: meeting.chair === undefined ? null : person(state, body, meeting.chair, meeting.date),
    present: present.map((m) => person(state, body, m, meeting.date)),
    substitutes,
    // Forfall: seated and not present (a member a vara stood in for among them).
    absent: seated.filter((m) => !present.includes(m)).map((m) => person(state, body, m, meeting.date)),
    items: (meeting.agenda ?? []).flatMap((id) => itemOf(state, body, meeting, series, id) ?? []),
  };
}
