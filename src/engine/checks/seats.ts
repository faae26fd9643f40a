/**
 * The seats check: no seat holds more members than it has places.
 *
 * @module
 */
import type { AreaId, MemberId, SeatId } from '../../model/ids.js';
import type { Bloc } from '../../model/statute.js';
import type { KnownCase } from '../resolveCase.js';
import { seatFacts } from '../statuteIndex.js';
import type { CheckOf } from './types.js';

/**
 * A voting seat with places left unfilled on the meeting date, with the area it is filled from
 * when it belongs to one.
 *
 * @example
 * ```ts
 * const vacancy: Vacancy = { seat: 'nordhordland', area: 'nordhordland', bloc: 'kommunesiden', vacant: 1 };
 * ```
 * @category Assess
 */
export interface Vacancy {
  readonly seat: SeatId;
  readonly area?: AreaId;
  readonly bloc?: Bloc;
  readonly vacant: number;
}

/**
 * A vara who stood in at the meeting (`substitute`) for a member with forfall (`for`).
 *
 * @example
 * ```ts
 * const standIn: StoodIn = { substitute: 'vara-horten', for: 'ssu-horten' };
 * ```
 * @category Assess
 */
export interface StoodIn {
  readonly substitute: MemberId;
  readonly for: MemberId;
}

/**
 * The seats check: the body's voting seats, how many are filled and vacant (by seat, area and
 * side), and the seats that hold more members than they have places (an amendment can shrink a seat).
 * A vacancy does not fail the check: the quorum counts a vacant seat as an absent member.
 * `standingIn` lists the vara who met for members with forfall: a seat a vara holds for its
 * member is filled by that member (a vara never fills a vacancy). Where the body's voting seats
 * have sides (blocs) but some do not, `withoutSide` counts the voting places on no side and
 * `withoutSideRoles` names their roles (a fastlege or bruker seat, say): they count in `seats`
 * and in the whole body's rules, but in no rule that must hold on each side.
 *
 * @example
 * ```ts
 * const seats = report.checks.find((c): c is SeatsCheck => c.id === 'seats');
 * seats?.params.vacant; // 2
 * ```
 * @category Assess
 */
export type SeatsCheck = CheckOf<
  'seats',
  'seats.ok' | 'seats.overfilled',
  {
    readonly seats: number;
    readonly seated: number;
    readonly vacant: number;
    readonly overfilled: readonly SeatId[];
    readonly vacancies: readonly Vacancy[];
    readonly standingIn: readonly StoodIn[];
    readonly withoutSide: number;
    readonly withoutSideRoles: readonly string[];
  }
>;

/** The seats check of a case, over its roll. @internal */
export function checkSeats({ body, roll }: KnownCase): SeatsCheck {
  const facts = seatFacts(body);
  const held = new Map<SeatId, number>();
  let seated = 0;
  const standingIn: StoodIn[] = [];
  for (const entry of roll.entries) {
    held.set(entry.seat.id, (held.get(entry.seat.id) ?? 0) + 1);
    if (entry.voting) seated += 1;
    if (entry.standsInFor !== undefined)
      standingIn.push({ substitute: entry.member, for: entry.standsInFor });
  }
  const overfilled = body.seats.filter((s) => (held.get(s.id) ?? 0) > s.count).map((s) => s.id);
  const vacancies: Vacancy[] = [];
  for (const s of facts.voting) {
    const vacant = s.count - (held.get(s.id) ?? 0);
    if (vacant <= 0) continue;
    const vacancy: { -readonly [K in keyof Vacancy]: Vacancy[K] } = { seat: s.id } as Vacancy;
    if (s.area !== undefined) vacancy.area = s.area;
    if (s.bloc !== undefined) vacancy.bloc = s.bloc;
    vacancy.vacant = vacant;
    vacancies.push(vacancy);
  }
  const seats = facts.seats.total;
  return {
    id: 'seats',
    ok: overfilled.length === 0,
    ref: body.ref,
    code: overfilled.length === 0 ? 'seats.ok' : 'seats.overfilled',
    params: {
      seats,
      seated,
      vacant: Math.max(0, seats - seated),
      overfilled,
      vacancies,
      standingIn,
      withoutSide: facts.withoutSide,
      withoutSideRoles: [...facts.withoutSideRoles],
    },
  };
}
