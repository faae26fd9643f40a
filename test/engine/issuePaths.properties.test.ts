import { describe, expect } from 'vitest';
import { type EventType, presets, safeParseEvent, safeParseStatute } from '../../src/index.js';
import { events as eventsOf } from '../../src/testing/index.js';
import { fc, prop } from '../prop.js';

const types: readonly EventType[] = [
  'statute-adopted',
  'party-joined',
  'party-withdrew',
  'member-appointed',
  'meeting-convened',
  'attendance-recorded',
  'proposal-submitted',
  'proposal-deferred',
  'proposal-discussed',
  'vote-cast',
  'ratification-recorded',
  'substitute-attending',
  'leadership-elected',
];

/** Whether every step of `path` but the last is in `input`, and the last step's parent is an object. */
function leadsInto(input: unknown, path: readonly (string | number)[]): boolean {
  let at: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return path.length === 0 || (at !== null && typeof at === 'object');
}

/** A valid event of the kit's generator with one mutation: its type swapped, a field deleted or replaced. */
const mutated = eventsOf(presets.vestfold, { maxEvents: 12 })
  .filter((evs) => evs.length > 0)
  .chain((evs) =>
    fc.record({
      event: fc.constantFrom(...evs),
      type: fc.constantFrom(...types),
      junk: fc.jsonValue({ maxDepth: 2 }),
      field: fc.nat(),
      how: fc.constantFrom('type', 'delete', 'replace', 'type+replace'),
    }),
  )
  .map(({ event, type, junk, field, how }) => {
    const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
    const keys = Object.keys(copy).filter((k) => k !== 'type');
    const key = keys[field % Math.max(1, keys.length)];
    if (how === 'type' || how === 'type+replace') copy.type = type;
    if (key !== undefined && how === 'delete') delete copy[key];
    if (key !== undefined && (how === 'replace' || how === 'type+replace')) copy[key] = junk;
    return copy;
  });

describe('every issue path leads into the input', () => {
  prop([mutated], { numRuns: 1000 })(
    'for an event with one mutation, the issues are those of the branch its type selects',
    (event) => {
      const result = safeParseEvent(event);
      const wrong = result.success ? [] : result.issues.filter((i) => !leadsInto(event, i.path));
      expect(wrong).toEqual([]);
    },
  );

  prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 1000 })('for any JSON value as a statute', (input) => {
    const result = safeParseStatute(input);
    const wrong = result.success ? [] : result.issues.filter((i) => !leadsInto(input, i.path));
    expect(wrong).toEqual([]);
  });
});
