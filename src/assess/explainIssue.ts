/**
 * Input issues and statute warnings as sentences in bokmål, nynorsk or English. Their `message`
 * is English; these functions give it in the other languages from the same code and params.
 * Only they load the bokmål and nynorsk texts, so parsing a statute never does.
 *
 * @module
 */
import { type IssueMessages, issueMessagesEn } from '../statute/_issueText.js';
import { lintMessages, type WarningMessages } from '../statute/_lintText.js';
import type { InputIssue } from '../statute/issues.js';
import type { StatuteWarning } from '../statute/warnings.js';
import { type Locale, locales } from './_catalog.js';
import { checkedLocale } from './_inputOptions.js';
import type { ExplainOptions } from './explain.js';
import { issueMessagesNb, warningMessagesNb } from './messages/_issuesNb.js';
import { issueMessagesNn, warningMessagesNn } from './messages/_issuesNn.js';

const issueCatalogs: Readonly<Record<Locale, IssueMessages>> = {
  nb: issueMessagesNb,
  nn: issueMessagesNn,
  en: issueMessagesEn,
};
const warningCatalogs: Readonly<Record<Locale, WarningMessages>> = {
  nb: warningMessagesNb,
  nn: warningMessagesNn,
  en: lintMessages,
};

/**
 * An input issue (from `safeParseStatute`, `safeParseEvent`, `safeFromSnapshot` or an
 * {@link InputError}) as a sentence in the chosen language; in English it is the issue's own
 * `message`. An issue whose code this version does not know, or read back from JSON without its
 * `params`, keeps its `message`. The path is not part of the sentence: show it with
 * {@link formatPath}.
 *
 * @throws {@link InputError} when `locale` is not one the library writes
 * @example
 * ```ts
 * const result = safeParseStatute(input);
 * if (!result.success)
 *   for (const issue of result.issues)
 *     console.log(`${formatPath(issue.path)}: ${explainIssue(issue, { locale: 'nn' })}`);
 * // bodies[0].seats[1].party: ingen part har id-en «bindal»
 * ```
 * @category Statute
 */
export function explainIssue(issue: InputIssue, options: ExplainOptions = {}): string {
  return issueIn(issueCatalogs[checkedLocale(options.locale, locales) ?? 'nb'], issue);
}

/** The text of {@link explainIssue}, from `messages`. @internal */
export function issueIn(messages: IssueMessages, issue: InputIssue): string {
  // An issue read back without its params cannot be written afresh: it keeps its message.
  if (!Object.hasOwn(messages, issue.code) || issue.params === undefined) return issue.message;
  return messages[issue.code](issue.params);
}

/**
 * A statute warning (from {@link lintStatute}) as a sentence in the chosen language; in English it
 * is the warning's own `message`. A warning whose code this version does not know keeps its
 * `message`. Its source stays as cited, in the language of the source.
 *
 * @throws {@link InputError} when `locale` is not one the library writes
 * @example
 * ```ts
 * for (const warning of lintStatute(statute))
 *   console.log(explainWarning(warning, { locale: 'nb' }));
 * // organet «ssu» har ingen plass for brukere: brukerrepresentanter anbefales i alle organer, på alle nivåer
 * ```
 * @category Statute
 */
export function explainWarning(warning: StatuteWarning, options: ExplainOptions = {}): string {
  return warningIn(warningCatalogs[checkedLocale(options.locale, locales) ?? 'nb'], warning);
}

/** The text of {@link explainWarning}, from `messages`. @internal */
export function warningIn(messages: WarningMessages, warning: StatuteWarning): string {
  if (!Object.hasOwn(messages, warning.code)) return warning.message;
  const render = messages[warning.code] as (params: object) => string;
  return render(warning.params);
}
