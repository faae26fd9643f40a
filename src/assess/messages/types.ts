/**
 * The shape of a message catalog: every sentence the library shows a person, per locale.
 *
 * @internal
 * @module
 */
import type { CheckId, DecisionStatus } from '../../engine/evaluateProposal.js';
import type { ReasonCode } from '../../engine/reasons.js';

/** @internal */
export type Params = Readonly<Record<string, string | number | boolean>>;
/** @internal */
export type Render = (p: Params) => string;

/** The codes a check can have. @internal */
export type CheckCode =
  | 'mandate.decides'
  | 'mandate.recommends'
  | 'mandate.escalated'
  | 'mandate.outside'
  | 'mandate.commits-below-top'
  | 'mandate.body-unknown'
  | 'mandate.matter-unknown'
  | 'seats.ok'
  | 'seats.overfilled'
  | 'notice.ok'
  | 'notice.short'
  | 'quorum.met'
  | 'quorum.short'
  | 'quorum.bloc-met'
  | 'quorum.bloc-short'
  | 'recusal.none'
  | 'recusal.recorded'
  | 'consensus.met'
  | 'consensus.objection'
  | 'consensus.reservation'
  | 'consensus.nobody-for'
  | 'unanimity.met'
  | 'unanimity.short'
  | 'majority.met'
  | 'majority.short'
  | 'majority.nobody-for'
  | 'majority.tie-fails'
  | 'majority.tie-chair-for'
  | 'majority.tie-chair-against'
  | 'majority.tie-no-chair-vote'
  | 'each-bloc.met'
  | 'each-bloc.short'
  | 'all.met'
  | 'all.short'
  | 'any.met'
  | 'any.short'
  | 'escalation.awaiting'
  | 'escalation.submitted'
  | 'ratification.delegated'
  | 'ratification.met'
  | 'ratification.pending'
  | 'deadline.met'
  | 'deadline.running'
  | 'deadline.passed';

/** @internal */
export interface MessageCatalog {
  readonly status: Readonly<Record<DecisionStatus, string>>;
  readonly checkTitle: Readonly<Record<CheckId, string>>;
  readonly check: Readonly<Record<CheckCode, Render>>;
  readonly reason: Readonly<Record<ReasonCode, Render>>;
  readonly bloc: Readonly<Record<'kommunesiden' | 'helseforetakssiden', string>>;
  readonly tier: (tier: number) => string;
  readonly valid: (valid: boolean) => string;
  readonly header: Render;
  readonly meta: Render;
  readonly liesWith: Render;
  readonly binds: Render;
  readonly ratification: Render;
  readonly establishment: Render;
  readonly rejected: Render;
  readonly unknownCode: Render;
}
