/**
 * Counting over a roll: the one place where seated, present and cast are defined.
 *
 * @internal
 * @module
 */

import { own } from '../model/_own.js';
import type { Ref } from '../model/ids.js';
import type { Bloc } from '../model/statute.js';
import type { OutcomeBase, OutcomeOf, Roll, RollEntry, RuleOutcome } from './types.js';

/** {@link Counts} and the lists consensus reads: who objected, who reserved. @internal */
export interface Tally extends Counts {
  /** Seated members who recorded a reservation. */
  readonly reservations: number;
  /** Ids of seated members who voted against. */
  readonly objectors: readonly string[];
  /** Ids of seated members who recorded a reservation. */
  readonly reservers: readonly string[];
  /** Observers (no vote) who objected: recorded, never counted. */
  readonly observerObjections: number;
}

/** @internal */
export function isSeated(entry: RollEntry): boolean {
  return entry.voting && entry.recused !== true;
}

/** @internal */
export function isPresent(entry: RollEntry): boolean {
  return entry.present || entry.vote !== undefined;
}

/**
 * The entries of rolls the library built and froze, each with what was counted over it so far: a
 * case's roll is counted once however many rules and checks read it. A roll a caller passes in is
 * counted on every call, since nothing stops its entries from changing between calls.
 */
const sealed = new WeakMap<
  readonly RollEntry[],
  { counts?: Counts; tally?: Tally; blocs?: Map<Bloc, Roll> }
>();

/**
 * Marks a roll as built and frozen by the library, entries and all, so that what is counted over
 * it is kept. @internal
 */
export function sealRoll<R extends Roll>(roll: R): R {
  sealed.set(roll.entries, {});
  return roll;
}

/** The counts of a roll, with the objectors and reservers listed (sorted). @internal */
export function tally(entries: readonly RollEntry[]): Tally {
  const memo = sealed.get(entries);
  if (memo === undefined) return tallyOf(entries);
  if (memo.tally === undefined) {
    // Kept and handed to every rule that reads the roll: its lists are frozen too.
    const kept = tallyOf(entries);
    Object.freeze(kept.objectors);
    Object.freeze(kept.reservers);
    memo.tally = Object.freeze(kept);
  }
  return memo.tally;
}

function tallyOf(entries: readonly RollEntry[]): Tally {
  let observerObjections = 0;
  const objectors: string[] = [];
  const reservers: string[] = [];
  for (const entry of entries) {
    if (entry.recused === true) continue;
    if (!entry.voting) {
      if (entry.vote === 'against' || entry.reservation === true) observerObjections += 1;
    } else if (isPresent(entry)) {
      if (entry.vote === 'against') objectors.push(entry.member);
      if (entry.reservation === true) reservers.push(entry.member);
    }
  }
  return {
    ...countsOf(entries),
    reservations: reservers.length,
    objectors: objectors.sort(),
    reservers: reservers.sort(),
    observerObjections,
  };
}

/** The blocs a per-bloc rule must hold in. @internal */
export function blocsOf(roll: Roll): readonly Bloc[] {
  if (roll.blocs !== undefined) return roll.blocs;
  const blocs = new Set<Bloc>();
  for (const entry of roll.entries) if (entry.voting && entry.bloc !== undefined) blocs.add(entry.bloc);
  return [...blocs].sort();
}

/** The part of a roll in one bloc. @internal */
export function rollOfBloc(roll: Roll, bloc: Bloc): Roll {
  const memo = sealed.get(roll.entries);
  if (memo === undefined) return partOf(roll, bloc);
  memo.blocs ??= new Map();
  let part = memo.blocs.get(bloc);
  if (part === undefined) {
    const built = partOf(roll, bloc);
    part = sealRoll(Object.freeze({ ...built, entries: Object.freeze(built.entries) }));
    memo.blocs.set(bloc, part);
  }
  return part;
}

function partOf(roll: Roll, bloc: Bloc): Roll {
  const entries = roll.entries.filter((entry) => entry.bloc === bloc);
  const chair =
    roll.chair !== undefined && entries.some((e) => e.member === roll.chair) ? roll.chair : undefined;
  const seats =
    roll.seats === undefined
      ? {}
      : {
          seats: {
            total: own(roll.seats.byBloc, bloc) ?? 0,
            byBloc: { [bloc]: own(roll.seats.byBloc, bloc) ?? 0 },
          },
        };
  return { entries, ...(chair === undefined ? {} : { chair }), blocs: [bloc], ...seats };
}

/** An outcome from a requirement and a count. @internal */
export function countOutcome<C extends string, P>(
  code: { readonly met: C; readonly short: C },
  ref: Ref,
  base: OutcomeBase,
  baseCount: number,
  required: number,
  got: number,
  params: P,
  extra: { bloc?: Bloc; children?: readonly RuleOutcome[]; ok?: boolean } = {},
): OutcomeOf<C, P> {
  const ok = extra.ok ?? got >= required;
  const outcome: Record<string, unknown> = {
    ok,
    code: ok ? code.met : code.short,
    ref,
    base,
    baseCount,
    required,
    got,
    missing: required > got ? required - got : 0,
    spare: got > required ? got - required : 0,
  };
  // Assigned in the order the outcome's keys always had: a report's JSON stays byte for byte.
  if (extra.bloc !== undefined) outcome.bloc = extra.bloc;
  outcome.params = params;
  if (extra.children !== undefined) outcome.children = extra.children;
  return outcome as unknown as OutcomeOf<C, P>;
}

/** What a rule counts over a roll, in one pass and without lists. @internal */
export interface Counts {
  /** Voting members, not recused. */
  readonly seated: number;
  /** Voting members recused. */
  readonly recused: number;
  /** Seated and present (a vote counts as presence). */
  readonly present: number;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/** The counts of a roll's entries, in one pass (once for a roll the library built). @internal */
export function countsOf(entries: readonly RollEntry[]): Counts {
  const memo = sealed.get(entries);
  if (memo === undefined) return countEntries(entries);
  memo.counts ??= Object.freeze(countEntries(entries));
  return memo.counts;
}

function countEntries(entries: readonly RollEntry[]): Counts {
  let seated = 0;
  let recused = 0;
  let present = 0;
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const entry of entries) {
    if (!entry.voting) continue;
    if (entry.recused === true) {
      recused += 1;
      continue;
    }
    seated += 1;
    const vote = entry.vote;
    if (vote === undefined && !entry.present) continue;
    present += 1;
    if (vote === 'for') yes += 1;
    else if (vote === 'against') no += 1;
    else if (vote === 'abstain') abstain += 1;
  }
  return { seated, recused, present, for: yes, against: no, abstain };
}

/**
 * The members a quorum or a majority of the seated is counted against: the seats the body shall
 * have less recused members when the roll has them (never fewer than the seated on the roll), or
 * else the seated voting members on the roll. @internal
 */
export function seatedBaseOf(
  roll: Roll,
  counts: Counts,
): { readonly base: 'seated' | 'seats'; readonly count: number } {
  if (roll.seats === undefined) return { base: 'seated', count: counts.seated };
  return { base: 'seats', count: Math.max(counts.seated, roll.seats.total - counts.recused) };
}
