/**
 * Input issues: what is wrong with a statute or an event, and where.
 *
 * @module
 */

/**
 * What kind of problem an input issue is. Shape problems come first (`invalid_type`,
 * `missing_key`, `unknown_key`, `invalid_value`, `too_small`, `too_big`, `not_integer`,
 * `invalid_date`, `invalid_kommunenummer`, `invalid_fylkesnummer`, `invalid_id`, `forbidden_key`,
 * `too_deep` (nesting past 64 levels, or a value that contains itself), `unreadable` (a value
 * that throws when read, which JSON cannot carry),
 * `zero_denominator`, `fraction_above_one`); reference problems are found once the shape is right.
 * A snapshot adds `unknown_format`, `unsupported_version` and `digest_mismatch`.
 *
 * @example
 * ```ts
 * const code: InputIssueCode = 'unknown_party';
 * ```
 * @category Statute
 */
export type InputIssueCode =
  | 'invalid_type'
  | 'missing_key'
  | 'unknown_key'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'not_integer'
  | 'invalid_date'
  | 'invalid_kommunenummer'
  | 'invalid_fylkesnummer'
  | 'invalid_id'
  | 'forbidden_key'
  | 'too_deep'
  | 'unreadable'
  | 'zero_denominator'
  | 'fraction_above_one'
  | 'duplicate_id'
  | 'unknown_party'
  | 'unknown_body'
  | 'unknown_matter'
  | 'unknown_section'
  | 'unknown_role'
  | 'party_role_mismatch'
  | 'escalation_to_self'
  | 'escalation_not_upward'
  | 'escalation_cycle'
  | 'leadership_cycle'
  | 'leadership_conflict'
  | 'bloc_not_alternating'
  | 'party_bloc_mismatch'
  | 'mandate_overlap'
  | 'first_stage_self'
  | 'secretariat_beyond_mandate'
  | 'route_to_self'
  | 'route_via_target'
  | 'matter_ratified_twice'
  | 'bloc_rule_without_blocs'
  | 'missing_population'
  | 'per_party_threshold'
  | 'no_voting_seat'
  | 'unknown_area'
  | 'area_party_not_kommune'
  | 'area_seat_role'
  | 'party_outside_area'
  | 'agreement_not_helseforetak'
  | 'duplicate_value'
  | 'malformed_text'
  | 'threshold_unreachable'
  | 'unknown_format'
  | 'unsupported_version'
  | 'digest_mismatch';

/**
 * A path into an input value: object keys and array indexes, e.g. `['bodies', 2, 'seats', 0]`.
 *
 * @example
 * ```ts
 * const path: IssuePath = ['bodies', 2, 'seats', 0, 'count'];
 * ```
 * @category Statute
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem with an input value, with its machine `code`, its `path`, the numbers or names
 * behind it in `params`, and an English `message` (made from the code and params; `explainIssue`
 * gives it in bokmål or nynorsk). Where one code has several sentences, a param says which:
 * `duplicate_id` has `entity` (what the id names: `party`, `seat`, `member`, …);
 * `bloc_rule_without_blocs` and `threshold_unreachable` have `rule` (`each-bloc`, `quorum`,
 * `substitutes`; `more-than`, `strict`); `too_small` has `length` for a text or list too short and
 * `effect` for a ratification rule without requirements; `bloc_not_alternating` has `between` (the
 * sides an alternation names) when its `startsWith` is not one of them; a snapshot's
 * `invalid_value` has `community`, `seq` and `position`, or `at` and `position`.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   code: 'unknown_party',
 *   path: ['bodies', 0, 'seats', 1, 'party'],
 *   params: { party: 'bindal' },
 *   message: 'no party has the id "bindal"',
 * };
 * ```
 * @category Statute
 */
export interface InputIssue {
  readonly code: InputIssueCode;
  readonly path: IssuePath;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/**
 * Formats an issue path the way a JavaScript reader writes it: `bodies[2].seats[0].count`.
 * Keys that are not identifiers are quoted: `sections["§4.3"].title`.
 *
 * @example
 * ```ts
 * formatPath(['bodies', 2, 'seats', 0, 'count']); // 'bodies[2].seats[0].count'
 * ```
 * @category Statute
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * The error thrown by {@link parseStatute} and `parseEvent`: it holds every issue found, and its
 * message lists them one per line with their paths.
 *
 * @example
 * ```ts
 * try {
 *   parseStatute({});
 * } catch (error) {
 *   if (error instanceof InputError) console.log(error.issues.length);
 * }
 * ```
 * @category Statute
 */
export class InputError extends Error {
  /** Every issue found, in the order of the input. */
  readonly issues: readonly InputIssue[];
  /** What was being parsed: `statute`, `event` or `snapshot`. */
  readonly subject: string;

  constructor(subject: string, issues: readonly InputIssue[]) {
    const lines = issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
    super(
      `invalid ${subject} (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`,
    );
    this.name = 'InputError';
    this.issues = issues;
    this.subject = subject;
  }
}

/**
 * The error {@link parseStatute} throws: an {@link InputError} about a statute.
 *
 * @example
 * ```ts
 * const result = (() => { try { return parseStatute(null); } catch (e) { return e; } })();
 * result instanceof StatuteError; // true
 * ```
 * @category Statute
 */
export class StatuteError extends InputError {
  constructor(issues: readonly InputIssue[]) {
    super('statute', issues);
    this.name = 'StatuteError';
  }
}

/**
 * The result of a safe parse: the parsed value, or every issue found.
 *
 * @example
 * ```ts
 * const result: SafeParseResult<Statute> = safeParseStatute(input);
 * if (!result.success) console.log(result.issues.map((i) => i.code));
 * ```
 * @category Statute
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly [InputIssue, ...InputIssue[]] };
