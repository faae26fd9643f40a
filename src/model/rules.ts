/**
 * The rule algebra: quorum, decision and ratification rules as plain data.
 *
 * Three things cause most bugs in governance tools when left implicit: the base (what a fraction
 * is of), strict `>` versus `≥`, and rounding. Each is an explicit field here.
 *
 * @module
 */
import type { MatterId, PartyId, Ref } from './ids.js';

/**
 * An exact fraction of two non-negative integers. `denominator` is at least 1 and the value is at
 * most 1 wherever it is a share (`{ numerator: 2, denominator: 3 }` is two thirds).
 *
 * @example
 * ```ts
 * const twoThirds: Fraction = { numerator: 2, denominator: 3 };
 * ```
 * @category Rules
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * How a statute turns a fraction of a base into a head count. Leave it out to compare exactly
 * (no head count at all); give it when the statute's own text or worked example rounds.
 *
 * - `ceil`: up (one third of 22 is 8)
 * - `floor`: down (one third of 22 is 7)
 * - `nearest`: to the nearest, halves up (one third of 22 is 7)
 *
 * @example
 * ```ts
 * const rounding: Rounding = 'nearest';
 * ```
 * @category Rules
 */
export type Rounding = 'ceil' | 'floor' | 'nearest';

/**
 * Whether a count must reach the requirement (`atLeast`, ≥) or pass it (`moreThan`, >).
 *
 * @example
 * ```ts
 * const halfOrMore: Comparison = 'atLeast';
 * ```
 * @category Rules
 */
export type Comparison = 'atLeast' | 'moreThan';

/**
 * A requirement on a count: either a fixed head count, or a share of a base.
 *
 * @example
 * ```ts
 * // "at least half of the seated voting members"
 * const half: Threshold = {
 *   kind: 'share',
 *   fraction: { numerator: 1, denominator: 2 },
 *   comparison: 'atLeast',
 * };
 * // "at least 4 members"
 * const four: Threshold = { kind: 'count', count: 4, comparison: 'atLeast' };
 * ```
 * @category Rules
 */
export type Threshold =
  | {
      readonly kind: 'share';
      readonly fraction: Fraction;
      readonly comparison: Comparison;
      readonly rounding?: Rounding;
    }
  | { readonly kind: 'count'; readonly count: number; readonly comparison: Comparison };

/**
 * What counts towards a quorum: members `present`, members who `cast` a vote (for, against or
 * abstain), or members who voted `for+abstain` (those who did not oppose).
 *
 * @example
 * ```ts
 * const counts: QuorumCounts = 'present';
 * ```
 * @category Rules
 */
export type QuorumCounts = 'present' | 'cast' | 'for+abstain';

/**
 * When a body may decide (vedtaksfør). The base is always the seated voting members: members
 * appointed to a seat with the right to vote on the meeting date, less those recused from the case.
 *
 * @example
 * ```ts
 * const quorum: QuorumRule = {
 *   counts: 'present',
 *   threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
 *   perBloc: 1, // at least one voting member from each side present
 *   ref: '§4.3',
 * };
 * ```
 * @category Rules
 */
export interface QuorumRule {
  readonly counts: QuorumCounts;
  readonly threshold: Threshold;
  /** At least this many voting members of each bloc must count. */
  readonly perBloc?: number;
  readonly ref: Ref;
}

/**
 * What a majority is a share of:
 * - `for+against`: the votes for and against (abstentions left out)
 * - `cast`: every vote cast, abstentions included
 * - `present`: the voting members present, whether they voted or not
 * - `seated`: the seated voting members, present or not
 *
 * @example
 * ```ts
 * const base: MajorityBase = 'for+against';
 * ```
 * @category Rules
 */
export type MajorityBase = 'for+against' | 'cast' | 'present' | 'seated';

/**
 * What happens on a tie (as many for as against) whose share of votes for sits exactly on the
 * threshold, as a 3–3 tie does under "half of those voting": the chair's vote decides (`chair`,
 * dobbeltstemme: it counts as one more vote on the chair's side), the proposal `fails`, or the
 * tie `passes` because it meets a threshold that is not strict ("at least half of the seats
 * voting for": 7 of 14 passes), as several governance systems count it. Under a strict threshold
 * a tie never meets it, so `passes` then fails like any short count (`lintStatute` warns).
 * Anywhere else a tie is counted like any other result. A council's own rule
 * ({@link CouncilRule}) knows only `chair` and `fails`.
 *
 * @example
 * ```ts
 * const tieBreak: TieBreak = 'chair';
 * ```
 * @category Rules
 */
export type TieBreak = 'chair' | 'fails' | 'passes';

/**
 * A body's decision rule, a small algebra of plain data.
 *
 * - `consensus`: passes when at least one voting member present voted for and none voted
 *   against; when `reservationBlocks` is true, a recorded reservation (dissens) by a voting
 *   member also blocks. Observers never block.
 * - `unanimity`: every seated voting member votes for.
 * - `majority`: the votes for, compared to `threshold` of `base`; `strict` asks for more than the
 *   share. All abstaining never passes.
 * - `each-bloc`: `rule` must hold within every bloc that has voting members.
 * - `all` / `any`: every rule, or at least one, must hold.
 *
 * @example
 * ```ts
 * const twoThirdsOfEachSide: DecisionRule = {
 *   kind: 'each-bloc',
 *   rule: {
 *     kind: 'majority',
 *     threshold: { numerator: 2, denominator: 3 },
 *     strict: false,
 *     base: 'present',
 *     tieBreak: 'fails',
 *     ref: '§5.2',
 *   },
 *   ref: '§5.2',
 * };
 * ```
 * @category Rules
 */
export type DecisionRule =
  | { readonly kind: 'consensus'; readonly reservationBlocks: boolean; readonly ref: Ref }
  | { readonly kind: 'unanimity'; readonly ref: Ref }
  | {
      readonly kind: 'majority';
      readonly threshold: Fraction;
      readonly strict: boolean;
      readonly base: MajorityBase;
      readonly tieBreak: TieBreak;
      readonly rounding?: Rounding;
      readonly ref: Ref;
    }
  | { readonly kind: 'each-bloc'; readonly rule: DecisionRule; readonly ref: Ref }
  | { readonly kind: 'all' | 'any'; readonly rules: readonly DecisionRule[]; readonly ref: Ref };

/**
 * The rule a kommunestyre's own vote must satisfy to be a valid council decision. Kept as data,
 * with {@link kommunelovenDefaults} as the default: the library does not hard-code the law.
 *
 * @example
 * ```ts
 * const rule: CouncilRule = { ...kommunelovenDefaults, ref: 'koml. § 11-9' };
 * ```
 * @category Rules
 */
export interface CouncilRule {
  /** Share of the council's members that must be present and vote. */
  readonly quorum: Threshold;
  /** Whether present members must vote (stemmeplikt): an abstention is then invalid input. */
  readonly voteDuty: boolean;
  /** Share of the votes cast that must be for. */
  readonly majority: { readonly fraction: Fraction; readonly comparison: Comparison };
  /** Tie outside elections: the chair decides (`chair`) or the proposal `fails`. */
  readonly tieBreak: 'chair' | 'fails';
  /** Tie in an election: decided by lot (the drawn result is an input). */
  readonly electionTie: 'lot';
  readonly ref: Ref;
}

/**
 * Who must ratify, and how many, for a decision to come into force. Every requirement in a
 * {@link RatificationRule} must hold.
 *
 * - `every-kommune`: the kommunestyre of every kommune that is a member
 * - `helseforetak`: the styre of every helseforetak that is a member
 * - `parties`: these named parties
 * - `share-of-kommuner`: a share (or count) of the member kommuner
 * - `share-of-population`: kommuner that hold a share of the member kommuner's population
 *
 * @example
 * ```ts
 * const twoThirds: RatificationRequirement = {
 *   kind: 'share-of-kommuner',
 *   threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
 * };
 * ```
 * @category Rules
 */
export type RatificationRequirement =
  | { readonly kind: 'every-kommune' }
  | { readonly kind: 'helseforetak' }
  | { readonly kind: 'parties'; readonly parties: readonly PartyId[] }
  | { readonly kind: 'share-of-kommuner'; readonly threshold: Threshold }
  | { readonly kind: 'share-of-population'; readonly threshold: Threshold };

/**
 * How a ratification comes to bind. The first two are collective: nobody is bound until every
 * requirement of the rule holds.
 * - `binds-ratifiers`: once the requirements hold, only the parties that adopted are bound
 * - `all-or-nothing`: the decision binds every party, or none until all requirements hold
 * - `per-party`: each party binds itself to the helseforetak, as a samarbeidsavtale under
 *   helse- og omsorgstjenesteloven § 6-1 is made between the helseforetak and each kommune. The
 *   decision is in force between the HF and a party from the later of their two vedtak (each
 *   party's latest counts), whatever the others do; there is no collective threshold, so the
 *   rule's `requires` only says who the parties are (empty: every kommune and every
 *   helseforetak) and may not hold a share. A party that has not decided by the deadline has
 *   lapsed, for itself only.
 *
 * @example
 * ```ts
 * const effect: RatificationEffect = 'per-party';
 * ```
 * @category Rules
 */
export type RatificationEffect = 'binds-ratifiers' | 'all-or-nothing' | 'per-party';

/**
 * Which matters need adoption by the parties' own organs after the body has decided, by whom,
 * within what time, and with what effect.
 *
 * @example
 * ```ts
 * const rule: RatificationRule = {
 *   id: 'amendments',
 *   matters: ['statute-amendment'],
 *   requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
 *   effect: 'all-or-nothing',
 *   deadlineDays: 180,
 *   ref: '§11',
 * };
 * ```
 * @category Rules
 */
export interface RatificationRule {
  readonly id: string;
  readonly matters: readonly MatterId[];
  /**
   * Who must ratify, and how many. At least one requirement under a collective effect; under
   * `per-party`, only who the parties are (`every-kommune`, `helseforetak`, `parties`), and empty
   * for every kommune and every helseforetak.
   */
  readonly requires: readonly RatificationRequirement[];
  readonly effect: RatificationEffect;
  /**
   * Days after the body's decision within which the requirements must hold, or it lapses (under
   * `per-party`: within which each party must decide, or it lapses for that party).
   */
  readonly deadlineDays?: number;
  /** The rule a kommunestyre's vote is checked against, when the vote is recorded. */
  readonly council?: CouncilRule;
  readonly ref: Ref;
}

/**
 * Kommuneloven's rule for a valid council decision, as configurable defaults: at least half the
 * members present and voting, stemmeplikt, more than half of the votes cast for, the chair's
 * casting vote on a tie outside elections, lot in elections. The quorum wording of § 11-9 first
 * ledd is not verified against the law's text (see docs/presets.md), which is why this is data.
 *
 * @example
 * ```ts
 * kommunelovenDefaults.tieBreak; // 'chair'
 * ```
 * @category Rules
 */
export const kommunelovenDefaults: CouncilRule = {
  quorum: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
  voteDuty: true,
  majority: { fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
  tieBreak: 'chair',
  electionTie: 'lot',
  ref: 'koml. § 11-9',
};
