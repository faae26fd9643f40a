/**
 * Statute warnings: guidance a valid statute does not follow, apart from the issues that make a
 * statute invalid.
 *
 * @module
 */
import type { BodyId } from '../model/ids.js';
import type { Bloc, Tier } from '../model/statute.js';
import type { IssuePath } from './issues.js';

/**
 * Where the guidance behind a warning comes from: a short citation and, where one exists, the
 * public page it can be read on.
 *
 * @example
 * ```ts
 * const source: WarningSource = {
 *   citation: 'Helse Stavanger, samhandlingsfora',
 *   url: 'https://www.helse-stavanger.no/fag-og-forskning/samhandling/samhandlingsfora/',
 * };
 * ```
 * @category Statute
 */
export interface WarningSource {
  /** Who says it, where, and the words it rests on. */
  readonly citation: string;
  /** The public page the citation can be read on. */
  readonly url?: string;
}

/**
 * The params of each warning, by its code:
 *
 * - `lint.no-fastlege`: a body of a tier (1–3) where no body has a fastlege seat;
 * - `lint.no-bruker`: a body with no bruker seat;
 * - `lint.ssu-parity`: an SSU (tier 2) whose voting seats on each side differ in number;
 * - `lint.bloc-without-votes`: a bloc with seats on a body, none of which may vote;
 * - `lint.unreachable-body`: a body below tier 1 that no body escalates or recommends to (or sends
 *   advice through), and that escalates and recommends nowhere.
 *
 * @example
 * ```ts
 * const params: StatuteWarningParams['lint.ssu-parity'] = {
 *   body: 'ssu',
 *   kommunesiden: 7,
 *   helseforetakssiden: 6,
 * };
 * ```
 * @category Statute
 */
export interface StatuteWarningParams {
  readonly 'lint.no-fastlege': { readonly body: BodyId; readonly tier: 1 | 2 | 3 };
  readonly 'lint.no-bruker': { readonly body: BodyId; readonly tier: Tier };
  readonly 'lint.ssu-parity': {
    readonly body: BodyId;
    /** Voting seats on kommunesiden. */
    readonly kommunesiden: number;
    /** Voting seats on helseforetakssiden. */
    readonly helseforetakssiden: number;
  };
  readonly 'lint.bloc-without-votes': {
    readonly body: BodyId;
    readonly bloc: Bloc;
    /** How many places the bloc's seats on the body hold, none with the right to vote. */
    readonly seats: number;
  };
  readonly 'lint.unreachable-body': { readonly body: BodyId; readonly tier: 2 | 3 | 4 };
}

/**
 * The code of a statute warning.
 *
 * @example
 * ```ts
 * const code: StatuteWarningCode = 'lint.no-bruker';
 * ```
 * @category Statute
 */
export type StatuteWarningCode = keyof StatuteWarningParams;

/**
 * The warning with code `C`: its `params`, the `path` of the body it is about (as in an
 * {@link InputIssue}: `['bodies', 2]`), an English `message`, and the `source` of the guidance.
 *
 * @example
 * ```ts
 * const parity = lintStatute(statute).filter(
 *   (w): w is StatuteWarningOf<'lint.ssu-parity'> => w.code === 'lint.ssu-parity',
 * );
 * parity[0]?.params.kommunesiden;
 * ```
 * @category Statute
 */
export interface StatuteWarningOf<C extends StatuteWarningCode> {
  readonly code: C;
  readonly path: IssuePath;
  readonly params: StatuteWarningParams[C];
  readonly message: string;
  readonly source: WarningSource;
}

/**
 * One piece of guidance a statute does not follow, a union on `code`. A warning never makes a
 * statute invalid: {@link lintStatute} gives them for statutes that parse.
 *
 * @example
 * ```ts
 * for (const w of lintStatute(statute)) console.log(formatPath(w.path), w.message, w.source.url);
 * ```
 * @category Statute
 */
export type StatuteWarning = { [C in StatuteWarningCode]: StatuteWarningOf<C> }[StatuteWarningCode];
