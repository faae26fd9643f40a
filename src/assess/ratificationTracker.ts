/**
 * The ratification tracker: for each decision that went to the parties' own organs, which of them
 * adopted it, rejected it or have not handled it yet, with the deadline and the days left.
 *
 * @module
 */
import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import { latestVedtak } from '../engine/ratificationStatus.js';
import { getProposal, type State, statuteAt } from '../engine/state.js';
import { daysBetween, type IsoDate } from '../model/dates.js';
import type { BodyId, MatterId, PartyId, ProposalId, Ref } from '../model/ids.js';
import type { RatificationEffect } from '../model/rules.js';
import type { PartyOrgan } from '../model/statute.js';
import { checkedAsOf, checkedLocale } from './_inputOptions.js';
import { assessAll } from './assess.js';
import type { DecisionReport } from './types.js';

/**
 * Where a party stands on a decision: its latest vedtak `adopted` or `rejected` it; it has
 * `not-handled` it yet; or the deadline passed before it did (`lapsed`).
 *
 * @example
 * ```ts
 * const standing: TrackedVedtak = 'not-handled';
 * ```
 * @category Outputs
 */
export type TrackedVedtak = 'adopted' | 'rejected' | 'not-handled' | 'lapsed';

/**
 * One party's row in the tracker: its name and organ, its latest vedtak with the date and case
 * number (`null` where there is none), and whether the decision binds it on the date tracked.
 *
 * @example
 * ```ts
 * const row: TrackedParty = {
 *   party: 'vega', name: 'Vega', organ: 'kommunestyre', decision: 'not-handled', on: null, caseNumber: null, bound: false,
 * };
 * ```
 * @category Outputs
 */
export interface TrackedParty {
  readonly party: PartyId;
  readonly name: string;
  readonly organ: PartyOrgan;
  readonly decision: TrackedVedtak;
  /** The date of the party's latest vedtak, or `null`. */
  readonly on: IsoDate | null;
  /** The case number (saksnummer) of that vedtak, when recorded; otherwise `null`. */
  readonly caseNumber: string | null;
  readonly bound: boolean;
}

/**
 * One decision in the tracker: the case, where and when its body decided it, its status, the
 * ratification rule with its section, the deadline and the days left (`null` where the statute
 * sets no deadline; negative once it has passed), the counts, and a row per party that is asked
 * to ratify it, in the statute's order.
 *
 * @example
 * ```ts
 * const d = ratificationTracker(state).decisions[0];
 * d?.parties.filter((p) => p.decision === 'not-handled').map((p) => p.name); // ['Vega', 'Træna', 'Rødøy']
 * ```
 * @category Outputs
 */
export interface TrackedDecision {
  readonly proposal: ProposalId;
  readonly title: string | null;
  readonly body: BodyId;
  readonly bodyName: string;
  readonly matter: MatterId;
  /** The date of the meeting where the body decided it. */
  readonly decidedOn: IsoDate;
  readonly status: DecisionStatus;
  /**
   * A party's vedtak is still awaited: the decision is pending ratification, or it is in force
   * for those that adopted (`binds-ratifiers`, `per-party`) while a party has not handled it and
   * any deadline is still running.
   */
  readonly awaiting: boolean;
  readonly rule: string;
  readonly ref: Ref;
  readonly effect: RatificationEffect;
  readonly deadline: IsoDate | null;
  /** Days from the date tracked to the deadline: `0` on the day itself, negative after it. */
  readonly daysLeft: number | null;
  /** The day it came into force (for a first party, under `per-party`), or `null`. */
  readonly inForceFrom: IsoDate | null;
  readonly counts: {
    readonly required: number;
    readonly adopted: number;
    readonly rejected: number;
    readonly notHandled: number;
    readonly lapsed: number;
  };
  readonly parties: readonly TrackedParty[];
}

/**
 * The tracker on a date: each decision in the order its case was submitted (those its body made
 * after the date are left out). Plain JSON.
 *
 * @example
 * ```ts
 * const tracker: RatificationTracker = ratificationTracker(state, { asOf: '2024-10-01' });
 * tracker.decisions.length; // 1
 * ```
 * @category Outputs
 */
export interface RatificationTracker {
  readonly asOf: IsoDate;
  readonly decisions: readonly TrackedDecision[];
}

/**
 * Options for {@link ratificationTracker}.
 *
 * @example
 * ```ts
 * const options: RatificationTrackerOptions = { asOf: '2024-10-01', include: 'all' };
 * ```
 * @category Outputs
 */
export interface RatificationTrackerOptions {
  /**
   * The date to track on.
   * @defaultValue the latest date of an applied event (`state.lastAt`)
   */
  readonly asOf?: IsoDate;
  /**
   * `awaiting`: only decisions still awaiting a party's vedtak; `all`: every decision that went
   * to ratification, in force and lapsed ones too.
   * @defaultValue `'awaiting'`
   */
  readonly include?: 'awaiting' | 'all';
}

/** The rows of one decision: each party asked, by its latest vedtak on the day that counts. */
function rows(state: State, report: DecisionReport, asOf: IsoDate): TrackedParty[] {
  const r = report.ratification;
  const proposal = getProposal(state, report.proposal);
  if (r === undefined || proposal === undefined) return [];
  // Vedtak after the deadline do not count where the engine stops there: per party, and before
  // a collective rule is met. Once met, a later adopter binds itself.
  const cutoff = r.effect === 'per-party' || !r.met ? r.evaluatedOn : asOf;
  const vedtak = latestVedtak(proposal, cutoff);
  const passed = r.deadline !== undefined && r.deadline < asOf;
  const parties = (statuteAt(state, asOf) ?? statuteAt(state, report.date))?.parties ?? [];
  return r.required.map((party) => {
    const v = vedtak.get(party);
    const known = parties.find((p) => p.id === party);
    return {
      party,
      name: known?.name ?? party,
      organ: known?.organ ?? v?.organ ?? 'kommunestyre',
      decision: v?.decision ?? (passed ? 'lapsed' : 'not-handled'),
      on: v?.at ?? null,
      caseNumber: v?.caseNumber ?? null,
      bound: report.binds.includes(party),
    };
  });
}

/** A report that went to ratification, as the tracker shows it. */
function tracked(state: State, report: DecisionReport, asOf: IsoDate): TrackedDecision | undefined {
  const r = report.ratification;
  // A decision its body made after the date tracked is not yet on anyone's list.
  if (r === undefined || report.date > asOf) return undefined;
  const parties = rows(state, report, asOf);
  const count = (d: TrackedVedtak) => parties.filter((p) => p.decision === d).length;
  const open = parties.some((p) => p.decision === 'not-handled');
  const awaiting =
    report.status === 'pending-ratification' ||
    (report.status === 'in-force' && r.effect !== 'all-or-nothing' && open);
  return {
    proposal: report.proposal,
    title: report.title ?? null,
    body: report.body,
    bodyName: report.bodyName,
    matter: report.matter,
    decidedOn: report.date,
    status: report.status,
    awaiting,
    rule: r.rule,
    ref: r.ref,
    effect: r.effect,
    deadline: r.deadline ?? null,
    daysLeft: r.deadline === undefined ? null : daysBetween(asOf, r.deadline),
    inForceFrom: r.metOn ?? null,
    counts: {
      required: parties.length,
      adopted: count('adopted'),
      rejected: count('rejected'),
      notHandled: count('not-handled'),
      lapsed: count('lapsed'),
    },
    parties,
  };
}

/**
 * The ratification tracker, as data: for each decision awaiting ratification (or, with
 * `include: 'all'`, each that went to ratification), which parties adopted it, rejected it or
 * have not handled it, each with the date and case number of its latest vedtak and whether the
 * decision binds it; the rule and its section, the deadline and the days left (`null` where the
 * statute sets none). It reads the same reports as {@link assess}. Plain JSON; render it with
 * {@link ratificationTrackerMarkdown}. This is a pure function.
 *
 * @param state - the community's state
 * @param options - `asOf`, the date to track on; `include`, which decisions
 * @returns the tracker
 * @throws {@link InputError} when `asOf` is not an ISO date that exists, or `include` is not
 *   `awaiting` or `all`
 * @example
 * ```ts
 * const tracker = ratificationTracker(state, { asOf: '2024-10-01' });
 * for (const d of tracker.decisions) console.log(d.proposal, d.counts.notHandled, d.daysLeft);
 * ```
 * @category Outputs
 */
export function ratificationTracker(
  state: State,
  options: RatificationTrackerOptions = {},
): RatificationTracker {
  const asOf = checkedAsOf(options.asOf) ?? state.lastAt;
  const include = checkedLocale(options.include, ['awaiting', 'all'] as const, 'include') ?? 'awaiting';
  const decisions = assessAll(state, { asOf }).flatMap((report) => {
    const decision = tracked(state, report, asOf);
    return decision === undefined || (include === 'awaiting' && !decision.awaiting) ? [] : [decision];
  });
  return { asOf, decisions };
}
