import { describe, expect, it } from 'vitest';
import { seat } from '../../src/presets/_shapes.js';

describe('seat, the presets’ maker of seats', () => {
  it('leaves out every option not given, so that the seat is plain JSON', () => {
    expect(seat('k', 'kommune', 2)).toStrictEqual({
      id: 'k',
      role: 'kommune',
      count: 2,
      rights: ['attend', 'speak', 'propose', 'vote'],
    });
  });

  it('keeps each option given', () => {
    expect(
      seat('h', 'helseforetak', 1, {
        party: 'hf',
        appointedBy: 'styre',
        bloc: 'helseforetakssiden',
        rights: ['attend'],
        ref: '§4',
      }),
    ).toStrictEqual({
      id: 'h',
      role: 'helseforetak',
      count: 1,
      rights: ['attend'],
      party: 'hf',
      appointedBy: 'styre',
      bloc: 'helseforetakssiden',
      ref: '§4',
    });
  });
});
