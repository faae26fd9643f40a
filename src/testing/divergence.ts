/**
 * A search for an event log under which two statute versions decide some case differently.
 *
 * @module
 */
import fc from 'fast-check';
import { checkedAsOf } from '../assess/_inputOptions.js';
import { assessAll } from '../assess/assess.js';
import type { DecisionReport } from '../assess/types.js';
import type { GovernanceEvent } from '../engine/events.js';
import { replay } from '../engine/replay.js';
import type { IsoDate } from '../model/dates.js';
import type { ProposalId } from '../model/ids.js';
import type { Statute } from '../model/statute.js';
import { InputError, type InputIssue, StatuteError } from '../statute/issues.js';
import { safeParseStatute } from '../statute/parseStatute.js';
import { type EventsConstraints, events } from './events.js';

/**
 * Options of {@link divergence}.
 *
 * @example
 * ```ts
 * const options: DivergenceOptions = { runs: 200, seed: 2024, constraints: { maxEvents: 30 } };
 * ```
 * @category Testing
 */
export interface DivergenceOptions {
  /** How many generated logs to try: a whole number of at least 1. */
  readonly runs: number;
  /**
   * The fast-check seed: the same seed, statutes and options give the same answer.
   * @defaultValue one fast-check draws, returned in the answer so the search can be repeated
   */
  readonly seed?: number;
  /**
   * Sizes of the generated logs, as for `events`.
   * @defaultValue the defaults of `events`
   */
  readonly constraints?: EventsConstraints;
  /**
   * The date both statutes' reports are made on.
   * @defaultValue the date of the log's last event, as in `compareStatutes`
   */
  readonly asOf?: IsoDate;
}

/**
 * A log under which the two statutes decide a case differently: the log (shrunk), the first
 * case whose `status` or `valid` differs, and its report under each statute.
 *
 * @example
 * ```ts
 * const found: DivergenceFound = { found: true, events, proposal: 'case-0', before, after, seed: 7, runs: 3 };
 * ```
 * @category Testing
 */
export interface DivergenceFound {
  readonly found: true;
  /** The log, shrunk: no single event can be left out without losing every divergence. */
  readonly events: readonly GovernanceEvent[];
  /** The first case (in the order the log submits them) decided differently. */
  readonly proposal: ProposalId;
  /** The case's report under `a`. */
  readonly before: DecisionReport;
  /** The case's report under `b`. */
  readonly after: DecisionReport;
  /** The seed of the search. */
  readonly seed: number;
  /** How many logs were tried, the one that diverged included. */
  readonly runs: number;
}

/**
 * No generated log made the two statutes decide a case differently.
 *
 * @example
 * ```ts
 * const none: NoDivergence = { found: false, runs: 200, seed: 7 };
 * ```
 * @category Testing
 */
export interface NoDivergence {
  readonly found: false;
  /** How many logs were tried. */
  readonly runs: number;
  /** The seed of the search. */
  readonly seed: number;
}

/**
 * The answer of {@link divergence}.
 *
 * @example
 * ```ts
 * const result: Divergence = divergence(current, proposed, { runs: 100 });
 * if (result.found) console.log(result.before.status, '→', result.after.status);
 * ```
 * @category Testing
 */
export type Divergence = DivergenceFound | NoDivergence;

/**
 * Searches for an event log under which statute versions `a` and `b` decide some case
 * differently: a case reported under both whose `status` or `valid` differs. The logs are
 * those of `events(a)` — written for `a`, so its members, meetings and cases are the ones the
 * log refers to, and `b`, a version of the same community, knows the same ids — and each is
 * replayed from the start under each statute, as `compareStatutes` does. fast-check tries up to
 * `runs` logs and shrinks the first that diverges; then events are left out one at a time while
 * some case still diverges, so that no single event of the answer can be removed. A case only
 * one statute knows (its submission is rejected under the other) is not a divergence here;
 * `compareStatutes` lists it. Give `b` the same `effectiveFrom` as `a`, or the search finds
 * only that the dates differ.
 *
 * The search is deterministic for a given seed: the same statutes, options and seed give the
 * same answer.
 *
 * @param a - the current statute (checked)
 * @param b - the proposed statute (checked)
 * @param options - how many logs to try, the seed, the sizes of the logs, the date of the reports
 * @returns `{ found: true, events, proposal, before, after, seed, runs }` or `{ found: false, runs, seed }`
 * @throws {@link StatuteError} when `a` or `b` is not a valid statute; every issue, its path starting with `a` or `b`
 * @throws {@link InputError} when `runs` is not a whole number of at least 1, `seed` not a whole number, or `asOf` not an ISO date that exists
 * @throws {RangeError} for a constraint that `events` refuses
 * @example
 * ```ts
 * import { presets } from 'helsefellesskap';
 * import { divergence } from 'helsefellesskap/testing';
 * const proposed = { ...presets.vestfold, bodies: presets.vestfold.bodies.map((b) => (b.id === 'ssu' ? { ...b, decision: twoThirdsEachSide } : b)) };
 * const result = divergence(presets.vestfold, proposed, { runs: 200, seed: 1 });
 * if (result.found) console.log(result.proposal, result.before.status, '→', result.after.status);
 * ```
 * @category Testing
 */
export function divergence(a: Statute, b: Statute, options: DivergenceOptions): Divergence {
  checkStatutes(a, b);
  const { runs, seed, asOf } = checkedOptions(options);
  const logs = events(a, options?.constraints ?? {});
  const details = fc.check(
    fc.property(logs, (log) => firstDivergence(a, b, log, asOf) === undefined),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  if (!details.failed) return { found: false, runs: details.numRuns, seed: details.seed };
  const shrunk = details.counterexample?.[0];
  // A failure without a divergence is an error thrown by the engine, not a finding.
  if (shrunk === undefined || firstDivergence(a, b, shrunk, asOf) === undefined) throw details.errorInstance;
  const log = leaveOut(a, b, shrunk, asOf);
  const found = firstDivergence(a, b, log, asOf) as Pick<DivergenceFound, 'proposal' | 'before' | 'after'>;
  return { found: true, events: log, ...found, seed: details.seed, runs: details.numRuns };
}

/** The first case reported under both statutes with a different status or validity, if any. */
function firstDivergence(
  a: Statute,
  b: Statute,
  log: readonly GovernanceEvent[],
  asOf: IsoDate | undefined,
): { proposal: ProposalId; before: DecisionReport; after: DecisionReport } | undefined {
  const left = replay(a, log).state;
  const right = replay(b, log).state;
  const date = asOf ?? later(left.lastAt, right.lastAt);
  const after = new Map(assessAll(right, { asOf: date }).map((r) => [r.proposal, r] as const));
  for (const before of assessAll(left, { asOf: date })) {
    const other = after.get(before.proposal);
    if (other !== undefined && (other.status !== before.status || other.valid !== before.valid))
      return { proposal: before.proposal, before, after: other };
  }
  return undefined;
}

/** The later of two ISO dates (they compare as strings), the default date as in compareStatutes. */
function later(x: IsoDate, y: IsoDate): IsoDate {
  if (x < y) return y;
  return x;
}

/**
 * The log with events left out, one at a time from the last, while some case still diverges,
 * repeated until no single event can go (leaving one out can make another unneeded).
 */
function leaveOut(
  a: Statute,
  b: Statute,
  log: readonly GovernanceEvent[],
  asOf: IsoDate | undefined,
): GovernanceEvent[] {
  let current = [...log];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = current.length - 1; i >= 0; i--) {
      const shorter = [...current.slice(0, i), ...current.slice(i + 1)];
      if (firstDivergence(a, b, shorter, asOf) !== undefined) {
        current = shorter;
        changed = true;
      }
    }
  }
  return current;
}

/** Both statutes checked at once: one error with every issue, its path under `a` or `b`. */
function checkStatutes(a: unknown, b: unknown): void {
  const issues: InputIssue[] = [];
  for (const [name, statute] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const result = safeParseStatute(statute);
    if (!result.success) issues.push(...result.issues.map((i) => ({ ...i, path: [name, ...i.path] })));
  }
  if (issues.length > 0) throw new StatuteError(issues);
}

/** `runs`, `seed` and `asOf` checked, every problem in one {@link InputError}. */
function checkedOptions(options: DivergenceOptions | undefined): {
  runs: number;
  seed: number | undefined;
  asOf: IsoDate | undefined;
} {
  const { runs, seed, asOf } = (options ?? {}) as { runs?: unknown; seed?: unknown; asOf?: unknown };
  const issues: InputIssue[] = [];
  if (!(Number.isSafeInteger(runs) && (runs as number) >= 1))
    issues.push(wholeNumber('runs', runs, 'a whole number of at least 1'));
  if (seed !== undefined && !Number.isSafeInteger(seed))
    issues.push(wholeNumber('seed', seed, 'a whole number'));
  let date: IsoDate | undefined;
  try {
    date = checkedAsOf(asOf);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0) throw new InputError('options', issues);
  return { runs: runs as number, seed: seed as number | undefined, asOf: date };
}

/** The issue of an option that is not the whole number it must be. */
function wholeNumber(field: string, value: unknown, expected: string): InputIssue {
  const shown = typeof value === 'number' ? String(value) : typeof value;
  const code =
    typeof value !== 'number'
      ? 'invalid_type'
      : !Number.isInteger(value)
        ? 'not_integer'
        : value > 0
          ? 'too_big'
          : 'too_small';
  return {
    code,
    path: [field],
    params: { expected, received: shown },
    message: `expected ${expected}, got ${shown}`,
  };
}
