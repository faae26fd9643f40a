import { divergence } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { InputError, presets, type Statute, StatuteError, safeParseStatute } from '../../src/index.js';

const current = presets.vestfold;

/** The InputError `divergence` throws for these options, or a failure when it throws none. */
function refusal(options: unknown): InputError {
  try {
    divergence(current, current, options as never);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

const issue = (field: string, code: string, expected: string, received: string) => ({
  code,
  path: [field],
  params: { expected, received },
  message: `expected ${expected}, got ${received}`,
});
const runsIssue = (code: string, received: string) =>
  issue('runs', code, 'a whole number of at least 1', received);

describe('divergence, its options', () => {
  it('says of runs what is wrong with them: type, fraction, too few, beyond a safe whole number', () => {
    const cases: [unknown, ReturnType<typeof runsIssue>][] = [
      ['10', runsIssue('invalid_type', 'string')],
      [1.5, runsIssue('not_integer', '1.5')],
      [Number.NaN, runsIssue('not_integer', 'NaN')],
      [Number.POSITIVE_INFINITY, runsIssue('not_integer', 'Infinity')],
      [0, runsIssue('too_small', '0')],
      [-3, runsIssue('too_small', '-3')],
      [2 ** 53, runsIssue('too_big', '9007199254740992')],
    ];
    for (const [runs, expected] of cases) {
      const error = refusal({ runs });
      expect(error.subject).toBe('options');
      expect(error.issues).toStrictEqual([expected]);
    }
  });

  it('refuses a seed beyond a safe whole number, and missing options, as runs of no type', () => {
    expect(refusal({ runs: 1, seed: 2 ** 53 }).issues).toStrictEqual([
      issue('seed', 'too_big', 'a whole number', '9007199254740992'),
    ]);
    expect(refusal({ runs: 1, seed: -(2 ** 53) }).issues).toStrictEqual([
      issue('seed', 'too_small', 'a whole number', '-9007199254740992'),
    ]);
    expect(refusal(undefined).issues).toStrictEqual([runsIssue('invalid_type', 'undefined')]);
  });

  it('lists every problem in one message, each on its own line', () => {
    const error = refusal({ runs: 0, seed: 'x', asOf: '2024-02-30' });
    expect(error.message).toBe(
      [
        'invalid options (3 issues):',
        '  runs: expected a whole number of at least 1, got 0',
        '  seed: expected a whole number, got string',
        '  asOf: expected a calendar date written YYYY-MM-DD, got "2024-02-30"',
      ].join('\n'),
    );
  });

  it('takes the smallest run count and a negative seed', () => {
    expect(divergence(current, current, { runs: 1, seed: -7 })).toStrictEqual({
      found: false,
      runs: 1,
      seed: -7,
    });
  });

  it('throws an error the engine raises during the search as it is, not as a divergence', () => {
    // A statute invented for the test: Vestfold's, whose `title` cannot be read once, on the
    // first replay of the search (after the search has checked it), and reads as before after.
    let reads = 0;
    let failAt = Number.POSITIVE_INFINITY;
    const flaky = { ...current } as Record<string, unknown>;
    Object.defineProperty(flaky, 'title', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads === failAt) throw new Error('the engine failed');
        return current.title;
      },
    });
    expect(safeParseStatute(flaky).success).toBe(true);
    failAt = reads + 1;
    reads = 0;
    const thrown = (() => {
      try {
        return divergence(current, flaky as unknown as Statute, {
          runs: 5,
          seed: 1,
          constraints: { maxEvents: 3, maxMeetings: 1, maxProposals: 1 },
        });
      } catch (error) {
        return error;
      }
    })();
    // The error of the replay itself: its path is the statute's own, not one under `b`.
    expect(thrown).toBeInstanceOf(StatuteError);
    expect((thrown as StatuteError).issues.map((i) => [i.code, i.path, i.message])).toStrictEqual([
      ['unreadable', [], 'the input could not be read: the engine failed'],
    ]);
  });
});
