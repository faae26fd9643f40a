/**
 * What is still missing for a decision to be valid or in force.
 *
 * @module
 */
import { UnknownProposalError } from '../assess/assess.js';
import { type Check, listChecks } from '../assess/types.js';
import { type CaseEvaluation, type DecisionStatus, evaluateCase } from '../engine/checks/evaluateCase.js';
import {
  evaluateRequirement,
  latestVedtak,
  type RatificationStatus,
  ratificationRuleFor,
  ratifiers,
} from '../engine/ratificationStatus.js';
import { type CaseContext, isKnownCase, resolveCase } from '../engine/resolveCase.js';
import { isPartyMember, type State } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import type { MemberId, PartyId, ProposalId, Ref } from '../model/ids.js';
import { isNotStated } from '../model/notStated.js';
import type { Party } from '../model/statute.js';
import { evaluateDecision } from '../rules/evaluateDecision.js';
import { evaluateQuorum } from '../rules/evaluateQuorum.js';
import type { Roll, RollEntry } from '../rules/types.js';
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
 * The answer of {@link requirements}.
 * - `satisfied`: the decision already is what `goal` asks;
 * - `options`: the minimal ways to get there, smallest first (empty when none exists);
 * - `blocked`: why nothing further can save it (the check code and the section it rests on);
 * - `exhaustive`: false when the search stopped at its limit (see `maxEvaluations`).
 *
 * @example
 * ```ts
 * const r = requirements(state, 'PM-3');
 * if (r.blocked) console.log(r.blocked.code, r.blocked.ref);
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
  readonly evaluations: number;
  /** Under a `per-party` rule: what each party not yet bound still needs (see {@link PartyNeeds}). */
  readonly parties?: readonly PartyNeeds[];
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
 * Options for {@link requirements}.
 *
 * @example
 * ```ts
 * requirements(state, 'PM-3', { asOf: '2024-06-01', maxEvaluations: 100_000 });
 * ```
 * @category Scenario
 */
export interface RequirementsOptions {
  readonly asOf?: IsoDate;
  /**
   * The most combinations evaluated before the search stops (`exhaustive: false`).
   * @defaultValue 1 000 000
   */
  readonly maxEvaluations?: number;
}

interface Group<T> {
  readonly items: readonly T[];
}

/**
 * Every inclusion-minimal vector of counts (one per group) that satisfies `ok`, given that `ok`
 * is monotone in each count. Enumerates the product of (size + 1) over the groups.
 */
function minimalVectors<T>(
  groups: readonly Group<T>[],
  ok: (counts: readonly number[]) => boolean,
  max: number,
): { vectors: number[][]; evaluations: number; exhaustive: boolean } {
  const found: number[][] = [];
  let evaluations = 0;
  let exhaustive = true;
  const counts = groups.map(() => 0);
  const dominated = (v: readonly number[]) => found.some((f) => f.every((c, i) => c <= (v[i] as number)));
  const visit = (g: number): void => {
    if (!exhaustive) return;
    if (g === groups.length) {
      if (dominated(counts)) return;
      evaluations += 1;
      if (evaluations > max) {
        exhaustive = false;
        return;
      }
      if (ok(counts)) found.push([...counts]);
      return;
    }
    const size = (groups[g] as Group<T>).items.length;
    for (let c = 0; c <= size; c++) {
      counts[g] = c;
      visit(g + 1);
    }
    counts[g] = 0;
  };
  visit(0);
  // Visiting in lexicographic order can find a vector before a smaller one that dominates it.
  const minimal = found.filter(
    (v, i) =>
      !found.some(
        (w, j) =>
          j !== i && w.every((c, k) => c <= (v[k] as number)) && w.some((c, k) => c < (v[k] as number)),
      ),
  );
  minimal.sort((a, b) => a.reduce((x, y) => x + y, 0) - b.reduce((x, y) => x + y, 0));
  return { vectors: minimal, evaluations, exhaustive };
}

function factSet<T>(
  groups: readonly Group<T>[],
  vector: readonly number[],
  fact: (item: T) => Fact,
  forced: readonly Fact[],
): FactSet {
  const all = [...forced];
  const choose: { count: number; of: Fact[] }[] = [];
  groups.forEach((group, g) => {
    const count = vector[g] as number;
    if (count === 0) return;
    if (count === group.items.length) all.push(...group.items.map(fact));
    else choose.push({ count, of: group.items.map(fact) });
  });
  return { all, choose, size: all.length + choose.reduce((n, c) => n + c.count, 0) };
}

function openCase(
  context: CaseContext,
  evaluation: CaseEvaluation,
  max: number,
): Omit<Requirements, 'proposal' | 'status' | 'goal'> {
  if (!isKnownCase(context)) {
    return {
      satisfied: false,
      options: [],
      exhaustive: true,
      evaluations: 0,
      blocked: { code: 'mandate.body-unknown', ref: evaluation.checks.mandate.ref },
    };
  }
  const { body, roll } = context;
  const rule = body.decision;
  // Every further fact, grouped by what the rules can tell apart: bloc, presence, the chair, and
  // what the fact does (a new vote for, a vote changed to for, a reservation withdrawn).
  type Item = { readonly fact: Fact; readonly member: MemberId };
  const byKey = new Map<string, Item[]>();
  const add = (key: string, item: Item) => byKey.set(key, [...(byKey.get(key) ?? []), item]);
  for (const e of roll.entries) {
    if (!e.voting || e.recused === true || e.setAside === true) continue;
    const who = `${e.bloc ?? ''}|${e.member === roll.chair ? 'chair' : ''}`;
    if (e.vote === undefined)
      add(`vote|${who}|${e.present ? 'present' : 'absent'}`, {
        fact: { kind: 'vote', member: e.member },
        member: e.member,
      });
    else if (e.vote !== 'for')
      add(`change|${who}|${e.vote}`, { fact: { kind: 'change-vote', member: e.member }, member: e.member });
    if (e.reservation === true)
      add(`reservation|${who}`, {
        fact: { kind: 'withdraw-reservation', member: e.member },
        member: e.member,
      });
  }
  const groups = [...byKey.keys()].sort().map((key) => ({ items: byKey.get(key) as Item[] }));
  const rollWith = (counts: readonly number[]): Roll => {
    const changes = new Map<MemberId, Partial<RollEntry>>();
    groups.forEach((g, i) => {
      for (const item of g.items.slice(0, counts[i])) {
        const patch =
          item.fact.kind === 'withdraw-reservation'
            ? { reservation: false }
            : { vote: 'for' as const, present: true };
        changes.set(item.member, { ...changes.get(item.member), ...patch });
      }
    });
    return {
      ...roll,
      entries: roll.entries.map((e) => (changes.has(e.member) ? { ...e, ...changes.get(e.member) } : e)),
    };
  };
  const ok = (counts: readonly number[]) => {
    const r = rollWith(counts);
    return (isNotStated(body.quorum) || evaluateQuorum(body.quorum, r).ok) && evaluateDecision(rule, r).ok;
  };
  const { vectors, evaluations, exhaustive } = minimalVectors(groups, ok, max);
  const options = vectors.map((v) => factSet(groups, v, (item) => item.fact, []));
  const satisfied = ok(groups.map(() => 0));
  if (options.length === 0 && exhaustive) {
    const { quorum, 'decision-rule': decision } = evaluation.checks;
    const failing = quorum?.ok === false ? quorum : decision?.ok === false ? decision : undefined;
    return {
      satisfied,
      options,
      exhaustive,
      evaluations,
      blocked: { code: failing?.code ?? 'decision-rule', ref: failing?.ref ?? body.ref },
    };
  }
  return { satisfied, options, exhaustive, evaluations };
}

function pendingRatification(
  context: CaseContext,
  max: number,
): Omit<Requirements, 'proposal' | 'status' | 'goal'> {
  const { state, statute, proposal, asOf } = context;
  const rule = ratificationRuleFor(statute, proposal.matter);
  if (rule === undefined) return { satisfied: false, options: [], exhaustive: true, evaluations: 0 };
  const members = statute.parties.filter((p) => isPartyMember(state, p.id, asOf));
  const vedtak = latestVedtak(proposal, asOf);
  const adopted = new Set(members.filter((p) => vedtak.get(p.id)?.decision === 'adopted').map((p) => p.id));
  const wanted = ratifiers(statute, rule);
  const candidates = members.filter((p) => wanted.has(p.id) && !adopted.has(p.id));
  const named = new Set(rule.requires.flatMap((r) => (r.kind === 'parties' ? r.parties : [])));
  const byPopulation = rule.requires.some((r) => r.kind === 'share-of-population');
  // Parties the rule cannot tell apart share a group.
  const keyOf = (p: Party) =>
    named.has(p.id)
      ? `named:${p.id}`
      : p.kind === 'helseforetak'
        ? 'hf'
        : p.kind !== 'kommune'
          ? p.kind
          : byPopulation
            ? `kommune:${p.kind === 'kommune' ? (p.population ?? 0) : 0}`
            : 'kommune';
  const byKey = new Map<string, Party[]>();
  for (const p of candidates) byKey.set(keyOf(p), [...(byKey.get(keyOf(p)) ?? []), p]);
  const groups = [...byKey.keys()].sort().map((key) => ({ items: byKey.get(key) as Party[] }));
  const ok = (counts: readonly number[]) => {
    const yes = new Set(adopted);
    groups.forEach((g, k) => {
      for (const p of g.items.slice(0, counts[k])) yes.add(p.id);
    });
    return rule.requires.every((req) => evaluateRequirement(req, members, yes).met);
  };
  const { vectors, evaluations, exhaustive } = minimalVectors(groups, ok, max);
  const options = vectors.map((v) =>
    factSet(groups, v, (p): Fact => ({ kind: 'ratification', party: p.id }), []),
  );
  if (options.length === 0 && exhaustive) {
    return {
      satisfied: false,
      options,
      exhaustive,
      evaluations,
      blocked: { code: 'ratification.unreachable', ref: rule.ref },
    };
  }
  return { satisfied: false, options, exhaustive, evaluations };
}

/**
 * The smallest sets of further facts that would make a decision valid (an open case: votes,
 * changed votes, withdrawn reservations) or in force (a decision awaiting
 * ratification: which parties' organs must still adopt it) — or, when nothing can save it, why
 * (`blocked`: outside the mandate, too short a notice, concluded without a majority, lapsed…).
 *
 * Exact, not heuristic. Members and parties the rules cannot tell apart are grouped (by bloc,
 * presence, the chair and the kind of fact; by kind, or by population under a population threshold), and every combination of
 * group counts is evaluated: the cost is the product of (group size + 1), e.g. 19 × 2 = 38
 * evaluations for 18 kommuner and one HF, at most 2^n for n parties of distinct populations
 * (2^20 ≈ 1 million, about a second). Past `maxEvaluations` the search stops and says so
 * (`exhaustive: false`). Under a `per-party` rule there is nothing collective to search: the
 * option is the helseforetak's adoption and any one party's, and `parties` says what each party
 * not yet bound needs. This is a pure function.
 *
 * @param state - the state
 * @param proposalId - the case
 * @param options - `asOf` and `maxEvaluations`
 * @throws {@link UnknownProposalError} when the state has no such proposal
 * @example
 * ```ts
 * const r = requirements(state, 'PM-3');
 * for (const option of r.options) {
 *   console.log(option.all.map((f) => f.kind === 'ratification' ? f.party : f.member),
 *     option.choose.map((c) => `any ${c.count} of ${c.of.length}`));
 * }
 * ```
 * @category Scenario
 */
export function requirements(
  state: State,
  proposalId: ProposalId,
  options: RequirementsOptions = {},
): Requirements {
  const context = resolveCase(state, proposalId, options.asOf);
  if (context === undefined) throw new UnknownProposalError(proposalId);
  const max = options.maxEvaluations ?? 1_000_000;
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
      return { ...base, goal: 'in-force', ...pendingRatification(context, max) };
    case 'open': {
      const procedural = [checks.mandate, checks.seats, checks.notice].find((c) => c?.ok === false);
      if (procedural !== undefined) return blocked(procedural.code, procedural.ref);
      return { ...base, goal: 'valid', ...openCase(context, evaluation, max) };
    }
  }
}
