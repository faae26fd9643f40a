import { describe, expect, it } from 'vitest';
import { countsOf, rollOfBloc, sealRoll, tally } from '../../src/rules/_roll.js';
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
});
