import { describe, expect, it } from 'vitest';
import { isValidId } from '../../src/index.js';
import { fc, prop } from '../prop.js';

/** The definition, written the plain way. */
const reference = (value: string): boolean =>
  value.length > 0 &&
  value.length <= 200 &&
  value.trim() === value &&
  !['__proto__', 'constructor', 'prototype'].includes(value);

const spaces = ['', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u180e', '\u200b'];
const idLike = fc.oneof(
  fc.string({ maxLength: 210 }),
  fc
    .tuple(fc.constantFrom(...spaces), fc.string({ maxLength: 20 }), fc.constantFrom(...spaces))
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x'.repeat(200), 'x'.repeat(201)),
);

describe('isValidId', () => {
  it('refuses the empty string, surrounding spaces and prototype keys', () => {
    expect(isValidId('ssu')).toBe(true);
    expect(isValidId('')).toBe(false);
    expect(isValidId(' ssu')).toBe(false);
    expect(isValidId('ssu\u00a0')).toBe(false);
    expect(isValidId('__proto__')).toBe(false);
  });

  prop([idLike], { numRuns: 10_000 })('agrees with the trim definition', (value) => {
    expect(isValidId(value)).toBe(reference(value));
  });

  it('agrees with the trim definition at every single character', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect(isValidId(`${c}x${c}`)).toBe(reference(`${c}x${c}`));
    }
  });
});
