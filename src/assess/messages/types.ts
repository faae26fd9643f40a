/**
 * The shape of a message catalog: every sentence the library shows a person, per locale, typed
 * by the codes and params of the checks, rule outcomes and reasons, so that a missing or misspelt
 * message does not compile.
 *
 * @internal
 * @module
 */
import type { DecisionStatus } from '../../engine/checks/evaluateCase.js';
import type { ReasonCode } from '../../engine/reasons.js';
import type { Bloc } from '../../model/statute.js';
import type { DecisionOutcome, OutcomeCounts, OutcomeOf, QuorumOutcome } from '../../rules/types.js';
import type { IssueMessages } from '../../statute/_issueText.js';
import type { WarningMessages } from '../../statute/_lintText.js';
import type { Locale } from '../_catalog.js';
import type { Check, CheckId } from '../types.js';
import type { DiagramMessages } from './_diagram.js';
import type { MinutesWords } from './_minutes.js';
import type { PerPartyLine } from './_perParty.js';
import type { TrackerMessages } from './_tracker.js';

/** @internal */
export type Params = Readonly<Record<string, string | number | boolean | readonly string[]>>;
/** @internal */
export type Render<P = Params> = (p: P) => string;

/** One message per code of a union of `{ code, params }`, taking that code's params. @internal */
export type Messages<U extends { readonly code: string; readonly params: unknown }> = {
  readonly [M in U as M['code']]: Render<M['params']>;
};

/** A rule outcome as its message sees it: its own params and its counts. @internal */
export type Rendered<O> =
  O extends OutcomeOf<infer C, infer P> ? { code: C; params: P & OutcomeCounts } : never;

/** The outcomes a report shows: quorum and decision rules, with their per-bloc and per-rule parts. @internal */
export type ShownOutcome = QuorumOutcome | DecisionOutcome;

/** Checks whose message is their own (the others show their rule's outcome). @internal */
export type PlainCheck = Exclude<Check, { readonly outcome: unknown }>;

/** Every check code, with the params its message takes. @internal */
export type CheckMessages = Messages<PlainCheck> & Messages<Rendered<ShownOutcome>>;

/**
 * Every text the library writes in one language: the catalogs `nb`, `nn` and `en` of
 * `helsefellesskap/locales`. Pass one to {@link explainer} to render in that language with only its
 * texts in a bundle; its members are the library's own and may change between minor versions.
 *
 * @example
 * ```ts
 * import { nn } from 'helsefellesskap/locales';
 * nn.locale; // 'nn'
 * explainer(nn).explainStatus('adopted'); // 'vedteke'
 * ```
 * @category Assess
 */
export interface MessageCatalog {
  /** The locale the texts are in. */
  readonly locale: Locale;
  /** The locale's list format, for lists of members, parties and seats. */
  readonly list: (items: readonly string[]) => string;
  readonly status: Readonly<Record<DecisionStatus, string>>;
  readonly checkTitle: Readonly<Record<CheckId, string>>;
  readonly check: CheckMessages;
  readonly reason: Readonly<Record<ReasonCode, Render>>;
  readonly bloc: Readonly<Record<Bloc, string>>;
  readonly tier: (tier: number) => string;
  readonly valid: (valid: boolean) => string;
  readonly header: Render;
  readonly meta: Render;
  readonly liesWith: Render;
  /** The line on a dispute board's statement recorded against the decision. */
  readonly statement: Render;
  readonly binds: Render;
  readonly ratification: Render;
  /** The line on each party of a decision ratified per party. */
  readonly perParty: (p: PerPartyLine) => string;
  readonly establishment: Render;
  readonly rejected: Render;
  readonly unknownCode: Render;
  /** The words of the structure diagram. */
  readonly diagram: DiagramMessages;
  /** The words of the ratification tracker. */
  readonly tracker: TrackerMessages;
  /** The words of the minutes. */
  readonly minutes: MinutesWords;
  /** Input issues as sentences, by code. */
  readonly issues: IssueMessages;
  /** Statute warnings as sentences, by code. */
  readonly warnings: WarningMessages;
}

/** A param by name, as text (`''` when absent). @internal */
export function param<P extends object>(p: P, key: keyof P): string {
  return String((p as Record<keyof P, unknown>)[key] ?? '');
}

/**
 * A locale's list formatter: `a, b, c` (the unit style keeps the joins the reports have always had).
 * A runtime whose ICU lacks nynorsk (a small-icu build) formats `nn` lists as `nb`, which joins
 * them the same way; Node 20's full ICU has `nn` (`Intl.ListFormat.supportedLocalesOf(['nn'])`).
 * @internal
 */
export function listFormat(locale: Locale): (items: readonly string[]) => string {
  // Made on first use: an Intl formatter costs milliseconds to make, and a program that loads
  // the package may never write a list.
  let format: Intl.ListFormat | undefined;
  return (items) => {
    if (format === undefined) {
      const supported = Intl.ListFormat.supportedLocalesOf([locale]).length > 0;
      format = new Intl.ListFormat(supported || locale !== 'nn' ? locale : 'nb', {
        type: 'unit',
        style: 'short',
      });
    }
    return format.format(items);
  };
}

/**
 * A locale's count with its noun, by `Intl.PluralRules`: `1 dag`, `3 dagar`. The catalogs give the
 * forms `one` and `other`, the only two nb, nn and en have for whole numbers.
 * @internal
 */
export function plural(locale: Locale): (count: unknown, one: string, other: string) => string {
  let rules: Intl.PluralRules | undefined;
  return (count, one, other) => {
    rules ??= new Intl.PluralRules(locale);
    return `${count} ${typeof count === 'number' && rules.select(count) === 'one' ? one : other}`;
  };
}
