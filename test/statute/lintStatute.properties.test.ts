import { scenario, statute } from 'helsefellesskap/testing';
import { describe, expect } from 'vitest';
import { assessAll, lintStatute, replay, type Statute } from '../../src/index.js';
import { lintSources } from '../../src/statute/_lintText.js';
import { fc, prop } from '../prop.js';

const DELETE = Symbol('delete');

/** `value` with the value at the path `steps` picks replaced (or its key deleted). */
function corrupt(value: unknown, steps: readonly number[], replacement: unknown): unknown {
  if (steps.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const [step = 0, ...rest] = steps;
  const key = keys[step % keys.length] as string;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  const next = corrupt((value as Record<string, unknown>)[key], rest, replacement);
  if (next === DELETE) delete copy[key];
  else copy[key] = next;
  return copy;
}

// Half the changes land inside `bodies`, where lintStatute reads.
const corruptions = fc
  .tuple(
    statute({ maxKommuner: 4 }),
    fc.array(
      fc.record({
        inBodies: fc.boolean(),
        steps: fc.array(fc.nat(), { maxLength: 6 }),
        replacement: fc.oneof(
          fc.anything(),
          fc.constant(DELETE),
          fc.constantFrom(1, 2, 3, 4, 'vote', 'pm', 'ssu', 'kommunesiden'),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([s, changes]) => {
    const bodies = Object.keys(s).indexOf('bodies');
    return changes.reduce<unknown>(
      (v, { inBodies, steps, replacement }) => corrupt(v, inBodies ? [bodies, ...steps] : steps, replacement),
      s,
    );
  });

describe('lintStatute properties', () => {
  const runs = { numRuns: 1000 };

  prop([statute()], runs)('never throws on a generated statute, and every warning names its body', (s) => {
    for (const w of lintStatute(s)) {
      expect(w.path).toEqual(['bodies', expect.any(Number)]);
      expect(s.bodies[w.path[1] as number]?.id).toBe(w.params.body);
      expect(w.source).toBe(lintSources[w.code]);
    }
  });

  prop([fc.oneof(corruptions, fc.anything())], runs)('never throws on a corrupted statute', (input) => {
    expect(Array.isArray(lintStatute(input as Statute))).toBe(true);
  });

  prop([scenario({ maxKommuner: 4 })], runs)(
    'changes neither its input nor any report of a replayed log',
    ({ statute: s, events }) => {
      const copy = structuredClone(s);
      const before = assessAll(replay(s, events).state);
      lintStatute(s);
      expect(s).toEqual(copy);
      expect(assessAll(replay(s, events).state)).toEqual(before);
    },
  );
});
