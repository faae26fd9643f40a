/**
 * A case resolved once: the proposal, its meeting, the statute version in force on the meeting
 * date, the body, the matter and the roll. The reducer's validators, the checks, `assess` and
 * `requirements` all start from it, so no part of the library resolves the same case twice.
 *
 * @internal
 * @module
 */
import { hasOwn, own } from '../model/_own.js';
import type { IsoDate } from '../model/dates.js';
import type { MemberId, ProposalId } from '../model/ids.js';
import type { Bloc, Body, Matter, Right, Seat, Statute } from '../model/statute.js';
import { sealRoll } from '../rules/_roll.js';
import type { Roll, RollEntry } from '../rules/types.js';
import {
  getMeeting,
  getMember,
  getProposal,
  type MeetingRecord,
  type ProposalRecord,
  type State,
  seatedMembers,
  statuteAt,
} from './state.js';
import { bodyOf, matterOf, seatFacts, seatOf } from './statuteIndex.js';
import { substituteOf } from './substitutes.js';

/** One member on the roll of a case, with the seat they hold and its rights. @internal */
export interface CaseRollEntry extends RollEntry {
  readonly seat: Seat;
  readonly rights: readonly Right[];
  /** Recused from the case where the body counts recused members as absent: may not vote. */
  readonly setAside?: true;
  /**
   * The member a vara (`member`) stands in for at the meeting: the vara holds that member's
   * seat, rights and side, and the member is not on the roll.
   */
  readonly standsInFor?: MemberId;
}

/** The roll of a case: every member seated on the meeting date whose seat the body still has. @internal */
export interface CaseRoll extends Roll {
  readonly entries: readonly CaseRollEntry[];
  readonly blocs: readonly Bloc[];
}

/**
 * A case resolved from the state, frozen. `body` and `matter` are `undefined` when the statute
 * version in force on the meeting date no longer has them. The roll is built on first use
 * (a vote's validator needs the case, not the whole roll). @internal
 */
export interface CaseContext {
  readonly state: State;
  readonly proposal: ProposalRecord;
  /** The meeting the case was put to; `undefined` for a decision the secretariat made. */
  readonly meeting: MeetingRecord | undefined;
  readonly statute: Statute;
  readonly body: Body | undefined;
  readonly matter: Matter | undefined;
  /** The date ratification and deadlines are judged on. */
  readonly asOf: IsoDate;
  /** The case this one continues after an escalation, with its body in the same version. */
  readonly source: { readonly proposal: ProposalRecord; readonly body: Body | undefined } | undefined;
  readonly roll: CaseRoll;
}

/** A case whose body and matter the statute version knows. @internal */
export interface KnownCase extends CaseContext {
  readonly body: Body;
  readonly matter: Matter;
}

/** A known case put to a meeting of its body (every case but the secretariat's decisions). @internal */
export interface HeldCase extends KnownCase {
  readonly meeting: MeetingRecord;
}

/** Whether the case's body and matter exist in the version in force. @internal */
export function isKnownCase(context: CaseContext): context is KnownCase {
  return context.body !== undefined && context.matter !== undefined;
}

function buildRoll(
  state: State,
  body: Body | undefined,
  meeting: MeetingRecord | undefined,
  proposal: ProposalRecord,
): CaseRoll {
  if (body === undefined || meeting === undefined) return Object.freeze({ entries: [], blocs: [] });
  const absent = body.recusedCount === 'absent';
  const entries: CaseRollEntry[] = [];
  for (const { member, tenure } of seatedMembers(state, body.id, meeting.date)) {
    const seat = seatOf(body, tenure.seat);
    if (seat === undefined) continue;
    // A vara standing in takes the member's place on the roll: the two never both count.
    const vara =
      member.substitutedBy === undefined
        ? undefined
        : substituteOf(body, member, tenure, meeting, (id) => getMember(state, id));
    const entry = rollEntry(vara ?? member.id, seat, meeting, proposal, absent);
    if (vara !== undefined) (entry as { standsInFor?: MemberId }).standsInFor = member.id;
    entries.push(Object.freeze(entry));
  }
  const facts = seatFacts(body);
  return sealRoll(
    Object.freeze({
      entries: Object.freeze(entries),
      ...(meeting.chair === undefined ? {} : { chair: meeting.chair }),
      blocs: facts.blocs,
      ...(body.membersCounted === 'in-office' ? {} : { seats: facts.seats }),
    }),
  );
}

/**
 * One member on the roll. A recused member is marked `recused` (left out of the base), or, where
 * the body counts recused members as absent, is simply not present.
 */
function rollEntry(
  member: MemberId,
  seat: Seat,
  meeting: MeetingRecord,
  proposal: ProposalRecord,
  recusedAbsent: boolean,
): CaseRollEntry {
  const recused = hasOwn(proposal.recused, member);
  const setAside = recused && recusedAbsent;
  const vote = setAside ? undefined : own(proposal.votes, member);
  const reserved = !setAside && hasOwn(proposal.reservations, member);
  // Assigned in the order the entry's keys always had, each optional key only when it holds.
  const entry: { -readonly [K in keyof CaseRollEntry]: CaseRollEntry[K] } = { member } as CaseRollEntry;
  if (seat.bloc !== undefined) entry.bloc = seat.bloc;
  entry.voting = seat.rights.includes('vote');
  entry.present = own(meeting.present, member) === true && !setAside;
  if (recused && !recusedAbsent) entry.recused = true;
  if (setAside) entry.setAside = true;
  if (vote !== undefined) entry.vote = vote;
  if (reserved) entry.reservation = true;
  entry.seat = seat;
  entry.rights = seat.rights;
  return entry;
}

/** A resolved case; the roll is built on first use and kept. */
class ResolvedCase implements CaseContext {
  #roll: CaseRoll | undefined;

  constructor(
    readonly state: State,
    readonly proposal: ProposalRecord,
    readonly meeting: MeetingRecord | undefined,
    readonly statute: Statute,
    readonly body: Body | undefined,
    readonly matter: Matter | undefined,
    readonly asOf: IsoDate,
    readonly source: CaseContext['source'],
  ) {
    Object.freeze(this);
  }

  get roll(): CaseRoll {
    this.#roll ??= buildRoll(this.state, this.body, this.meeting, this.proposal);
    return this.#roll;
  }
}

/**
 * Resolves a case once: the proposal, its meeting, the statute version in force on the meeting
 * date (the first version when none is), its body and matter in that version, the case it
 * continues, and the roll (built on first use). `asOf` defaults to the latest date in the
 * state. Returns `undefined` for an unknown proposal. This is a pure function; the result is
 * frozen. @internal
 */
export function resolveCase(state: State, id: ProposalId, asOf?: IsoDate): CaseContext | undefined {
  const proposal = getProposal(state, id);
  if (proposal === undefined) return undefined;
  const meeting = proposal.meeting === undefined ? undefined : getMeeting(state, proposal.meeting);
  const statute = statuteAt(state, proposal.date) ?? (state.statutes[0] as Statute);
  const from = proposal.escalatedFrom === undefined ? undefined : getProposal(state, proposal.escalatedFrom);
  const source =
    from === undefined ? undefined : Object.freeze({ proposal: from, body: bodyOf(statute, from.body) });
  const body = bodyOf(statute, proposal.body);
  const matter = matterOf(statute, proposal.matter);
  return new ResolvedCase(state, proposal, meeting, statute, body, matter, asOf ?? state.lastAt, source);
}
