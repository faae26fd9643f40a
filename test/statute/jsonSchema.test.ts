import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/index.js';
import { statuteJsonSchema } from '../../src/statute/jsonSchema.js';
import { clone, minimalStatute } from '../fixtures.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(statuteJsonSchema());

describe('the statute JSON Schema', () => {
  it.each(Object.entries(presets))('accepts the %s preset', (_name, preset) => {
    const ok = validate(clone(preset));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts the minimal test statute', () => {
    expect(validate(clone(minimalStatute))).toBe(true);
  });

  it('accepts a $schema key naming it, as parseStatute does, and only a string there', () => {
    const input = {
      $schema: './node_modules/helsefellesskap/dist/statute.schema.json',
      ...clone(minimalStatute),
    };
    expect(validate(input)).toBe(true);
    expect(validate({ ...input, $schema: 7 })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/$schema');
  });

  it('accepts a per-party ratification with no requirements', () => {
    const input = clone(minimalStatute);
    input.ratification[0] = { ...input.ratification[0], effect: 'per-party', requires: [] };
    expect(validate(input)).toBe(true);
  });

  it.each([
    [
      'a collective ratification without requirements',
      (s: any) => void (s.ratification[0].requires = []),
      '/ratification/0/requires',
    ],
    [
      'a share under a per-party ratification',
      (s: any) => {
        s.ratification[0].effect = 'per-party';
        s.ratification[0].requires = [
          { kind: 'share-of-kommuner', threshold: { kind: 'count', count: 2, comparison: 'atLeast' } },
        ];
      },
      '/ratification/0/requires/0',
    ],
    ['a misspelt key', (s: any) => void (s.bodies[0].quroum = {}), '/bodies/0'],
    ['a seat count of 0', (s: any) => void (s.bodies[0].seats[0].count = 0), '/bodies/0/seats/0/count'],
    [
      'a kommunenummer of three digits',
      (s: any) => void (s.parties[1].kommunenummer = '123'),
      '/parties/1/kommunenummer',
    ],
    [
      'a nested decision rule of unknown kind',
      (s: any) =>
        void (s.bodies[0].decision = { kind: 'all', rules: [{ kind: 'vote', ref: '§1' }], ref: '§1' }),
      '/bodies/0/decision',
    ],
  ])('rejects %s where an editor would mark it', (_name, mutate, where) => {
    const input = clone(minimalStatute);
    mutate(input);
    expect(validate(input)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.startsWith(where))).toBe(true);
  });
});
