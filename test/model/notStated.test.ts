import { describe, expect, it } from 'vitest';
import { isNotStated } from '../../src/model/notStated.js';

describe('isNotStated', () => {
  it.each([
    ['a not-stated rule', { kind: 'not-stated', ref: 'vedtaksførhet' }, true],
    ['a not-stated rule without its ref', { kind: 'not-stated' }, true],
    ['a not-stated rule with more fields', { kind: 'not-stated', ref: '§4', note: 'x' }, true],
    ['a frozen not-stated rule', Object.freeze({ kind: 'not-stated', ref: '§4' }), true],
    ['an object of another kind', { kind: 'stated', ref: '§4' }, false],
    ['an object whose kind is the empty string', { kind: '', ref: '§4' }, false],
    ['an object whose kind differs in case', { kind: 'Not-Stated', ref: '§4' }, false],
    ['an object whose kind has a trailing space', { kind: 'not-stated ', ref: '§4' }, false],
    ['an object whose kind is not a string', { kind: true, ref: '§4' }, false],
    ['an object without a kind', { ref: '§4' }, false],
    ['an empty object', {}, false],
    ['an empty array', [], false],
    ['an array holding the word', ['not-stated'], false],
    ['a number', 14, false],
    ['the string "not-stated"', 'not-stated', false],
    ['the empty string', '', false],
    ['true', true, false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('tells %s: %s', (_, value, expected) => {
    expect(isNotStated(value)).toBe(expected);
  });

  it('answers false for a function, even one carrying the kind', () => {
    const fn = Object.assign(() => 0, { kind: 'not-stated', ref: '§4' });
    expect(isNotStated(fn)).toBe(false);
  });
});
