import { describe, expect, it } from 'vitest';
import { checkDecisionRule } from '../../src/engine/checks/decisionRule.js';
import type { CaseEvaluation } from '../../src/engine/checks/evaluateCase.js';
import { checkQuorum } from '../../src/engine/checks/quorum.js';
import type { CaseContext, CaseRollEntry, KnownCase } from '../../src/engine/resolveCase.js';
import type { Body, DecisionRule, Fact, FactSet, QuorumRule } from '../../src/index.js';
import { openCase } from '../../src/scenario/_openCase.js';
import { minimalStatute } from '../fixtures.js';

// Test data: the minimal statute's SSU, with its quorum, decision rule and body on sections of
// their own, so that the section a blocked answer rests on tells them apart.
const ssu = minimalStatute.bodies[1] as Body;
const halfPresent: QuorumRule = {
  counts: 'present',
  threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
  ref: '§2.1',
};
const consensus: DecisionRule = { kind: 'consensus', reservationBlocks: false, ref: '§2.2' };
const reservationBlocks: DecisionRule = { kind: 'consensus', reservationBlocks: true, ref: '§2.2' };
const unanimity: DecisionRule = { kind: 'unanimity', ref: '§2.2' };
const limits = { maxOptions: 10, maxWork: 20_000 };

type Entry = Omit<CaseRollEntry, 'seat' | 'rights'>;
type Seats = { total: number; byBloc: Partial<Record<'kommunesiden' | 'helseforetakssiden', number>> };
interface Case {
  readonly decision: DecisionRule;
  readonly entries: readonly Entry[];
  readonly chair?: string;
  readonly seats?: Seats;
}

/** A voting member of the kommune side, present and yet to vote, unless `extra` says otherwise. */
const member = (id: string, extra: Partial<Entry> = {}): Entry => ({
  member: id,
  bloc: 'kommunesiden',
  voting: true,
  present: true,
  ...extra,
});

/** The case on the SSU with this roll, as `requirements` resolves it. */
function context({ decision, entries, chair, seats }: Case): KnownCase {
  const roll = {
    entries,
    blocs: ['kommunesiden', 'helseforetakssiden'],
    ...(chair === undefined ? {} : { chair }),
    ...(seats === undefined ? {} : { seats }),
  };
  const body = { ...ssu, quorum: halfPresent, decision, ref: '§2' };
  return { body, matter: minimalStatute.matters[0], roll } as unknown as KnownCase;
}

const mandate = { id: 'mandate', ok: true, ref: '§2', code: 'mandate.decides' };

/** The checks of a case held at a meeting: the mandate, the quorum and the decision rule. */
function evaluationOf(known: KnownCase): CaseEvaluation {
  const checks = { mandate, quorum: checkQuorum(known), 'decision-rule': checkDecisionRule(known) };
  return { checks } as unknown as CaseEvaluation;
}

const open = (c: Case) => {
  const known = context(c);
  return openCase(known, evaluationOf(known), limits);
};

const vote = (member: string): Fact => ({ kind: 'vote', member });
const change = (member: string): Fact => ({ kind: 'change-vote', member });
const withdraw = (member: string): Fact => ({ kind: 'withdraw-reservation', member });
/** One option: every fact in `all`. */
const every = (...all: Fact[]): FactSet => ({ all, choose: [], size: all.length });

describe('openCase: a case already valid', () => {
  it('is satisfied with the empty option when every member present has voted for', () => {
    const entries = [member('k1', { vote: 'for' }), member('k2', { vote: 'for' })];
    expect(open({ decision: consensus, entries })).toEqual({
      satisfied: true,
      options: [every()],
      evaluations: 2,
      exhaustive: true,
    });
  });
});

describe('openCase: who can still act', () => {
  it('asks the one member who can still vote for, and is not yet satisfied', () => {
    expect(open({ decision: consensus, entries: [member('k1', { present: false })] })).toEqual({
      satisfied: false,
      options: [every(vote('k1'))],
      evaluations: 5,
      exhaustive: true,
    });
  });

  it.each([
    ['an observer without a vote', { voting: false }],
    ['a member recused but counted', { recused: true }],
    ['a member recused and set aside as absent', { setAside: true as const }],
  ])('never asks %s to vote', (_, extra: Partial<Entry>) => {
    // The other member is absent, as a member set aside always is: both would share a group.
    const entries = [member('x', { present: false, ...extra }), member('k1', { present: false })];
    expect(open({ decision: consensus, entries })).toEqual({
      satisfied: false,
      options: [every(vote('k1'))],
      evaluations: 5,
      exhaustive: true,
    });
  });

  it('never asks a member who voted for to change their vote', () => {
    const entries = [member('k1', { vote: 'for' }), member('k2', { vote: 'against' })];
    expect(open({ decision: consensus, entries })).toEqual({
      satisfied: false,
      options: [every(change('k2'))],
      evaluations: 5,
      exhaustive: true,
    });
  });

  it('asks a member who voted against and one who abstained to change their votes under unanimity', () => {
    const entries = [member('k1', { vote: 'abstain' }), member('k2', { vote: 'against' })];
    expect(open({ decision: unanimity, entries })).toEqual({
      satisfied: false,
      options: [every(change('k1'), change('k2'))],
      evaluations: 10,
      exhaustive: true,
    });
  });

  it('asks for a blocking reservation to be withdrawn, and none of the others', () => {
    const entries = [
      member('k1', { vote: 'for', reservation: true }),
      member('k2', { vote: 'for' }),
      member('h1', { bloc: 'helseforetakssiden', vote: 'for' }),
    ];
    expect(open({ decision: reservationBlocks, entries })).toEqual({
      satisfied: false,
      options: [every(withdraw('k1'))],
      evaluations: 5,
      exhaustive: true,
    });
  });

  it('asks a member who objected with a reservation both to change the vote and to withdraw it', () => {
    const entries = [
      member('k1', { vote: 'against', reservation: true }),
      member('h1', { bloc: 'helseforetakssiden', vote: 'for', reservation: true }),
    ];
    expect(open({ decision: reservationBlocks, entries })).toEqual({
      satisfied: false,
      // Grouped by what the fact does, then by side: the change first, the reservations after.
      options: [every(change('k1'), withdraw('h1'), withdraw('k1'))],
      evaluations: 15,
      exhaustive: true,
    });
  });
});

describe('openCase: the order of the facts an option lists', () => {
  it('lists the chair before the other members of the same side', () => {
    const entries = [member('k1'), member('k2')];
    expect(open({ decision: unanimity, entries, chair: 'k2' })).toEqual({
      satisfied: false,
      options: [every(vote('k2'), vote('k1'))],
      evaluations: 10,
      exhaustive: true,
    });
  });

  it('lists the members absent before those present', () => {
    const entries = [member('k1'), member('k2', { present: false })];
    expect(open({ decision: unanimity, entries })).toEqual({
      satisfied: false,
      options: [every(vote('k2'), vote('k1'))],
      evaluations: 10,
      exhaustive: true,
    });
  });

  it('lists the members of a side before those without one', () => {
    const entries = [{ member: 'x', voting: true, present: true }, member('k1')];
    expect(open({ decision: unanimity, entries })).toEqual({
      satisfied: false,
      options: [every(vote('k1'), vote('x'))],
      evaluations: 10,
      exhaustive: true,
    });
  });

  it('offers any one of members the rules cannot tell apart', () => {
    const entries = [member('k1'), member('k2'), member('k3')];
    expect(open({ decision: consensus, entries })).toEqual({
      satisfied: false,
      options: [{ all: [], choose: [{ count: 1, of: [vote('k1'), vote('k2'), vote('k3')] }], size: 1 }],
      evaluations: 6,
      exhaustive: true,
    });
  });
});

describe('openCase: when nothing further can make it valid', () => {
  const blocked = (code: string, ref: string, evaluations = 1) => ({
    satisfied: false,
    options: [],
    evaluations,
    exhaustive: true,
    blocked: { code, ref },
  });
  // Test data: six seats, three a side, with only some of them filled.
  const sixSeats: Seats = { total: 6, byBloc: { kommunesiden: 3, helseforetakssiden: 3 } };
  const twoThirdsOfSeated: DecisionRule = {
    kind: 'majority',
    threshold: { numerator: 2, denominator: 3 },
    strict: false,
    base: 'seated',
    tieBreak: 'fails',
    ref: '§2.2',
  };

  it('blocks a case whose body or matter the statute does not know, on the mandate’s section', () => {
    const known = context({ decision: consensus, entries: [member('k1')] });
    const unknown = { ...known, body: undefined } as unknown as CaseContext;
    const evaluation = {
      checks: { mandate: { ...mandate, ok: false, ref: '§1' } },
    } as unknown as CaseEvaluation;
    expect(openCase(unknown, evaluation, limits)).toEqual(blocked('mandate.body-unknown', '§1', 0));
  });

  it.each([
    ['no one has voted', {}],
    ['everyone present voted for', { vote: 'for' as const }],
  ])('blocks a case that can never be quorate on the quorum rule (%s)', (_, votes: Partial<Entry>) => {
    const entries = [member('k1', votes), member('h1', { bloc: 'helseforetakssiden', ...votes })];
    expect(open({ decision: consensus, entries, seats: sixSeats })).toEqual(blocked('quorum.short', '§2.1'));
  });

  it('blocks a quorate case whose decision rule can never be met on that rule', () => {
    const entries = [
      member('k1', { vote: 'for' }),
      member('k2'),
      member('h1', { bloc: 'helseforetakssiden' }),
    ];
    expect(open({ decision: twoThirdsOfSeated, entries, seats: sixSeats })).toEqual(
      blocked('majority.short', '§2.2'),
    );
  });

  it('blocks a case with no quorum or vote on record on the decision rule, on the body’s section', () => {
    // As for a case with no meeting: an empty roll, and only the mandate checked.
    const known = context({ decision: consensus, entries: [] });
    const evaluation = { checks: { mandate } } as unknown as CaseEvaluation;
    expect(openCase(known, evaluation, limits)).toEqual(blocked('decision-rule', '§2'));
  });
});
