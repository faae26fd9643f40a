/**
 * What is still missing for a decision to be valid or in force.
 *
 * @module
 */
import { checkedAsOf } from '../assess/_inputOptions.js';
import { UnknownProposalError } from '../assess/assess.js';
import { type Check, listChecks } from '../assess/types.js';
import { type DecisionStatus, evaluateCase } from '../engine/checks/evaluateCase.js';
import type { RatificationStatus } from '../engine/ratificationStatus.js';
import { resolveCase } from '../engine/resolveCase.js';
import type { State } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import type { MemberId, PartyId, ProposalId, Ref } from '../model/ids.js';
import { type Limits, openCase } from './_openCase.js';
import { pendingRatification } from './_pendingRatification.js';
import { type PartyNeeds, perPartyRequirements } from './_perPartyRequirements.js';

/**
 * A further fact that would move a decision on:
 * - `vote`: the member votes for (and so is present);
 * - `change-vote`: the member's `against` (or abstention) becomes a `for`: "withdraw the
 *   objection of X";
 * - `withdraw-reservation`: a reservation that blocks consensus is withdrawn;
 * - `ratification`: the party's own organ adopts the decision.
 *
 * @example
 * ```ts
 * const fact: Fact = { kind: 'ratification', party: 'vega' };
 * ```
 * @category Scenario
 */
export type Fact =
  | { readonly kind: 'vote'; readonly member: MemberId }
  | { readonly kind: 'change-vote'; readonly member: MemberId }
  | { readonly kind: 'withdraw-reservation'; readonly member: MemberId }
  | { readonly kind: 'ratification'; readonly party: PartyId };

/**
 * One way to get there: every fact in `all`, and for each `choose`, any `count` of its facts
 * ("any 2 of Vega, Træna, Rødøy"). Every option is minimal: no fact can be left out.
 *
 * @example
 * ```ts
 * const option: FactSet = { all: [{ kind: 'ratification', party: 'hsyk' }], choose: [{ count: 2, of: [...] }] };
 * ```
 * @category Scenario
 */
export interface FactSet {
  readonly all: readonly Fact[];
  readonly choose: readonly { readonly count: number; readonly of: readonly Fact[] }[];
  /** How many facts the option needs. */
  readonly size: number;
}

/**
 * The answer of {@link requirements}, plain JSON.
 * - `satisfied`: the decision already is what `goal` asks;
 * - `options`: minimal ways to get there, smallest first (empty only when none exists): every
 *   one of them, or, when `truncated` says so, the first `maxOptions` of them or those found
 *   before the search reached `maxEvaluations`;
 * - `blocked`: why nothing further can save it (the check code and the section it rests on);
 * - `exhaustive`: whether `options` lists every minimal way (false exactly when `truncated`);
 * - `truncated`: which limit cut the list short, and its value;
 * - `evaluations`: the work done, in the units `maxEvaluations` counts;
 * - `ratification`: for a decision awaiting ratification, what is missing in numbers (see
 *   {@link RatificationNeeds}).
 *
 * @example
 * ```ts
 * const r = requirements(state, 'PM-3');
 * if (r.blocked) console.log(r.blocked.code, r.blocked.ref);
 * if (r.truncated) console.log(`the first ${r.options.length} of more (${r.truncated.by})`);
 * ```
 * @category Scenario
 */
export interface Requirements {
  readonly proposal: ProposalId;
  readonly status: DecisionStatus;
  readonly goal: 'valid' | 'in-force';
  readonly satisfied: boolean;
  readonly options: readonly FactSet[];
  readonly blocked?: { readonly code: BlockedCode; readonly ref: Ref };
  readonly exhaustive: boolean;
  readonly truncated?: RequirementsTruncation;
  readonly evaluations: number;
  /** Under a `per-party` rule: what each party not yet bound still needs (see {@link PartyNeeds}). */
  readonly parties?: readonly PartyNeeds[];
  readonly ratification?: RatificationNeeds;
}

/**
 * Why `options` is not every minimal way: there are more than `maxOptions` (the smallest are
 * listed), or the search stopped after `maxEvaluations` (those found are listed, each of them
 * minimal, but smaller ones may exist). `limit` is the value of that option.
 *
 * @example
 * ```ts
 * const cut: RequirementsTruncation = { by: 'maxOptions', limit: 10 };
 * ```
 * @category Scenario
 */
export interface RequirementsTruncation {
  readonly by: 'maxOptions' | 'maxEvaluations';
  readonly limit: number;
}

/**
 * A threshold of a ratification rule in numbers, as the vedtak recorded stand: the count (of
 * kommuner, or inhabitants) `required`, what the kommuner that adopted `got`, and how much is
 * `missing`. Where a rule has several thresholds of one kind, the one that misses most.
 *
 * @example
 * ```ts
 * const gap: ThresholdGap = { required: 3501, got: 1000, missing: 2501 };
 * ```
 * @category Scenario
 */
export interface ThresholdGap {
  readonly required: number;
  readonly got: number;
  readonly missing: number;
}

/**
 * What a decision awaiting ratification still needs, in a form a person can use, exact whatever
 * the number of kommuner:
 * - `needed`: the parties every way needs (those the rule names — every kommune, the HF, listed
 *   parties — and the kommuner without which the rest cannot meet a threshold), in statute order;
 * - `fewest`: the fewest further adoptions that bring the decision into force, `needed`
 *   included (under a population threshold: the most populous kommuner first);
 * - `kommuner`, `population`: the share-of-kommuner and share-of-population thresholds in
 *   numbers, when the rule has them.
 *
 * @example
 * ```ts
 * const r = requirements(state, 'PM-3').ratification;
 * if (r?.population) console.log(`${r.population.missing} inhabitants missing; at least ${r.fewest} kommuner`);
 * ```
 * @category Scenario
 */
export interface RatificationNeeds {
  readonly needed: readonly PartyId[];
  readonly fewest: number;
  readonly kommuner?: ThresholdGap;
  readonly population?: ThresholdGap;
}

/**
 * Why nothing further can save a decision: the code of the check that fails for good, or
 * `proposal.withdrawn`, `proposal.escalated` (it went up: look at the case there),
 * `ratification.unreachable` (not enough parties left to meet the threshold).
 *
 * @example
 * ```ts
 * const code: BlockedCode = 'mandate.outside';
 * ```
 * @category Scenario
 */
export type BlockedCode =
  | Check['code']
  | 'proposal.withdrawn'
  | 'proposal.escalated'
  | 'ratification.unreachable'
  | 'decision-rule'
  | DecisionStatus;

/**
 * Options for {@link requirements}. Both limits must be whole numbers of at least 1.
 *
 * @example
 * ```ts
 * requirements(state, 'PM-3', { asOf: '2024-06-01', maxEvaluations: 10_000, maxOptions: 3 });
 * ```
 * @category Scenario
 */
export interface RequirementsOptions {
  readonly asOf?: IsoDate;
  /**
   * The most work before the search stops (`truncated: { by: 'maxEvaluations' }`): evaluations
   * of the body's quorum and decision rule over the roll for an open case (tens of µs each),
   * partial choices of kommuner examined under a ratification threshold (well under 1 µs each).
   * One answer is always given when one exists, even if the few evaluations it takes for an open
   * case pass the limit.
   * @defaultValue 20 000
   */
  readonly maxEvaluations?: number;
  /**
   * The most options returned (`truncated: { by: 'maxOptions' }` when there are more). The
   * answer's size is at most this many options of at most one fact per member or party each.
   * @defaultValue 10
   */
  readonly maxOptions?: number;
}

/** The limits, checked and filled with their defaults. */
function limitsOf(options: RequirementsOptions): Limits {
  const whole = (name: string, value: number | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`requirements: ${name} must be a whole number of at least 1, got ${value}`);
    return value;
  };
  return {
    maxWork: whole('maxEvaluations', options.maxEvaluations, 20_000),
    maxOptions: whole('maxOptions', options.maxOptions, 10),
  };
}

/**
 * The smallest sets of further facts that would make a decision valid (an open case: votes,
 * changed votes, withdrawn reservations) or in force (a decision awaiting
 * ratification: which parties' organs must still adopt it) — or, when nothing can save it, why
 * (`blocked`: outside the mandate, too short a notice, concluded without a majority, lapsed…).
 *
 * A ratification threshold is answered from the numbers, not by search: the parties the rule
 * names must all adopt; a count of kommuner is "any k of" those pending; under a population
 * threshold the fewest kommuner that close the gap are the most populous, the kommuner every way
 * needs are those without which the rest fall short, and the minimal sets are listed by size,
 * each size searched with bounds that drop any partial choice that cannot end minimal. An open
 * case is a search over the members the rules cannot tell apart (grouped by bloc, presence, the
 * chair and the kind of fact), relying on every rule being monotone in added votes: a prefix is
 * dropped as soon as no completion can work, and minimality is checked locally.
 *
 * Bounded: the work is at most `maxEvaluations` (default 20 000: rule evaluations for an open
 * case, partial choices for a ratification threshold), the answer at most `maxOptions` options
 * (default 10); past either the answer says so in `truncated`, and it is never empty when an
 * option exists. A budget awaiting 50 kommuner of distinct populations takes under a
 * millisecond (docs/performance.md). Under a `per-party` rule there is nothing collective to
 * search: the option is the helseforetak's adoption and any one party's, and `parties` says what
 * each party not yet bound needs. This is a pure function.
 *
 * @param state - the state
 * @param proposalId - the case
 * @param options - `asOf`, `maxEvaluations` and `maxOptions`
 * @throws {@link UnknownProposalError} when the state has no such proposal
 * @throws RangeError when `maxEvaluations` or `maxOptions` is not a whole number of at least 1
 * @example
 * ```ts
 * const r = requirements(state, 'PM-3');
 * for (const option of r.options) {
 *   console.log(option.all.map((f) => f.kind === 'ratification' ? f.party : f.member),
 *     option.choose.map((c) => `any ${c.count} of ${c.of.length}`));
 * }
 * r.ratification?.needed; // the parties every way needs
 * ```
 * @category Scenario
 */
export function requirements(
  state: State,
  proposalId: ProposalId,
  options: RequirementsOptions = {},
): Requirements {
  const limits = limitsOf(options);
  const context = resolveCase(state, proposalId, checkedAsOf(options.asOf));
  if (context === undefined) throw new UnknownProposalError(proposalId);
  const evaluation = evaluateCase(context);
  const { checks, status } = evaluation;
  const list = listChecks(checks);
  const base = { proposal: proposalId, status };
  // A per-party decision has nothing collective to search: each party needs its own adoption.
  const perParty = evaluation.ratification?.perParty;
  if (perParty !== undefined && (status === 'pending-ratification' || status === 'in-force'))
    return { ...base, ...perPartyRequirements(evaluation.ratification as RatificationStatus, perParty) };
  const firstFailing = list.find((c) => !c.ok);
  const blocked = (code: BlockedCode, ref: Ref): Requirements => ({
    ...base,
    goal: 'valid',
    satisfied: false,
    options: [],
    blocked: { code, ref },
    exhaustive: true,
    evaluations: 0,
  });
  const satisfied = (goal: Requirements['goal']): Requirements => ({
    ...base,
    goal,
    satisfied: true,
    options: [{ all: [], choose: [], size: 0 }],
    exhaustive: true,
    evaluations: 0,
  });
  switch (status) {
    case 'in-force':
      return satisfied('in-force');
    case 'adopted':
    case 'recommended':
    case 'advised':
      // A recommendation or advice is valid once adopted; it never comes into force.
      return satisfied('valid');
    case 'withdrawn':
      return blocked('proposal.withdrawn', checks.mandate.ref);
    case 'escalated':
      return blocked('proposal.escalated', checks.escalation?.ref ?? '');
    case 'lapsed':
      return blocked('deadline.passed', checks.deadline?.ref ?? '');
    case 'invalid':
    case 'rejected':
      return blocked(firstFailing?.code ?? status, firstFailing?.ref ?? '');
    case 'pending-ratification':
      return { ...base, goal: 'in-force', ...pendingRatification(context, limits) };
    case 'open': {
      const procedural = [checks.mandate, checks.seats, checks.notice].find((c) => c?.ok === false);
      if (procedural !== undefined) return blocked(procedural.code, procedural.ref);
      return { ...base, goal: 'valid', ...openCase(context, evaluation, limits) };
    }
  }
}
