import { describe, expect, it } from 'vitest';
import {
  apply,
  initialState,
  parseStatute,
  presets,
  type Statute,
  safeParseStatute,
} from '../../src/index.js';
import { isDeepFrozen } from '../../src/model/_deepFreeze.js';

const copy = (statute: Statute): Statute => JSON.parse(JSON.stringify(statute));

describe('a statute that cannot change is checked once', () => {
  it('the presets are frozen through, so no program can change them for another', () => {
    for (const preset of Object.values(presets)) expect(isDeepFrozen(preset)).toBe(true);
    expect(() => {
      (presets.vestfold.parties as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('gives the same statute for a preset or a statute it returned, equal to checking a copy', () => {
    const first = parseStatute(presets.helgeland);
    expect(parseStatute(presets.helgeland)).toBe(first);
    expect(parseStatute(first)).toBe(first);
    expect(first).toEqual(parseStatute(copy(presets.helgeland)));
    expect(first).not.toBe(presets.helgeland);
  });

  it('checks an input that can change on every call, so a change between calls is seen', () => {
    const input = copy(presets.vestfold) as unknown as { id: unknown };
    expect(safeParseStatute(input).success).toBe(true);
    input.id = 42;
    const again = safeParseStatute(input);
    expect(again.success).toBe(false);
    if (!again.success) expect(again.issues[0]?.path).toEqual(['id']);
  });

  it('checks a frozen input with a getter, or a part left unfrozen, on every call', () => {
    let id: unknown = 'vestfold';
    const withGetter = Object.freeze(
      Object.defineProperty({ ...copy(presets.vestfold) }, 'id', { get: () => id, enumerable: true }),
    );
    expect(safeParseStatute(withGetter).success).toBe(true);
    id = 7;
    expect(safeParseStatute(withGetter).success).toBe(false);
    const shallow = Object.freeze(copy(presets.vestfold)) as unknown as { parties: { id: unknown }[] };
    expect(safeParseStatute(shallow).success).toBe(true);
    (shallow.parties[0] as { id: unknown }).id = 3;
    expect(safeParseStatute(shallow).success).toBe(false);
  });

  it('a Proxy, a cycle or a function is not frozen through, and asking never throws', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    Object.freeze(cyclic);
    expect(isDeepFrozen(cyclic)).toBe(true);
    const hostile = new Proxy(
      {},
      {
        isExtensible: () => {
          throw new Error('no');
        },
      },
    );
    expect(isDeepFrozen(hostile)).toBe(false);
    expect(isDeepFrozen(Object.freeze({ f: () => 1 }))).toBe(false);
    expect(isDeepFrozen('text')).toBe(true);
  });

  it('an event that carries a statute changed between two applies is judged afresh', () => {
    const state = initialState(presets.vestfold);
    const next = { ...copy(presets.vestfold), version: '2', effectiveFrom: '2025-01-01' };
    const event = { type: 'statute-adopted' as const, at: '2024-12-01', statute: next };
    const adopted = apply(state, event);
    expect(adopted.outcome.kind).toBe('applied');
    expect(adopted.state.statutes).toHaveLength(2);
    (next as { id: unknown }).id = 'elsewhere';
    const refused = apply(state, event);
    expect(refused.outcome.kind).toBe('rejected');
    expect(refused.state).toBe(state);
  });
});
