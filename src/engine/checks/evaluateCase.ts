/**
 * Every check of a case, and what they come to: the verdict the reducer needs and the report
 * is built from.
 *
 * @module
 */
import type { PartyId } from '../../model/ids.js';
import type { PerPartyStatus } from '../perPartyStatus.js';
import { latestVedtak, type RatificationStatus } from '../ratificationStatus.js';
import { type CaseContext, type HeldCase, isKnownCase, type KnownCase } from '../resolveCase.js';
import { isPartyMember } from '../state.js';
import { checkDeadline, type DeadlineCheck } from './deadline.js';
import { checkDecisionRule, type DecisionRuleCheck } from './decisionRule.js';
import { checkEscalation, type EscalationCheck } from './escalation.js';
import { checkLeadership, type LeadershipCheck } from './leadership.js';
import { type CaseKind, checkMandate, checkUnknownMandate, kindOf, type MandateCheck } from './mandate.js';
import { checkNotice, type NoticeCheck } from './notice.js';
import { checkQuorum, type QuorumCheck } from './quorum.js';
import { checkRatification, type RatificationCheck } from './ratification.js';
import { checkRecusal, type RecusalCheck } from './recusal.js';
import { checkRoute, type RouteCheck } from './route.js';
import { checkSeats, type SeatsCheck } from './seats.js';
import { checkSecretariat, type SecretariatCheck } from './secretariat.js';
import { checkTwoStage, type TwoStageCheck } from './twoStage.js';

/**
 * Where a decision stands:
 * `open` (votes being cast), `adopted` (by the body; binds no one by itself), `recommended` (a
 * recommendation the body adopted, tilrådd, for the body its mandate names), `advised` (advice an
 * advisory body gave, råd: it never comes into force or binds anyone), `pending-ratification`,
 * `in-force` (bound by delegation or ratification; under a `per-party` rule, in force for at
 * least one party, `binds` saying for whom), `rejected` (failed its decision rule),
 * `invalid` (a procedural check failed: mandate, seats, notice, quorum or two-stage handling), `escalated` (gone up
 * to a higher body), `lapsed` (the ratification deadline passed) or `withdrawn`.
 *
 * @example
 * ```ts
 * const status: DecisionStatus = 'pending-ratification';
 * ```
 * @category Assess
 */
export type DecisionStatus =
  | 'open'
  | 'adopted'
  | 'recommended'
  | 'advised'
  | 'pending-ratification'
  | 'in-force'
  | 'rejected'
  | 'invalid'
  | 'escalated'
  | 'lapsed'
  | 'withdrawn';

/**
 * The checks of a case by what they are about, in the order a report lists them. A case whose
 * body or matter the statute version does not know has only its mandate check; escalation,
 * ratification, deadline and leadership appear where they apply. A report's `checks` are its values.
 *
 * @example
 * ```ts
 * const byId: Partial<Record<CheckId, Check>> = Object.fromEntries(report.checks.map((c) => [c.id, c]));
 * ```
 * @category Assess
 */
export interface CaseChecks {
  readonly mandate: MandateCheck;
  /** Where the secretariat decided the case: was it within what the body lets it decide? */
  readonly secretariat?: SecretariatCheck;
  readonly seats?: SeatsCheck;
  readonly notice?: NoticeCheck;
  readonly quorum?: QuorumCheck;
  /** Where the body decides the matter in two stages: was the first stage held before? */
  readonly 'two-stage'?: TwoStageCheck;
  readonly recusal?: RecusalCheck;
  readonly 'decision-rule'?: DecisionRuleCheck;
  readonly escalation?: EscalationCheck;
  /** Where an adopted recommendation or advice has travelled on its route. */
  readonly route?: RouteCheck;
  readonly ratification?: RatificationCheck;
  readonly deadline?: DeadlineCheck;
  /** Who chaired, and whether the leadership fits the rule; flagged, never procedural. */
  readonly leadership?: LeadershipCheck;
}

/** The checks of a case and what they come to. @internal */
export interface CaseEvaluation {
  readonly checks: CaseChecks;
  /** Valid at its tier: every procedural check passed and the decision rule is met. */
  readonly valid: boolean;
  readonly kind: CaseKind;
  readonly status: DecisionStatus;
  readonly binds: readonly PartyId[];
  readonly ratification?: RatificationStatus;
}

/** The parties that are members on the case's `asOf`. */
function membersOn({ state, statute, asOf }: CaseContext): PartyId[] {
  return statute.parties.filter((p) => isPartyMember(state, p.id, asOf)).map((p) => p.id);
}

/** A valid decision of its body: in force by delegation or ratification, or adopted. */
function bound(context: KnownCase, checks: CaseChecks): CaseEvaluation {
  const base = { valid: true, kind: 'decision' as const };
  const binding = checkRatification(context);
  if (binding === undefined) return { ...base, checks, status: 'adopted', binds: [] };
  if (binding.by === 'delegation') {
    return {
      ...base,
      checks: { ...checks, ratification: binding.check },
      status: 'in-force',
      binds: membersOn(context),
    };
  }
  const { rule, status } = binding;
  const deadline = checkDeadline(rule, status);
  const all = { ...checks, ratification: binding.check, ...(deadline === undefined ? {} : { deadline }) };
  if (!status.met) {
    return {
      ...base,
      checks: all,
      status: status.lapsed ? 'lapsed' : 'pending-ratification',
      binds: [],
      ratification: status,
    };
  }
  const vedtak = latestVedtak(context.proposal, context.asOf);
  const members = membersOn(context);
  const binds =
    rule.effect === 'all-or-nothing'
      ? members
      : status.perParty !== undefined
        ? perPartyBinds(status.perParty, members)
        : members.filter((p) => vedtak.get(p)?.decision === 'adopted');
  return { ...base, checks: all, status: 'in-force', binds, ratification: status };
}

/**
 * Whom a per-party decision binds: the members it is in force for, and the helseforetak with
 * them (none when it is in force for no member).
 */
function perPartyBinds(perParty: PerPartyStatus, members: readonly PartyId[]): PartyId[] {
  const bound = new Set(perParty.inForce.map((p) => p.party));
  if (!members.some((p) => bound.has(p))) return [];
  return members.filter((p) => bound.has(p) || perParty.counterparty.includes(p));
}

/**
 * Runs every check of a case and combines them: valid at its tier when mandate, seats, notice,
 * quorum and (where it applies) two-stage handling pass and the decision rule is met; a valid
 * decision then binds by delegation or
 * ratification, as the statute says. This is a pure function. @internal
 */
export function evaluateCase(context: CaseContext): CaseEvaluation {
  const phase = context.proposal.phase;
  if (!isKnownCase(context)) {
    const status = phase === 'withdrawn' ? 'withdrawn' : phase === 'open' ? 'open' : 'invalid';
    return {
      checks: { mandate: checkUnknownMandate(context) },
      valid: false,
      kind: 'decision',
      status,
      binds: [],
    };
  }
  if (context.meeting === undefined) return secretariatDecision(context);
  return heldDecision(context as HeldCase);
}

/**
 * A decision the secretariat made on the body's behalf: valid when the body decides the matter
 * and lets the secretariat decide it within the limits; then it binds as the body's would.
 */
function secretariatDecision(context: KnownCase): CaseEvaluation {
  const mandate = checkMandate(context);
  const secretariat = checkSecretariat(context);
  const checks: CaseChecks = { mandate, secretariat };
  if (!mandate.ok || !secretariat.ok)
    return { checks, valid: false, kind: 'decision', status: 'invalid', binds: [] };
  return bound(context, checks);
}

/** A case put to a meeting of its body: every check of the meeting, the vote and what follows. */
function heldDecision(context: HeldCase): CaseEvaluation {
  const phase = context.proposal.phase;
  const mandate = checkMandate(context);
  const seats = checkSeats(context);
  const notice = checkNotice(context);
  const quorum = checkQuorum(context);
  const twoStage = checkTwoStage(context);
  const decision = checkDecisionRule(context);
  const escalation = checkEscalation(context);
  const leadership = checkLeadership(context);
  const checks: CaseChecks = {
    mandate,
    seats,
    notice,
    quorum,
    ...(twoStage === undefined ? {} : { 'two-stage': twoStage }),
    recusal: checkRecusal(context),
    'decision-rule': decision,
    ...(escalation === undefined ? {} : { escalation }),
    ...(leadership === undefined ? {} : { leadership }),
  };
  // The leadership check is flagged, never procedural: a chair from the wrong side breaches the
  // statute's rules for the body but does not void what the body decided.
  const procedural = mandate.ok && seats.ok && notice.ok && quorum.ok && (twoStage?.ok ?? true);
  const valid = procedural && decision.ok;
  const kind = kindOf(mandate, context.body);
  const up = escalation !== undefined;
  const status: DecisionStatus | undefined =
    phase === 'withdrawn'
      ? 'withdrawn'
      : phase === 'open'
        ? 'open'
        : !procedural
          ? 'invalid'
          : !decision.ok
            ? up
              ? 'escalated'
              : 'rejected'
            : kind !== 'decision'
              ? up
                ? 'escalated'
                : kind === 'advice'
                  ? 'advised'
                  : 'recommended'
              : undefined;
  if (status === 'recommended' || status === 'advised') {
    const route = checkRoute(context);
    return { checks: route === undefined ? checks : { ...checks, route }, valid, kind, status, binds: [] };
  }
  if (status !== undefined) return { checks, valid, kind, status, binds: [] };
  return bound(context, checks);
}
