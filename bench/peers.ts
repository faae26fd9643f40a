/**
 * The peer a user would pick to evaluate quorum and majority: json-rules-engine (7.3.1), on the
 * same 16-member roll in the same process. The rule asks what the library's rules ask: at least
 * half of the seated present, and more for than against among those voting. Each figure is the
 * median of 5 rounds of 20,000 evaluations after a warm-up.
 */
import { Engine } from 'json-rules-engine';
import { assess, evaluateDecision, evaluateQuorum, type Roll } from '../src/index.js';
import type { DecisionRule, QuorumRule } from '../src/model/rules.js';
import { openSsuCase } from './requirements.js';

const quorum: QuorumRule = {
  counts: 'present',
  threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
  ref: '§7',
};
const majority: DecisionRule = {
  kind: 'majority',
  threshold: { numerator: 1, denominator: 2 },
  strict: true,
  base: 'for+against',
  tieBreak: 'fails',
  ref: '§7',
};

/** 16 voting members: a third absent, the rest for, against or abstaining in turn. */
const roll: Roll = {
  entries: Array.from({ length: 16 }, (_, i) => ({
    member: `m${i}`,
    voting: true,
    present: i % 3 !== 2,
    ...(i % 3 === 2 ? {} : { vote: (['for', 'against', 'abstain', 'for'] as const)[i % 4] }),
  })),
};

/** The same facts a rules engine is given: the counts, computed from the roll per evaluation. */
function facts(r: Roll) {
  const present = r.entries.filter((e) => e.present).length;
  const forVotes = r.entries.filter((e) => e.vote === 'for').length;
  const against = r.entries.filter((e) => e.vote === 'against').length;
  return { seated: r.entries.length, present, twicePresent: present * 2, for: forVotes, against };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** ns per call of a synchronous function. */
function timedSync(f: () => unknown, n = 20_000): number {
  for (let i = 0; i < 2_000; i++) f();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f();
    rounds.push(Number(process.hrtime.bigint() - start) / n);
  }
  return median(rounds);
}

/** ns per call of an asynchronous function, each awaited before the next. */
async function timed(f: () => Promise<unknown>, n = 20_000): Promise<number> {
  for (let i = 0; i < 2_000; i++) await f();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await f();
    rounds.push(Number(process.hrtime.bigint() - start) / n);
  }
  return median(rounds);
}

/** ns per evaluation: the library's two rules, a full report, and the peer's one rule. */
export async function peers(): Promise<{ rules: number; report: number; peer: number; agree: boolean }> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({
    conditions: {
      all: [
        { fact: 'twicePresent', operator: 'greaterThanInclusive', value: { fact: 'seated' } },
        { fact: 'for', operator: 'greaterThan', value: { fact: 'against' } },
      ],
    },
    event: { type: 'adopted' },
  });
  const peerSays = (await engine.run(facts(roll))).events.length > 0;
  const librarySays = evaluateQuorum(quorum, roll).ok && evaluateDecision(majority, roll).ok;
  const state = openSsuCase();
  return {
    rules: timedSync(() => evaluateQuorum(quorum, roll).ok && evaluateDecision(majority, roll).ok),
    report: timedSync(() => assess(state, 'SSU-7'), 5_000),
    peer: await timed(() => engine.run(facts(roll))),
    agree: peerSays === librarySays,
  };
}
