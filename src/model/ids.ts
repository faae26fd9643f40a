/**
 * Identifiers used across a statute, its events and its reports.
 *
 * Ids are plain strings in the JSON: a statute file, an event log and a state are all plain JSON
 * that people write by hand. They are checked where they enter the library ({@link parseStatute},
 * `parseEvent`): an id must be unique where it is declared and known where it is used.
 *
 * @module
 */

/**
 * The reference to the section of a statute (or of a law) that states a rule, e.g. `"§4.3"` or
 * `"koml. § 11-9"`. Every rule carries one, and every check in a report cites one. A ref must be
 * a key of {@link Statute.sections}.
 *
 * @example
 * ```ts
 * const ref: Ref = '§4.3';
 * ```
 * @category Model
 */
export type Ref = string;

/**
 * The id of a {@link Party} (a kommune or the helseforetak), unique within a statute.
 *
 * @example
 * ```ts
 * const vefsn: PartyId = 'vefsn';
 * ```
 * @category Model
 */
export type PartyId = string;

/**
 * The id of a {@link Body} (organ), unique within a statute.
 *
 * @example
 * ```ts
 * const ssu: BodyId = 'ssu';
 * ```
 * @category Model
 */
export type BodyId = string;

/**
 * The id of a {@link Matter} (a kind of case), unique within a statute.
 *
 * @example
 * ```ts
 * const pathway: MatterId = 'patient-pathway';
 * ```
 * @category Model
 */
export type MatterId = string;

/**
 * The id of a {@link Seat} within its body.
 *
 * @example
 * ```ts
 * const seat: SeatId = 'kommune';
 * ```
 * @category Model
 */
export type SeatId = string;

/**
 * The id of an {@link Area} (utvalgsområde, regionråd, DMS-område), unique within a statute.
 *
 * @example
 * ```ts
 * const area: AreaId = 'indre';
 * ```
 * @category Model
 */
export type AreaId = string;

/**
 * The id of a person appointed to a body (a member), unique within a community's state.
 *
 * @example
 * ```ts
 * const member: MemberId = 'rachel-berg';
 * ```
 * @category Model
 */
export type MemberId = string;

/**
 * The id of a proposal (sak), unique within a community's state.
 *
 * @example
 * ```ts
 * const sak: ProposalId = 'SSU-2024-07';
 * ```
 * @category Model
 */
export type ProposalId = string;

/**
 * The id of a meeting of a body, unique within a community's state.
 *
 * @example
 * ```ts
 * const meeting: MeetingId = 'ssu-2024-03-14';
 * ```
 * @category Model
 */
export type MeetingId = string;

/**
 * A Norwegian kommunenummer: exactly four digits, e.g. `"1824"` (Vefsn).
 *
 * @example
 * ```ts
 * const vefsn: Kommunenummer = '1824';
 * ```
 * @category Model
 */
export type Kommunenummer = string;

/** Keys that would reach an object's prototype if used as a property name. */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a string may be used as an id or a record key: non-empty, at most 200 characters,
 * no leading or trailing white space, and not one of `__proto__`, `constructor`, `prototype`.
 *
 * @example
 * ```ts
 * isValidId('ssu'); // true
 * isValidId('__proto__'); // false
 * ```
 * @category Model
 */
export function isValidId(value: string): boolean {
  if (value.length === 0 || value.length > 200) return false;
  // Most ids begin and end with a printable ASCII character, which is never white space; only
  // the others need `trim` (this runs for every id of every event).
  const untrimmed =
    !isPrintableAscii(value.charCodeAt(0)) || !isPrintableAscii(value.charCodeAt(value.length - 1));
  return (!untrimmed || value.trim() === value) && !forbiddenKeys.has(value);
}

function isPrintableAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/**
 * Whether a string is a kommunenummer: exactly four ASCII digits.
 *
 * @example
 * ```ts
 * isKommunenummer('1824'); // true
 * isKommunenummer('824'); // false
 * ```
 * @category Model
 */
export function isKommunenummer(value: string): boolean {
  return /^[0-9]{4}$/.test(value);
}
