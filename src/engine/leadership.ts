/**
 * Who should lead a body on a date, by its statute's leadership rule, and who does.
 *
 * @module
 */
import { own } from '../model/_own.js';
import type { IsoDate } from '../model/dates.js';
import type { BodyId, MemberId, PartyId, Ref } from '../model/ids.js';
import type { Bloc, Body, Statute } from '../model/statute.js';
import { type LeadershipPeriod, oppositeOf, partyOnTurn, scheduleOf } from './_leadershipSchedule.js';
import { tenureOn } from './cases/_case.js';
import type { LeadershipRole, LeadershipTerm, State } from './state.js';
import { statuteAt } from './state.js';
import { bodyOf } from './statuteIndex.js';

/**
 * Which side, and where the rule says so which party, should lead a body on a date, and the
 * period of the rule that date falls in (absent when the side comes from the leder in office
 * of a body this one follows).
 *
 * @example
 * ```ts
 * const expected: ExpectedLeadership = { bloc: 'kommunesiden', period: { index: 1, from: '2022-01-01', to: '2024-01-01' } };
 * ```
 * @category Engine
 */
export interface ExpectedLeadership {
  readonly bloc: Bloc;
  readonly party?: PartyId;
  readonly period?: LeadershipPeriod;
}

/**
 * A member in a leadership role on a date: their side and party (from the seat they hold on
 * the body), and the term (`to` is where it ends: its own end, or the next term's start).
 *
 * @example
 * ```ts
 * const leder: LeaderInOffice = { member: 'ssu-vefsn', bloc: 'kommunesiden', party: 'vefsn', from: '2023-05-04' };
 * ```
 * @category Engine
 */
export interface LeaderInOffice {
  readonly member: MemberId;
  readonly bloc?: Bloc;
  readonly party?: PartyId;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * The leadership of a body on a date: who should lead by the rule (`expected`, absent where the
 * rule cannot say), the leder and nestleder in office, whether they must come from opposite
 * sides, and the section the rule rests on (the body's own ref where the statute states no
 * leadership rule).
 *
 * @example
 * ```ts
 * const on: LeadershipOnDate = leadershipOn(state, 'ssu', '2024-03-14') as LeadershipOnDate;
 * on.expected?.bloc === on.leder?.bloc; // the leder is from the side that should lead
 * ```
 * @category Engine
 */
export interface LeadershipOnDate {
  readonly body: BodyId;
  readonly date: IsoDate;
  readonly expected?: ExpectedLeadership;
  readonly leder?: LeaderInOffice;
  readonly nestleder?: LeaderInOffice;
  readonly oppositeBlocs: boolean;
  readonly ref: Ref;
}

/** The terms of a role on a body, oldest first. @internal */
export function termsOf(state: State, body: BodyId, role: LeadershipRole): readonly LeadershipTerm[] {
  return own(state.leadership, body)?.[role] ?? [];
}

/** Where term `i` of a role ends: its own end, or the next term's start, whichever is first. @internal */
export function endOf(terms: readonly LeadershipTerm[], i: number): IsoDate | undefined {
  const own = terms[i]?.to;
  const next = terms[i + 1]?.from;
  if (next === undefined) return own;
  return own === undefined || next < own ? next : own;
}

/** The index of the term of a role running on `date`, or -1. @internal */
export function termIndexOn(terms: readonly LeadershipTerm[], date: IsoDate): number {
  let found = -1;
  for (let i = 0; i < terms.length && (terms[i] as LeadershipTerm).from <= date; i++) found = i;
  const end = endOf(terms, found);
  return found >= 0 && (end === undefined || date < end) ? found : -1;
}

/** The member in a role on `date`, if they still hold a seat on the body then. */
function inOffice(state: State, body: Body, role: LeadershipRole, date: IsoDate): LeaderInOffice | undefined {
  const terms = termsOf(state, body.id, role);
  const i = termIndexOn(terms, date);
  const term = terms[i];
  if (term === undefined) return undefined;
  const held = tenureOn(state, body, term.member, date);
  if (held === undefined) return undefined;
  const bloc = held.seat?.bloc;
  const party = held.tenure.party;
  const to = endOf(terms, i);
  return {
    member: term.member,
    ...(bloc === undefined ? {} : { bloc }),
    ...(party === undefined ? {} : { party }),
    from: term.from,
    ...(to === undefined ? {} : { to }),
  };
}

/** How many steps a chain of `followsBody` may take when it falls back on a leder in office. */
const MAX_DEPTH = 16;

/** Which side and party should lead `body` on `date`, by its rule. */
function expectedOn(
  state: State,
  statute: Statute,
  body: Body,
  date: IsoDate,
  depth: number,
): ExpectedLeadership | undefined {
  const rule = body.leadership;
  if (rule === undefined || depth > MAX_DEPTH) return undefined;
  const schedule = scheduleOf(statute, rule, date);
  if (schedule !== undefined) {
    const party = partyOnTurn(rule, schedule);
    return {
      bloc: schedule.sideAt(schedule.period.index),
      ...(party === undefined ? {} : { party }),
      period: schedule.period,
    };
  }
  // A body that follows one whose rule cannot say: the side of that body's leder in office.
  const link = rule.followsBody;
  const followed = link === undefined ? undefined : bodyOf(statute, link.body);
  if (link === undefined || followed === undefined) return undefined;
  const side =
    expectedOn(state, statute, followed, date, depth + 1)?.bloc ??
    inOffice(state, followed, 'leder', date)?.bloc;
  if (side === undefined) return undefined;
  return { bloc: link.relation === 'same' ? side : oppositeOf(side) };
}

/**
 * The leadership of a body on a date: which side (and, where the rule rotates among parties,
 * which party) should lead by the statute version in force on that date, and who is leder and
 * nestleder then. A member is in a role from their term's `from` until its `to` or the next term
 * in that role, and only while they hold a seat on the body. `undefined` when no statute version
 * is in force on the date or it has no such body. This is a pure function.
 *
 * @param state - the community's state
 * @param body - the body
 * @param date - the day asked about
 * @returns the expected side or party, the leder and nestleder in office, and the rule's ref
 * @example
 * ```ts
 * const on = leadershipOn(state, 'ssu', '2024-03-14');
 * on?.expected?.bloc; // 'kommunesiden'
 * on?.leder?.member; // 'ssu-arendal'
 * ```
 * @category Engine
 */
export function leadershipOn(state: State, body: BodyId, date: IsoDate): LeadershipOnDate | undefined {
  const statute = statuteAt(state, date);
  const found = bodyOf(statute, body);
  if (statute === undefined || found === undefined) return undefined;
  const expected = expectedOn(state, statute, found, date, 0);
  const leder = inOffice(state, found, 'leder', date);
  const nestleder = inOffice(state, found, 'nestleder', date);
  return {
    body,
    date,
    ...(expected === undefined ? {} : { expected }),
    ...(leder === undefined ? {} : { leder }),
    ...(nestleder === undefined ? {} : { nestleder }),
    oppositeBlocs: found.leadership?.oppositeBlocs ?? false,
    ref: found.leadership?.ref ?? found.ref,
  };
}
