import { describe, expect, it } from 'vitest';
import { safeParseStatute } from '../../src/index.js';
import { clone, minimalStatute } from '../fixtures.js';

describe('issue shapes', () => {
  it('names an array given where text belongs', () => {
    const s = clone(minimalStatute) as unknown as Record<string, unknown>;
    s.title = [];
    expect(safeParseStatute(s)).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'invalid_type',
          path: ['title'],
          params: { expected: 'string', received: 'an array' },
          message: 'expected string, got an array',
        },
      ],
    });
  });

  it('reads a function with a $schema key as a function, not as a statute', () => {
    // Invented input: a function that carries a $schema key.
    const input = Object.assign(() => 1, { $schema: './statute.schema.json' });
    expect(safeParseStatute(input)).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          params: { expected: 'Object', received: '() => 1' },
          message: 'expected an object, got () => 1',
        },
      ],
    });
  });

  it('keeps the $schema key of an array, which is no statute file', () => {
    // Invented input: an array that carries a $schema key.
    const input = Object.assign([], { $schema: './statute.schema.json' });
    expect(safeParseStatute(input)).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          params: { expected: 'Object', received: 'an array' },
          message: 'expected an object, got an array',
        },
        {
          code: 'unknown_key',
          path: ['$schema'],
          params: { key: '$schema' },
          message: 'unknown key "$schema"',
        },
      ],
    });
  });

  it('reports input with a $schema key and a getter that throws as unreadable', () => {
    // Invented input: a $schema key beside a getter that throws.
    const input = {
      $schema: './statute.schema.json',
      get id(): string {
        throw new Error('no id today');
      },
    };
    expect(safeParseStatute(input)).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'unreadable',
          path: [],
          params: { error: 'no id today' },
          message: 'the input could not be read: no id today',
        },
      ],
    });
  });
});
