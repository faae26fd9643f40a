/**
 * The ratification check: has the decision come to bind the parties?
 *
 * @module
 */
import type { BodyId, PartyId } from '../../model/ids.js';
import type { RatificationEffect, RatificationRule } from '../../model/rules.js';
import { type PerPartyStatus, perPartyStatus } from '../perPartyStatus.js';
import { type RatificationStatus, ratificationRuleFor, ratificationStatus } from '../ratificationStatus.js';
import type { KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The ratification check of a valid decision: binding on adoption by delegation, or how many of
 * the parties that must ratify have adopted, rejected or not yet decided, and whether the rule's
 * requirements are met. Under a `per-party` rule, which parties it is in force for (with the
 * helseforetak, the `counterparty`), which adopted and await the helseforetak, which rejected it,
 * which have not decided and which have lapsed: `ratification.per-party` (ok) once it is in force
 * for one party, `ratification.per-party-none` before.
 *
 * @example
 * ```ts
 * const r = report.checks.find((c): c is RatificationCheck => c.id === 'ratification');
 * if (r?.code === 'ratification.pending') console.log(r.params.missing);
 * ```
 * @category Assess
 */
export type RatificationCheck =
  | CheckOf<'ratification', 'ratification.delegated', { readonly body: BodyId }>
  | CheckOf<
      'ratification',
      'ratification.met' | 'ratification.pending',
      {
        readonly required: number;
        readonly adopted: number;
        readonly rejected: number;
        readonly missing: number;
        readonly effect: RatificationEffect;
      }
    >
  | CheckOf<
      'ratification',
      'ratification.per-party' | 'ratification.per-party-none',
      {
        readonly required: number;
        readonly counterparty: readonly PartyId[];
        readonly inForce: readonly PartyId[];
        readonly awaitingCounterparty: readonly PartyId[];
        readonly rejected: readonly PartyId[];
        readonly pending: readonly PartyId[];
        readonly lapsed: readonly PartyId[];
      }
    >;

/** How a valid decision comes to bind: by delegation, or by a ratification rule and its status. @internal */
export type Binding =
  | { readonly by: 'delegation'; readonly check: RatificationCheck }
  | {
      readonly by: 'ratification';
      readonly check: RatificationCheck;
      readonly rule: RatificationRule;
      readonly status: RatificationStatus;
    };

/**
 * The ratification check of a valid decision, with what it rests on; `undefined` when the
 * matter needs neither delegation nor ratification (the decision binds no one by itself). @internal
 */
export function checkRatification({
  state,
  statute,
  body,
  matter,
  proposal,
  asOf,
}: KnownCase): Binding | undefined {
  if (body.delegation?.matters.includes(matter.id) === true) {
    return {
      by: 'delegation',
      check: {
        id: 'ratification',
        ok: true,
        ref: body.delegation.ref,
        code: 'ratification.delegated',
        params: { body: body.id },
      },
    };
  }
  const rule = ratificationRuleFor(statute, matter.id);
  if (rule === undefined) return undefined;
  const decidedOn = proposal.concludedAt ?? proposal.date;
  if (rule.effect === 'per-party') {
    const status = perPartyStatus(state, statute, rule, proposal, decidedOn, asOf);
    return { by: 'ratification', rule, status, check: perPartyCheck(rule, status, status.perParty) };
  }
  const status = ratificationStatus(state, statute, rule, proposal, decidedOn, asOf);
  return {
    by: 'ratification',
    rule,
    status,
    check: {
      id: 'ratification',
      ok: status.met,
      ref: rule.ref,
      code: status.met ? 'ratification.met' : 'ratification.pending',
      params: {
        required: status.required.length,
        adopted: status.adopted.length,
        rejected: status.rejected.length,
        missing: status.missing.length,
        effect: rule.effect,
      },
    },
  };
}

/** The check of a per-party decision: the parties by where it stands with them. */
function perPartyCheck(
  rule: RatificationRule,
  status: RatificationStatus,
  perParty: PerPartyStatus,
): RatificationCheck {
  const ids = (list: readonly { readonly party: PartyId }[]) => list.map((p) => p.party);
  return {
    id: 'ratification',
    ok: status.met,
    ref: rule.ref,
    code: status.met ? 'ratification.per-party' : 'ratification.per-party-none',
    params: {
      required: status.required.length,
      counterparty: perParty.counterparty,
      inForce: ids(perParty.inForce),
      awaitingCounterparty: ids(perParty.awaitingCounterparty),
      rejected: ids(perParty.rejected),
      pending: perParty.pending,
      lapsed: perParty.lapsed,
    },
  };
}
