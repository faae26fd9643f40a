import { describe, expect, it } from 'vitest';
import {
  apply,
  initialState,
  parseStatute,
  presets,
  type Statute,
  safeParseStatute,
  standardMatters,
} from '../../src/index.js';

const copy = (statute: Statute): Statute => JSON.parse(JSON.stringify(statute));

describe('a statute that cannot change is checked once', () => {
  it('the presets are frozen through, so no program can change them for another', () => {
    const frozenThrough = (value: unknown): boolean =>
      value === null ||
      typeof value !== 'object' ||
      (Object.isFrozen(value) && Object.values(value).every(frozenThrough));
    for (const preset of Object.values(presets)) expect(frozenThrough(preset)).toBe(true);
    expect(frozenThrough(standardMatters)).toBe(true);
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

  it('checks a frozen input from elsewhere on every call, since its prototype or a Proxy may change', () => {
    const own = JSON.parse(JSON.stringify(presets.nationalTemplate));
    const { areas: _areas, ...rest } = own;
    const proto: Record<string, unknown> = {};
    const frozen = Object.freeze(Object.assign(Object.create(proto), rest));
    expect(safeParseStatute(frozen).success).toBe(true);
    proto.bogus = 1;
    expect(safeParseStatute(frozen).success).toBe(false);
    let lie = false;
    const target = Object.freeze(JSON.parse(JSON.stringify(presets.nationalTemplate)));
    const liar = new Proxy(target, {
      has: (t, key) => (lie && key === 'council') || Reflect.has(t, key),
      get: (t, key, receiver) => (lie && key === 'council' ? 'x' : Reflect.get(t, key, receiver)),
    });
    expect(safeParseStatute(liar).success).toBe(true);
    lie = true;
    expect(safeParseStatute(liar).success).toBe(false);
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
