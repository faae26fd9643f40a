import { describe, expect, it } from 'vitest';
import {
  apply,
  assessAll,
  compareStatutes,
  explain,
  type GovernanceEvent,
  InputError,
  initialState,
  presets,
  replay,
  safeParseEvent,
  safeParseStatute,
  whatIf,
} from '../../src/index.js';

type Rule = { kind: string; ref: string; rules?: Rule[] };

/** The Vestfold preset with every body's decision rule nested `levels` deep in `all`. */
function nested(levels: number) {
  let rule: Rule = { kind: 'unanimity', ref: 'ssu' };
  for (let i = 0; i < levels; i++) rule = { kind: 'all', rules: [rule], ref: 'ssu' };
  return { ...presets.vestfold, bodies: presets.vestfold.bodies.map((b) => ({ ...b, decision: rule })) };
}

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('boom');
    },
    ownKeys() {
      throw new Error('boom');
    },
    getOwnPropertyDescriptor() {
      throw new Error('boom');
    },
    has() {
      throw new Error('boom');
    },
  },
);

describe('deep and cyclic input: one issue with its path, never a stack overflow', () => {
  it('accepts rules nested as deep as real statutes nest them, and more', () => {
    expect(safeParseStatute(nested(20)).success).toBe(true);
  });

  it.each([40, 10_000, 100_000])('reports a rule nested %i levels as too_deep', (levels) => {
    const result = safeParseStatute(nested(levels));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_deep', params: { limit: 64 } });
    expect(issues[0]?.path.slice(0, 4)).toEqual(['bodies', 0, 'decision', 'rules']);
    expect(issues[0]?.path.length).toBe(65);
  });

  it('reports a rule that contains itself as too_deep', () => {
    const cyclic: Rule = { kind: 'all', ref: 'ssu', rules: [] };
    cyclic.rules?.push(cyclic);
    const statute = {
      ...presets.vestfold,
      bodies: presets.vestfold.bodies.map((b) => ({ ...b, decision: cyclic })),
    };
    const result = safeParseStatute(statute);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['too_deep']);
  });

  it('rejects a deep statute carried by an event, in parseEvent and in apply, state unchanged', () => {
    const event = { type: 'statute-adopted', at: '2025-01-01', statute: nested(10_000) };
    const parsed = safeParseEvent(event);
    expect(parsed.success ? [] : parsed.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['too_deep', 'statute'],
    ]);
    const state = initialState(presets.vestfold);
    const { state: after, outcome } = apply(state, event as GovernanceEvent);
    expect(outcome).toMatchObject({ kind: 'rejected', reasons: [{ code: 'statute.invalid' }] });
    expect(after).toBe(state);
  });
});

describe('values JSON cannot carry: the safe functions still never throw', () => {
  it('reports a Proxy that throws on every trap as one unreadable issue', () => {
    for (const parse of [safeParseStatute, safeParseEvent]) {
      expect(parse(throwing)).toEqual({
        success: false,
        issues: [
          {
            code: 'unreadable',
            path: [],
            params: { error: 'boom' },
            message: 'the input could not be read: boom',
          },
        ],
      });
    }
  });

  it('reports a getter that throws as one unreadable issue', () => {
    const statute = Object.defineProperty({ ...presets.vestfold }, 'title', {
      enumerable: true,
      get() {
        throw new Error('no title');
      },
    });
    const result = safeParseStatute(statute);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['unreadable']);
  });

  it('rejects such an event in apply and replay, with the state unchanged', () => {
    const state = initialState(presets.vestfold);
    const { state: after, outcome } = apply(state, throwing as GovernanceEvent);
    expect(outcome).toMatchObject({
      kind: 'rejected',
      type: '(unreadable)',
      reasons: [{ code: 'event.malformed' }],
    });
    expect(after).toBe(state);
    const getter = Object.defineProperty({ type: 'party-joined', party: 'horten' }, 'at', {
      enumerable: true,
      get() {
        throw new Error('no date');
      },
    });
    const replayed = replay(presets.vestfold, [getter as GovernanceEvent]);
    expect(replayed.outcomes).toMatchObject([{ kind: 'rejected', reasons: [{ code: 'event.malformed' }] }]);
    // Unchanged but for the log position, which counts the rejected event.
    expect(replayed.state).toEqual({ ...state, position: 1 });
  });
});

describe('dates and locales given as options', () => {
  const { state } = replay(presets.vestfold, []);

  it.each(['tomorrow', '2024-99-99', '2024-02-30', '24-01-01'])(
    'rejects asOf %s with an InputError naming asOf',
    (asOf) => {
      const calls = [
        () => assessAll(state, { asOf }),
        () => whatIf(state, [], { asOf }),
        () => compareStatutes(presets.vestfold, presets.vestfold, [], { asOf }),
      ];
      for (const call of calls) {
        expect(call).toThrow(InputError);
        try {
          call();
        } catch (error) {
          expect((error as InputError).issues).toMatchObject([{ code: 'invalid_date', path: ['asOf'] }]);
          expect((error as Error).message).toContain(JSON.stringify(asOf));
        }
      }
    },
  );

  it('accepts a real date, leap day included', () => {
    expect(assessAll(state, { asOf: '2024-02-29' })).toEqual([]);
  });

  it('rejects a locale it does not write with an InputError naming locale', () => {
    const report = { status: 'open' } as Parameters<typeof explain>[0];
    expect(() => explain(report, { locale: 'xx' as 'nb' })).toThrow(InputError);
    expect(() => explain(report, { locale: 'xx' as 'nb' })).toThrow(/locale: expected one of nb, nn, en/);
  });
});
