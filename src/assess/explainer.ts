/**
 * Every text of the library in one language, from a catalog the application imports: a bundle
 * holds that language's texts and no other.
 *
 * @module
 */
import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { Outcome, Reason } from '../engine/reasons.js';
import type { State } from '../engine/state.js';
import type { Statute } from '../model/statute.js';
import { issueOf } from '../statute/_issueText.js';
import type { InputIssue } from '../statute/issues.js';
import { InputError } from '../statute/issues.js';
import type { StatuteWarning } from '../statute/warnings.js';
import { locales } from './_catalog.js';
import { checkIn, establishmentIn, outcomeIn, reasonIn, reportIn, type TextOptions } from './_text.js';
import type { EstablishmentReport } from './assessEstablishment.js';
import { diagramIn } from './diagram.js';
import { issueIn, warningIn } from './explainIssue.js';
import type { MessageCatalog } from './messages/types.js';
import { minutesIn } from './minutesMarkdown.js';
import type { RatificationTracker } from './ratificationTracker.js';
import { trackerMarkdownIn } from './ratificationTrackerMarkdown.js';
import type { Check, DecisionReport } from './types.js';

/**
 * The library's text functions bound to one catalog: each does what the function of the same
 * name does with `{ locale }`, in the catalog's language. `names` (see {@link namesOf}) works as
 * there.
 *
 * @example
 * ```ts
 * import { nb } from 'helsefellesskap/locales';
 * const text = explainer(nb);
 * console.log(text.explain(assess(state, 'SSU-7'), { names: namesOf(statute) }));
 * ```
 * @category Assess
 */
export interface Explainer {
  /** The catalog's locale. */
  readonly locale: MessageCatalog['locale'];
  /** As {@link explain}. */
  explain(report: DecisionReport, options?: TextOptions): string;
  /** As {@link explainCheck}. */
  explainCheck(check: Check, options?: TextOptions): string;
  /** As {@link explainReason}. */
  explainReason(reason: Reason, options?: TextOptions): string;
  /** As {@link explainOutcome}. */
  explainOutcome(outcome: Outcome, options?: TextOptions): string;
  /** As {@link explainEstablishment}. */
  explainEstablishment(report: EstablishmentReport): string;
  /** As {@link explainStatus}. */
  explainStatus(status: DecisionStatus): string;
  /** As {@link explainIssue}. */
  explainIssue(issue: InputIssue): string;
  /** As {@link explainWarning}. */
  explainWarning(warning: StatuteWarning): string;
  /** As {@link minutes}. */
  minutes(state: State, meetingId: string): string;
  /** As {@link ratificationTrackerMarkdown}. */
  ratificationTrackerMarkdown(tracker: RatificationTracker): string;
  /** As {@link diagram}. */
  diagram(statute: Statute): string;
}

/** `catalog`, once it is one of the library's catalogs (by its shape: a locale and its tables). */
function checkedCatalog(catalog: unknown): MessageCatalog {
  const c = catalog as Partial<Record<keyof MessageCatalog, unknown>> | null;
  const ok =
    typeof c === 'object' &&
    c !== null &&
    typeof c.locale === 'string' &&
    (locales as readonly string[]).includes(c.locale) &&
    ['check', 'reason', 'status', 'issues', 'warnings', 'minutes', 'tracker', 'diagram'].every(
      (key) => typeof c[key as keyof MessageCatalog] === 'object' && c[key as keyof MessageCatalog] !== null,
    );
  if (ok) return catalog as MessageCatalog;
  const received = c === null ? 'null' : typeof c === 'object' ? 'an object that is not a catalog' : typeof c;
  throw new InputError('catalog', [
    issueOf('invalid_type', [], { expected: 'a catalog of helsefellesskap/locales', received }),
  ]);
}

/**
 * Every text function bound to one message catalog, imported from `helsefellesskap/locales`. The
 * functions that take `{ locale }` reach all three catalogs, so a bundle that uses them holds
 * every language; a bundle that renders through `explainer(nb)` holds bokmål alone.
 *
 * @param catalog - `nb`, `nn` or `en` from `helsefellesskap/locales`
 * @throws {@link InputError} when `catalog` is not one of them
 * @example
 * ```ts
 * import { nn } from 'helsefellesskap/locales';
 * const text = explainer(nn);
 * text.explainStatus('adopted'); // 'vedteke'
 * outcomes.map((o) => text.explainOutcome(o));
 * ```
 * @category Assess
 */
export function explainer(catalog: MessageCatalog): Explainer {
  const m = checkedCatalog(catalog);
  return Object.freeze({
    locale: m.locale,
    explain: (report: DecisionReport, options: TextOptions = {}) => reportIn(m, report, options),
    explainCheck: (check: Check, options: TextOptions = {}) => checkIn(m, check, options),
    explainReason: (reason: Reason, options: TextOptions = {}) => reasonIn(m, reason, options),
    explainOutcome: (outcome: Outcome, options: TextOptions = {}) => outcomeIn(m, outcome, options),
    explainEstablishment: (report: EstablishmentReport) => establishmentIn(m, report),
    explainStatus: (status: DecisionStatus) => m.status[status],
    explainIssue: (issue: InputIssue) => issueIn(m.issues, issue),
    explainWarning: (warning: StatuteWarning) => warningIn(m.warnings, warning),
    minutes: (state: State, meetingId: string) => minutesIn(m, state, meetingId),
    ratificationTrackerMarkdown: (tracker: RatificationTracker) => trackerMarkdownIn(m, tracker),
    diagram: (statute: Statute) => diagramIn(m, statute),
  });
}
