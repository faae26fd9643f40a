import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type Check,
  type CheckId,
  explain,
  type GovernanceEvent,
  getMember,
  presets,
  replay,
  type State,
  type Statute,
  safeParseStatute,
} from '../../src/index.js';
import { members, perParty, personal, ssuMeeting, votes, withVara } from './_substitutes.js';

const check = <I extends CheckId>(report: ReturnType<typeof assess>, id: I) =>
  report.checks.find((c): c is Extract<Check, { id: I }> => c.id === id);

const siv = [1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`);
/** Fields to change, `undefined` to leave one out. */
type Changes<E> = { [K in keyof E]?: E[K] | undefined };
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
const vara = (
  extra: Changes<Extract<GovernanceEvent, { type: 'substitute-appointed' }>> = {},
): GovernanceEvent =>
  defined({
    type: 'substitute-appointed',
    at: '2024-01-02',
    member: 'vara-horten',
    body: 'ssu',
    seat: 'horten',
    for: 'ssu-horten',
    ...extra,
  } as GovernanceEvent);
const attending = (
  extra: Changes<Extract<GovernanceEvent, { type: 'substitute-attending' }>> = {},
): GovernanceEvent =>
  defined({
    type: 'substitute-attending',
    at: '2024-03-10',
    member: 'vara-horten',
    body: 'ssu',
    for: 'ssu-horten',
    meeting: 'ssu-2024-03',
    ...extra,
  } as GovernanceEvent);

/** Replays `events` and fails on any rejection. */
function run(statute: Statute, events: readonly GovernanceEvent[]): State {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return state;
}

function rejected(state: State, event: GovernanceEvent) {
  const result = apply(state, event);
  expect(result.state).toBe(state);
  return result.outcome;
}

describe('a vara standing in holds the member’s seat and its rights', () => {
  // Present: the vara for Horten, the six HF members and one fastlege: 8 of 16, and the kommune
  // side only through the vara.
  const present = ['vara-horten', ...siv, 'ssu-fastlege-1'];
  const base = [...members, vara(), ...ssuMeeting(), attending()];

  it('votes, counts for the quorum in the member’s place and side, and the report says who stood in', () => {
    const state = run(personal, [
      ...base,
      { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present },
      ...votes('SSU-7', present),
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' },
    ]);
    const report = assess(state, 'SSU-7');
    expect(report).toMatchObject({ status: 'adopted', valid: true });
    expect(check(report, 'quorum')).toMatchObject({ ok: true, params: { got: 8 } });
    const quorum = check(report, 'quorum');
    expect(quorum !== undefined && 'outcome' in quorum ? quorum.outcome.children : undefined).toEqual(
      expect.arrayContaining([expect.objectContaining({ bloc: 'kommunesiden', got: 1, ok: true })]),
    );
    expect(check(report, 'seats')?.params).toMatchObject({
      seated: 16,
      vacant: 0,
      standingIn: [{ substitute: 'vara-horten', for: 'ssu-horten' }],
    });
    expect(explain(report, { locale: 'nb' })).toContain(
      '1 vara møtte for fraværende medlemmer (vara-horten for ssu-horten)',
    );
    expect(explain(report, { locale: 'en' })).toContain('1 substitute stood in (vara-horten for ssu-horten)');
  });

  it('without the vara the same meeting is not quorate on the kommune side', () => {
    const state = run(personal, [
      ...members,
      vara(),
      ...ssuMeeting(),
      { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: present.slice(1) },
      ...votes('SSU-7', present.slice(1)),
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' },
    ]);
    expect(assess(state, 'SSU-7')).toMatchObject({ status: 'invalid' });
    expect(check(assess(state, 'SSU-7'), 'seats')?.params.standingIn).toEqual([]);
  });

  it('a vara who is not standing in may not vote, attend or recuse, and is not a seat holder', () => {
    const state = run(personal, [...members, vara(), ...ssuMeeting()]);
    expect(rejected(state, votes('SSU-7', ['vara-horten'])[0] as GovernanceEvent)).toMatchObject({
      reasons: [{ code: 'vote.not-member' }],
    });
    expect(
      rejected(state, {
        type: 'attendance-recorded',
        at: '2024-03-14',
        meeting: 'ssu-2024-03',
        present: ['vara-horten'],
      }),
    ).toMatchObject({ reasons: [{ code: 'attendance.not-member' }] });
    expect(
      rejected(state, { type: 'member-recused', at: '2024-03-14', proposal: 'SSU-7', member: 'vara-horten' }),
    ).toMatchObject({ reasons: [{ code: 'recusal.not-member' }] });
    expect(getMember(state, 'vara-horten')?.tenures).toEqual([]);
  });

  it('the member for whom a vara stands in may not vote or be recused at that meeting', () => {
    const state = run(personal, base);
    expect(rejected(state, votes('SSU-7', ['ssu-horten'])[0] as GovernanceEvent)).toMatchObject({
      reasons: [
        { code: 'substitute.member-present', params: { member: 'ssu-horten', substitute: 'vara-horten' } },
      ],
    });
    expect(
      rejected(state, { type: 'member-recused', at: '2024-03-14', proposal: 'SSU-7', member: 'ssu-horten' }),
    ).toMatchObject({ reasons: [{ code: 'substitute.member-present' }] });
  });
});

describe('a vara who meets while the member is present is rejected', () => {
  it('attendance first, then the vara: rejected, citing the vara rule', () => {
    const state = run(personal, [
      ...members,
      vara(),
      ...ssuMeeting(),
      {
        type: 'attendance-recorded',
        at: '2024-03-14',
        meeting: 'ssu-2024-03',
        present: ['ssu-horten', ...siv],
      },
    ]);
    expect(rejected(state, attending({ at: '2024-03-14' }))).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'substitute.member-present', params: { member: 'ssu-horten' }, ref: 'ssu' }],
    });
  });

  it('the vara first, then an attendance listing the member: rejected', () => {
    const state = run(personal, [...members, vara(), ...ssuMeeting(), attending()]);
    const listed = (present: string[]): GovernanceEvent => ({
      type: 'attendance-recorded',
      at: '2024-03-14',
      meeting: 'ssu-2024-03',
      present,
    });
    expect(rejected(state, listed(['ssu-horten', ...siv]))).toMatchObject({
      reasons: [
        { code: 'substitute.member-present', params: { member: 'ssu-horten', substitute: 'vara-horten' } },
      ],
    });
    expect(rejected(state, listed(['ssu-horten', 'vara-horten']))).toMatchObject({
      reasons: [{ code: 'substitute.member-present' }],
    });
    expect(apply(state, listed(['vara-horten', ...siv])).outcome.kind).toBe('applied');
  });

  it('a member who voted at the meeting was present: a vara for them afterwards is rejected', () => {
    const state = run(personal, [...members, vara(), ...ssuMeeting(), ...votes('SSU-7', ['ssu-horten'])]);
    expect(rejected(state, attending({ at: '2024-03-14' }))).toMatchObject({
      reasons: [{ code: 'substitute.member-present' }],
    });
  });
});

describe('who may stand in for whom', () => {
  it('a personal vara stands in for their own member only', () => {
    const state = run(personal, [...members, vara(), ...ssuMeeting()]);
    expect(rejected(state, attending({ for: 'ssu-larvik' }))).toMatchObject({
      reasons: [
        { code: 'substitute.not-eligible', params: { member: 'vara-horten', for: 'ssu-larvik' }, ref: 'ssu' },
      ],
    });
  });

  it('a personal vara names a member holding that seat, and no rank', () => {
    const state = run(personal, members);
    expect(rejected(state, vara({ for: 'ssu-larvik' }))).toMatchObject({
      reasons: [{ code: 'substitute.for-not-seated', params: { member: 'ssu-larvik', seat: 'horten' } }],
    });
    expect(rejected(state, vara({ for: undefined, rank: 1 }))).toMatchObject({
      reasons: [{ code: 'substitute.personal' }],
    });
    expect(rejected(state, vara({ member: 'ssu-larvik' }))).toMatchObject({
      reasons: [{ code: 'substitute.is-member' }],
    });
  });

  const lists: GovernanceEvent[] = [
    ...members,
    vara({ member: 'vara-horten-1', for: undefined, rank: 1 }),
    vara({ member: 'vara-horten-2', for: undefined, rank: 2 }),
    vara({ member: 'vara-larvik-1', seat: 'larvik', for: undefined, rank: 3 }),
    ...ssuMeeting(),
  ];

  it('an ordered list per party: a vara from another party’s list is rejected, the second on the list may be called', () => {
    const state = run(perParty, lists);
    expect(rejected(state, attending({ member: 'vara-larvik-1' }))).toMatchObject({
      reasons: [{ code: 'substitute.not-eligible', params: { member: 'vara-larvik-1', for: 'ssu-horten' } }],
    });
    // The first on the list may have forfall too, which the log does not know: the second is accepted.
    const { state: next, outcome } = apply(state, attending({ member: 'vara-horten-2' }));
    expect(outcome.kind).toBe('applied');
    expect(getMember(next, 'vara-horten-2')?.substitutions?.[0]?.rank).toBe(2);
  });

  it('a place on an ordered list is given by rank, once per list', () => {
    const state = run(perParty, lists);
    expect(rejected(state, vara({ member: 'vara-x', for: undefined, rank: 2 }))).toMatchObject({
      reasons: [
        { code: 'substitute.rank-taken', params: { list: 'party:horten', rank: 2, holder: 'vara-horten-2' } },
      ],
    });
    expect(
      apply(state, vara({ member: 'vara-x', seat: 'tonsberg', for: undefined, rank: 2 })).outcome.kind,
    ).toBe('applied');
    expect(rejected(state, vara({ member: 'vara-x' }))).toMatchObject({
      reasons: [{ code: 'substitute.ordered' }],
    });
  });

  it('a list per side lets a kommune vara stand in for any kommune member, not for the HF', () => {
    const state = run(withVara({ kind: 'ordered', per: 'bloc', ref: 'ssu' }), lists);
    expect(apply(state, attending({ member: 'vara-larvik-1' })).outcome.kind).toBe('applied');
    expect(rejected(state, attending({ member: 'vara-larvik-1', for: 'ssu-siv-1' }))).toMatchObject({
      reasons: [{ code: 'substitute.not-eligible' }],
    });
  });

  it('one vara per member per meeting, and one member per vara', () => {
    const state = run(perParty, [...lists, attending({ member: 'vara-horten-1' })]);
    expect(rejected(state, attending({ member: 'vara-horten-2' }))).toMatchObject({
      reasons: [{ code: 'substitute.taken', params: { member: 'ssu-horten', substitute: 'vara-horten-1' } }],
    });
    const bloc = run(withVara({ kind: 'ordered', per: 'bloc', ref: 'ssu' }), [
      ...lists,
      attending({ member: 'vara-horten-1' }),
    ]);
    expect(rejected(bloc, attending({ member: 'vara-horten-1', for: 'ssu-larvik' }))).toMatchObject({
      reasons: [{ code: 'substitute.busy', params: { member: 'vara-horten-1', for: 'ssu-horten' } }],
    });
  });
});

describe('an observer’s vara is an observer', () => {
  it('cannot vote; an objection is kept and never counted', () => {
    const state = run(personal, [
      ...members,
      vara({ member: 'vara-ks', seat: 'ks', for: 'ssu-ks' }),
      ...ssuMeeting(),
      attending({ member: 'vara-ks', for: 'ssu-ks' }),
    ]);
    expect(
      rejected(state, {
        type: 'vote-cast',
        at: '2024-03-14',
        proposal: 'SSU-7',
        member: 'vara-ks',
        vote: 'for',
      }),
    ).toMatchObject({ reasons: [{ code: 'vote.observer', params: { member: 'vara-ks', seat: 'ks' } }] });
    const { state: objected, outcome } = apply(state, {
      type: 'vote-cast',
      at: '2024-03-14',
      proposal: 'SSU-7',
      member: 'vara-ks',
      vote: 'against',
      reservation: 'Uenig',
    });
    expect(outcome.kind).toBe('applied');
    const voters = ['ssu-horten', 'ssu-larvik', ...siv];
    const after = [
      ...votes('SSU-7', voters),
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' },
    ];
    let final = objected;
    for (const event of after as GovernanceEvent[]) final = apply(final, event).state;
    expect(assess(final, 'SSU-7')).toMatchObject({ status: 'adopted' });
  });
});

describe('a vara for a period', () => {
  const meetings = [
    ...ssuMeeting('m1', '2024-03-14', 'S-1'),
    ...ssuMeeting('m2', '2024-04-11', 'S-2'),
    ...ssuMeeting('m3', '2024-05-16', 'S-3'),
  ];
  const period = attending({ meeting: undefined, from: '2024-03-01', to: '2024-04-30', at: '2024-02-29' });

  it('covers the meetings from–to and not a later one', () => {
    const state = run(personal, [...members, vara(), ...meetings, period]);
    for (const [meeting, proposal, date] of [
      ['m1', 'S-1', '2024-03-14'],
      ['m2', 'S-2', '2024-04-11'],
    ] as const) {
      const vote = votes(proposal, ['vara-horten'], date)[0] as GovernanceEvent;
      expect(apply(state, vote).outcome.kind, meeting).toBe('applied');
      expect(rejected(state, votes(proposal, ['ssu-horten'], date)[0] as GovernanceEvent)).toMatchObject({
        reasons: [{ code: 'substitute.member-present' }],
      });
    }
    expect(rejected(state, votes('S-3', ['vara-horten'], '2024-05-16')[0] as GovernanceEvent)).toMatchObject({
      reasons: [{ code: 'vote.not-member' }],
    });
    expect(apply(state, votes('S-3', ['ssu-horten'], '2024-05-16')[0] as GovernanceEvent).outcome.kind).toBe(
      'applied',
    );
  });

  it('needs a meeting or both dates, and may not reach back over a meeting on record', () => {
    const state = run(personal, [...members, vara(), ...meetings, ...votes('S-1', ['ssu-larvik'])]);
    expect(rejected(state, attending({ meeting: undefined, from: '2024-03-01' }))).toMatchObject({
      reasons: [{ code: 'substitute.when' }],
    });
    expect(rejected(state, attending({ from: '2024-03-01', to: '2024-04-30' }))).toMatchObject({
      reasons: [{ code: 'substitute.when' }],
    });
    expect(rejected(state, period)).toMatchObject({ reasons: [{ code: 'member.rewrites-record' }] });
    expect(rejected(state, attending({ meeting: 'pm-none' }))).toMatchObject({
      reasons: [{ code: 'meeting.unknown' }],
    });
  });

  it('ends when the vara leaves the body', () => {
    const state = run(personal, [
      ...members,
      vara(),
      ...meetings,
      period,
      { type: 'member-left', at: '2024-04-01', member: 'vara-horten', body: 'ssu' },
    ]);
    expect(apply(state, votes('S-1', ['vara-horten'])[0] as GovernanceEvent).outcome.kind).toBe('applied');
    expect(rejected(state, votes('S-2', ['vara-horten'], '2024-04-11')[0] as GovernanceEvent)).toMatchObject({
      reasons: [{ code: 'vote.not-member' }],
    });
  });
});

describe('a body without a vara rule', () => {
  it('rejects a vara event, citing the body', () => {
    const state = run(presets.vestfold, [...members.slice(0, -1), ...ssuMeeting()]);
    expect(rejected(state, vara())).toMatchObject({
      reasons: [{ code: 'substitute.not-provided', params: { body: 'ssu' }, ref: 'ssu' }],
    });
    expect(rejected(state, attending())).toMatchObject({ reasons: [{ code: 'substitute.not-provided' }] });
  });

  it('a statute gives lists per side only where the voting seats have a side, citing a known section', () => {
    const pm = presets.vestfold.bodies.find((b) => b.id === 'pm');
    const bad = {
      ...presets.vestfold,
      bodies: presets.vestfold.bodies.map((b) =>
        b === pm
          ? {
              ...b,
              seats: b.seats.map(({ bloc: _, ...seat }) => seat),
              quorum: { ...b.quorum, perBloc: undefined },
              substitutes: { kind: 'ordered', per: 'bloc', ref: 'nowhere' },
            }
          : b,
      ),
    };
    const result = safeParseStatute(JSON.parse(JSON.stringify(bad)));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['unknown_section', 'bodies.0.substitutes.ref'],
        ['bloc_rule_without_blocs', 'bodies.0.substitutes.per'],
      ]),
    );
    expect(safeParseStatute(personal).success).toBe(true);
  });
});
