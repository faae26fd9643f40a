import { describe, expect, it } from 'vitest';
import { requirements, type Scenario, scenario, UnknownProposalError } from '../../src/index.js';
import { innlandet } from '../engine/_innlandet.js';
import { clone, minimalStatute } from '../fixtures.js';
import { pmBudget as budgetOn, withDeadline } from './_budget.js';

// The minimal statute's SSU and FSU, both sides seated (test data).
const seated = (statute = minimalStatute) =>
  scenario(statute)
    .on('2024-01-02')
    .appoint('ssu', 'k', ['k1', 'k2'])
    .appoint('ssu', 'h', ['h1', 'h2'])
    .appoint('fsu', 'k', ['fk1'])
    .appoint('fsu', 'h', ['fh1']);
const ssu = ['k1', 'k2', 'h1', 'h2'];
const all = (members: string[], vote: 'for' | 'against' = 'for') =>
  Object.fromEntries(members.map((m) => [m, vote] as const));
/** A case on the SSU (pathway) on 2024-03-14, everyone present. */
const ssuCase = (s: Scenario = seated()) =>
  s.on('2024-03-14').convene('ssu').attend(ssu).propose('SSU-1', 'pathway');

/** A budget on the PM on 2024-03-14, all for (or one against), concluded. */
const pmBudget = (statute = minimalStatute, last: 'for' | 'against' = 'for') =>
  budgetOn(seated(statute), last);

/** The answer for a case that needs nothing more: the one empty option, found without a search. */
const nothingMore = (proposal: string, status: string, goal: 'valid' | 'in-force') => ({
  proposal,
  status,
  goal,
  satisfied: true,
  options: [{ all: [], choose: [], size: 0 }],
  exhaustive: true,
  evaluations: 0,
});

describe('requirements, by where a case stands', () => {
  it('an adopted decision needs nothing more to be valid', () => {
    const s = ssuCase().vote('SSU-1', all(ssu)).conclude();
    expect(requirements(s.state, 'SSU-1')).toEqual(nothingMore('SSU-1', 'adopted', 'valid'));
  });

  it('a recommendation adopted needs nothing more, and never comes into force', () => {
    const s = seated()
      .on('2024-03-14')
      .convene('fsu')
      .attend(['fk1', 'fh1'])
      .propose('FSU-1', 'pathway')
      .vote('FSU-1', all(['fk1', 'fh1']))
      .conclude();
    expect(requirements(s.state, 'FSU-1')).toMatchObject({
      status: 'recommended',
      goal: 'valid',
      satisfied: true,
    });
  });

  it('advice adopted needs nothing more', () => {
    const s = scenario(innlandet)
      .on('2024-01-10')
      .appoint('fagutvalg-rus', 'kommune', ['k'], { party: 'kommune-a' })
      .appoint('fagutvalg-rus', 'hf', ['h'])
      .on('2024-02-20')
      .convene('fagutvalg-rus')
      .attend(['k', 'h'])
      .propose('FU-1', 'procedure')
      .vote('FU-1', { k: 'for', h: 'for' })
      .conclude();
    expect(requirements(s.state, 'FU-1')).toEqual(nothingMore('FU-1', 'advised', 'valid'));
  });

  it('a decision in force needs nothing more', () => {
    const s = pmBudget().on('2024-04-01').ratify('PM-1', ['hf', 'a', 'b']);
    expect(requirements(s.state, 'PM-1')).toEqual(nothingMore('PM-1', 'in-force', 'in-force'));
  });

  it('a decision ratified per party is answered party by party, pending or in force', () => {
    const perParty = clone(minimalStatute);
    perParty.ratification[0].effect = 'per-party';
    const pending = pmBudget(perParty);
    expect(requirements(pending.state, 'PM-1')).toMatchObject({
      status: 'pending-ratification',
      goal: 'in-force',
      satisfied: false,
      parties: [
        {
          party: 'a',
          needs: [
            { kind: 'ratification', party: 'a' },
            { kind: 'ratification', party: 'hf' },
          ],
        },
        {
          party: 'b',
          needs: [
            { kind: 'ratification', party: 'b' },
            { kind: 'ratification', party: 'hf' },
          ],
        },
      ],
    });
    const inForce = pmBudget(perParty).on('2024-04-01').ratify('PM-1', ['hf', 'a']);
    expect(requirements(inForce.state, 'PM-1')).toMatchObject({
      status: 'in-force',
      satisfied: true,
      parties: [{ party: 'b', needs: [{ kind: 'ratification', party: 'b' }] }],
    });
    // Rejected in the PM, it is blocked like any other decision.
    const rejected = pmBudget(perParty, 'against');
    expect(requirements(rejected.state, 'PM-1')).toMatchObject({
      status: 'rejected',
      blocked: { code: 'consensus.objection' },
    });
    expect(requirements(rejected.state, 'PM-1')).not.toHaveProperty('parties');
  });

  it('a withdrawn case is blocked, on its body’s mandate', () => {
    const s = ssuCase().record({ type: 'proposal-withdrawn', at: '2024-03-14', proposal: 'SSU-1' });
    expect(requirements(s.state, 'SSU-1')).toEqual({
      proposal: 'SSU-1',
      status: 'withdrawn',
      goal: 'valid',
      satisfied: false,
      options: [],
      blocked: { code: 'proposal.withdrawn', ref: '§2' },
      exhaustive: true,
      evaluations: 0,
    });
  });

  it('an escalated case is blocked where it was, on the escalation’s section', () => {
    const s = ssuCase()
      .vote('SSU-1', { ...all(ssu), h2: 'against' })
      .conclude()
      .escalate('SSU-1');
    expect(requirements(s.state, 'SSU-1')).toMatchObject({
      status: 'escalated',
      satisfied: false,
      blocked: { code: 'proposal.escalated', ref: '§2' },
    });
  });

  it('a decision not ratified in time is blocked by the deadline', () => {
    const s = pmBudget(withDeadline(30));
    expect(requirements(s.state, 'PM-1', { asOf: '2024-05-01' })).toMatchObject({
      status: 'lapsed',
      satisfied: false,
      blocked: { code: 'deadline.passed', ref: '§1' },
    });
    expect(requirements(s.state, 'PM-1', { asOf: '2024-04-01' })).toMatchObject({
      status: 'pending-ratification',
      goal: 'in-force',
    });
  });

  it('a rejected decision is blocked by the first check that failed', () => {
    const s = ssuCase()
      .vote('SSU-1', { ...all(ssu), h2: 'against' })
      .conclude();
    expect(requirements(s.state, 'SSU-1')).toMatchObject({
      status: 'rejected',
      satisfied: false,
      blocked: { code: 'consensus.objection', ref: '§2' },
    });
  });

  it('an invalid decision is blocked by the first check that failed: here the quorum', () => {
    const s = seated().on('2024-03-14').convene('ssu').attend(['k1']).propose('SSU-1', 'pathway');
    s.vote('SSU-1', { k1: 'for' }).conclude();
    expect(requirements(s.state, 'SSU-1')).toMatchObject({
      status: 'invalid',
      goal: 'valid',
      satisfied: false,
      blocked: { code: 'quorum.short', ref: '§2' },
    });
  });

  it('a decision ratified per party that lapsed for every party is blocked by the deadline', () => {
    const perParty = withDeadline(30);
    (perParty.ratification[0] as { effect: string }).effect = 'per-party';
    const s = pmBudget(perParty);
    expect(requirements(s.state, 'PM-1', { asOf: '2024-05-01' })).toMatchObject({
      status: 'lapsed',
      blocked: { code: 'deadline.passed', ref: '§1' },
    });
    expect(requirements(s.state, 'PM-1', { asOf: '2024-05-01' })).not.toHaveProperty('parties');
  });

  it('an open case outside its body’s mandate is blocked by the mandate', () => {
    const s = seated().on('2024-03-14').convene('ssu').attend(ssu).propose('SSU-2', 'statute-amendment');
    expect(requirements(s.state, 'SSU-2')).toMatchObject({
      status: 'open',
      blocked: { code: 'mandate.outside', ref: '§2' },
    });
  });

  it('an open case within its mandate has options to become valid', () => {
    expect(requirements(ssuCase().state, 'SSU-1')).toMatchObject({
      status: 'open',
      goal: 'valid',
      satisfied: false,
    });
    expect(requirements(ssuCase().state, 'SSU-1')).not.toHaveProperty('blocked');
  });

  it('refuses a case it does not know', () => {
    expect(() => requirements(ssuCase().state, 'SSU-9')).toThrow(UnknownProposalError);
  });

  it.each([
    [{ maxEvaluations: 0 }, 'maxEvaluations', '0'],
    [{ maxEvaluations: 1.5 }, 'maxEvaluations', '1.5'],
    [{ maxOptions: -1 }, 'maxOptions', '-1'],
    [{ maxOptions: Number.NaN }, 'maxOptions', 'NaN'],
  ])('refuses limits %o that are not whole numbers of at least 1', (limits, name, shown) => {
    expect(() => requirements(ssuCase().state, 'SSU-1', limits)).toThrow(
      new RangeError(`requirements: ${name} must be a whole number of at least 1, got ${shown}`),
    );
  });

  it('takes limits of exactly 1', () => {
    const r = requirements(ssuCase().state, 'SSU-1', { maxEvaluations: 1, maxOptions: 1 });
    expect(r.options.length).toBeLessThanOrEqual(1);
  });
});
