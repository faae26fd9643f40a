import { describe, expect } from 'vitest';
import {
  addDays,
  type Bloc,
  type GovernanceEvent,
  initialState,
  type LeadershipRole,
  leadershipElected,
  leadershipOn,
  type Party,
  replay,
  type Statute,
} from '../../src/index.js';
import { fc, prop } from '../prop.js';
import { appoint, body, osloParties, partySeat, statuteOf } from './_leadership.js';

const runs = { numRuns: 1000 };
const [oslo, ous, ahus, diakonhjemmet] = osloParties as [Party, Party, Party, Party];

/** Sides taking turns every two years from 2020-01-01; the hospitals rotate (test data). */
const statute: Statute = statuteOf('order-test', osloParties, [
  body('ssu', 2, [partySeat(oslo, 3), partySeat(ous), partySeat(ahus), partySeat(diakonhjemmet)], {
    oppositeBlocs: true,
    alternates: {
      between: ['kommunesiden', 'helseforetakssiden'],
      everyYears: 2,
      startsWith: 'kommunesiden',
      from: '2020-01-01',
    },
    rotatesAmong: { bloc: 'helseforetakssiden', parties: ['ous', 'ahus', 'diakonhjemmet'] },
    ref: '§4',
  }),
]);
const appointments = appoint(statute, 'ssu');
/** Separate pools, so that no member is ever leder and nestleder at once. */
const pools: Readonly<Record<LeadershipRole, readonly string[]>> = {
  leder: ['ssu-oslo-1', 'ssu-ous-1', 'ssu-ahus-1'],
  nestleder: ['ssu-oslo-2', 'ssu-oslo-3', 'ssu-diakonhjemmet-1'],
};

/** Terms of one role, with distinct first days over about ten years, some with a stated end. */
const termsOf = (role: LeadershipRole) =>
  fc
    .uniqueArray(
      fc.record({
        day: fc.integer({ min: 0, max: 3650 }),
        member: fc.constantFrom(...pools[role]),
        length: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
        recorded: fc.integer({ min: 0, max: 60 }),
      }),
      { selector: (t) => t.day, maxLength: 8 },
    )
    .map((terms) =>
      terms.map((t): GovernanceEvent => {
        const from = addDays('2020-01-01', t.day);
        return leadershipElected({
          at: addDays(from, t.recorded),
          body: 'ssu',
          role,
          member: t.member,
          from,
          ...(t.length === undefined ? {} : { to: addDays(from, t.length) }),
        });
      }),
    );

const elections = fc
  .tuple(termsOf('leder'), termsOf('nestleder'))
  .map(([a, b]) => [...a, ...b])
  .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length })));

/** Every day on which the answer can change, and the day before each. */
function daysOf(log: readonly GovernanceEvent[]): string[] {
  const days = log.flatMap((e) =>
    e.type === 'leadership-elected'
      ? [e.from, addDays(e.from, -1), ...(e.to === undefined ? [] : [e.to])]
      : [],
  );
  return [...new Set([...days, '2019-12-31', '2035-06-01'])].sort();
}

describe('leadership properties', () => {
  prop([elections], runs)(
    'leadership on a date is the same whatever order the elections came in',
    ([log, shuffled]) => {
      const a = replay(statute, [...appointments, ...log]);
      const b = replay(statute, [...appointments, ...shuffled]);
      expect(a.outcomes.every((o) => o.kind === 'applied')).toBe(true);
      expect(b.outcomes.every((o) => o.kind === 'applied')).toBe(true);
      for (const day of daysOf(log))
        expect(leadershipOn(b.state, 'ssu', day)).toEqual(leadershipOn(a.state, 'ssu', day));
    },
  );

  const alternation = fc.record({
    startsWith: fc.constantFrom<Bloc>('kommunesiden', 'helseforetakssiden'),
    everyYears: fc.integer({ min: 1, max: 5 }),
    start: fc.integer({ min: 0, max: 365 * 20 }),
    later: fc.integer({ min: 0, max: 365 * 30 }),
  });

  prop([alternation], runs)(
    'the side expected to lead alternates exactly at the period boundaries',
    ({ startsWith, everyYears, start, later }) => {
      const from = addDays('2000-01-01', start);
      const rule = {
        oppositeBlocs: true,
        alternates: {
          between: ['kommunesiden', 'helseforetakssiden'] as Bloc[],
          everyYears,
          startsWith,
          from,
        },
        ref: '§4',
      };
      const s = statuteOf('boundary', osloParties, [body('ssu', 2, [partySeat(oslo), partySeat(ous)], rule)]);
      const state = initialState({ ...s, effectiveFrom: '1990-01-01' });
      const expectedOn = (day: string) => leadershipOn(state, 'ssu', day)?.expected;
      const date = addDays(from, later);
      const here = expectedOn(date);
      const period = here?.period;
      if (period === undefined) throw new Error(`no period on ${date}`);
      // The date lies in its period, which is led by the side whose turn it is.
      expect(period.from <= date && date < period.to).toBe(true);
      const other: Bloc = startsWith === 'kommunesiden' ? 'helseforetakssiden' : 'kommunesiden';
      expect(here?.bloc).toBe(period.index % 2 === 0 ? startsWith : other);
      // The same side leads from the first to the last day of the period…
      expect(expectedOn(period.from)).toEqual(here);
      expect(expectedOn(addDays(period.to, -1))).toEqual(here);
      // …and the other side from the next day on; before the first period, nobody is expected.
      const next = expectedOn(period.to);
      expect(next?.bloc).not.toBe(here?.bloc);
      expect(next?.period).toMatchObject({ index: period.index + 1, from: period.to });
      const before = expectedOn(addDays(period.from, -1));
      if (period.index === 0) expect(before).toBeUndefined();
      else expect(before?.period).toMatchObject({ index: period.index - 1, to: period.from });
      if (period.index > 0) expect(before?.bloc).not.toBe(here?.bloc);
    },
  );
});
