/**
 * One fuzz case, chosen and generated from its index and the run's seed, and the promises it
 * checks: no uncaught exception (typed errors only where documented), no call past its time
 * budget, a rejected event leaves the state identical, replay equals folding `apply`, states
 * keep their invariants (frozen, plain JSON among them), every issue path leads into the input,
 * and `Object.prototype` is untouched.
 */
import fc from 'fast-check';
import {
  apply,
  assessAll,
  compareStatutes,
  explain,
  type GovernanceEvent,
  InputError,
  initialState,
  lintStatute,
  presets,
  replay,
  requirements,
  type State,
  type Statute,
  safeParseEvent,
  safeParseStatute,
  UnknownProposalError,
  whatIf,
} from '../src/index.js';
import { checkInvariants, events, scenario } from '../src/testing/index.js';
import { leadsInto, mutate, random } from './mutate.js';

export const categories = [
  'json-statute',
  'json-event',
  'mutated-preset',
  'event-stream',
  'hostile',
] as const;
export type Category = (typeof categories)[number];

/** The longest any one call may take, in ms: past it, the call counts as a hang. */
export const budgetMs = 2_000;

const presetList: readonly Statute[] = [
  presets.helgeland,
  presets.vestfold,
  presets.finnmark,
  presets.nationalTemplate,
];
const eventTypes = [
  'statute-adopted',
  'party-joined',
  'party-withdrew',
  'member-appointed',
  'member-left',
  'meeting-convened',
  'attendance-recorded',
  'member-recused',
  'proposal-submitted',
  'proposal-withdrawn',
  'proposal-deferred',
  'proposal-discussed',
  'secretariat-decided',
  'vote-cast',
  'proposal-concluded',
  'proposal-escalated',
  'proposal-forwarded',
  'statement-recorded',
  'ratification-recorded',
  'substitute-appointed',
  'substitute-attending',
  'leadership-elected',
  'nope',
];

/** Random JSON of bounded depth. */
function randomJson(rand: () => number, depth = 0): unknown {
  const r = rand();
  if (depth > 3 || r < 0.3) {
    const leaf = Math.floor(rand() * 7);
    return [null, true, -1, 0.5, '', 'ssu', '2024-02-30'][leaf];
  }
  if (r < 0.55) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1));
  const out: Record<string, unknown> = {};
  const keys = [
    'type',
    'at',
    'proposal',
    'body',
    'member',
    'party',
    'meeting',
    'id',
    'bodies',
    'seats',
    'ref',
    '__proto__',
    'toString',
  ];
  for (let i = Math.floor(rand() * 5); i > 0; i--)
    Object.defineProperty(out, keys[Math.floor(rand() * keys.length)] as string, {
      value: randomJson(rand, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** The first sample of an arbitrary for a seed. */
const sample = <T>(arb: fc.Arbitrary<T>, seed: number): T => fc.sample(arb, { seed, numRuns: 1 })[0] as T;

/** What a case found wrong, and how long its slowest call took. */
export interface CaseResult {
  readonly category: Category;
  readonly failures: string[];
  readonly slowestMs: number;
}

/** Runs one case. `index` and `seed` together reproduce it. */
export function runCase(seed: number, index: number): CaseResult {
  const category = categories[index % categories.length] as Category;
  const rand = random(seed * 1_000_003 + index);
  const failures: string[] = [];
  let slowestMs = 0;
  const call = <T>(
    name: string,
    f: () => T,
    typed: readonly (new (...a: never[]) => Error)[] = [],
  ): T | undefined => {
    const start = performance.now();
    try {
      return f();
    } catch (error) {
      if (!typed.some((t) => error instanceof t))
        failures.push(`${name} threw ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 200)}`);
      return undefined;
    } finally {
      const ms = performance.now() - start;
      slowestMs = Math.max(slowestMs, ms);
      if (ms > budgetMs) failures.push(`${name} took ${ms.toFixed(0)} ms (budget ${budgetMs} ms)`);
    }
  };
  const checks = { call, failures, rand, seed: seed * 7919 + index };
  if (category === 'json-statute') jsonStatute(checks);
  else if (category === 'json-event') jsonEvent(checks);
  else if (category === 'mutated-preset') mutatedPreset(checks);
  else if (category === 'event-stream') eventStream(checks);
  else hostile(checks);
  return { category, failures, slowestMs };
}

interface Checks {
  readonly call: <T>(
    name: string,
    f: () => T,
    typed?: readonly (new (...a: never[]) => Error)[],
  ) => T | undefined;
  readonly failures: string[];
  readonly rand: () => number;
  readonly seed: number;
}

function pathsLeadIn(
  name: string,
  input: unknown,
  result: ReturnType<typeof safeParseStatute> | undefined,
  failures: string[],
) {
  if (result === undefined || result.success) return;
  for (const issue of result.issues)
    if (!leadsInto(input, issue.path))
      failures.push(`${name}: issue ${issue.code} at ${JSON.stringify(issue.path)} leads nowhere`);
}

function jsonStatute({ call, failures, rand }: Checks) {
  const input = rand() < 0.5 ? randomJson(rand) : { ...presets.vestfold, bodies: randomJson(rand) };
  pathsLeadIn(
    'safeParseStatute',
    input,
    call('safeParseStatute', () => safeParseStatute(input)),
    failures,
  );
}

const base = initialState(presets.vestfold);

function jsonEvent({ call, failures, rand }: Checks) {
  const body = randomJson(rand);
  const input =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? { ...body, type: eventTypes[Math.floor(rand() * eventTypes.length)], at: '2024-03-14' }
      : body;
  const parsed = call('safeParseEvent', () => safeParseEvent(input));
  pathsLeadIn('safeParseEvent', input, parsed as never, failures);
  const out = call('apply', () => apply(base, input as GovernanceEvent));
  if (out === undefined) return;
  if (out.outcome.kind === 'rejected' && out.state !== base)
    failures.push('apply: a rejected event changed the state');
  if (out.outcome.kind === 'applied' && parsed?.success === false)
    failures.push('apply: applied an event parseEvent rejects');
}

/** Replays a log and checks what every state must be, with the reports and their texts. */
function judge(name: string, { call, failures }: Checks, statute: Statute, log: readonly GovernanceEvent[]) {
  const whole = call(`${name}: replay`, () => replay(statute, log), [InputError]);
  if (whole === undefined) return;
  let state: State = initialState(statute);
  for (const [i, event] of log.entries()) {
    const next = call(`${name}: apply #${i}`, () => apply(state, event));
    if (next === undefined) return;
    if (next.outcome.kind === 'rejected' && next.state !== state)
      failures.push(`${name}: rejected #${i} changed the state`);
    if (next.outcome.kind !== whole.outcomes[i]?.kind)
      failures.push(`${name}: #${i} ${next.outcome.kind} folding, ${whole.outcomes[i]?.kind} replaying`);
    state = next.state;
  }
  // replay counts every event in `position`, rejected ones too; apply counts the applied ones.
  if (whole.state.position !== log.length)
    failures.push(`${name}: replay's position is not the log's length`);
  if (JSON.stringify({ ...state, position: log.length }) !== JSON.stringify(whole.state))
    failures.push(`${name}: replay differs from folding apply`);
  for (const v of call(`${name}: invariants`, () => checkInvariants(whole.state)) ?? [])
    failures.push(`${name}: invariant ${v.invariant}: ${v.detail}`);
  const reports = call(`${name}: assessAll`, () => assessAll(whole.state)) ?? [];
  for (const report of reports) {
    call(`${name}: explain`, () =>
      explain(report, { locale: report.proposal.length % 2 === 0 ? 'nb' : 'en' }),
    );
  }
  const first = reports[0];
  if (first !== undefined) {
    call(`${name}: requirements`, () => requirements(whole.state, first.proposal), [UnknownProposalError]);
    call(`${name}: whatIf`, () => whatIf(whole.state, log.slice(-3)));
  }
}

function mutatedPreset(checks: Checks) {
  const { call, failures, rand, seed } = checks;
  const preset = presetList[Math.floor(rand() * presetList.length)] as Statute;
  const input = mutate(preset, rand);
  const parsed = call('safeParseStatute', () => safeParseStatute(input));
  pathsLeadIn('safeParseStatute', input, parsed, failures);
  if (parsed?.success !== true) return;
  call('lintStatute', () => lintStatute(parsed.data));
  const log = sample(events(preset, { maxEvents: 30 }), seed);
  judge('mutated preset', checks, parsed.data, log);
  call('compareStatutes', () => compareStatutes(preset, parsed.data, log));
}

function eventStream(checks: Checks) {
  const { rand, seed } = checks;
  const { statute, events: log } = sample(scenario({ maxEvents: 40 }), seed);
  const mutated = [...log];
  for (let i = Math.floor(rand() * 4); i > 0 && mutated.length > 0; i--) {
    const at = Math.floor(rand() * mutated.length);
    const op = Math.floor(rand() * 4);
    if (op === 0) mutated.splice(at, 1);
    else if (op === 1) mutated.splice(at, 0, mutated[at] as GovernanceEvent);
    else if (op === 2) mutated.reverse();
    else mutated[at] = mutate(mutated[at], rand, 2) as GovernanceEvent;
  }
  judge('event stream', checks, statute, mutated);
}

function hostile({ call, rand }: Checks) {
  const boom = () => {
    throw new Error('boom');
  };
  const values: unknown[] = [
    new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom }),
    Object.defineProperty({ type: 'vote-cast' }, 'at', { get: boom, enumerable: true }),
    (() => {
      const cyclic: Record<string, unknown> = { kind: 'all', ref: 'x' };
      cyclic.rules = [cyclic];
      return { ...presets.vestfold, bodies: [{ ...presets.vestfold.bodies[0], decision: cyclic }] };
    })(),
  ];
  const value = values[Math.floor(rand() * values.length)];
  call('safeParseStatute', () => safeParseStatute(value));
  call('safeParseEvent', () => safeParseEvent(value));
  call('apply', () => apply(base, value as GovernanceEvent));
}
