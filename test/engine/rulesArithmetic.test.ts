import { describe, expect, it } from 'vitest';
import { oppositeOf, partyOnTurn, scheduleOf } from '../../src/engine/_leadershipSchedule.js';
import { evaluateRequirement, ratifiers } from '../../src/engine/ratificationStatus.js';
import type {
  MeetingRecord,
  MemberRecord,
  StandIn,
  SubstituteTenure,
  Tenure,
} from '../../src/engine/state.js';
import { bodyOf, matterOf, seatFacts } from '../../src/engine/statuteIndex.js';
import { covers, listOf, mayStandIn, overlaps, substituteOf } from '../../src/engine/substitutes.js';
import type { Body, LeadershipRule, Party, RatificationRule, Seat, Statute } from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

// Invented test data throughout: the small test statute of test/fixtures.ts, its SSU with vara
// rules added, and leadership rules made up to show the arithmetic.
const ssu = minimalStatute.bodies.find((b) => b.id === 'ssu') as Body;
const [k, h, gp] = ssu.seats as [Seat, Seat, Seat];

describe('which vara list a seat belongs to', () => {
  it('a side, a party, or the seat itself', () => {
    const bloc = { kind: 'ordered', per: 'bloc', ref: '§2' } as const;
    const party = { kind: 'ordered', per: 'party', ref: '§2' } as const;
    const seat = { kind: 'ordered', per: 'seat', ref: '§2' } as const;
    const personal = { kind: 'personal', ref: '§2' } as const;
    expect(listOf(bloc, k, 'a')).toBe('bloc:kommunesiden');
    expect(listOf(bloc, gp, 'a')).toBe('seat:gp');
    expect(listOf(party, h, undefined)).toBe('party:hf');
    expect(listOf(party, h, 'a')).toBe('party:hf');
    expect(listOf(party, k, 'a')).toBe('party:a');
    expect(listOf(party, k, undefined)).toBe('seat:k');
    expect(listOf(seat, k, 'a')).toBe('seat:k');
    expect(listOf(personal, k, 'a')).toBe('seat:k');
  });
});

describe('who may stand in for whom', () => {
  const tenure: Tenure = { body: 'ssu', seat: 'k', party: 'a', from: '2024-01-01' };
  const vara = (extra: Partial<SubstituteTenure>): SubstituteTenure => ({
    body: 'ssu',
    seat: 'k',
    from: '2024-01-01',
    ...extra,
  });
  const withRule = (substitutes: NonNullable<Body['substitutes']>): Body => ({ ...ssu, substitutes });

  it('nobody, on a body without vara', () => {
    expect(mayStandIn(ssu, vara({ for: 'm1' }), 'm1', tenure)).toBe(false);
  });

  it('under a personal rule, the member’s own vara on the member’s seat', () => {
    const body = withRule({ kind: 'personal', ref: '§2' });
    expect(mayStandIn(body, vara({ for: 'm1' }), 'm1', tenure)).toBe(true);
    expect(mayStandIn(body, vara({ for: 'm2' }), 'm1', tenure)).toBe(false);
    expect(mayStandIn(body, vara({ for: 'm1', seat: 'h' }), 'm1', tenure)).toBe(false);
  });

  it('under an ordered rule, a vara on the same list, on seats the body has', () => {
    const body = withRule({ kind: 'ordered', per: 'party', ref: '§2' });
    expect(mayStandIn(body, vara({ party: 'a' }), 'm1', tenure)).toBe(true);
    expect(mayStandIn(body, vara({ party: 'b' }), 'm1', tenure)).toBe(false);
    expect(mayStandIn(body, vara({ party: 'a', seat: 'nowhere' }), 'm1', tenure)).toBe(false);
    expect(mayStandIn(body, vara({ party: 'a' }), 'm1', { ...tenure, seat: 'nowhere' })).toBe(false);
  });
});

describe('which meetings a stand-in covers', () => {
  const meeting = { id: 'ssu-3', body: 'ssu', date: '2024-03-14' } as MeetingRecord;
  const period = (from: string, to: string, body = 'ssu'): StandIn => ({
    body,
    for: 'm1',
    from,
    to,
    at: '2024-01-02',
  });

  it('its own meeting, or any meeting of the body from its first day through its last', () => {
    expect(covers({ body: 'ssu', for: 'm1', meeting: 'ssu-3', at: '2024-01-02' }, meeting)).toBe(true);
    expect(covers({ body: 'ssu', for: 'm1', meeting: 'ssu-4', at: '2024-01-02' }, meeting)).toBe(false);
    expect(covers(period('2024-03-14', '2024-03-14'), meeting)).toBe(true);
    expect(covers(period('2024-03-01', '2024-03-13'), meeting)).toBe(false);
    expect(covers(period('2024-03-15', '2024-03-31'), meeting)).toBe(false);
    expect(covers(period('2024-03-01', '2024-03-31', 'pm'), meeting)).toBe(false);
  });

  describe('whether two stand-ins clash', () => {
    const dates: Record<string, string> = { 'ssu-3': '2024-03-14' };
    const dateOf = (id: string) => dates[id];
    const once = (id: string, body = 'ssu'): StandIn => ({ body, for: 'm1', meeting: id, at: '2024-01-02' });

    it('never on different bodies', () => {
      expect(overlaps(once('ssu-3'), once('ssu-3', 'pm'), dateOf)).toBe(false);
      expect(
        overlaps(period('2024-01-01', '2024-12-31'), period('2024-01-01', '2024-12-31', 'pm'), dateOf),
      ).toBe(false);
    });

    it('at one meeting each, only at the same meeting', () => {
      expect(overlaps(once('ssu-3'), once('ssu-3'), dateOf)).toBe(true);
      expect(overlaps(once('ssu-3'), once('ssu-4'), dateOf)).toBe(false);
    });

    it('a meeting and a period, when the period takes in the meeting’s date', () => {
      for (const [from, to, expected] of [
        ['2024-03-14', '2024-03-20', true],
        ['2024-03-01', '2024-03-14', true],
        ['2024-03-15', '2024-03-20', false],
        ['2024-03-01', '2024-03-13', false],
      ] as const) {
        expect(overlaps(once('ssu-3'), period(from, to), dateOf)).toBe(expected);
        expect(overlaps(period(from, to), once('ssu-3'), dateOf)).toBe(expected);
      }
      // a meeting not on record has no date, and so no day in common with a period
      expect(overlaps(once('ssu-9'), period('2024-01-01', '2024-12-31'), dateOf)).toBe(false);
    });

    it('two periods, when they have a day in common', () => {
      expect(overlaps(period('2024-03-01', '2024-03-14'), period('2024-03-14', '2024-03-31'), dateOf)).toBe(
        true,
      );
      expect(overlaps(period('2024-03-14', '2024-03-31'), period('2024-03-01', '2024-03-14'), dateOf)).toBe(
        true,
      );
      expect(overlaps(period('2024-03-01', '2024-03-13'), period('2024-03-14', '2024-03-31'), dateOf)).toBe(
        false,
      );
      expect(overlaps(period('2024-03-15', '2024-03-31'), period('2024-03-01', '2024-03-14'), dateOf)).toBe(
        false,
      );
    });
  });
});

describe('leadership periods', () => {
  const rule = (
    alternates: LeadershipRule['alternates'],
    extra: Partial<LeadershipRule> = {},
  ): LeadershipRule => ({
    oppositeBlocs: true,
    ...(alternates === undefined ? {} : { alternates }),
    ref: '§1',
    ...extra,
  });
  const yearly = (from: string, everyYears = 1) =>
    rule({ between: ['kommunesiden', 'helseforetakssiden'], everyYears, startsWith: 'kommunesiden', from });
  const period = (r: LeadershipRule, date: string) => scheduleOf(minimalStatute, r, date)?.period;

  it('the side opposite', () => {
    expect(oppositeOf('kommunesiden')).toBe('helseforetakssiden');
    expect(oppositeOf('helseforetakssiden')).toBe('kommunesiden');
  });

  it('nothing without a rule, before its first day, or with no sides to take turns', () => {
    expect(scheduleOf(minimalStatute, undefined, '2024-01-01')).toBeUndefined();
    expect(scheduleOf(minimalStatute, rule(undefined, { rotationYears: 2 }), '2024-01-01')).toBeUndefined();
    expect(period(yearly('2024-01-01'), '2023-12-31')).toBeUndefined();
    expect(period(yearly('2024-01-01'), '2024-01-01')).toStrictEqual({
      index: 0,
      from: '2024-01-01',
      to: '2025-01-01',
    });
    const none = rule({ between: [], everyYears: 1, startsWith: 'kommunesiden', from: '2024-01-01' });
    expect(scheduleOf(minimalStatute, none, '2024-06-01')).toBeUndefined();
  });

  it('a period starting on 29 February starts on 1 March in a common year', () => {
    const leap = yearly('2020-02-29');
    expect(period(leap, '2021-02-28')).toStrictEqual({ index: 0, from: '2020-02-29', to: '2021-03-01' });
    expect(period(leap, '2021-03-01')).toStrictEqual({ index: 1, from: '2021-03-01', to: '2022-03-01' });
    expect(period(leap, '2024-02-28')).toStrictEqual({ index: 3, from: '2023-03-01', to: '2024-02-29' });
    expect(period(leap, '2024-02-29')).toStrictEqual({ index: 4, from: '2024-02-29', to: '2025-03-01' });
  });

  it('a year divisible by 100 is a common year unless it is divisible by 400', () => {
    const leap = yearly('1996-02-29', 4);
    expect(period(leap, '2000-02-28')).toStrictEqual({ index: 0, from: '1996-02-29', to: '2000-02-29' });
    expect(period(leap, '2000-02-29')).toStrictEqual({ index: 1, from: '2000-02-29', to: '2004-02-29' });
    expect(period(leap, '2100-02-28')).toStrictEqual({ index: 25, from: '2096-02-29', to: '2100-03-01' });
    expect(period(leap, '2100-03-01')).toStrictEqual({ index: 26, from: '2100-03-01', to: '2104-02-29' });
  });

  it('the sides take turns from the stated one, or from the first listed when it is not among them', () => {
    const sides = (r: LeadershipRule) => {
      const schedule = scheduleOf(minimalStatute, r, '2024-01-01');
      return [0, 1, 2, 3].map((i) => schedule?.sideAt(i));
    };
    const from = (
      startsWith: 'kommunesiden' | 'helseforetakssiden',
      between = ['kommunesiden', 'helseforetakssiden'],
    ) => rule({ between: between as never, everyYears: 1, startsWith, from: '2024-01-01' });
    expect(sides(from('helseforetakssiden'))).toStrictEqual([
      'helseforetakssiden',
      'kommunesiden',
      'helseforetakssiden',
      'kommunesiden',
    ]);
    expect(sides(from('helseforetakssiden', ['kommunesiden']))).toStrictEqual([
      'kommunesiden',
      'kommunesiden',
      'kommunesiden',
      'kommunesiden',
    ]);
  });

  /** Bodies `b0` … `b<n>`, each following the next, the last alternating from 2024. */
  function chain(n: number, relation: 'same' | 'opposite'): Statute {
    const bodies = Array.from({ length: n + 1 }, (_, i) => ({
      ...ssu,
      id: `b${i}`,
      leadership:
        i === n ? yearly('2024-01-01') : rule(undefined, { followsBody: { body: `b${i + 1}`, relation } }),
    }));
    return { ...minimalStatute, bodies };
  }
  const leading = (statute: Statute, date: string) => {
    const first = bodyOf(statute, 'b0') as Body;
    return scheduleOf(statute, first.leadership, date)?.sideAt(0);
  };

  it('a body following another takes the same side, or the opposite', () => {
    expect(leading(chain(1, 'same'), '2024-06-01')).toBe('kommunesiden');
    expect(leading(chain(1, 'opposite'), '2024-06-01')).toBe('helseforetakssiden');
    expect(leading(chain(2, 'opposite'), '2024-06-01')).toBe('kommunesiden');
    expect(
      scheduleOf(chain(1, 'same'), bodyOf(chain(1, 'same'), 'b0')?.leadership, '2024-06-01')?.period,
    ).toStrictEqual({ index: 0, from: '2024-01-01', to: '2025-01-01' });
    expect(leading(chain(1, 'same'), '2023-06-01')).toBeUndefined();
    const toNowhere = {
      ...minimalStatute,
      bodies: [
        {
          ...ssu,
          id: 'b0',
          leadership: rule(undefined, { followsBody: { body: 'gone', relation: 'same' as const } }),
        },
      ],
    };
    expect(leading(toNowhere, '2024-06-01')).toBeUndefined();
  });

  it('a chain of links is followed sixteen steps deep, and no further', () => {
    expect(leading(chain(16, 'same'), '2024-06-01')).toBe('kommunesiden');
    expect(leading(chain(17, 'same'), '2024-06-01')).toBeUndefined();
  });

  it('the parties of the rotating side take turns each time that side leads', () => {
    const rotating = (between: readonly ('kommunesiden' | 'helseforetakssiden')[], parties: string[]) =>
      rule(
        { between, everyYears: 1, startsWith: between[0] ?? 'kommunesiden', from: '2020-01-01' },
        { rotatesAmong: { bloc: 'kommunesiden', parties } },
      );
    const turns = (r: LeadershipRule) =>
      [2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => {
        const schedule = scheduleOf(minimalStatute, r, `${year}-06-01`);
        return schedule === undefined ? 'none' : (partyOnTurn(r, schedule) ?? null);
      });
    expect(turns(rotating(['kommunesiden', 'helseforetakssiden'], ['a', 'b', 'c']))).toStrictEqual([
      'a',
      null,
      'b',
      null,
      'c',
      null,
      'a',
    ]);
    expect(
      turns(rotating(['kommunesiden', 'kommunesiden', 'helseforetakssiden'], ['a', 'b', 'c'])),
    ).toStrictEqual(['a', 'b', null, 'c', 'a', null, 'b']);
    expect(turns(rotating(['kommunesiden', 'helseforetakssiden'], []))).toStrictEqual(Array(7).fill(null));
    expect(turns(yearly('2020-01-01'))).toStrictEqual(Array(7).fill(null));
  });
});

describe('the index of a statute', () => {
  it('finds nothing in no statute', () => {
    expect(bodyOf(undefined, 'pm')).toBeUndefined();
    expect(matterOf(undefined, 'budget')).toBeUndefined();
    expect(bodyOf(minimalStatute, 'ssu')).toBe(ssu);
    expect(bodyOf(minimalStatute, 'nowhere')).toBeUndefined();
  });

  it('counts voting places on no side only where other voting seats have a side', () => {
    const plain: Body = {
      ...ssu,
      seats: [
        { id: 'x', role: 'kommune', count: 3, rights: ['attend', 'vote'] },
        { id: 'y', role: 'fastlege', count: 1, rights: ['attend', 'vote'] },
      ],
    };
    expect(seatFacts(plain)).toStrictEqual({
      seats: { total: 4, byBloc: {} },
      voting: plain.seats,
      blocs: [],
      withoutSide: 0,
      withoutSideRoles: [],
    });
    const mixed: Body = {
      ...ssu,
      seats: [
        { id: 'x', role: 'kommune', count: 3, rights: ['attend', 'vote'], bloc: 'kommunesiden' },
        { id: 'y', role: 'fastlege', count: 2, rights: ['attend', 'vote'] },
        { id: 'z', role: 'bruker', count: 0, rights: ['attend', 'vote'] },
        { id: 'w', role: 'ks', count: 1, rights: ['attend'] },
      ],
    };
    expect(seatFacts(mixed)).toStrictEqual({
      seats: { total: 5, byBloc: { kommunesiden: 3 } },
      voting: mixed.seats.slice(0, 3),
      blocs: ['kommunesiden'],
      withoutSide: 2,
      withoutSideRoles: ['fastlege'],
    });
  });
});

describe('who is asked to ratify', () => {
  const base = minimalStatute.ratification[0] as RatificationRule;
  const asked = (rule: Partial<RatificationRule>) => [...ratifiers(minimalStatute, { ...base, ...rule })];

  it('the parties the requirements name, or under per-party every helseforetak and every kommune', () => {
    expect(asked({ requires: [{ kind: 'helseforetak' }] })).toStrictEqual(['hf']);
    expect(asked({ requires: [{ kind: 'parties', parties: ['b'] }] })).toStrictEqual(['b']);
    expect(asked({ requires: [{ kind: 'every-kommune' }] })).toStrictEqual(['a', 'b']);
    expect(asked({ effect: 'per-party', requires: [{ kind: 'helseforetak' }] })).toStrictEqual([
      'hf',
      'a',
      'b',
    ]);
    expect(asked({ effect: 'per-party', requires: [{ kind: 'parties', parties: ['b'] }] })).toStrictEqual([
      'hf',
      'b',
    ]);
  });

  it('a kommune without a stated population weighs nothing in a share of the population', () => {
    // Invented: kommune c states no population.
    const members = [
      ...minimalStatute.parties,
      { kind: 'kommune', id: 'c', name: 'C', kommunenummer: '1003', organ: 'kommunestyre' } as Party,
    ];
    const requirement = {
      kind: 'share-of-population',
      threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
    } as const;
    expect(evaluateRequirement(requirement, members, new Set(['c', 'hf']))).toStrictEqual({
      requirement,
      counts: 'population',
      base: 4000,
      required: 2001,
      got: 0,
      missing: 2001,
      met: false,
      parties: ['a', 'b', 'c'],
    });
    expect(evaluateRequirement(requirement, members, new Set(['b']))).toMatchObject({ got: 3000, met: true });
  });
});

describe('the vara standing in for a member at a meeting', () => {
  const body: Body = { ...ssu, substitutes: { kind: 'personal', ref: '§2' } };
  const meeting = { id: 'ssu-3', body: 'ssu', date: '2024-03-14' } as MeetingRecord;
  const tenure: Tenure = { body: 'ssu', seat: 'k', party: 'a', from: '2024-01-01' };
  const member = (substitutedBy?: StandIn[]): MemberRecord => ({
    id: 'm1',
    tenures: [tenure],
    ...(substitutedBy === undefined ? {} : { substitutedBy }),
  });
  const entry = (meetingId = 'ssu-3'): StandIn => ({
    body: 'ssu',
    for: 'v1',
    meeting: meetingId,
    at: '2024-03-01',
  });
  const vara = (held: Partial<SubstituteTenure> = {}, tenures: Tenure[] = []): MemberRecord => ({
    id: 'v1',
    tenures,
    substitutions: [{ body: 'ssu', seat: 'k', for: 'm1', from: '2024-01-01', ...held }],
  });
  const of = (m: MemberRecord, v: MemberRecord | undefined) =>
    substituteOf(body, m, tenure, meeting, (id) => (id === 'v1' ? v : undefined));

  it('is the vara recorded for that meeting, still a vara of the body on its date', () => {
    expect(of(member([entry()]), vara())).toBe('v1');
    expect(of(member([entry()]), vara({ to: '2024-03-15' }))).toBe('v1');
    expect(of(member([entry()]), vara({ to: '2024-03-14' }))).toBeUndefined();
    expect(of(member([entry()]), vara({ from: '2024-03-15' }))).toBeUndefined();
  });

  it('is nobody when none was recorded for the meeting, or the vara may not stand in', () => {
    expect(of(member(), vara())).toBeUndefined();
    expect(of(member([entry('ssu-4')]), vara())).toBeUndefined();
    expect(of(member([entry()]), undefined)).toBeUndefined();
    expect(of(member([entry()]), vara({ for: 'm2' }))).toBeUndefined();
    expect(of(member([entry()]), vara({}, [{ ...tenure, from: '2024-03-01' }]))).toBeUndefined();
    expect(of(member([entry('ssu-4'), entry()]), vara())).toBe('v1');
  });
});
