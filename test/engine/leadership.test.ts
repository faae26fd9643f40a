import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type DecisionReport,
  explain,
  type GovernanceEvent,
  initialState,
  type LeadershipAlternation,
  type LeadershipCheck,
  type LeadershipRule,
  leadershipElected,
  leadershipOn,
  type Party,
  presets,
  replay,
  type Statute,
  safeParseStatute,
} from '../../src/index.js';
import {
  agderParties,
  appoint,
  body,
  meetingWithCase,
  osloParties,
  partySeat,
  statuteOf,
} from './_leadership.js';

const [arendal, kristiansand, sshf] = agderParties as [Party, Party, Party];

/** Sides taking turns every two years, the hospital first, from 2020-01-01 (test data). */
const alternating: LeadershipRule = {
  oppositeBlocs: true,
  alternates: {
    between: ['helseforetakssiden', 'kommunesiden'],
    everyYears: 2,
    startsWith: 'helseforetakssiden',
    from: '2020-01-01',
  },
  ref: '§4',
};

const agder: Statute = statuteOf('agder-test', agderParties, [
  body('ssu', 2, [partySeat(arendal), partySeat(kristiansand), partySeat(sshf, 2)], alternating),
]);

const elect = (role: 'leder' | 'nestleder', member: string, from: string, to?: string): GovernanceEvent =>
  leadershipElected({ at: from, body: 'ssu', role, member, from, ...(to === undefined ? {} : { to }) });

const everyone = ['ssu-arendal-1', 'ssu-kristiansand-1', 'ssu-sshf-1', 'ssu-sshf-2'];

function leadershipOf(report: DecisionReport): LeadershipCheck | undefined {
  return report.checks.find((c): c is LeadershipCheck => c.id === 'leadership');
}

describe('four years of alternating leadership', () => {
  const log: GovernanceEvent[] = [
    ...appoint(agder, 'ssu'),
    elect('leder', 'ssu-sshf-1', '2020-01-01'),
    elect('nestleder', 'ssu-arendal-1', '2020-01-01'),
    ...meetingWithCase('ssu', '2020-06-10', everyone, 'ssu-sshf-1'),
    ...meetingWithCase(
      'ssu',
      '2021-09-01',
      ['ssu-arendal-1', 'ssu-kristiansand-1', 'ssu-sshf-2'],
      'ssu-arendal-1',
    ),
    // The period turned on 2022-01-01, but the hospital's leder stayed on until June.
    ...meetingWithCase('ssu', '2022-03-01', everyone, 'ssu-sshf-1'),
    elect('leder', 'ssu-kristiansand-1', '2022-06-01'),
    elect('nestleder', 'ssu-sshf-2', '2022-06-01'),
    ...meetingWithCase('ssu', '2023-03-01', everyone, 'ssu-kristiansand-1'),
    ...meetingWithCase('ssu', '2023-10-01', everyone, 'ssu-sshf-1'),
  ];
  const { state, outcomes } = replay(agder, log);

  it('applies every event', () => {
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  });

  it('says which side should lead in each two-year period', () => {
    expect(leadershipOn(state, 'ssu', '2021-12-31')?.expected).toEqual({
      bloc: 'helseforetakssiden',
      period: { index: 0, from: '2020-01-01', to: '2022-01-01' },
    });
    expect(leadershipOn(state, 'ssu', '2022-01-01')?.expected?.bloc).toBe('kommunesiden');
    expect(leadershipOn(state, 'ssu', '2023-12-31')?.expected?.period?.index).toBe(1);
    expect(leadershipOn(state, 'ssu', '2024-01-01')?.expected?.bloc).toBe('helseforetakssiden');
  });

  it('says who leads, with their side, party and term', () => {
    const on = leadershipOn(state, 'ssu', '2022-03-01');
    expect(on?.leder).toEqual({
      member: 'ssu-sshf-1',
      bloc: 'helseforetakssiden',
      party: 'sshf',
      from: '2020-01-01',
      to: '2022-06-01',
    });
    expect(on?.nestleder?.member).toBe('ssu-arendal-1');
    expect(leadershipOn(state, 'ssu', '2023-03-01')?.leder?.member).toBe('ssu-kristiansand-1');
    expect(on?.ref).toBe('§4');
  });

  it('accepts the leder chairing in the hospital’s period', () => {
    const check = leadershipOf(assess(state, 'SSU-2020-06-10'));
    expect(check).toMatchObject({ ok: true, code: 'leadership.ok', ref: '§4' });
    expect(check?.params).toMatchObject({
      chair: 'ssu-sshf-1',
      chairedAs: 'leder',
      expectedBloc: 'helseforetakssiden',
    });
  });

  it('accepts the nestleder standing in for an absent leder', () => {
    const check = leadershipOf(assess(state, 'SSU-2021-09-01'));
    expect(check).toMatchObject({ ok: true, code: 'leadership.deputy-standing-in' });
    expect(check?.params).toMatchObject({ chairedAs: 'nestleder', lederPresent: false, leder: 'ssu-sshf-1' });
  });

  it('flags a leder from the side that should not lead, without making the decision invalid', () => {
    const report = assess(state, 'SSU-2022-03-01');
    const check = leadershipOf(report);
    expect(check).toMatchObject({ ok: false, code: 'leadership.wrong-side' });
    expect(check?.params).toMatchObject({
      expectedBloc: 'kommunesiden',
      lederBloc: 'helseforetakssiden',
      periodFrom: '2022-01-01',
      periodTo: '2024-01-01',
    });
    expect(report.valid).toBe(true);
    expect(report.status).toBe('adopted');
  });

  it('says in both languages which side should chair and who did', () => {
    const report = assess(state, 'SSU-2022-03-01');
    expect(explain(report, { locale: 'en' })).toContain(
      '✗ Leadership: the leder ssu-sshf-1 (the HF side, sshf) is from the side that should not lead; the kommune side should lead on 2022-03-01 (the period 2022-01-01 to 2024-01-01); chaired by ssu-sshf-1, the leder (§4)',
    );
    expect(explain(report, { locale: 'nb' })).toContain(
      '✗ Ledelse: lederen ssu-sshf-1 (helseforetakssiden, sshf) er fra siden som ikke skal lede; kommunesiden skal lede 2022-03-01 (perioden 2022-01-01–2024-01-01); ledet av ssu-sshf-1, som er leder (§4)',
    );
  });

  it('accepts the new leder from the kommune side once elected', () => {
    expect(leadershipOf(assess(state, 'SSU-2023-03-01'))?.code).toBe('leadership.ok');
  });

  it('flags a chair who is neither leder nor nestleder while the leder is present', () => {
    const check = leadershipOf(assess(state, 'SSU-2023-10-01'));
    expect(check).toMatchObject({ ok: false, code: 'leadership.chair-not-leader' });
    expect(check?.params).toMatchObject({ chair: 'ssu-sshf-1', chairedAs: 'other', lederPresent: true });
  });
});

describe('the leadership check, case by case', () => {
  const base = [...appoint(agder, 'ssu'), elect('leder', 'ssu-sshf-1', '2020-01-01')];
  const report = (events: GovernanceEvent[], proposal: string) => {
    const { state, outcomes } = replay(agder, [...base, ...events]);
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
    return assess(state, proposal);
  };
  const code = (events: GovernanceEvent[], proposal: string) => leadershipOf(report(events, proposal));

  it('flags a leder and nestleder from the same side where they must come from opposite sides', () => {
    const check = code(
      [
        elect('nestleder', 'ssu-sshf-2', '2020-01-01'),
        ...meetingWithCase('ssu', '2020-05-01', everyone, 'ssu-sshf-1'),
      ],
      'SSU-2020-05-01',
    );
    expect(check).toMatchObject({ ok: false, code: 'leadership.same-side' });
  });

  it('flags the nestleder chairing while the leder is present', () => {
    const check = code(
      [
        elect('nestleder', 'ssu-arendal-1', '2020-01-01'),
        ...meetingWithCase('ssu', '2020-05-01', everyone, 'ssu-arendal-1'),
      ],
      'SSU-2020-05-01',
    );
    expect(check).toMatchObject({ ok: false, code: 'leadership.chair-not-leader' });
    const text = explain(
      report(
        [
          elect('nestleder', 'ssu-arendal-1', '2020-01-01'),
          ...meetingWithCase('ssu', '2020-05-01', everyone, 'ssu-arendal-1'),
        ],
        'SSU-2020-05-01',
      ),
      { locale: 'en' },
    );
    expect(text).toContain(
      'chaired by the nestleder ssu-arendal-1 although the leder ssu-sshf-1 was present',
    );
  });

  it('accepts someone else chairing when leder and nestleder are both away', () => {
    const check = code(
      [
        elect('nestleder', 'ssu-arendal-1', '2020-01-01'),
        ...meetingWithCase('ssu', '2020-05-01', ['ssu-kristiansand-1', 'ssu-sshf-2'], 'ssu-sshf-2'),
      ],
      'SSU-2020-05-01',
    );
    expect(check).toMatchObject({ ok: true, code: 'leadership.acting-chair' });
  });

  it('says there is no chair to judge when none is recorded', () => {
    const check = code(meetingWithCase('ssu', '2020-05-01', everyone), 'SSU-2020-05-01');
    expect(check).toMatchObject({ ok: true, code: 'leadership.no-chair' });
    expect(check?.params.chairedAs).toBe('none');
  });

  it('is left out where there is nothing to judge: no rule that says who leads, nobody elected', () => {
    const helgeland = presets.helgeland;
    const ssu = helgeland.bodies.find((b) => b.id === 'ssu');
    expect(ssu?.leadership).toEqual({ oppositeBlocs: true, ref: '§4.3' });
    const plain = statuteOf('plain', agderParties, [
      body('ssu', 2, [partySeat(arendal), partySeat(kristiansand), partySeat(sshf, 2)]),
    ]);
    const { state } = replay(plain, [
      ...appoint(plain, 'ssu'),
      ...meetingWithCase('ssu', '2020-05-01', everyone, 'ssu-sshf-1'),
    ]);
    expect(leadershipOf(assess(state, 'SSU-2020-05-01'))).toBeUndefined();
    expect(leadershipOn(state, 'ssu', '2020-05-01')).toEqual({
      body: 'ssu',
      date: '2020-05-01',
      oppositeBlocs: false,
      ref: '§1',
    });
  });

  it('cannot flag the side under rotationYears alone, which states no start', () => {
    const legacy = statuteOf('legacy', agderParties, [
      body('ssu', 2, [partySeat(arendal), partySeat(kristiansand), partySeat(sshf, 2)], {
        oppositeBlocs: true,
        rotationYears: 2,
        ref: '§4',
      }),
    ]);
    const { state } = replay(legacy, [
      ...appoint(legacy, 'ssu'),
      elect('leder', 'ssu-sshf-1', '2020-01-01'),
      ...meetingWithCase('ssu', '2023-05-01', everyone, 'ssu-sshf-1'),
    ]);
    expect(leadershipOn(state, 'ssu', '2023-05-01')?.expected).toBeUndefined();
    expect(leadershipOf(assess(state, 'SSU-2023-05-01'))).toMatchObject({ ok: true, code: 'leadership.ok' });
  });
});

describe('rotation among three hospitals on the helseforetakssiden', () => {
  // Oslo: "rotating leadership" of the SSU, the four hospitals at direktør level (facts §1.14).
  // Which hospitals take part in the rotation, its order and its start are assumptions of this test.
  const [oslo, ous, ahus, diakonhjemmet] = osloParties as [Party, Party, Party, Party];
  const rotating: LeadershipRule = {
    oppositeBlocs: true,
    alternates: {
      between: ['kommunesiden', 'helseforetakssiden'],
      everyYears: 2,
      startsWith: 'kommunesiden',
      from: '2020-01-01',
    },
    rotatesAmong: { bloc: 'helseforetakssiden', parties: ['ous', 'ahus', 'diakonhjemmet'] },
    ref: '§4',
  };
  const statute = statuteOf('oslo-test', osloParties, [
    body('ssu', 2, [partySeat(oslo, 3), partySeat(ous), partySeat(ahus), partySeat(diakonhjemmet)], rotating),
  ]);
  const state = initialState(statute);

  it.each([
    ['2021-06-01', 'kommunesiden', undefined],
    ['2022-06-01', 'helseforetakssiden', 'ous'],
    ['2024-06-01', 'kommunesiden', undefined],
    ['2026-06-01', 'helseforetakssiden', 'ahus'],
    ['2030-06-01', 'helseforetakssiden', 'diakonhjemmet'],
    ['2034-06-01', 'helseforetakssiden', 'ous'],
  ])('on %s, %s leads (party: %s)', (date, bloc, party) => {
    const expected = leadershipOn(state, 'ssu', date)?.expected;
    expect(expected?.bloc).toBe(bloc);
    expect(expected?.party).toBe(party);
  });

  it('flags a hospital leading out of turn', () => {
    const { state: after, outcomes } = replay(statute, [
      ...appoint(statute, 'ssu'),
      leadershipElected({
        at: '2022-01-01',
        body: 'ssu',
        role: 'leder',
        member: 'ssu-ahus-1',
        from: '2022-01-01',
      }),
      leadershipElected({
        at: '2022-01-01',
        body: 'ssu',
        role: 'nestleder',
        member: 'ssu-oslo-1',
        from: '2022-01-01',
      }),
      ...meetingWithCase('ssu', '2022-05-01', ['ssu-ahus-1', 'ssu-oslo-1', 'ssu-ous-1'], 'ssu-ahus-1'),
    ]);
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
    const check = leadershipOf(assess(after, 'SSU-2022-05-01'));
    expect(check).toMatchObject({ ok: false, code: 'leadership.wrong-party' });
    expect(check?.params).toMatchObject({ expectedParty: 'ous', lederParty: 'ahus' });
    expect(explain(assess(after, 'SSU-2022-05-01'), { locale: 'en' })).toContain(
      'the HF side (ous) should lead on 2022-05-01',
    );
  });
});

describe('a body whose leadership follows another’s', () => {
  // Agder: "In 2022 leadership passed from SSHF's adm. dir. to the kommunedirektør of Arendal, and
  // SSHF in turn took over leadership of the 4 regionale samarbeidsutval" (facts §1.11). The day
  // the periods turn (1 January) is an assumption of this test.
  const ssuRule: LeadershipRule = { ...alternating };
  const rsuRule: LeadershipRule = {
    oppositeBlocs: true,
    followsBody: { body: 'ssu', relation: 'opposite' },
    ref: '§4',
  };
  const seats = [partySeat(arendal), partySeat(kristiansand), partySeat(sshf, 2)];
  const statute = statuteOf('agder-rsu', agderParties, [
    body('ssu', 2, seats, ssuRule),
    body('rsu-agder-vest', 3, seats, rsuRule, 'ssu'),
  ]);
  const state = initialState(statute);

  it('is led by the side opposite to the side leading the SSU, period by period', () => {
    expect(leadershipOn(state, 'ssu', '2021-06-01')?.expected?.bloc).toBe('helseforetakssiden');
    expect(leadershipOn(state, 'rsu-agder-vest', '2021-06-01')?.expected?.bloc).toBe('kommunesiden');
    expect(leadershipOn(state, 'ssu', '2022-06-01')?.expected?.bloc).toBe('kommunesiden');
    expect(leadershipOn(state, 'rsu-agder-vest', '2022-06-01')?.expected).toEqual({
      bloc: 'helseforetakssiden',
      period: { index: 1, from: '2022-01-01', to: '2024-01-01' },
    });
  });

  it('follows the followed body’s leder in office where that body’s rule states no start', () => {
    const loose = statuteOf('agder-loose', agderParties, [
      body('ssu', 2, seats, { oppositeBlocs: true, rotationYears: 2, ref: '§4' }),
      body('rsu', 3, seats, { ...rsuRule }, 'ssu'),
    ]);
    const { state: after } = replay(loose, [
      ...appoint(loose, 'ssu'),
      leadershipElected({
        at: '2022-03-01',
        body: 'ssu',
        role: 'leder',
        member: 'ssu-arendal-1',
        from: '2022-03-01',
      }),
    ]);
    expect(leadershipOn(after, 'rsu', '2022-02-01')?.expected).toBeUndefined();
    expect(leadershipOn(after, 'rsu', '2022-03-01')?.expected).toEqual({ bloc: 'helseforetakssiden' });
  });
});

describe('leadership-elected', () => {
  const { state } = replay(agder, [...appoint(agder, 'ssu'), elect('leder', 'ssu-sshf-1', '2020-01-01')]);
  const rejected = (event: GovernanceEvent) => {
    const result = apply(state, event);
    expect(result.state).toBe(state);
    return result.outcome.kind === 'rejected' ? result.outcome.reasons.map((r) => r.code) : [];
  };

  it('rejects a member who holds no seat on the body on the first day of the term', () => {
    expect(rejected(elect('leder', 'stranger', '2021-01-01'))).toEqual(['member.not-seated']);
  });

  it('rejects a term that ends before it begins', () => {
    expect(rejected(elect('nestleder', 'ssu-arendal-1', '2021-01-01', '2021-01-01'))).toEqual([
      'leadership.empty-term',
    ]);
  });

  it('rejects a member who would be leder and nestleder at once', () => {
    expect(rejected(elect('nestleder', 'ssu-sshf-1', '2021-01-01'))).toEqual(['leadership.both-roles']);
  });

  it('rejects an unknown body and a term before the statute', () => {
    expect(
      rejected(
        leadershipElected({ at: '2021-01-01', body: 'fsu', role: 'leder', member: 'x', from: '2021-01-01' }),
      ),
    ).toEqual(['body.unknown']);
    expect(rejected(elect('leder', 'ssu-sshf-1', '2019-01-01'))).toEqual(['statute.no-version']);
  });

  it('records a term that breaks the rule (the report flags it)', () => {
    expect(apply(state, elect('leder', 'ssu-sshf-2', '2022-01-01')).outcome.kind).toBe('applied');
  });

  it('ends a term at its own end, and a later term takes over from its start', () => {
    const { state: after } = replay(agder, [
      ...appoint(agder, 'ssu'),
      elect('leder', 'ssu-sshf-1', '2020-01-01', '2021-01-01'),
      elect('leder', 'ssu-arendal-1', '2022-01-01'),
      elect('leder', 'ssu-kristiansand-1', '2024-01-01'),
    ]);
    expect(leadershipOn(after, 'ssu', '2020-12-31')?.leder?.to).toBe('2021-01-01');
    expect(leadershipOn(after, 'ssu', '2021-06-01')?.leder).toBeUndefined();
    expect(leadershipOn(after, 'ssu', '2023-06-01')?.leder).toMatchObject({
      member: 'ssu-arendal-1',
      to: '2024-01-01',
    });
    expect(leadershipOn(after, 'ssu', '2030-06-01')?.leder?.member).toBe('ssu-kristiansand-1');
  });

  it('a leder who leaves the body no longer leads it', () => {
    const { state: after } = replay(agder, [
      ...appoint(agder, 'ssu'),
      elect('leder', 'ssu-sshf-1', '2020-01-01'),
      { type: 'member-left', at: '2020-06-01', member: 'ssu-sshf-1', body: 'ssu' },
    ]);
    expect(leadershipOn(after, 'ssu', '2020-05-31')?.leder?.member).toBe('ssu-sshf-1');
    expect(leadershipOn(after, 'ssu', '2020-06-01')?.leder).toBeUndefined();
  });

  it('says what should be explained when rejected', () => {
    const outcome = apply(state, elect('nestleder', 'ssu-sshf-1', '2021-01-01')).outcome;
    expect(outcome.kind === 'rejected' && outcome.reasons[0]).toMatchObject({
      code: 'leadership.both-roles',
      ref: '§4',
      params: { member: 'ssu-sshf-1', role: 'nestleder', other: 'leder' },
    });
  });
});

describe('the leadership rule in a statute', () => {
  const seats = [partySeat(arendal), partySeat(kristiansand), partySeat(sshf, 2)];
  const issuesOf = (bodies: Parameters<typeof statuteOf>[2]) => {
    const result = safeParseStatute(statuteOf('checks', agderParties, bodies));
    return result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
  };

  it('accepts the fields together', () => {
    expect(issuesOf([body('ssu', 2, seats, alternating)])).toEqual([]);
  });

  it.each([
    [
      'a body it follows that does not exist',
      [
        body('ssu', 2, seats),
        body(
          'rsu',
          3,
          seats,
          { oppositeBlocs: true, followsBody: { body: 'styret', relation: 'opposite' }, ref: '§4' },
          'ssu',
        ),
      ],
      [['unknown_body', 'bodies.1.leadership.followsBody.body']],
    ],
    [
      'bodies that follow each other',
      [
        body('ssu', 2, seats, {
          oppositeBlocs: true,
          followsBody: { body: 'rsu', relation: 'same' },
          ref: '§4',
        }),
        body(
          'rsu',
          3,
          seats,
          { oppositeBlocs: true, followsBody: { body: 'ssu', relation: 'opposite' }, ref: '§4' },
          'ssu',
        ),
      ],
      [
        ['leadership_cycle', 'bodies.0.leadership.followsBody.body'],
        ['leadership_cycle', 'bodies.1.leadership.followsBody.body'],
      ],
    ],
    [
      'a kommune rotating on the helseforetakssiden, and an unknown party',
      [
        body('ssu', 2, seats, {
          ...alternating,
          rotatesAmong: { bloc: 'helseforetakssiden', parties: ['sshf', 'arendal', 'nowhere'] },
        }),
      ],
      [
        ['party_bloc_mismatch', 'bodies.0.leadership.rotatesAmong.parties.1'],
        ['unknown_party', 'bodies.0.leadership.rotatesAmong.parties.2'],
      ],
    ],
    [
      'a period that is not a whole number of years',
      [
        body('ssu', 2, seats, {
          ...alternating,
          alternates: { ...(alternating.alternates as LeadershipAlternation), everyYears: 1.5 },
        }),
      ],
      [['not_integer', 'bodies.0.leadership.alternates.everyYears']],
    ],
    [
      'a period of no years',
      [
        body('ssu', 2, seats, {
          ...alternating,
          alternates: { ...(alternating.alternates as LeadershipAlternation), everyYears: 0 },
        }),
      ],
      [['too_small', 'bodies.0.leadership.alternates.everyYears']],
    ],
    [
      'a start on a side that does not take turns',
      [
        body('ssu', 2, seats, {
          ...alternating,
          alternates: { ...(alternating.alternates as LeadershipAlternation), between: ['kommunesiden'] },
        }),
      ],
      [['bloc_not_alternating', 'bodies.0.leadership.alternates.startsWith']],
    ],
    [
      'rotationYears that disagrees with the alternation',
      [body('ssu', 2, seats, { ...alternating, rotationYears: 4 })],
      [['leadership_conflict', 'bodies.0.leadership.rotationYears']],
    ],
  ])('reports %s, with its path', (_name, bodies, expected) => {
    expect(issuesOf(bodies as never)).toEqual(expected);
  });
});
