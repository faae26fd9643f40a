/**
 * `requirements` for a decision awaiting ratification, answered from the thresholds themselves:
 * the parties every way needs, then the fewest kommuner that close the count and the population
 * still missing (the most populous first), and the smallest examples.
 *
 * @internal
 * @module
 */
import {
  evaluateRequirement,
  latestVedtak,
  type RequirementStatus,
  ratificationRuleFor,
} from '../engine/ratificationStatus.js';
import type { CaseContext } from '../engine/resolveCase.js';
import { isPartyMember } from '../engine/state.js';
import type { PartyId } from '../model/ids.js';
import type { RatificationRequirement } from '../model/rules.js';
import type { Party } from '../model/statute.js';
import { type Answer, factSet, type Limits, truncation } from './_openCase.js';
import { minimalWeightedSets, type WeightClass, weightedNeeds } from './_weightedSets.js';
import type { Fact, ThresholdGap } from './requirements.js';

const population = (p: Party) => (p.kind === 'kommune' ? (p.population ?? 0) : 0);
const ratify = (p: Party): Fact => ({ kind: 'ratification', party: p.id });

/** Who a requirement names outright: every kommune, the HF, or the parties it lists. */
function namedBy(requirement: RatificationRequirement, party: Party): boolean {
  switch (requirement.kind) {
    case 'every-kommune':
      return party.kind === 'kommune';
    case 'helseforetak':
      return party.kind === 'helseforetak';
    case 'parties':
      return requirement.parties.includes(party.id);
    default:
      return false;
  }
}

/** The threshold of one kind that misses most, as numbers. */
function gap(
  statuses: readonly RequirementStatus[],
  kind: RatificationRequirement['kind'],
): ThresholdGap | undefined {
  let worst: RequirementStatus | undefined;
  for (const s of statuses)
    if (s.requirement.kind === kind && (worst === undefined || s.missing > worst.missing)) worst = s;
  return worst === undefined
    ? undefined
    : { required: worst.required, got: worst.got, missing: worst.missing };
}

/** Kommuner by population, the most populous first; one class when population does not matter. */
function classesOf(pool: readonly Party[], byPopulation: boolean): WeightClass<Party>[] {
  if (!byPopulation) return pool.length === 0 ? [] : [{ weight: 0, items: pool }];
  const by = new Map<number, Party[]>();
  for (const p of pool) {
    const list = by.get(population(p));
    if (list === undefined) by.set(population(p), [p]);
    else list.push(p);
  }
  return [...by].sort(([a], [b]) => b - a).map(([weight, items]) => ({ weight, items }));
}

/** The options of a decision awaiting ratification, or why there is none. @internal */
export function pendingRatification(context: CaseContext, limits: Limits): Answer {
  const { state, statute, proposal, asOf } = context;
  const rule = ratificationRuleFor(statute, proposal.matter);
  if (rule === undefined) return { satisfied: false, options: [], exhaustive: true, evaluations: 0 };
  const members = statute.parties.filter((p) => isPartyMember(state, p.id, asOf));
  const vedtak = latestVedtak(proposal, asOf);
  const adopted = new Set(members.filter((p) => vedtak.get(p.id)?.decision === 'adopted').map((p) => p.id));
  // Parties a requirement names must adopt in every way there is.
  const forced = members.filter((p) => !adopted.has(p.id) && rule.requires.some((r) => namedBy(r, p)));
  const yes = new Set<PartyId>([...adopted, ...forced.map((p) => p.id)]);
  const withForced = rule.requires.map((req) => evaluateRequirement(req, members, yes));
  const now = rule.requires.map((req) => evaluateRequirement(req, members, adopted));
  const kommuner = gap(now, 'share-of-kommuner');
  const populationGap = gap(now, 'share-of-population');
  const gaps = { ...(kommuner && { kommuner }), ...(populationGap && { population: populationGap }) };
  const unreachable: Answer = {
    satisfied: false,
    options: [],
    exhaustive: true,
    evaluations: 0,
    blocked: { code: 'ratification.unreachable', ref: rule.ref },
    ratification: { needed: [], fewest: 0, ...gaps },
  };
  // A named party that is not a member cannot adopt.
  if (withForced.some((s) => !s.met && isNamed(s))) return unreachable;
  const need = {
    count: gap(withForced, 'share-of-kommuner')?.missing ?? 0,
    weight: gap(withForced, 'share-of-population')?.missing ?? 0,
  };
  const pool = members.filter((p) => p.kind === 'kommune' && !yes.has(p.id));
  const classes = classesOf(need.count + need.weight > 0 ? pool : [], need.weight > 0);
  const needs = weightedNeeds(classes, need);
  if (!needs.reachable) return unreachable;
  const order = new Map(members.map((p, i) => [p.id, i]));
  const byOrder = (a: Party, b: Party) => (order.get(a.id) as number) - (order.get(b.id) as number);
  const rank = (f: Fact) => (f.kind === 'ratification' ? (order.get(f.party) as number) : 0);
  const needed = [...forced, ...classes.flatMap((k, j) => (needs.needed[j] ? k.items : []))]
    .sort(byOrder)
    .map((p) => p.id);
  // Where the count alone decides, the options are "these, and any k of the others".
  const simpler = countDecides(classes, needs.needed, need);
  const fixed = [...forced, ...(simpler?.fixed ?? [])];
  const rest = simpler === undefined ? undefined : [...simpler.rest].sort(byOrder);
  const groups = rest === undefined ? classes.map((k) => k.items) : rest.length === 0 ? [] : [rest];
  const sets =
    simpler === undefined
      ? minimalWeightedSets(classes, need, limits)
      : minimalWeightedSets(
          groups.map((items) => ({ weight: 0, items })),
          simpler.need,
          limits,
        );
  return {
    satisfied: false,
    options: sets.vectors.map((v) => {
      const option = factSet(groups, v, ratify, fixed.map(ratify));
      return { ...option, all: [...option.all].sort((a, b) => rank(a) - rank(b)) };
    }),
    evaluations: sets.work,
    ...truncation(sets.truncatedBy, limits),
    ratification: { needed, fewest: forced.length + needs.fewest, ...gaps },
  };
}

/**
 * Whether the count of kommuner decides alone: the kommuner every way needs, with the least
 * populous of the others up to the count, already hold the population missing. Then the others
 * are interchangeable, and every minimal way is "those needed, and any k of the others".
 */
function countDecides(
  classes: readonly WeightClass<Party>[],
  needed: readonly boolean[],
  need: { readonly count: number; readonly weight: number },
): { fixed: Party[]; rest: Party[]; need: { count: number; weight: number } } | undefined {
  if (need.count === 0 || need.weight === 0) return undefined;
  const fixed = classes.flatMap((k, j) => (needed[j] ? k.items : []));
  const others = classes.filter((_, j) => !needed[j]);
  const left = need.count - fixed.length;
  if (left < 0) return undefined;
  const weights = others.flatMap((k) => k.items.map(() => k.weight));
  const lightest = weights.slice(weights.length - left).reduce((sum, w) => sum + w, 0);
  const held = fixed.reduce((sum, p) => sum + population(p), 0);
  if (held + (left === 0 ? 0 : lightest) < need.weight) return undefined;
  return { fixed, rest: others.flatMap((k) => k.items), need: { count: left, weight: 0 } };
}

/** A requirement met by naming its parties (it cannot fall short once they all adopt). */
function isNamed(status: RequirementStatus): boolean {
  const kind = status.requirement.kind;
  return kind === 'every-kommune' || kind === 'helseforetak' || kind === 'parties';
}
