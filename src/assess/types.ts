/**
 * The decision report and its checks.
 *
 * @module
 */
import type { CaseChecks, DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { CaseKind } from '../engine/checks/mandate.js';
import type { TabledBy } from '../engine/events.js';
import type { RatificationStatus } from '../engine/ratificationStatus.js';
import type { StatementRecord } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import type { BodyId, MatterId, MeetingId, PartyId, ProposalId, Ref } from '../model/ids.js';
import type { Tier } from '../model/statute.js';

/**
 * One check of a decision, passed or not: a union on `code`, each with its typed `params`
 * (the numbers: the base, what was required, what was got, how many are missing; lists as
 * arrays). Quorum and decision-rule checks also carry the rule's full `outcome`, with its
 * per-bloc and per-rule parts. Narrow on `id` or `code`. It is every check of
 * {@link CaseChecks}: {@link MandateCheck}, {@link SeatsCheck}, {@link NoticeCheck},
 * {@link QuorumCheck}, {@link TwoStageCheck}, {@link SecretariatCheck}, {@link RecusalCheck}, {@link DecisionRuleCheck}, {@link EscalationCheck},
 * {@link RatificationCheck}, {@link DeadlineCheck} and {@link LeadershipCheck}.
 *
 * @example
 * ```ts
 * for (const check of report.checks) {
 *   if (check.code === 'recusal.recorded') console.log(check.params.members.join(', '));
 *   if (check.id === 'quorum') console.log(check.outcome.missing);
 * }
 * ```
 * @category Assess
 */
export type Check = NonNullable<CaseChecks[keyof CaseChecks]>;

/**
 * What a check is about.
 *
 * @example
 * ```ts
 * const id: CheckId = 'quorum';
 * ```
 * @category Assess
 */
export type CheckId = Check['id'];

/**
 * Where an escalated matter lies now: the body it went up to, and, once it is on that body's
 * agenda, the case there and its status.
 *
 * @example
 * ```ts
 * report.liesWith; // { body: 'pm', proposal: 'PM-2024-2', status: 'in-force' }
 * ```
 * @category Assess
 */
export interface LiesWith {
  readonly body: BodyId;
  readonly proposal?: ProposalId;
  readonly status?: DecisionStatus;
}

/**
 * A dispute board's statement recorded against a decision, with the board's name, level and the
 * section that names it. It binds no one and changes no status.
 *
 * @example
 * ```ts
 * report.statements?.map((s) => `${s.name} ${s.at}: ${s.kind}`);
 * ```
 * @category Assess
 */
export interface ReportStatement extends StatementRecord {
  readonly name: string;
  readonly level: 'local' | 'national';
  readonly ref: Ref;
}

/**
 * The report on one decision: its status, whether it is valid at its tier, the body and tier,
 * the statute version it was judged under (the one in force on the meeting date), every check
 * (passed ones included), the ratification status and the parties it binds.
 *
 * @example
 * ```ts
 * const report = assess(state, 'SSU-7');
 * report.status; // 'escalated'
 * report.checks.filter((c) => !c.ok).map((c) => `${c.code} (${c.ref})`);
 * ```
 * @category Assess
 */
export interface DecisionReport {
  readonly proposal: ProposalId;
  readonly title?: string;
  /** Who tabled the case, when recorded. */
  readonly tabledBy?: TabledBy;
  readonly body: BodyId;
  readonly bodyName: string;
  readonly tier: Tier;
  readonly matter: MatterId;
  /** The meeting that decided the case; absent where the secretariat decided it (`decidedBy`). */
  readonly meeting?: MeetingId;
  /** The secretariat decided the case on the body's behalf, with no meeting. */
  readonly decidedBy?: 'secretariat';
  /** The meeting's date, or the date the secretariat decided. */
  readonly date: IsoDate;
  readonly asOf: IsoDate;
  readonly statuteVersion: string;
  readonly status: DecisionStatus;
  readonly valid: boolean;
  /**
   * `decision` when the body decides the matter; `recommendation` or `advice` when it only
   * recommends it (an advisory body's "vedtak" is advice): neither ever binds anyone.
   */
  readonly kind: CaseKind;
  readonly checks: readonly Check[];
  readonly ratification?: RatificationStatus;
  readonly binds: readonly PartyId[];
  readonly liesWith?: LiesWith;
  /** What dispute boards said about it, oldest first (only when one has spoken). Binds no one. */
  readonly statements?: readonly ReportStatement[];
}

/** Every check id, in the order a report lists them; the type makes a missing id a compile error. */
const order: { readonly [K in CheckId]: true } = {
  mandate: true,
  secretariat: true,
  seats: true,
  notice: true,
  quorum: true,
  'two-stage': true,
  recusal: true,
  'decision-rule': true,
  escalation: true,
  route: true,
  ratification: true,
  deadline: true,
  leadership: true,
};
const ids = Object.keys(order) as CheckId[];

/**
 * The checks of a case as a report lists them, in order.
 *
 * @example
 * ```ts
 * listChecks({ mandate }).map((c) => c.id); // ['mandate']
 * ```
 * @internal
 */
export function listChecks(checks: CaseChecks): Check[] {
  return ids.flatMap((id): Check[] => {
    const check = checks[id];
    return check === undefined ? [] : [check];
  });
}
