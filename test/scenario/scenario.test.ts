import { describe, expect, it } from 'vitest';
import {
  compareStatutes,
  type DecisionRule,
  type GovernanceEvent,
  presets,
  requirements,
  runScenario,
  ScenarioError,
  type Statute,
  scenario,
  whatIf,
} from '../../src/index.js';
import { appointPm, pmMembers, vestfoldStated } from '../engine/_vestfold.js';
import { minimalStatute } from '../fixtures.js';
import { helgelandBudget, kommuner } from './_helgeland.js';

describe('scenario', () => {
  it('writes plain events and reports at any point', () => {
    const s = helgelandBudget();
    expect(s.report('PM-3')).toMatchObject({ status: 'pending-ratification', valid: true, tier: 1 });
    expect(JSON.parse(JSON.stringify(s.events))).toEqual(s.events);
    expect(s.events.at(-1)).toEqual({ type: 'proposal-concluded', at: '2024-04-10', proposal: 'PM-3' });
  });

  it('throws at the step the engine rejects, with its reasons', () => {
    const s = helgelandBudget();
    let error: unknown;
    try {
      s.vote('PM-3', { 'pm-vega': 'against' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).reasons.map((r) => r.code)).toEqual(['proposal.closed']);
    expect((error as ScenarioError).message).toBe(
      'scenario: vote-cast on 2024-04-10 was rejected: proposal PM-3 is concluded',
    );
    expect(s.events.at(-1)?.type).toBe('proposal-concluded');
  });

  it('saves as JSON and replays as a fixture', () => {
    const saved = JSON.parse(
      JSON.stringify(helgelandBudget().expect('PM-3', 'pending-ratification').toJSON('PM budget')),
    );
    expect(saved.name).toBe('PM budget');
    expect(runScenario(saved).mismatches).toEqual([]);
    expect(runScenario({ ...saved, expected: { 'PM-3': 'in-force' } }).mismatches).toEqual([
      { proposal: 'PM-3', expected: 'in-force', actual: 'pending-ratification' },
    ]);
  });
});

describe('scenario: withdrawal and amendment', () => {
  it('records a withdrawal with notice, and an amendment once it is in force', () => {
    const amended: Statute = { ...presets.vestfold, version: '2025-07-01', effectiveFrom: '2025-07-01' };
    const parties = presets.vestfold.parties.map((p) => p.id);
    const s = scenario(presets.vestfold)
      .record(...appointPm('2024-01-02'))
      .on('2024-06-12')
      .convene('pm')
      .propose('PM-V', 'statute-amendment')
      .attend(pmMembers)
      .vote('PM-V', Object.fromEntries(pmMembers.map((m) => [m, 'for'] as const)))
      .conclude();
    expect(() => s.on('2024-07-01').amend('PM-V', amended)).toThrow(ScenarioError);
    s.on('2024-09-01').ratify('PM-V', parties);
    expect(s.report('PM-V')).toMatchObject({ status: 'in-force', binds: parties });
    s.on('2024-10-01').amend('PM-V', amended).on('2024-11-01');
    // The agreement states no notice period, so a withdrawal must say when it takes effect.
    expect(() => s.withdraw('larvik')).toThrow(/no notice period/);
    s.withdraw('larvik', { effective: '2025-11-01' });
    expect(s.state.statutes.map((v) => v.version)).toEqual(['2021-06-15', '2025-07-01']);
    expect(s.state.parties.larvik?.periods).toEqual([
      { from: '2021-06-15', noticeGiven: '2024-11-01', to: '2025-11-01' },
    ]);
  });
});

describe('whatIf', () => {
  const s = helgelandBudget()
    .on('2024-05-15')
    .ratify('PM-3', ['helgelandssykehuset', ...kommuner.slice(0, 15)]);
  const three = kommuner.slice(15);
  const vedtak = (decision: 'adopted' | 'rejected'): GovernanceEvent[] =>
    three.map((party) => ({
      type: 'ratification-recorded',
      at: '2024-06-01',
      proposal: 'PM-3',
      party,
      organ: 'kommunestyre',
      decision,
    }));

  it('shows the decision coming into force if the last three kommunestyrer say yes', () => {
    const { changes } = whatIf(s.state, vedtak('adopted'));
    expect(changes).toEqual([
      {
        proposal: 'PM-3',
        before: { status: 'pending-ratification', valid: true, binds: [] },
        after: { status: 'in-force', valid: true, binds: ['helgelandssykehuset', ...kommuner] },
        checks: [
          {
            id: 'ratification',
            before: { ok: false, code: 'ratification.pending' },
            after: { ok: true, code: 'ratification.met' },
          },
        ],
      },
    ]);
  });

  it('shows that three kommunestyrer saying no leaves it pending, and who said no', () => {
    const result = whatIf(s.state, vedtak('rejected'));
    expect(result.changes).toEqual([]);
    expect(result.after[0]?.ratification).toMatchObject({ rejected: three, missing: [], met: false });
    expect(result.outcomes.every((o) => o.kind === 'applied')).toBe(true);
    expect(s.state.seq).toBe(result.state.seq - 3);
  });
});

describe('requirements', () => {
  it('names exactly the kommunestyrer still missing', () => {
    const s = helgelandBudget()
      .on('2024-05-15')
      .ratify('PM-3', ['helgelandssykehuset', ...kommuner.slice(0, 15)]);
    const r = requirements(s.state, 'PM-3');
    expect(r).toMatchObject({ goal: 'in-force', satisfied: false, exhaustive: true });
    expect(r.options).toEqual([
      { all: kommuner.slice(15).map((party) => ({ kind: 'ratification', party })), choose: [], size: 3 },
    ]);
  });

  it('says "any 2 of …" under a share of the kommuner, and "the HF board"', () => {
    const statute: Statute = {
      ...presets.helgeland,
      ratification: presets.helgeland.ratification.map((rule) =>
        rule.id === 'forpliktende'
          ? {
              ...rule,
              requires: [
                { kind: 'helseforetak' },
                {
                  kind: 'share-of-kommuner',
                  threshold: {
                    kind: 'share',
                    fraction: { numerator: 2, denominator: 3 },
                    comparison: 'atLeast',
                  },
                },
              ],
            }
          : rule,
      ),
    };
    const events = helgelandBudget().events;
    const s = scenario(statute)
      .record(...events)
      .on('2024-05-15')
      .ratify('PM-3', kommuner.slice(0, 10));
    const r = requirements(s.state, 'PM-3');
    expect(r.options).toEqual([
      {
        all: [{ kind: 'ratification', party: 'helgelandssykehuset' }],
        choose: [{ count: 2, of: kommuner.slice(10).map((party) => ({ kind: 'ratification', party })) }],
        size: 3,
      },
    ]);
  });

  it('finds two different minimal sets under a population threshold', () => {
    // Test data: a 1 000, b 3 000, c 3 000 inhabitants; more than half of 7 000 is 3 501.
    const statute: Statute = {
      ...minimalStatute,
      parties: [
        ...minimalStatute.parties,
        {
          kind: 'kommune',
          id: 'c',
          name: 'C',
          kommunenummer: '1003',
          population: 3000,
          organ: 'kommunestyre',
        },
      ],
      ratification: [
        {
          id: 'r',
          matters: ['budget'],
          requires: [
            {
              kind: 'share-of-population',
              threshold: {
                kind: 'share',
                fraction: { numerator: 1, denominator: 2 },
                comparison: 'moreThan',
              },
            },
          ],
          effect: 'binds-ratifiers',
          ref: '§1',
        },
      ],
    };
    const s = scenario(statute)
      .on('2024-01-01')
      .appoint('pm', 'k', ['k0', 'k1'])
      .appoint('pm', 'h', ['h0', 'h1'])
      .on('2024-02-01')
      .convene('pm')
      .propose('B-1', 'budget')
      .attend(['k0', 'k1', 'h0', 'h1'])
      .vote('B-1', { k0: 'for', k1: 'for', h0: 'for', h1: 'for' })
      .conclude();
    const r = requirements(s.state, 'B-1');
    const of = [
      { kind: 'ratification', party: 'b' },
      { kind: 'ratification', party: 'c' },
    ];
    expect(r.options).toEqual([
      { all: of, choose: [], size: 2 },
      { all: [{ kind: 'ratification', party: 'a' }], choose: [{ count: 1, of }], size: 2 },
    ]);
  });

  it('says why nothing can save a decision outside the mandate', () => {
    const s = scenario(presets.nationalTemplate)
      .on('2024-01-01')
      .appoint('fsu', 'kommune', ['k'], { party: 'kommune-a' })
      .appoint('fsu', 'helseforetak', ['h'])
      .on('2024-03-01')
      .convene('fsu')
      .propose('F-1', 'budget')
      .attend(['k', 'h'])
      .vote('F-1', { k: 'for', h: 'for' });
    const r = requirements(s.state, 'F-1');
    expect(r).toMatchObject({
      satisfied: false,
      options: [],
      blocked: { code: 'mandate.outside', ref: '§5' },
    });
  });

  it('asks for one member of the absent side, or the objector to withdraw', () => {
    const kommuneSide = ['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder'];
    const s = scenario(vestfoldStated).on('2024-01-01');
    for (const k of kommuneSide) s.appoint('ssu', k, [`ssu-${k}`], { appointedBy: 'kommunedirektør' });
    const siv = [1, 2, 3, 4, 5, 6].map((i) => `siv-${i}`);
    const users = ['fastlege-1', 'fastlege-2', 'bruker-1', 'bruker-2'];
    s.appoint('ssu', 'siv', siv, { appointedBy: 'administrerende direktør' })
      .appoint('ssu', 'fastlege', users.slice(0, 2))
      .appoint('ssu', 'bruker', users.slice(2))
      .on('2024-03-14')
      .convene('ssu')
      .propose('SSU-7', 'patient-pathway')
      .attend([...kommuneSide.map((k) => `ssu-${k}`), ...users])
      .vote('SSU-7', { 'ssu-horten': 'for', 'ssu-larvik': 'against' });
    const r = requirements(s.state, 'SSU-7');
    expect(r.options).toEqual([
      {
        all: [{ kind: 'change-vote', member: 'ssu-larvik' }],
        choose: [{ count: 1, of: siv.map((member) => ({ kind: 'vote', member })) }],
        size: 2,
      },
    ]);
  });
});

describe('compareStatutes', () => {
  const twoThirdsEachSide: DecisionRule = {
    kind: 'each-bloc',
    rule: {
      kind: 'majority',
      threshold: { numerator: 2, denominator: 3 },
      strict: false,
      base: 'present',
      tieBreak: 'fails',
      ref: 'konsensus',
    },
    ref: 'konsensus',
  };
  const changed: Statute = {
    ...presets.vestfold,
    bodies: presets.vestfold.bodies.map((b) => (b.id === 'ssu' ? { ...b, decision: twoThirdsEachSide } : b)),
  };

  const meeting = (proposal: string, date: string, against: number): GovernanceEvent[] => {
    const kommuneSide = ['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder'].map(
      (k) => `ssu-${k}`,
    );
    const hfSide = [1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`);
    const present = [...kommuneSide, ...hfSide];
    return [
      { type: 'meeting-convened', at: '2024-02-01', meeting: `m-${proposal}`, body: 'ssu', date },
      {
        type: 'proposal-submitted',
        at: '2024-02-01',
        proposal,
        body: 'ssu',
        matter: 'patient-pathway',
        meeting: `m-${proposal}`,
      },
      { type: 'attendance-recorded', at: date, meeting: `m-${proposal}`, present },
      ...present.map(
        (member, i): GovernanceEvent => ({
          type: 'vote-cast',
          at: date,
          proposal,
          member,
          vote: i >= 12 - against ? 'against' : 'for',
        }),
      ),
      { type: 'proposal-concluded', at: date, proposal },
    ];
  };
  const appoint: GovernanceEvent[] = [
    ...['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder'].map(
      (k): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: `ssu-${k}`,
        body: 'ssu',
        seat: k,
      }),
    ),
    ...[1, 2, 3, 4, 5, 6].map(
      (i): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: `ssu-siv-${i}`,
        body: 'ssu',
        seat: 'siv',
      }),
    ),
  ];

  it('lists the decisions that moving the SSU from consensus to two thirds of each side would turn', () => {
    // All for: adopted either way. One HF member against: turned. Three against: rejected either way.
    const events = [
      ...appoint,
      ...meeting('ALL-FOR', '2024-03-01', 0),
      ...meeting('ONE-AGAINST', '2024-03-02', 1),
      ...meeting('THREE-AGAINST', '2024-03-03', 3),
    ];
    const { changes, outcomes } = compareStatutes(presets.vestfold, changed, events);
    expect(outcomes).toEqual([]);
    expect(changes).toEqual([
      {
        proposal: 'ONE-AGAINST',
        before: { status: 'rejected', valid: false, binds: [] },
        after: { status: 'adopted', valid: true, binds: [] },
        checks: [
          {
            id: 'decision-rule',
            before: { ok: false, code: 'consensus.objection' },
            after: { ok: true, code: 'each-bloc.met' },
          },
        ],
      },
    ]);
  });
});
