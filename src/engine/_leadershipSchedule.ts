/**
 * The arithmetic of a leadership rule: which period a date falls in, which side leads each
 * period, and whose turn it is among a side's parties. Pure and exact: whole years and integer
 * division, never a `Date`.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../model/dates.js';
import type { PartyId } from '../model/ids.js';
import type { Bloc, Body, LeadershipRule, Statute } from '../model/statute.js';
import { bodyOf } from './statuteIndex.js';

/**
 * A period of a leadership rule: its index (0 is the first), its first day and the first day of
 * the next period.
 *
 * @example
 * ```ts
 * const period: LeadershipPeriod = { index: 1, from: '2022-01-01', to: '2024-01-01' };
 * ```
 * @category Engine
 */
export interface LeadershipPeriod {
  readonly index: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A rule's schedule on a date: the period, the side leading any period, and its cycle length. @internal */
export interface Schedule {
  readonly period: LeadershipPeriod;
  readonly sideAt: (index: number) => Bloc;
  /** The sides repeat after this many periods. */
  readonly cycle: number;
}

const other: Readonly<Record<Bloc, Bloc>> = {
  kommunesiden: 'helseforetakssiden',
  helseforetakssiden: 'kommunesiden',
};

/** The side opposite to `bloc`. @internal */
export function oppositeOf(bloc: Bloc): Bloc {
  return other[bloc];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `from` plus `years` whole years; the anniversary of 29 February is 1 March in a common year. */
function anniversary(from: IsoDate, years: number): IsoDate {
  const year = Number(from.slice(0, 4)) + years;
  const monthDay = from.slice(5);
  const day = monthDay === '02-29' && !isLeapYear(year) ? '03-01' : monthDay;
  return `${String(year).padStart(4, '0')}-${day}`;
}

/** The whole years from `from` to `date` (`date` on or after `from`): anniversaries passed. */
function wholeYears(from: IsoDate, date: IsoDate): number {
  const years = Number(date.slice(0, 4)) - Number(from.slice(0, 4));
  return anniversary(from, years) <= date ? years : years - 1;
}

/** How many steps a chain of `followsBody` may take (cycles are rejected by parseStatute). */
const MAX_DEPTH = 16;

/**
 * The schedule of a body's rule on `date`: from its own alternation, or from the body it
 * follows. `undefined` where the rule states no start (only `rotationYears`, or none), before
 * its start, or where the body it follows has none.
 *
 * @internal
 */
export function scheduleOf(
  statute: Statute,
  rule: LeadershipRule | undefined,
  date: IsoDate,
  depth = 0,
): Schedule | undefined {
  if (rule === undefined || depth > MAX_DEPTH) return undefined;
  const { alternates, followsBody } = rule;
  if (alternates !== undefined) {
    const { between, everyYears, from } = alternates;
    if (date < from || between.length === 0) return undefined;
    const index = Math.floor(wholeYears(from, date) / everyYears);
    const start = Math.max(0, between.indexOf(alternates.startsWith));
    const period = {
      index,
      from: anniversary(from, index * everyYears),
      to: anniversary(from, (index + 1) * everyYears),
    };
    return { period, sideAt: (k) => between[(start + k) % between.length] as Bloc, cycle: between.length };
  }
  if (followsBody === undefined) return undefined;
  const leader = bodyOf(statute, followsBody.body) as Body | undefined;
  const followed = scheduleOf(statute, leader?.leadership, date, depth + 1);
  if (followed === undefined) return undefined;
  const relate = (bloc: Bloc): Bloc => (followsBody.relation === 'same' ? bloc : oppositeOf(bloc));
  return { ...followed, sideAt: (k) => relate(followed.sideAt(k)) };
}

/** How many of the periods before `index` `bloc` led. */
function turnsBefore(schedule: Schedule, bloc: Bloc, index: number): number {
  const { cycle, sideAt } = schedule;
  let perCycle = 0;
  for (let k = 0; k < cycle; k++) if (sideAt(k) === bloc) perCycle += 1;
  const full = Math.floor(index / cycle);
  let turns = full * perCycle;
  for (let k = full * cycle; k < index; k++) if (sideAt(k) === bloc) turns += 1;
  return turns;
}

/**
 * The party whose turn it is in the period of `schedule`, when the rule rotates among the
 * parties of the side leading it.
 *
 * @internal
 */
export function partyOnTurn(rule: LeadershipRule, schedule: Schedule): PartyId | undefined {
  const rotation = rule.rotatesAmong;
  const { index } = schedule.period;
  if (rotation === undefined || rotation.parties.length === 0) return undefined;
  if (schedule.sideAt(index) !== rotation.bloc) return undefined;
  return rotation.parties[turnsBefore(schedule, rotation.bloc, index) % rotation.parties.length];
}
