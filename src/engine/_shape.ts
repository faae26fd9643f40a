/**
 * A cheap type check of an event's fields, in front of the validators: the reducer accepts
 * `GovernanceEvent`s, but a JavaScript caller may pass anything, and nothing may crash or store
 * a wrong type. (`parseEvent` gives the full report with paths; this names the first field.)
 *
 * @internal
 * @module
 */
import { isIsoDate } from '../model/dates.js';
import { type Reason, reason } from './reasons.js';

type Kind = 'string' | 'date' | 'strings' | 'object' | readonly string[];
type Fields = Readonly<Record<string, Kind>>;

const str = 'string';
const none: Reason[] = [];
const shapes: Readonly<Record<string, { required: Fields; optional?: Fields }>> = {
  'statute-adopted': { required: { statute: 'object' } },
  'statute-amended': { required: { proposal: str, statute: 'object' } },
  'party-joined': { required: { party: str }, optional: { caseNumber: str } },
  'party-withdrew': { required: { party: str }, optional: { caseNumber: str } },
  'member-appointed': {
    required: { member: str, body: str, seat: str },
    optional: { name: str, party: str, appointedBy: str },
  },
  'member-left': { required: { member: str, body: str } },
  'meeting-convened': { required: { meeting: str, body: str, date: 'date' }, optional: { chair: str } },
  'attendance-recorded': { required: { meeting: str, present: 'strings' } },
  'member-recused': { required: { proposal: str, member: str }, optional: { reason: str } },
  'proposal-submitted': {
    required: { proposal: str, body: str, matter: str, meeting: str },
    optional: { title: str, escalatedFrom: str },
  },
  'proposal-withdrawn': { required: { proposal: str } },
  'vote-cast': {
    required: { proposal: str, member: str, vote: ['for', 'against', 'abstain'] },
    optional: { reservation: str },
  },
  'proposal-concluded': { required: { proposal: str } },
  'proposal-escalated': { required: { proposal: str, to: str } },
  'ratification-recorded': {
    required: {
      proposal: str,
      party: str,
      organ: ['kommunestyre', 'styre'],
      decision: ['adopted', 'rejected'],
    },
    optional: { caseNumber: str, councilVote: 'object' },
  },
};

function fits(value: unknown, kind: Kind): boolean {
  if (kind === 'string') return typeof value === 'string';
  if (kind === 'date') return typeof value === 'string' && isIsoDate(value);
  if (kind === 'strings') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === 'string' && kind.includes(value);
}

const describe = (kind: Kind): string =>
  kind === 'string'
    ? 'a string'
    : kind === 'date'
      ? 'a date written YYYY-MM-DD'
      : kind === 'strings'
        ? 'a list of strings'
        : kind === 'object'
          ? 'an object'
          : `one of ${kind.join(', ')}`;

/** The same tables as lists, built once: this check runs on every event. */
const lists: ReadonlyMap<
  string,
  { required: readonly [string, Kind][]; optional: readonly [string, Kind][] }
> = new Map(
  Object.entries(shapes).map(([type, shape]) => [
    type,
    { required: Object.entries(shape.required), optional: Object.entries(shape.optional ?? {}) },
  ]),
);

/** The first field of a known event type that has the wrong type, as a reason. @internal */
export function shapeReasons(event: Readonly<Record<string, unknown>>, type: string): Reason[] {
  const shape = lists.get(type);
  if (shape === undefined) return none;
  if (event.id !== undefined && typeof event.id !== 'string')
    return [reason('event.malformed', { field: 'id', expected: 'a string' })];
  for (const [field, kind] of shape.required) {
    if (!fits(event[field], kind)) return [reason('event.malformed', { field, expected: describe(kind) })];
  }
  for (const [field, kind] of shape.optional) {
    if (event[field] !== undefined && !fits(event[field], kind))
      return [reason('event.malformed', { field, expected: describe(kind) })];
  }
  return [];
}
