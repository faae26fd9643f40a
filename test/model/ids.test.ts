import { describe, expect, it } from 'vitest';
import { isKommunenummer, isValidId } from '../../src/model/ids.js';
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

describe('isValidId at its boundaries', () => {
  it.each([
    ['a one-character id', 's', true],
    ['an id of 199 characters', 'x'.repeat(199), true],
    ['an id of exactly 200 characters', 'x'.repeat(200), true],
    ['an id of 201 characters', 'x'.repeat(201), false],
    ['an id of 201 characters that begins and ends with non-ASCII letters', `ø${'x'.repeat(199)}ø`, false],
    ['an id of 200 non-ASCII characters', 'ø'.repeat(200), true],
    ['an id of 201 non-ASCII characters', 'ø'.repeat(201), false],
    ['the empty string', '', false],
  ])('counts the length: %s is %s', (_, value, expected) => {
    expect(isValidId(value)).toBe(expected);
  });

  it.each([
    ['a leading space', ' ssu', false],
    ['a trailing space', 'ssu ', false],
    ['a space at both ends', ' ssu ', false],
    ['a lone space', ' ', false],
    ['a lone tab', '\t', false],
    ['a tab at both ends', '\tssu\t', false],
    ['a leading line feed', '\nssu', false],
    ['a trailing line feed', 'ssu\n', false],
    ['a leading no-break space', '\u00a0ssu', false],
    ['a trailing no-break space', 'ssu\u00a0', false],
    ['a no-break space at both ends', '\u00a0ssu\u00a0', false],
    ['a lone ideographic space', '\u3000', false],
    ['a leading byte order mark', '\ufeffssu', false],
    ['a trailing line separator', 'ssu\u2028', false],
    ['a space only inside', 'ssu 2024', true],
    ['a leading and trailing "!" (the first printable ASCII character)', '!ssu!', true],
    ['a leading and trailing "~" (the last printable ASCII character)', '~ssu~', true],
    ['a leading and trailing DEL, which is not white space', '\u007fssu\u007f', true],
    ['a leading and trailing unit separator, which is not white space', '\u001fssu\u001f', true],
    ['a non-ASCII last letter', 'Tromsø', true],
    ['a non-ASCII first letter', 'Øksnes', true],
    ['a non-ASCII letter at both ends', 'æøå', true],
    ['a lone non-ASCII letter', 'ø', true],
    ['an emoji', '\u{1f3e5}', true],
  ])('looks for white space at the ends only: %s is %s', (_, value, expected) => {
    expect(isValidId(value)).toBe(expected);
  });

  it.each([
    ['__proto__', false],
    ['constructor', false],
    ['prototype', false],
    [' __proto__', false],
    ['toString', true],
    ['valueOf', true],
    ['hasOwnProperty', true],
    ['isPrototypeOf', true],
    ['__defineGetter__', true],
    ['Constructor', true],
    ['prototypes', true],
    ['__proto', true],
  ])('refuses exactly the three keys that reach a prototype: %j is %s', (value, expected) => {
    expect(isValidId(value)).toBe(expected);
  });
});

describe('isKommunenummer', () => {
  it.each([
    ['1824', true],
    ['0301', true],
    ['0000', true],
    ['9999', true],
    ['', false],
    ['1', false],
    ['824', false],
    ['18245', false],
    ['01824', false],
    ['11824', false],
    ['a1824', false],
    ['1824a', false],
    [' 1824', false],
    ['1824 ', false],
    ['1824\n', false],
    ['18 4', false],
    ['18a4', false],
    ['/123', false],
    ['123:', false],
    ['abcd', false],
    ['\u0661\u0668\u0662\u0664', false],
    ['\uff11\uff18\uff12\uff14', false],
  ])('takes exactly four ASCII digits: %j is %s', (value, expected) => {
    expect(isKommunenummer(value)).toBe(expected);
  });
});
