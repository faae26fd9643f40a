/**
 * What each input issue says in English, from its params: the one source of every issue's
 * `message`. The bokmål and nynorsk texts live with the other catalogs (`assess/messages/_issues.ts`),
 * so parsing never loads them.
 *
 * @internal
 * @module
 */
import type { InputIssue, InputIssueCode, IssuePath } from './issues.js';

/** An issue's params as its message reads them. @internal */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One message per issue code: a locale missing one does not compile. @internal */
export type IssueMessages = { readonly [C in InputIssueCode]: (p: IssueParams) => string };

/** A word as a locale writes it: its entry in `table`, or the word itself. @internal */
export function wordIn(table: Readonly<Record<string, string>>): (value: string) => string {
  return (value) => (Object.hasOwn(table, value) ? (table[value] as string) : value);
}

/** A param by name, as text (`''` when absent). @internal */
export function text(p: IssueParams, key: string): string {
  return Object.hasOwn(p, key) ? String(p[key]) : '';
}

/** Whether the issue has the param `key` (a code with several sentences picks one by its params). @internal */
export function has(p: IssueParams, key: string): boolean {
  return Object.hasOwn(p, key);
}

/** What a duplicated id names, in words. */
const entityEn: Readonly<Record<string, string>> = {
  'participant-role': 'participant role',
  'ratification-rule': 'ratification rule',
  'dispute-board': 'dispute board',
  'rotating-party': 'rotating party',
};

/** A valibot type name (`Object`, `Array`, `string`) as the English text has always shown it. */
const expectedEn = (expected: string): string => (expected === 'Object' ? 'an object' : expected);

/** The English message of each issue code. @internal */
export const issueMessagesEn: IssueMessages = {
  invalid_type: (p) => `expected ${expectedEn(text(p, 'expected'))}, got ${text(p, 'received')}`,
  missing_key: (p) => `required key "${text(p, 'key')}" is missing`,
  unknown_key: (p) => `unknown key "${text(p, 'key')}"`,
  invalid_value: (p) => {
    if (has(p, 'oneOf')) return `expected one of ${text(p, 'oneOf')}, got ${text(p, 'received')}`;
    if (has(p, 'community')) return `expected the community's id "${text(p, 'community')}"`;
    if (has(p, 'seq')) return 'more events applied (seq) than taken in (position)';
    if (has(p, 'at'))
      return `position ${text(p, 'at')} is not before the state's position ${text(p, 'position')}`;
    return `expected ${text(p, 'expected') || 'another value'}, got ${text(p, 'received')}`;
  },
  too_small: (p) => {
    if (has(p, 'effect'))
      return `a ${text(p, 'effect')} ratification needs at least one requirement (only a per-party one may have none)`;
    if (has(p, 'length'))
      return `expected a length of at least ${text(p, 'minimum')}, got ${text(p, 'length')}`;
    return `expected a value of at least ${text(p, 'minimum')}, got ${text(p, 'received')}`;
  },
  too_big: (p) =>
    has(p, 'limit')
      ? `more than ${text(p, 'limit')} objects and arrays`
      : `expected at most ${text(p, 'maximum')}`,
  not_integer: (p) => `expected a whole number, got ${text(p, 'received')}`,
  invalid_date: (p) => `expected a calendar date written YYYY-MM-DD, got ${text(p, 'received')}`,
  invalid_kommunenummer: (p) => `expected a kommunenummer of four digits, got ${text(p, 'received')}`,
  invalid_fylkesnummer: (p) => `expected a fylkesnummer of two digits, got ${text(p, 'received')}`,
  invalid_id: (p) =>
    `expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got ${text(p, 'received')}`,
  forbidden_key: (p) => `the key "${text(p, 'key')}" is not allowed`,
  too_deep: (p) => `nested more than ${text(p, 'limit')} levels deep (or the value contains itself)`,
  unreadable: (p) => `the input could not be read: ${text(p, 'error')}`,
  zero_denominator: () => 'a fraction cannot have the denominator 0',
  fraction_above_one: () => 'a share cannot be more than 1 (numerator above denominator)',
  duplicate_id: (p) =>
    has(p, 'first')
      ? `${entityEn[text(p, 'entity')] ?? text(p, 'entity')} "${text(p, 'id')}" is declared twice (first at index ${text(p, 'first')})`
      : `the id "${text(p, 'id')}" is used twice`,
  unknown_party: (p) => `no party has the id "${text(p, 'party')}"`,
  unknown_body: (p) => `no body has the id "${text(p, 'body')}"`,
  unknown_matter: (p) => `no matter has the id "${text(p, 'matter')}"`,
  unknown_section: (p) => `no section "${text(p, 'ref')}" in sections`,
  unknown_role: (p) => `"${text(p, 'role')}" is neither a party kind nor a participant role of this statute`,
  party_role_mismatch: (p) =>
    `party "${text(p, 'party')}" is a ${text(p, 'kind')}, but the seat's role is "${text(p, 'role')}"`,
  escalation_to_self: (p) => `body "${text(p, 'body')}" escalates to itself`,
  escalation_not_upward: (p) =>
    `body "${text(p, 'body')}" (tier ${text(p, 'tier')}) escalates to "${text(p, 'target')}" (tier ${text(p, 'targetTier')}), which is not a higher tier`,
  escalation_cycle: (p) => `the escalation chain from "${text(p, 'body')}" comes back to it`,
  leadership_cycle: (p) => `the bodies whose leadership "${text(p, 'body')}" follows come back to it`,
  leadership_conflict: (p) =>
    has(p, 'rotationYears')
      ? `rotationYears (${text(p, 'rotationYears')}) and alternates.everyYears (${text(p, 'everyYears')}) disagree`
      : 'a body that follows another body’s leadership cannot also have an alternation of its own',
  bloc_not_alternating: (p) =>
    has(p, 'between')
      ? `the alternation starts with ${text(p, 'bloc')}, which is not among the sides it names`
      : `${text(p, 'bloc')} is not among the sides that take turns to lead`,
  party_bloc_mismatch: (p) =>
    `party "${text(p, 'party')}" is a ${text(p, 'kind')}, which is not on ${text(p, 'bloc')}`,
  mandate_overlap: (p) => `matter "${text(p, 'matter')}" is both decided and only recommended`,
  first_stage_self: () => 'the body itself is "same-body"',
  secretariat_beyond_mandate: () => 'the body can only let the secretariat decide a matter it decides itself',
  route_to_self: (p) => `body "${text(p, 'body')}" recommends to itself`,
  route_via_target: (p) => `"${text(p, 'body')}" is both the way and the end of the route`,
  matter_ratified_twice: (p) =>
    `matter "${text(p, 'matter')}" is already covered by ratification rule ${text(p, 'first')}`,
  bloc_rule_without_blocs: (p) => {
    const rule = text(p, 'rule');
    if (rule === 'substitutes') return 'vara lists per side need seats with a bloc';
    if (rule === 'quorum') return 'a per-bloc quorum needs voting seats with a bloc';
    return 'an each-bloc rule needs voting seats with a bloc';
  },
  missing_population: (p) =>
    `kommune "${text(p, 'party')}" has no population, which a population-weighted ratification needs`,
  per_party_threshold: (p) =>
    `a per-party ratification has no collective threshold: "${text(p, 'kind')}" cannot be one of its requirements`,
  no_voting_seat: () => 'the body has no seat with the right to vote, so it can decide nothing',
  unknown_area: (p) => `no area has the id "${text(p, 'area')}"`,
  area_party_not_kommune: (p) =>
    `party "${text(p, 'party')}" is a ${text(p, 'kind')}; an area groups kommuner`,
  area_seat_role: (p) =>
    `seat "${text(p, 'seat')}" belongs to area "${text(p, 'area')}", so its role must be "kommune", not "${text(p, 'role')}"`,
  party_outside_area: (p) => `party "${text(p, 'party')}" is not a kommune of area "${text(p, 'area')}"`,
  agreement_not_helseforetak: (p) =>
    `private hospital "${text(p, 'party')}" must have its agreement with a helseforetak, not the ${text(p, 'kind')} "${text(p, 'agreementWith')}"`,
  duplicate_value: () => 'the list names this more than once',
  malformed_text: () => 'the text holds a lone surrogate, not a character',
  threshold_unreachable: (p) =>
    text(p, 'rule') === 'strict'
      ? 'a strict majority of the whole can never be met'
      : 'more than the whole can never be met',
  unknown_format: (p) => `expected the format "${text(p, 'expected')}", got ${text(p, 'received')}`,
  unsupported_version: (p) =>
    `snapshot format version ${text(p, 'received')} is not supported; this library reads version ${text(p, 'supported')}`,
  digest_mismatch: () => 'the content does not match its digest: it was changed or damaged',
};

/** An issue with its English message, from its code and params. @internal */
export function issueOf(code: InputIssueCode, path: IssuePath, params: IssueParams = {}): InputIssue {
  return { code, path, params, message: issueMessagesEn[code](params) };
}

/**
 * The first issue of a `statute.invalid` reason in a locale's words: the reason carries its code
 * as `issueCode` and its params as `issue.<name>`; without them (a reason read back from an older
 * log), its English `message`.
 *
 * @internal
 */
export function firstIssueText(p: Readonly<Record<string, unknown>>, messages: IssueMessages): string {
  const code = p.issueCode;
  if (typeof code !== 'string' || !Object.hasOwn(messages, code)) return String(p.message ?? '');
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(p)) {
    if (key.startsWith('issue.') && (typeof value === 'string' || typeof value === 'number'))
      params[key.slice('issue.'.length)] = value;
  }
  return messages[code as InputIssueCode](params);
}
