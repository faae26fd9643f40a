/**
 * How far a decision has come in the parties' own organs.
 *
 * @module
 */
import { addDays, type IsoDate } from '../model/dates.js';
import type { PartyId, Ref } from '../model/ids.js';
import type { RatificationEffect, RatificationRequirement, RatificationRule } from '../model/rules.js';
import type { Party, Statute } from '../model/statute.js';
import { requiredCount } from '../rules/fraction.js';
import { firstDayMet } from './_ratificationSweep.js';
import type { PerPartyStatus } from './perPartyStatus.js';
import { isPartyMember, type ProposalRecord, type Ratification, type State } from './state.js';

/**
 * One requirement of a ratification rule, evaluated: what it counts (`parties` or
 * `population`), the count `required`, the count `got`, how many are `missing`, and the parties
 * it concerns.
 *
 * @example
 * ```ts
 * const status = report.ratification?.requirements[0];
 * if (status && !status.met) console.log(`${status.missing} more needed of ${status.parties.join(', ')}`);
 * ```
 * @category Assess
 */
export interface RequirementStatus {
  readonly requirement: RatificationRequirement;
  readonly counts: 'parties' | 'population';
  readonly base: number;
  readonly required: number;
  readonly got: number;
  readonly missing: number;
  readonly met: boolean;
  /** The parties this requirement is about (members on the date evaluated). */
  readonly parties: readonly PartyId[];
}

/**
 * The ratification status of a decision: which rule applies, who must ratify, who adopted, who
 * rejected, who is missing, each requirement's numbers, whether they are met and from when, and
 * the deadline. Each party's latest vedtak counts. Under a `per-party` rule there are no
 * requirements (`requirements` is empty), `met` says it is in force for at least one party, from
 * `metOn`, and `perParty` says where it stands with each party.
 *
 * @example
 * ```ts
 * const r = assess(state, 'PM-3').ratification;
 * r?.met; // false
 * r?.missing; // ['vega', 'traena']
 * ```
 * @category Assess
 */
export interface RatificationStatus {
  readonly rule: string;
  readonly ref: Ref;
  readonly effect: RatificationEffect;
  /** The date the status is evaluated on: the day the requirements were met, or `asOf`. */
  readonly evaluatedOn: IsoDate;
  readonly required: readonly PartyId[];
  readonly adopted: readonly PartyId[];
  readonly rejected: readonly PartyId[];
  readonly missing: readonly PartyId[];
  readonly requirements: readonly RequirementStatus[];
  readonly met: boolean;
  readonly metOn?: IsoDate;
  readonly deadline?: IsoDate;
  /** The deadline passed before the decision came into force (for any party). */
  readonly lapsed: boolean;
  /** Under a `per-party` rule: in force for, awaiting the helseforetak, rejected by, pending, lapsed. */
  readonly perParty?: PerPartyStatus;
}

/** The rule that covers a matter, if any. @internal */
export function ratificationRuleFor(statute: Statute, matter: string): RatificationRule | undefined {
  return statute.ratification.find((rule) => rule.matters.includes(matter));
}

/**
 * Parties a rule asks to ratify (members or not). Under `per-party`: every helseforetak, and the
 * parties the requirements name besides (every kommune when they name none). @internal
 */
export function ratifiers(statute: Statute, rule: RatificationRule): Set<PartyId> {
  const out = new Set<PartyId>();
  const requires: readonly RatificationRequirement[] =
    rule.effect !== 'per-party'
      ? rule.requires
      : [
          { kind: 'helseforetak' },
          ...(rule.requires.some((r) => r.kind !== 'helseforetak')
            ? rule.requires
            : [{ kind: 'every-kommune' } as const]),
        ];
  for (const req of requires) {
    for (const party of statute.parties) {
      if (
        req.kind === 'helseforetak'
          ? party.kind === 'helseforetak'
          : req.kind === 'parties'
            ? req.parties.includes(party.id)
            : party.kind === 'kommune'
      ) {
        out.add(party.id);
      }
    }
  }
  return out;
}

/** Each party's latest vedtak on or before a date. @internal */
export function latestVedtak(proposal: ProposalRecord, date: IsoDate): Map<PartyId, Ratification> {
  const latest = new Map<PartyId, Ratification>();
  for (const [party, history] of Object.entries(proposal.ratifications)) {
    let found: Ratification | undefined;
    for (const vedtak of history)
      if (vedtak.at <= date && (found === undefined || vedtak.at >= found.at)) found = vedtak;
    if (found !== undefined) latest.set(party, found);
  }
  return latest;
}

/** One requirement over the members and the parties that adopted. @internal */
export function evaluateRequirement(
  requirement: RatificationRequirement,
  members: readonly Party[],
  adopted: ReadonlySet<PartyId>,
): RequirementStatus {
  const named = requirement.kind === 'parties' ? new Set(requirement.parties) : undefined;
  const concerned =
    requirement.kind === 'helseforetak'
      ? members.filter((p) => p.kind === 'helseforetak')
      : named !== undefined
        ? members.filter((p) => named.has(p.id))
        : members.filter((p) => p.kind === 'kommune');
  const ids = concerned.map((p) => p.id);
  const yes = concerned.filter((p) => adopted.has(p.id));
  let base: number;
  let required: number;
  let got: number;
  let counts: 'parties' | 'population' = 'parties';
  switch (requirement.kind) {
    case 'every-kommune':
    case 'helseforetak':
      base = concerned.length;
      required = concerned.length;
      got = yes.length;
      break;
    case 'parties':
      // A named party that is not a member cannot ratify: it still counts as required.
      base = requirement.parties.length;
      required = requirement.parties.length;
      got = yes.length;
      break;
    case 'share-of-kommuner':
      base = concerned.length;
      required = Math.max(1, requiredCount(requirement.threshold, base));
      got = yes.length;
      break;
    case 'share-of-population': {
      counts = 'population';
      const population = (p: Party) => (p.kind === 'kommune' ? (p.population ?? 0) : 0);
      base = concerned.reduce((sum, p) => sum + population(p), 0);
      required = Math.max(1, requiredCount(requirement.threshold, base));
      got = yes.reduce((sum, p) => sum + population(p), 0);
      break;
    }
  }
  return {
    requirement,
    counts,
    base,
    required,
    got,
    missing: Math.max(0, required - got),
    met: got >= required,
    parties: requirement.kind === 'parties' ? requirement.parties : ids,
  };
}

/**
 * The ratification status of a proposal adopted on `decidedOn`, as of `asOf`. Thresholds count
 * the parties that are members on the day evaluated. The decision comes into force on the first
 * day (a vedtak's date, or a day the membership changed) on which every requirement holds, before any deadline; once in force it
 * stays in force. @internal
 */
export function ratificationStatus(
  state: State,
  statute: Statute,
  rule: RatificationRule,
  proposal: ProposalRecord,
  decidedOn: IsoDate,
  asOf: IsoDate,
): RatificationStatus {
  const deadline = rule.deadlineDays === undefined ? undefined : addDays(decidedOn, rule.deadlineDays);
  const last = deadline !== undefined && deadline < asOf ? deadline : asOf;
  const evaluate = (date: IsoDate) => {
    const members = statute.parties.filter((p) => isPartyMember(state, p.id, date));
    const vedtak = latestVedtak(proposal, date);
    const adopted = new Set([...vedtak].filter(([, v]) => v.decision === 'adopted').map(([p]) => p));
    const requirements = rule.requires.map((req) => evaluateRequirement(req, members, adopted));
    return { members, vedtak, requirements, met: requirements.every((r) => r.met) };
  };
  // The requirements can come to hold on a day a party adopts, or on a day the membership
  // changes (a party whose notice runs out no longer counts).
  const vedtakDays = Object.values(proposal.ratifications).flatMap((history) => history.map((v) => v.at));
  const membershipDays = Object.values(state.parties).flatMap((record) =>
    record.periods.flatMap((p) => (p.to === undefined ? [p.from] : [p.from, p.to])),
  );
  const dates = [
    ...new Set([...vedtakDays, ...membershipDays].filter((d) => d >= decidedOn && d <= last)),
  ].sort();
  const metOn = firstDayMet(state, statute, rule, proposal, dates);
  const evaluatedOn = metOn ?? last;
  const at = evaluate(evaluatedOn);
  const wanted = ratifiers(statute, rule);
  const required = at.members.filter((p) => wanted.has(p.id)).map((p) => p.id);
  const adopted = required.filter((p) => at.vedtak.get(p)?.decision === 'adopted');
  const rejected = required.filter((p) => at.vedtak.get(p)?.decision === 'rejected');
  const missing = required.filter((p) => !at.vedtak.has(p));
  return {
    rule: rule.id,
    ref: rule.ref,
    effect: rule.effect,
    evaluatedOn,
    required,
    adopted,
    rejected,
    missing,
    requirements: at.requirements,
    met: metOn !== undefined,
    ...(metOn === undefined ? {} : { metOn }),
    ...(deadline === undefined ? {} : { deadline }),
    lapsed: metOn === undefined && deadline !== undefined && asOf > deadline,
  };
}
