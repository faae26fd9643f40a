/**
 * The seats check: no seat holds more members than it has places.
 *
 * @module
 */
import type { SeatId } from '../../model/ids.js';
import type { KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The seats check: the body's voting seats, how many are filled and vacant, and the seats that
 * hold more members than they have places (an amendment can shrink a seat).
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
  }
>;

/** The seats check of a case, over its roll. @internal */
export function checkSeats({ body, roll }: KnownCase): SeatsCheck {
  const held = new Map<SeatId, number>();
  for (const entry of roll.entries) held.set(entry.seat.id, (held.get(entry.seat.id) ?? 0) + 1);
  const overfilled = body.seats.filter((s) => (held.get(s.id) ?? 0) > s.count).map((s) => s.id);
  const seats = body.seats.filter((s) => s.rights.includes('vote')).reduce((n, s) => n + s.count, 0);
  const seated = roll.entries.filter((e) => e.voting).length;
  return {
    id: 'seats',
    ok: overfilled.length === 0,
    ref: body.ref,
    code: overfilled.length === 0 ? 'seats.ok' : 'seats.overfilled',
    params: { seats, seated, vacant: Math.max(0, seats - seated), overfilled },
  };
}
