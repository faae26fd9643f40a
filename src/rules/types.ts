/**
 * The inputs and outputs of rule evaluation.
 *
 * @module
 */
import type { MemberId, Ref } from '../model/ids.js';
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
}

/**
 * The verdict of one rule, with the numbers behind it: what the count is of (`base`, and
 * `baseCount` members), the head count `required`, the count `got`, how many are `missing`
 * (0 when met) and how many could be lost and still pass (`spare`). Combinators and per-bloc
 * rules carry their parts in `children`. `code` names the reason in a stable, machine-readable
 * way (`majority.met`, `consensus.objection`, `quorum.short`…); `params` holds the rest
 * (objectors, the chair's vote…).
 *
 * @example
 * ```ts
 * const outcome = evaluateDecision(rule, roll);
 * if (!outcome.ok) console.log(`${outcome.required} needed, ${outcome.got} got (${outcome.ref}): ${outcome.missing} missing`);
 * ```
 * @category Rules
 */
export interface RuleOutcome {
  readonly ok: boolean;
  readonly code: string;
  readonly ref: Ref;
  readonly base: string;
  readonly baseCount: number;
  readonly required: number;
  readonly got: number;
  readonly missing: number;
  readonly spare: number;
  readonly bloc?: Bloc;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly children?: readonly RuleOutcome[];
}
