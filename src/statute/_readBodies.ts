/**
 * The bodies of a statute as the lint checks read them, from any value at all: what a field
 * holds is taken only when it has the model's type, so a value that is not a statute gives
 * fewer bodies, never an error.
 *
 * @internal
 * @module
 */
import type { Bloc, Tier } from '../model/statute.js';

/** A seat class, as the lint checks read it. @internal */
export interface SeatView {
  readonly role: string;
  /** Places; 0 when `count` is not a positive number. */
  readonly count: number;
  readonly votes: boolean;
  readonly bloc: Bloc | undefined;
}

/** A body, as the lint checks read it, with its index in `statute.bodies`. @internal */
export interface BodyView {
  readonly index: number;
  readonly id: string;
  readonly tier: Tier;
  readonly seats: readonly SeatView[];
  readonly escalatesTo: string | undefined;
  /** The bodies its recommendations travel to (`mandate.recommendsTo`: `via`, then `body`). */
  readonly routeTo: readonly string[];
}

type Fields = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

function isTier(value: unknown): value is Tier {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function isBloc(value: unknown): value is Bloc {
  return value === 'kommunesiden' || value === 'helseforetakssiden';
}

function readSeat(seat: unknown): SeatView | undefined {
  if (!isObject(seat) || typeof seat.role !== 'string') return undefined;
  const { count, rights } = seat;
  return {
    role: seat.role,
    count: typeof count === 'number' && Number.isFinite(count) && count > 0 ? count : 0,
    votes: Array.isArray(rights) && rights.includes('vote'),
    bloc: isBloc(seat.bloc) ? seat.bloc : undefined,
  };
}

function readBody(body: unknown, index: number): BodyView | undefined {
  if (!isObject(body) || typeof body.id !== 'string' || !isTier(body.tier)) return undefined;
  const seats: SeatView[] = [];
  if (Array.isArray(body.seats)) {
    for (let s = 0; s < body.seats.length; s++) {
      const seat = readSeat(body.seats[s]);
      if (seat !== undefined) seats.push(seat);
    }
  }
  return {
    index,
    id: body.id,
    tier: body.tier,
    seats,
    escalatesTo: typeof body.escalatesTo === 'string' ? body.escalatesTo : undefined,
    routeTo: readRoute(body.mandate),
  };
}

/** The bodies a mandate's `recommendsTo` names, as strings; none when it cannot be read. */
function readRoute(mandate: unknown): string[] {
  if (!isObject(mandate) || !isObject(mandate.recommendsTo)) return [];
  const { via, body } = mandate.recommendsTo;
  return [via, body].filter((id): id is string => typeof id === 'string');
}

/**
 * The bodies of `statute` that have a string `id` and a tier, in order; an element of
 * `bodies` that is not such a body is left out, and so is a seat without a string `role`.
 *
 * @internal
 */
export function readBodies(statute: unknown): BodyView[] {
  if (!isObject(statute) || !Array.isArray(statute.bodies)) return [];
  const bodies: BodyView[] = [];
  for (let b = 0; b < statute.bodies.length; b++) {
    const body = readBody(statute.bodies[b], b);
    if (body !== undefined) bodies.push(body);
  }
  return bodies;
}
