/**
 * The inputs and outputs of rule evaluation.
 *
 * @module
 */
import type { MemberId, Ref } from '../model/ids.js';
import type { Comparison, QuorumCounts, TieBreak } from '../model/rules.js';
import type { Bloc } from '../model/statute.js';

/**
 * A vote: for, against, or abstain (avstår).
 *
 * @example
 * ```ts
 * const choice: VoteChoice = 'for';
 * ```
 * @category Rules
 */
export type VoteChoice = 'for' | 'against' | 'abstain';

/**
 * One member on the roll of a case: whether they hold the right to vote, were present, were
 * recused (inhabil), how they voted, and whether they recorded a reservation (dissens).
 * A member who cast a vote counts as present. A recused member counts as neither seated nor
 * present for the case.
 *
 * @example
 * ```ts
 * const entry: RollEntry = { member: 'm1', bloc: 'kommunesiden', voting: true, present: true, vote: 'for' };
 * ```
 * @category Rules
 */
export interface RollEntry {
  readonly member: MemberId;
  readonly bloc?: Bloc;
  /** Holds stemmerett on the body. Members without it are observers: recorded, never counted. */
  readonly voting: boolean;
  readonly present: boolean;
  readonly recused?: boolean;
  readonly vote?: VoteChoice;
  /** A recorded reservation (dissens / protokolltilførsel). */
  readonly reservation?: boolean;
}

/**
 * Who sits on a body for one case and how they voted, with the chair (møteleder) and, when
 * known, the blocs that per-bloc rules must hold in (the blocs of the body's voting seats; when
 * left out, the blocs of the voting members on the roll).
 *
 * @example
 * ```ts
 * const roll: Roll = {
 *   chair: 'm1',
 *   entries: [
 *     { member: 'm1', bloc: 'kommunesiden', voting: true, present: true, vote: 'for' },
 *     { member: 'm2', bloc: 'helseforetakssiden', voting: true, present: true, vote: 'for' },
 *   ],
 * };
 * ```
 * @category Rules
 */
export interface Roll {
  readonly entries: readonly RollEntry[];
  readonly chair?: MemberId;
  readonly blocs?: readonly Bloc[];
  /**
   * The voting seats the body shall have, in all and per bloc. When given, a quorum and a
   * majority of the seated are counted against the seats (less recused members): a vacant seat
   * counts as a member who is absent. When left out, against the voting members on the roll.
   */
  readonly seats?: RollSeats;
}

/**
 * The voting seats a body shall have, in all and per bloc, for rules counted against the seats.
 *
 * @example
 * ```ts
 * const seats: RollSeats = { total: 18, byBloc: { kommunesiden: 12, helseforetakssiden: 6 } };
 * ```
 * @category Rules
 */
export interface RollSeats {
  readonly total: number;
  readonly byBloc: Readonly<Partial<Record<Bloc, number>>>;
}

/**
 * What a rule's count is of: the seated voting members (`seated`, those in office; `seats`, the
 * voting seats the body shall have, vacant ones included), those present, the votes (`for+against`,
 * or `cast` with abstentions), the council's members, the blocs of a per-bloc rule or the parts
 * of an `all` / `any` rule.
 *
 * @example
 * ```ts
 * const base: OutcomeBase = 'seated';
 * ```
 * @category Rules
 */
export type OutcomeBase =
  | 'seated'
  | 'seats'
  | 'present'
  | 'for+against'
  | 'cast'
  | 'members'
  | 'blocs'
  | 'rules';

/**
 * The numbers every rule outcome carries: what the count is of (`base`, and `baseCount`
 * members), the head count `required`, the count `got`, how many are `missing` (0 when met) and
 * how many could be lost and still pass (`spare`).
 *
 * @example
 * ```ts
 * const counts: OutcomeCounts = { base: 'seated', baseCount: 16, required: 9, got: 11, missing: 0, spare: 2 };
 * ```
 * @category Rules
 */
export interface OutcomeCounts {
  readonly base: OutcomeBase;
  readonly baseCount: number;
  readonly required: number;
  readonly got: number;
  readonly missing: number;
  readonly spare: number;
}

/**
 * One kind of rule outcome: its `code` (a union of the codes the kind can give) and the typed
 * `params` that go with it, beside the numbers of {@link OutcomeCounts}. Per-bloc rules and
 * combinators carry their parts in `children`.
 *
 * @example
 * ```ts
 * type Mine = OutcomeOf<'unanimity.met' | 'unanimity.short', UnanimityParams>;
 * ```
 * @category Rules
 */
export interface OutcomeOf<C extends string, P> extends OutcomeCounts {
  readonly ok: boolean;
  readonly code: C;
  readonly ref: Ref;
  readonly bloc?: Bloc;
  readonly params: P;
  readonly children?: readonly RuleOutcome[];
}

/**
 * The params of a quorum outcome: what counts towards it, the comparison and, with a minimum per
 * bloc, that minimum (a bloc's own outcome carries only `counts`).
 *
 * @example
 * ```ts
 * const params: QuorumParams = { counts: 'present', comparison: 'atLeast' };
 * ```
 * @category Rules
 */
export interface QuorumParams {
  readonly counts: QuorumCounts;
  readonly comparison?: Comparison;
  readonly perBloc?: number;
}

/**
 * The params of a consensus outcome: the votes, the reservations, whether a reservation blocks,
 * who objected and who recorded a reservation (ids, sorted), and how many observers objected.
 *
 * @example
 * ```ts
 * outcome.code === 'consensus.objection' && outcome.params.objectors; // ['ssu-siv-3']
 * ```
 * @category Rules
 */
export interface ConsensusParams {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly reservations: number;
  readonly reservationBlocks: boolean;
  readonly objectors: readonly MemberId[];
  readonly reservers: readonly MemberId[];
  readonly observerObjections: number;
}

/**
 * The params of a unanimity outcome: the votes, and how many seated members were absent.
 *
 * @example
 * ```ts
 * const params: UnanimityParams = { for: 15, against: 0, abstain: 0, absent: 1 };
 * ```
 * @category Rules
 */
export interface UnanimityParams {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly absent: number;
}

/**
 * The params of a majority outcome: the votes, the threshold as written (`2/3`), whether it is
 * strict, the tie-break, and on a tie (`tie: true`) how the chair voted (`none` when the chair did
 * not vote).
 *
 * @example
 * ```ts
 * outcome.code === 'majority.tie-chair-for' && outcome.params.chairVote; // 'for'
 * ```
 * @category Rules
 */
export interface MajorityParams {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly threshold: string;
  readonly strict: boolean;
  readonly tieBreak: TieBreak;
  readonly tie?: true;
  readonly chairVote?: VoteChoice | 'none';
}

/**
 * The params of a council (kommunestyre) vote under kommuneloven: the members, those present,
 * the votes, whether it is an election, and where they apply the abstentions, the tie, the lot
 * drawn and the chair's vote.
 *
 * @example
 * ```ts
 * evaluateCouncilVote(kommunelovenDefaults, vote).params.for;
 * ```
 * @category Rules
 */
export interface CouncilParams {
  readonly members: number;
  readonly present: number;
  readonly for: number;
  readonly against: number;
  readonly election: boolean;
  readonly abstaining?: number;
  readonly tie?: true;
  readonly lot?: 'for' | 'against';
  readonly chairVote?: 'for' | 'against';
}

/**
 * A quorum outcome (vedtaksførhet), overall or for one bloc.
 *
 * @example
 * ```ts
 * const quorum: QuorumOutcome = evaluateQuorum(body.quorum, roll);
 * ```
 * @category Rules
 */
export type QuorumOutcome = OutcomeOf<
  'quorum.met' | 'quorum.short' | 'quorum.bloc-met' | 'quorum.bloc-short',
  QuorumParams
>;

/**
 * The outcome of a decision rule, by kind: consensus, unanimity, majority, each bloc, all or any.
 *
 * @example
 * ```ts
 * const outcome: DecisionOutcome = evaluateDecision(body.decision, roll);
 * if (outcome.code === 'consensus.objection') console.log(outcome.params.objectors);
 * ```
 * @category Rules
 */
export type DecisionOutcome =
  | OutcomeOf<
      'consensus.met' | 'consensus.objection' | 'consensus.reservation' | 'consensus.nobody-for',
      ConsensusParams
    >
  | OutcomeOf<'unanimity.met' | 'unanimity.short', UnanimityParams>
  | OutcomeOf<
      | 'majority.met'
      | 'majority.short'
      | 'majority.nobody-for'
      | 'majority.tie-fails'
      | 'majority.tie-passes'
      | 'majority.tie-chair-for'
      | 'majority.tie-chair-against'
      | 'majority.tie-no-chair-vote',
      MajorityParams
    >
  | OutcomeOf<'each-bloc.met' | 'each-bloc.short', { readonly failing: readonly Bloc[] }>
  | OutcomeOf<'all.met' | 'all.short' | 'any.met' | 'any.short', Readonly<Record<never, never>>>;

/**
 * The outcome of a council vote checked against kommuneloven's rule for a valid decision.
 *
 * @example
 * ```ts
 * const outcome: CouncilOutcome = evaluateCouncilVote(kommunelovenDefaults, vote);
 * outcome.code; // 'council.adopted'
 * ```
 * @category Rules
 */
export type CouncilOutcome = OutcomeOf<
  | 'council.invalid-count'
  | 'council.abstention'
  | 'council.quorum'
  | 'council.no-quorum'
  | 'council.adopted'
  | 'council.rejected'
  | 'council.tie-lot-missing'
  | 'council.tie-lot-for'
  | 'council.tie-lot-against'
  | 'council.tie-fails'
  | 'council.tie-chair-missing'
  | 'council.tie-chair-for'
  | 'council.tie-chair-against',
  CouncilParams
>;

/**
 * The verdict of one rule, with the numbers behind it ({@link OutcomeCounts}): a union on `code`
 * (`majority.met`, `consensus.objection`, `quorum.short`…), each kind with its typed `params`
 * (lists of members as arrays). Combinators and per-bloc rules carry their parts in `children`.
 *
 * @example
 * ```ts
 * const outcome = evaluateDecision(rule, roll);
 * if (!outcome.ok) console.log(`${outcome.required} needed, ${outcome.got} got (${outcome.ref}): ${outcome.missing} missing`);
 * ```
 * @category Rules
 */
export type RuleOutcome = QuorumOutcome | DecisionOutcome | CouncilOutcome;
