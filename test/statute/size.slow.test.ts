import { describe, expect, it } from 'vitest';
import { safeParseStatute } from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

// Inputs of two million objects: these take seconds, so they have a file of their own, which
// mutation runs take last (vitest.stryker.config.ts).

/** A deep, mutable copy of the minimal statute. */
const base = (): any => structuredClone(minimalStatute);

describe('input as large as a statute may be', () => {
  // The minimal statute holds 64 objects and arrays, and the array under `extra` one more.
  it('accepts two million objects and arrays, leaving the key to the schema', () => {
    const input = base();
    const one = {};
    input.extra = Array.from({ length: 1_999_935 }, () => one);
    const result = safeParseStatute(input);
    expect(
      result.success ? [] : result.issues.map(({ code, path, message }) => ({ code, path, message })),
    ).toEqual([{ code: 'unknown_key', path: ['extra'], message: 'unknown key "extra"' }]);
  });

  it('reports more than two million objects and arrays as one issue at the root', () => {
    const input = base();
    const one = {};
    input.extra = Array.from({ length: 1_999_936 }, () => one);
    const result = safeParseStatute(input);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'too_big',
        path: [],
        params: { limit: 2_000_000 },
        message: 'more than 2000000 objects and arrays',
      },
    ]);
  });

  it('gives one issue, not one per object, for input past the size limit', () => {
    // Invented input: one empty array listed a few more times than the limit allows.
    const input = new Array(2_000_005).fill([]);
    expect(safeParseStatute(input)).toStrictEqual({
      success: false,
      issues: [
        {
          code: 'too_big',
          path: [],
          params: { limit: 2_000_000 },
          message: 'more than 2000000 objects and arrays',
        },
      ],
    });
  });
});
