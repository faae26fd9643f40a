import { describe, expect, it } from 'vitest';
import { deepFreeze, freezeAtSource, isFrozenAtSource } from '../../src/model/_deepFreeze.js';

/** A statute-like value, fresh each time: objects and arrays nested three levels deep. */
const nested = () => ({
  name: 'ssu',
  bodies: [{ id: 'ssu', seats: [{ id: 'kommune', count: 2 }], quorum: { kind: 'not-stated', ref: '§4' } }],
  sections: { '§4': { text: 'x' } },
  empty: {},
  none: null,
});

describe('deepFreeze', () => {
  it('answers the value it was given', () => {
    const value = nested();
    expect(deepFreeze(value)).toBe(value);
    const list = [1, 2];
    expect(deepFreeze(list)).toBe(list);
  });

  it('freezes the value and every object and array in it, at every depth', () => {
    const value = deepFreeze(nested());
    const body = value.bodies[0];
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.bodies)).toBe(true);
    expect(Object.isFrozen(body)).toBe(true);
    expect(Object.isFrozen(body?.seats)).toBe(true);
    expect(Object.isFrozen(body?.seats[0])).toBe(true);
    expect(Object.isFrozen(body?.quorum)).toBe(true);
    expect(Object.isFrozen(value.sections)).toBe(true);
    expect(Object.isFrozen(value.sections['§4'])).toBe(true);
    expect(Object.isFrozen(value.empty)).toBe(true);
  });

  it('freezes every element of an array and every sibling, not only the first', () => {
    const value = deepFreeze({ a: {}, b: [{}, {}, [{}]], c: {} });
    expect(
      [value, value.a, value.b, value.b[0], value.b[1], value.b[2], value.c].map(Object.isFrozen),
    ).toEqual([true, true, true, true, true, true, true]);
  });

  it('leaves the value unchanged apart from freezing it', () => {
    const value = deepFreeze(nested());
    expect(value).toEqual(nested());
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 0],
    ['a string', 'ssu'],
    ['the empty string', ''],
    ['a boolean', false],
    ['a bigint', 1n],
  ])('answers %s as it is', (_, value) => {
    expect(deepFreeze(value)).toBe(value);
  });

  it('leaves a function, which is no JSON value, unfrozen', () => {
    const fn = () => 0;
    expect(deepFreeze(fn)).toBe(fn);
    expect(Object.isFrozen(fn)).toBe(false);
    const holder = deepFreeze({ fn });
    expect(Object.isFrozen(holder)).toBe(true);
    expect(Object.isFrozen(fn)).toBe(false);
  });

  it('stops at a value already frozen, leaving what is inside it as it is', () => {
    const inner = { seats: [] as number[] };
    const outer = Object.freeze({ inner });
    expect(deepFreeze(outer)).toBe(outer);
    expect(Object.isFrozen(inner)).toBe(false);
    expect(Object.isFrozen(inner.seats)).toBe(false);
  });

  it('stops at a frozen value nested in an unfrozen one, and freezes its unfrozen siblings', () => {
    const deep = { count: 1 };
    const value = deepFreeze({ frozen: Object.freeze({ deep }), open: { deep: { count: 2 } } });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(deep)).toBe(false);
    expect(Object.isFrozen(value.open)).toBe(true);
    expect(Object.isFrozen(value.open.deep)).toBe(true);
  });

  it('ends on a value that holds itself', () => {
    const value: { id: string; self?: unknown; list: unknown[] } = { id: 'ssu', list: [] };
    value.self = value;
    value.list.push(value, value.list);
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list)).toBe(true);
  });
});

describe('freezeAtSource', () => {
  it('answers the value, freezes it through and marks it', () => {
    const value = nested();
    expect(freezeAtSource(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.bodies[0]?.seats[0])).toBe(true);
    expect(Object.isFrozen(value.sections['§4'])).toBe(true);
    expect(isFrozenAtSource(value)).toBe(true);
  });

  it('marks an array', () => {
    const list = [{ id: 'ssu' }];
    freezeAtSource(list);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(isFrozenAtSource(list)).toBe(true);
  });
});

describe('isFrozenAtSource', () => {
  it('answers false for a value frozen through by deepFreeze only', () => {
    expect(isFrozenAtSource(deepFreeze(nested()))).toBe(false);
  });

  it('answers false for a value frozen by Object.freeze', () => {
    expect(isFrozenAtSource(Object.freeze({ id: 'ssu' }))).toBe(false);
  });

  it('answers false for a value that is not frozen', () => {
    expect(isFrozenAtSource({})).toBe(false);
    expect(isFrozenAtSource([])).toBe(false);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 0],
    ['a string', 'ssu'],
    ['a boolean', true],
  ])('answers false for %s', (_, value) => {
    expect(isFrozenAtSource(value)).toBe(false);
  });

  it('answers false for a function given to freezeAtSource, which deepFreeze does not freeze through', () => {
    const fn = () => 0;
    expect(freezeAtSource(fn)).toBe(fn);
    expect(Object.isFrozen(fn)).toBe(false);
    expect(isFrozenAtSource(fn)).toBe(false);
  });
});
