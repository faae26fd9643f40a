import Ajv from 'ajv';
import fc from 'fast-check';
import { events } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { presets, safeParseEvent } from '../../src/index.js';
import { eventJsonSchema } from '../../src/statute/jsonSchema.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(eventJsonSchema());

describe('the event JSON Schema', () => {
  it('accepts every generated event, as parseEvent does', () => {
    for (const log of fc.sample(events(presets.vestfold), { numRuns: 100, seed: 4 }))
      for (const event of log) {
        expect(safeParseEvent(event).success).toBe(true);
        expect(validate(JSON.parse(JSON.stringify(event))), JSON.stringify(validate.errors)).toBe(true);
      }
  });

  it('accepts an event that carries a statute, described once under its definitions', () => {
    const event = {
      type: 'statute-adopted',
      at: '2024-06-01',
      statute: JSON.parse(JSON.stringify(presets.vestfold)),
    };
    expect(validate(event), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'vote-retracted', at: '2024-03-14' }],
    ['a missing date', { type: 'proposal-concluded', proposal: 'SSU-7' }],
    [
      'a key the event does not have',
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7', extra: 1 },
    ],
    [
      'a vote that is not a choice',
      { type: 'vote-cast', at: '2024-03-14', proposal: 'P', member: 'm', vote: 'yes' },
    ],
  ])('refuses %s, as parseEvent does', (_name, event) => {
    expect(safeParseEvent(event).success).toBe(false);
    expect(validate(event)).toBe(false);
  });
});
