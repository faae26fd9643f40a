/**
 * `requirements` for an open case: the fewest votes, changed votes and withdrawn reservations
 * that would make it valid.
 *
 * @internal
 * @module
 */
import type { CaseEvaluation } from '../engine/checks/evaluateCase.js';
import { type CaseContext, type CaseRoll, isKnownCase } from '../engine/resolveCase.js';
import type { MemberId } from '../model/ids.js';
import { isNotStated } from '../model/notStated.js';
import { evaluateDecision } from '../rules/evaluateDecision.js';
import { evaluateQuorum } from '../rules/evaluateQuorum.js';
import type { Roll, RollEntry } from '../rules/types.js';
import { minimalVectors } from './_minimalVectors.js';
import type { Fact, FactSet, Requirements } from './requirements.js';

/** What `requirements` answers, short of the proposal, its status and the goal. @internal */
export type Answer = Omit<Requirements, 'proposal' | 'status' | 'goal'>;

/** The limits `requirements` was given, filled with their defaults. @internal */
export interface Limits {
  readonly maxOptions: number;
  readonly maxWork: number;
}

/** The truncation flag of an answer, when the search stopped at `by`. @internal */
export function truncation(by: 'maxOptions' | 'maxEvaluations' | undefined, limits: Limits) {
  if (by === undefined) return { exhaustive: true };
  return {
    exhaustive: false,
    truncated: { by, limit: by === 'maxOptions' ? limits.maxOptions : limits.maxWork },
  };
}

/** An option from counts per group: whole groups go to `all`, the rest to "any n of". @internal */
export function factSet<T>(
  groups: readonly (readonly T[])[],
  vector: readonly number[],
  fact: (item: T) => Fact,
  forced: readonly Fact[],
): FactSet {
  const all = [...forced];
  const choose: { count: number; of: Fact[] }[] = [];
  groups.forEach((items, g) => {
    const count = vector[g] as number;
    if (count === 0) return;
    if (count === items.length) all.push(...items.map(fact));
    else choose.push({ count, of: items.map(fact) });
  });
  return { all, choose, size: all.length + choose.reduce((n, c) => n + c.count, 0) };
}

type Item = { readonly fact: Fact; readonly member: MemberId };

/**
 * Every further fact, grouped by what the rules can tell apart: bloc, presence, the chair, and
 * what the fact does (a new vote for, a vote changed to for, a reservation withdrawn).
 */
function groupFacts(roll: CaseRoll): Item[][] {
  const byKey = new Map<string, Item[]>();
  const add = (key: string, item: Item) => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [item]);
    else list.push(item);
  };
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
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as Item[]);
}

/** The roll with the first `counts[g]` facts of each group applied. */
function rollWith(roll: Roll, groups: readonly (readonly Item[])[], counts: readonly number[]): Roll {
  const changes = new Map<MemberId, Partial<RollEntry>>();
  groups.forEach((items, g) => {
    for (const item of items.slice(0, counts[g])) {
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
}

/** The options of an open case, or why there is none. @internal */
export function openCase(context: CaseContext, evaluation: CaseEvaluation, limits: Limits): Answer {
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
  const groups = groupFacts(roll);
  const ok = (counts: readonly number[]) => {
    const r = rollWith(roll, groups, counts);
    return (
      (isNotStated(body.quorum) || evaluateQuorum(body.quorum, r).ok) && evaluateDecision(body.decision, r).ok
    );
  };
  const found = minimalVectors(
    groups.map((g) => g.length),
    ok,
    limits,
  );
  const options = found.vectors.map((v) => factSet(groups, v, (item) => item.fact, []));
  const satisfied = options.length === 1 && options[0]?.size === 0;
  const answer = { satisfied, options, evaluations: found.work, ...truncation(found.truncatedBy, limits) };
  if (options.length > 0) return answer;
  const { quorum, 'decision-rule': decision } = evaluation.checks;
  const failing = quorum?.ok === false ? quorum : decision?.ok === false ? decision : undefined;
  return { ...answer, blocked: { code: failing?.code ?? 'decision-rule', ref: failing?.ref ?? body.ref } };
}
