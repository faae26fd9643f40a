import { describe, expect, it } from 'vitest';
import { countsOf, rollOfBloc, sealRoll, seatedBaseOf, tally } from '../../src/rules/_roll.js';
import type { Roll, RollEntry } from '../../src/rules/types.js';
import { roll } from './_roll.js';

/** A roll frozen through and through, as the library builds a case's roll. */
function frozen(spec: string): Roll {
  const r = roll(spec);
  return Object.freeze({ ...r, entries: Object.freeze(r.entries.map((e) => Object.freeze(e))) });
}

describe('counts over a roll', () => {
  it('counts a roll the library built once, and gives the same counts as counting afresh', () => {
    const built = sealRoll(frozen('K:ffa-p H:fxR'));
    const first = countsOf(built.entries);
    expect(countsOf(built.entries)).toBe(first);
    expect(tally(built.entries)).toBe(tally(built.entries));
    expect(first).toEqual(countsOf([...built.entries]));
    expect(tally(built.entries)).toEqual(tally([...built.entries]));
    expect(Object.isFrozen(first)).toBe(true);
    // Kept and shared by every rule that reads the roll, so no reader can change it for another.
    expect(Object.isFrozen(tally(built.entries).objectors)).toBe(true);
    expect(Object.isFrozen(tally(built.entries).reservers)).toBe(true);
  });

  it('keeps the part of a built roll in each bloc, counted once, equal to the part taken afresh', () => {
    const built = sealRoll(frozen('K:ffa-p H:fxR'));
    const part = rollOfBloc(built, 'kommunesiden');
    expect(rollOfBloc(built, 'kommunesiden')).toBe(part);
    expect(countsOf(part.entries)).toBe(countsOf(part.entries));
    expect(part).toEqual(rollOfBloc({ ...built, entries: [...built.entries] }, 'kommunesiden'));
    expect(Object.isFrozen(part.entries)).toBe(true);
    expect(countsOf(part.entries)).toMatchObject({ seated: 5, present: 4, for: 2, against: 1 });
  });

  it('counts a roll a caller passed in afresh on every call, so a change between calls is seen', () => {
    const entries: RollEntry[] = [...roll('ff-').entries];
    expect(countsOf(entries)).toMatchObject({ present: 2, for: 2 });
    expect(tally(entries).objectors).toEqual([]);
    entries[2] = { member: 'm2', voting: true, present: true, vote: 'against' };
    expect(countsOf(entries)).toMatchObject({ present: 3, for: 2, against: 1 });
    expect(tally(entries).objectors).toEqual(['m2']);
  });

  it('counts the recused apart from the seated, and a recorded vote as presence', () => {
    const byPost: RollEntry = { member: 'm4', voting: true, present: false, vote: 'against' };
    expect(countsOf([...roll('fxr-').entries, byPost])).toStrictEqual({
      seated: 4,
      recused: 1,
      present: 3,
      for: 1,
      against: 1,
      abstain: 1,
    });
  });

  it('counts the seated against the seats less the recused, never below the seated on the roll', () => {
    const r = roll('ffr-');
    const counts = countsOf(r.entries);
    expect(seatedBaseOf(r, counts)).toStrictEqual({ base: 'seated', count: 3 });
    expect(seatedBaseOf({ ...r, seats: { total: 6, byBloc: {} } }, counts)).toStrictEqual({
      base: 'seats',
      count: 5,
    });
    expect(seatedBaseOf({ ...r, seats: { total: 2, byBloc: {} } }, counts)).toStrictEqual({
      base: 'seats',
      count: 3,
    });
  });

  it("takes the part of a roll in a bloc with the bloc's seats, and the chair only when the chair sits in it", () => {
    const r: Roll = { ...roll('K:ff H:f', 'H0'), seats: { total: 5, byBloc: { helseforetakssiden: 2 } } };
    const [k0, k1, h0] = r.entries;
    expect(rollOfBloc(r, 'kommunesiden')).toStrictEqual({
      entries: [k0, k1],
      blocs: ['kommunesiden'],
      seats: { total: 0, byBloc: { kommunesiden: 0 } },
    });
    expect(rollOfBloc(r, 'helseforetakssiden')).toStrictEqual({
      entries: [h0],
      chair: 'H0',
      blocs: ['helseforetakssiden'],
      seats: { total: 2, byBloc: { helseforetakssiden: 2 } },
    });
    expect(rollOfBloc(roll('K:ff H:f'), 'kommunesiden')).toStrictEqual({
      entries: [k0, k1],
      blocs: ['kommunesiden'],
    });
  });
});
