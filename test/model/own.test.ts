import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { hasOwn, own, ownSlot, setOwn } from '../../src/model/_own.js';

/** Names that every plain object inherits from `Object.prototype`. */
const inherited = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'constructor',
  '__proto__',
  '__defineGetter__',
];

/** `Object.prototype`'s own properties, to show that nothing was written into it. */
const prototypeBefore = Object.getOwnPropertyDescriptors(Object.prototype);

const ordinary = (value: unknown): PropertyDescriptor => ({
  value,
  writable: true,
  enumerable: true,
  configurable: true,
});

describe('own', () => {
  it('reads an own value', () => {
    expect(own({ ssu: 1 }, 'ssu')).toBe(1);
    expect(own({ ssu: 1, pm: 2 }, 'pm')).toBe(2);
  });

  it('reads an own value that is itself undefined or falsy', () => {
    expect(own({ ssu: 0 }, 'ssu')).toBe(0);
    expect(own({ ssu: '' }, 'ssu')).toBe('');
    expect(own({ ssu: undefined }, 'ssu')).toBeUndefined();
  });

  it('answers undefined for a missing key', () => {
    expect(own({ ssu: 1 }, 'pm')).toBeUndefined();
    expect(own({}, 'ssu')).toBeUndefined();
  });

  it('answers undefined, without throwing, for a missing record', () => {
    expect(own(undefined, 'ssu')).toBeUndefined();
    expect(own(undefined, 'toString')).toBeUndefined();
  });

  it.each(inherited)('never answers the inherited %s', (key) => {
    expect(own({}, key)).toBeUndefined();
    expect(own({ ssu: 1 }, key)).toBeUndefined();
  });

  it('never answers a value inherited from a prototype of its own', () => {
    const record: Record<string, number> = Object.create({ ssu: 1 });
    expect(own(record, 'ssu')).toBeUndefined();
  });

  it.each(inherited)('reads %s where the record has it as its own key', (key) => {
    const record: Record<string, string> = JSON.parse(`{"${key}": "own"}`);
    expect(own(record, key)).toBe('own');
  });

  it('reads a record without a prototype', () => {
    const record: Record<string, number> = Object.create(null);
    record.ssu = 1;
    expect(own(record, 'ssu')).toBe(1);
    expect(own(record, 'toString')).toBeUndefined();
  });
});

describe('hasOwn', () => {
  it('answers true for an own key, whatever its value', () => {
    expect(hasOwn({ ssu: 1 }, 'ssu')).toBe(true);
    expect(hasOwn({ ssu: undefined }, 'ssu')).toBe(true);
  });

  it('answers false for a missing key', () => {
    expect(hasOwn({ ssu: 1 }, 'pm')).toBe(false);
    expect(hasOwn({}, 'ssu')).toBe(false);
  });

  it('answers false, without throwing, for a missing record', () => {
    expect(hasOwn(undefined, 'ssu')).toBe(false);
    expect(hasOwn(undefined, 'toString')).toBe(false);
  });

  it.each(inherited)('answers false for the inherited %s', (key) => {
    expect(hasOwn({}, key)).toBe(false);
  });

  it.each(inherited)('answers true for %s where the record has it as its own key', (key) => {
    expect(hasOwn(JSON.parse(`{"${key}": 1}`), key)).toBe(true);
  });
});

describe('setOwn', () => {
  it('sets a new key as an ordinary own property', () => {
    const record: Record<string, number> = {};
    setOwn(record, 'ssu', 1);
    expect(Object.getOwnPropertyDescriptor(record, 'ssu')).toEqual(ordinary(1));
    expect(JSON.stringify(record)).toBe('{"ssu":1}');
  });

  it('overwrites an own value', () => {
    const record: Record<string, number> = { ssu: 1, pm: 2 };
    setOwn(record, 'ssu', 3);
    expect(JSON.stringify(record)).toBe('{"ssu":3,"pm":2}');
  });

  it('overwrites an own value by assignment, keeping the attributes of the property', () => {
    const record: Record<string, number> = {};
    Object.defineProperty(record, 'ssu', {
      value: 1,
      writable: true,
      enumerable: false,
      configurable: false,
    });
    setOwn(record, 'ssu', 2);
    expect(Object.getOwnPropertyDescriptor(record, 'ssu')).toEqual({
      value: 2,
      writable: true,
      enumerable: false,
      configurable: false,
    });
  });

  it.each(inherited)(
    'defines the inherited %s as an ordinary own property, leaving the prototype alone',
    (key) => {
      const value = { polluted: true };
      const record: Record<string, unknown> = {};
      setOwn(record, key, value);
      expect(Object.getOwnPropertyDescriptor(record, key)).toEqual(ordinary(value));
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(JSON.stringify(record)).toBe(`{"${key}":{"polluted":true}}`);
      expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(prototypeBefore);
      expect(Object.hasOwn({}, key)).toBe(false);
    },
  );

  it('defines a key whose inherited property is read-only (as under a frozen prototype)', () => {
    const record: Record<string, string> = Object.create(Object.freeze({ ssu: 'inherited' }));
    setOwn(record, 'ssu', 'own');
    expect(Object.getOwnPropertyDescriptor(record, 'ssu')).toEqual(ordinary('own'));
  });

  it('defines a key whose inherited property is a setter, without calling the setter', () => {
    const calls: unknown[] = [];
    const record: Record<string, number> = Object.create({
      set ssu(value: number) {
        calls.push(value);
      },
    });
    setOwn(record, 'ssu', 1);
    expect(calls).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(record, 'ssu')).toEqual(ordinary(1));
  });

  it('sets a new key on an immer draft', () => {
    const base: Record<string, number> = { pm: 2 };
    const next = produce(base, (draft) => {
      setOwn(draft, 'ssu', 1);
    });
    expect(next).toEqual({ pm: 2, ssu: 1 });
    expect(base).toEqual({ pm: 2 });
  });

  it('overwrites an own key on an immer draft', () => {
    const next = produce({ ssu: 1 } as Record<string, number>, (draft) => {
      setOwn(draft, 'ssu', 2);
    });
    expect(next).toEqual({ ssu: 2 });
  });

  it.each(inherited.filter((key) => key !== '__proto__'))(
    'sets the inherited %s on an immer draft as an own property',
    (key) => {
      const base: Record<string, string> = {};
      const next = produce(base, (draft) => {
        setOwn(draft, key, 'own');
      });
      expect(Object.hasOwn(next, key)).toBe(true);
      expect(JSON.stringify(next)).toBe(`{"${key}":"own"}`);
      expect(Object.hasOwn(base, key)).toBe(false);
      expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(prototypeBefore);
    },
  );
});

describe('ownSlot', () => {
  it('makes, sets and answers the value of a missing key', () => {
    const record: Record<string, number[]> = {};
    const made: number[] = [];
    let calls = 0;
    const slot = ownSlot(record, 'ssu', () => {
      calls++;
      return made;
    });
    expect(slot).toBe(made);
    expect(record.ssu).toBe(made);
    expect(Object.getOwnPropertyDescriptor(record, 'ssu')).toEqual(ordinary(made));
    expect(calls).toBe(1);
  });

  it('answers the existing value of an own key without making a new one', () => {
    const existing = [1];
    const record: Record<string, number[]> = { ssu: existing };
    let calls = 0;
    const slot = ownSlot(record, 'ssu', () => {
      calls++;
      return [];
    });
    expect(slot).toBe(existing);
    expect(record.ssu).toBe(existing);
    expect(calls).toBe(0);
  });

  it('keeps an own key whose value is undefined', () => {
    const record: Record<string, number | undefined> = { ssu: undefined };
    let calls = 0;
    const slot = ownSlot(record, 'ssu', () => {
      calls++;
      return 1;
    });
    expect(slot).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('makes the slot once and answers the same one afterwards', () => {
    const record: Record<string, number[]> = {};
    let calls = 0;
    const make = () => {
      calls++;
      return [] as number[];
    };
    ownSlot(record, 'ssu', make).push(1);
    ownSlot(record, 'ssu', make).push(2);
    expect(record).toEqual({ ssu: [1, 2] });
    expect(calls).toBe(1);
  });

  it.each(inherited)(
    'makes an own slot for the inherited %s rather than answering the inherited one',
    (key) => {
      const record: Record<string, unknown> = {};
      const made = { own: true };
      expect(ownSlot(record, key, () => made)).toBe(made);
      expect(Object.getOwnPropertyDescriptor(record, key)).toEqual(ordinary(made));
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(prototypeBefore);
    },
  );

  it('makes an own slot for an inherited key on an immer draft', () => {
    const next = produce({} as Record<string, number[]>, (draft) => {
      ownSlot(draft, 'constructor', (): number[] => []).push(1);
    });
    expect(JSON.stringify(next)).toBe('{"constructor":[1]}');
  });
});
