import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  assessEstablishment,
  explain,
  explainEstablishment,
  type GovernanceEvent,
  isPartyMember,
  presets,
  replay,
  type Statute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { pmAppointments, pmDecision, vedtak, withRatification } from './_pm.js';

function run(statute: Statute, events: readonly GovernanceEvent[]) {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return state;
}

describe('ratification by every party', () => {
  const events = [...pmAppointments, ...pmDecision('B-1', '2024-02-01')];

  it('is pending until every kommunestyre and the HF board have adopted', () => {
    const state = run(minimalStatute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
    ]);
    const report = assess(state, 'B-1');
    expect(report).toMatchObject({ status: 'pending-ratification', valid: true, binds: [] });
    expect(report.ratification).toMatchObject({
      required: ['hf', 'a', 'b'],
      adopted: ['hf', 'a'],
      rejected: [],
      missing: ['b'],
      met: false,
    });
  });

  it('comes into force on the day the last party adopts, and binds those who adopted', () => {
    const state = run(minimalStatute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
      vedtak('B-1', 'b', '2024-04-10'),
    ]);
    expect(assess(state, 'B-1')).toMatchObject({
      status: 'in-force',
      binds: ['hf', 'a', 'b'],
      ratification: { met: true, metOn: '2024-04-10' },
    });
    expect(assess(state, 'B-1', { asOf: '2024-04-09' }).status).toBe('pending-ratification');
  });

  it('counts a kommunestyre’s latest vedtak: rejected, then adopted', () => {
    const rejected = run(minimalStatute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
      vedtak('B-1', 'b', '2024-03-10', 'rejected'),
    ]);
    expect(assess(rejected, 'B-1').ratification).toMatchObject({ rejected: ['b'], missing: [], met: false });
    const state = run(minimalStatute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
      vedtak('B-1', 'b', '2024-03-10', 'rejected'),
      vedtak('B-1', 'b', '2024-05-20'),
    ]);
    const report = assess(state, 'B-1');
    expect(report).toMatchObject({
      status: 'in-force',
      binds: ['hf', 'a', 'b'],
      ratification: { metOn: '2024-05-20' },
    });
    expect(report.ratification?.rejected).toEqual([]);
  });

  it('lapses when the deadline passes first', () => {
    const statute = withRatification({ deadlineDays: 60 });
    const state = run(statute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
    ]);
    expect(assess(state, 'B-1', { asOf: '2024-03-30' })).toMatchObject({ status: 'pending-ratification' });
    const late = assess(state, 'B-1', { asOf: '2024-04-02' });
    expect(late).toMatchObject({ status: 'lapsed', ratification: { deadline: '2024-04-01', lapsed: true } });
    expect(late.checks.find((c) => c.id === 'deadline')).toMatchObject({
      ok: false,
      code: 'deadline.passed',
    });
    // A vedtak after the deadline does not bring it into force.
    const after = run(statute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
      vedtak('B-1', 'b', '2024-04-10'),
    ]);
    expect(assess(after, 'B-1').status).toBe('lapsed');
  });

  it('rejects a kommunestyre vote that is not a valid council decision, or says the opposite', () => {
    const { state } = replay(minimalStatute, events);
    const abstaining = apply(state, {
      ...vedtak('B-1', 'a', '2024-03-01'),
      councilVote: { members: 27, present: 27, for: 20, against: 5 },
    } as GovernanceEvent);
    expect(abstaining.outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'ratification.invalid-council-vote', params: { code: 'council.abstention' } }],
    });
    const contradicts = apply(state, {
      ...vedtak('B-1', 'a', '2024-03-01'),
      councilVote: { members: 27, present: 27, for: 10, against: 17 },
    } as GovernanceEvent);
    expect(contradicts.outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'ratification.vote-contradicts' }],
    });
    const tie = apply(state, {
      ...vedtak('B-1', 'a', '2024-03-01'),
      councilVote: { members: 27, present: 26, for: 13, against: 13, chairVote: 'for' },
    } as GovernanceEvent);
    expect(tie.outcome.kind).toBe('applied');
  });
});

describe('a Møre og Romsdal-style amendment: each party adopts on its own', () => {
  // "gi si tilråding til kommunene og helseføretaket som vedtek endringane på sjølvstendig grunnlag":
  // modelled as in force once any party has adopted, binding only those who adopted.
  const statute = withRatification({
    requires: [{ kind: 'share-of-kommuner', threshold: { kind: 'count', count: 1, comparison: 'atLeast' } }],
    effect: 'binds-ratifiers',
  });

  it('binds only the parties whose own organ adopted it', () => {
    const state = run(statute, [
      ...pmAppointments,
      ...pmDecision('B-1', '2024-02-01'),
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'b', '2024-03-02', 'rejected'),
    ]);
    expect(assess(state, 'B-1')).toMatchObject({ status: 'in-force', binds: ['a'] });
  });
});

describe('all-or-nothing', () => {
  it('binds every member once the requirements hold', () => {
    const statute = withRatification({
      requires: [
        {
          kind: 'share-of-kommuner',
          threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
        },
      ],
      effect: 'all-or-nothing',
    });
    const state = run(statute, [
      ...pmAppointments,
      ...pmDecision('B-1', '2024-02-01'),
      vedtak('B-1', 'a', '2024-03-01'),
    ]);
    expect(assess(state, 'B-1')).toMatchObject({ status: 'in-force', binds: ['hf', 'a', 'b'] });
  });
});

describe('a population-weighted threshold', () => {
  // Test data: A has 1 000 inhabitants, B 3 000. More than half of 4 000 is 2 001.
  const statute = withRatification({
    requires: [
      {
        kind: 'share-of-population',
        threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
      },
    ],
  });

  it.each([
    ['A alone (1 000 of 4 000)', ['a'], false, 1000],
    ['B alone (3 000 of 4 000)', ['b'], true, 3000],
    ['both', ['a', 'b'], true, 4000],
  ] as const)('%s', (_name, adopters, met, got) => {
    const state = run(statute, [
      ...pmAppointments,
      ...pmDecision('B-1', '2024-02-01'),
      ...adopters.map((p, i) => vedtak('B-1', p, `2024-03-0${i + 1}`)),
    ]);
    expect(assess(state, 'B-1').ratification?.requirements[0]).toMatchObject({
      counts: 'population',
      base: 4000,
      required: 2001,
      got,
      met,
    });
  });
});

describe('joining and withdrawal', () => {
  const events = [...pmAppointments, ...pmDecision('B-1', '2024-02-01')];

  it('counts a kommune whose notice is running, and not one that has left', () => {
    const state = run(minimalStatute, [
      ...events,
      { type: 'party-withdrew', at: '2024-02-10', party: 'b' },
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
    ]);
    expect(isPartyMember(state, 'b', '2025-02-09')).toBe(true);
    expect(isPartyMember(state, 'b', '2025-02-10')).toBe(false);
    // Before the notice runs out, B still counts and is missing.
    expect(assess(state, 'B-1', { asOf: '2024-06-01' })).toMatchObject({
      status: 'pending-ratification',
      ratification: { missing: ['b'] },
    });
    // After it, B no longer counts: every remaining party has adopted.
    expect(assess(state, 'B-1', { asOf: '2025-03-01' })).toMatchObject({
      status: 'in-force',
      binds: ['hf', 'a'],
      ratification: { required: ['hf', 'a'] },
    });
  });

  it('keeps a decision in force for the parties it bound after one of them leaves', () => {
    const state = run(minimalStatute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
      vedtak('B-1', 'b', '2024-03-06'),
      { type: 'party-withdrew', at: '2024-04-01', party: 'b' },
    ]);
    expect(assess(state, 'B-1', { asOf: '2024-06-01' })).toMatchObject({
      status: 'in-force',
      binds: ['hf', 'a', 'b'],
    });
    expect(assess(state, 'B-1', { asOf: '2025-06-01' })).toMatchObject({
      status: 'in-force',
      binds: ['hf', 'a'],
    });
  });

  it('does not let a kommune that joins later undo a decision in force', () => {
    const statute: Statute = {
      ...minimalStatute,
      membership: { ...minimalStatute.membership, founding: ['hf', 'a'] },
    };
    const state = run(statute, [
      ...events,
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'hf', '2024-03-05'),
      { type: 'party-joined', at: '2024-04-01', party: 'b' },
    ]);
    expect(assess(state, 'B-1', { asOf: '2024-05-01' })).toMatchObject({
      status: 'in-force',
      binds: ['hf', 'a'],
      ratification: { metOn: '2024-03-05' },
    });
  });

  it('rejects a ratification by a party that is not (yet) a member', () => {
    const statute: Statute = {
      ...minimalStatute,
      membership: { ...minimalStatute.membership, founding: ['hf', 'a'] },
    };
    const { state } = replay(statute, events);
    expect(apply(state, vedtak('B-1', 'b', '2024-03-01')).outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'ratification.not-member' }],
    });
  });
});

describe('Helgeland: establishment when two thirds of the kommuner have joined', () => {
  const kommuner = presets.helgeland.parties.filter((p) => p.kind === 'kommune').map((p) => p.id);
  const join = (n: number): GovernanceEvent[] =>
    kommuner.slice(0, n).map((party, i) => ({
      type: 'party-joined',
      at: `2023-${String(6 + Math.floor(i / 4)).padStart(2, '0')}-0${(i % 4) + 1}`,
      party,
    }));

  it.each([
    [0, false, 12, 12],
    [11, false, 12, 1],
    [12, true, 12, 0],
    [18, true, 12, 0],
  ])('with %i of 18 kommuner joined: met is %s', (n, met, required, missing) => {
    const report = assessEstablishment(run(presets.helgeland, join(n)), { asOf: '2024-01-01' });
    expect(report).toMatchObject({ base: 18, required, got: n, missing, met, ref: 'kriterier' });
    expect(report?.notJoined).toEqual(kommuner.slice(n));
  });

  it('explains itself in both languages', () => {
    const report = assessEstablishment(run(presets.helgeland, join(11)), { asOf: '2024-01-01' });
    if (report === undefined) throw new Error('no establishment rule');
    expect(explainEstablishment(report, { locale: 'nb' })).toBe(
      'Etablering (kriterier): 11 av 18 kommuner har sluttet seg til; 12 kreves: ikke oppfylt, 1 til trengs.',
    );
    expect(explainEstablishment(report, { locale: 'en' })).toBe(
      'Establishment (kriterier): 11 of 18 kommuner have joined; 12 needed: not met, 1 more needed.',
    );
  });

  it('says nothing for a statute without an establishment rule', () => {
    expect(assessEstablishment(run(presets.vestfold, []))).toBeUndefined();
  });
});

describe('statute versions', () => {
  // Version 2 changes the PM from consensus to a simple majority of those present.
  const version2: Statute = {
    ...minimalStatute,
    version: '2',
    effectiveFrom: '2024-06-01',
    bodies: minimalStatute.bodies.map((b) =>
      b.id === 'pm'
        ? {
            ...b,
            decision: {
              kind: 'majority',
              threshold: { numerator: 1, denominator: 2 },
              strict: true,
              base: 'present',
              tieBreak: 'fails',
              ref: '§1',
            },
          }
        : b,
    ),
  };
  const amendment = [
    ...pmAppointments,
    ...pmDecision('V-2', '2024-02-01', 'statute-amendment'),
    // The minimal statute has no ratification rule for amendments: add one through the budget rule's shape.
  ];

  it('rejects an amendment whose proposal is not in force, and accepts it once ratified', () => {
    const statute = {
      ...minimalStatute,
      ratification: [
        ...minimalStatute.ratification,
        {
          id: 'v',
          matters: ['statute-amendment'],
          requires: [{ kind: 'every-kommune' as const }, { kind: 'helseforetak' as const }],
          effect: 'all-or-nothing' as const,
          ref: '§1',
        },
      ],
    };
    const v2 = { ...version2, ratification: statute.ratification };
    const { state } = replay(statute, [...amendment, vedtak('V-2', 'a', '2024-03-01')]);
    expect(
      apply(state, { type: 'statute-amended', at: '2024-03-02', proposal: 'V-2', statute: v2 }).outcome,
    ).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'amendment.not-in-force', params: { status: 'pending-ratification' } }],
    });
    const ratified = replay(statute, [
      ...amendment,
      vedtak('V-2', 'a', '2024-03-01'),
      vedtak('V-2', 'b', '2024-03-02'),
      vedtak('V-2', 'hf', '2024-03-03'),
    ]).state;
    const amended = apply(ratified, {
      type: 'statute-amended',
      at: '2024-03-04',
      proposal: 'V-2',
      statute: v2,
    });
    expect(amended.outcome.kind).toBe('applied');
    expect(amended.state.statutes.map((s) => s.version)).toEqual(['1', '2']);
  });

  it('rejects an amendment by a proposal of another matter', () => {
    const { state } = replay(minimalStatute, [...pmAppointments, ...pmDecision('B-1', '2024-02-01')]);
    expect(
      apply(state, { type: 'statute-amended', at: '2024-03-04', proposal: 'B-1', statute: version2 }).outcome,
    ).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'amendment.wrong-matter' }],
    });
  });

  it('judges a decision under the version in force on its meeting date', () => {
    const split = (proposal: string, date: string): GovernanceEvent[] => {
      const meeting = `pm-${proposal}`;
      return [
        { type: 'meeting-convened', at: '2024-01-15', meeting, body: 'pm', date },
        { type: 'proposal-submitted', at: '2024-01-15', proposal, body: 'pm', matter: 'budget', meeting },
        { type: 'attendance-recorded', at: date, meeting, present: ['k0', 'k1', 'h0', 'h1'] },
        ...(['k0', 'k1', 'h0'] as const).map(
          (member): GovernanceEvent => ({ type: 'vote-cast', at: date, proposal, member, vote: 'for' }),
        ),
        { type: 'vote-cast', at: date, proposal, member: 'h1', vote: 'against' },
        { type: 'proposal-concluded', at: date, proposal },
      ];
    };
    const state = run(minimalStatute, [
      ...pmAppointments,
      ...split('OLD', '2024-02-01'),
      { type: 'statute-adopted', at: '2024-03-01', statute: version2 },
      ...split('NEW', '2024-07-01'),
    ]);
    // Same votes, 3 for and 1 against: not consensus under version 1, a majority under version 2.
    expect(assess(state, 'OLD')).toMatchObject({ statuteVersion: '1', status: 'rejected' });
    expect(assess(state, 'NEW')).toMatchObject({
      statuteVersion: '2',
      status: 'pending-ratification',
      valid: true,
    });
    expect(explain(assess(state, 'NEW'), { locale: 'en' })).toContain('statute version 2');
  });
});
