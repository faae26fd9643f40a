import { describe, expect, it } from 'vitest';
import { formatPath, type InputIssueCode, parseStatute, safeParseStatute } from '../../src/index.js';
import { statuteJsonSchema } from '../../src/statute/jsonSchema.js';
import { bergen } from '../engine/_bergen.js';
import { clone, minimalStatute } from '../fixtures.js';

type Row = [name: string, mutate: (s: any) => void, issues: [code: InputIssueCode, path: string][]];

const fylke = { kind: 'fylkeskommune', id: 'f', name: 'F', fylkesnummer: '99', organ: 'fylkesting' };
const hospital = { kind: 'private-hospital', id: 'p', name: 'P', organ: 'styre', agreementWith: 'hf' };
const area = { id: 'x', name: 'X', kind: 'regionråd', parties: ['a', 'b'], ref: '§2' };

/** Each row breaks the minimal statute in one way and names every issue it must give. */
const rows: Row[] = [
  [
    'a fylkesnummer of three digits',
    (s) => void s.parties.push({ ...fylke, fylkesnummer: '123' }),
    [['invalid_fylkesnummer', 'parties[3].fylkesnummer']],
  ],
  [
    'a fylkeskommune bound by a kommunestyre',
    (s) => void s.parties.push({ ...fylke, organ: 'kommunestyre' }),
    [['invalid_value', 'parties[3].organ']],
  ],
  [
    'a private hospital without an agreement',
    (s) => {
      const { agreementWith: _, ...without } = hospital;
      s.parties.push(without);
    },
    [['missing_key', 'parties[3].agreementWith']],
  ],
  [
    'a private hospital whose agreement names no party',
    (s) => void s.parties.push({ ...hospital, agreementWith: 'rhf' }),
    [['unknown_party', 'parties[3].agreementWith']],
  ],
  [
    'a private hospital whose agreement is with a kommune',
    (s) => void s.parties.push({ ...hospital, agreementWith: 'a' }),
    [['agreement_not_helseforetak', 'parties[3].agreementWith']],
  ],
  [
    'a seat of an unknown area',
    (s) => void (s.bodies[1].seats[0].area = 'nowhere'),
    [['unknown_area', 'bodies[1].seats[0].area']],
  ],
  [
    'an area listing an unknown party',
    (s) => void (s.areas = [{ ...area, parties: ['a', 'rana'] }]),
    [['unknown_party', 'areas[0].parties[1]']],
  ],
  [
    'an area listing the helseforetak and a fylkeskommune',
    (s) => {
      s.parties.push(fylke);
      s.areas = [{ ...area, parties: ['hf', 'a', 'f'] }];
    },
    [
      ['area_party_not_kommune', 'areas[0].parties[0]'],
      ['area_party_not_kommune', 'areas[0].parties[2]'],
    ],
  ],
  [
    'two areas with one id',
    (s) => void (s.areas = [area, { ...area, parties: ['b'] }]),
    [['duplicate_id', 'areas[1].id']],
  ],
  [
    'an area with an unknown ref',
    (s) => void (s.areas = [{ ...area, ref: '§9' }]),
    [['unknown_section', 'areas[0].ref']],
  ],
  [
    'an area with no kommune',
    (s) => void (s.areas = [{ ...area, parties: [] }]),
    [['too_small', 'areas[0].parties']],
  ],
  [
    'an area seat of the helseforetak',
    (s) => {
      s.areas = [area];
      s.bodies[1].seats[1].area = 'x';
    },
    [
      ['area_seat_role', 'bodies[1].seats[1].role'],
      ['party_outside_area', 'bodies[1].seats[1].party'],
    ],
  ],
  [
    'an area seat that belongs to a kommune outside the area',
    (s) => {
      s.areas = [{ ...area, parties: ['a'] }];
      s.bodies[1].seats[0] = { ...s.bodies[1].seats[0], area: 'x', party: 'b' };
    },
    [['party_outside_area', 'bodies[1].seats[0].party']],
  ],
];

describe('areas and parties beyond kommune and helseforetak in a statute', () => {
  it('accepts a fylkeskommune, a private hospital, an area and its seat', () => {
    const input = clone(minimalStatute);
    input.parties.push(fylke, hospital);
    input.areas = [area];
    input.bodies[1].seats[0].area = 'x';
    input.bodies[0].seats.push({ id: 'p', role: 'private-hospital', party: 'p', count: 1, rights: ['vote'] });
    input.bodies[0].seats.push({ id: 'f', role: 'fylkeskommune', party: 'f', count: 1, rights: ['vote'] });
    expect(safeParseStatute(input)).toMatchObject({ success: true });
  });

  it('accepts the Bergensområdet test statute, private hospitals and areas included', () => {
    expect(parseStatute(bergen).parties.filter((p) => p.kind === 'private-hospital')).toHaveLength(5);
  });

  it.each(rows)('rejects %s, naming where', (_name, mutate, expected) => {
    const input = clone(minimalStatute);
    mutate(input);
    const result = safeParseStatute(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, formatPath(i.path)])).toEqual(expected);
  });

  it('puts the new party kinds and areas in the JSON Schema', () => {
    const text = JSON.stringify(statuteJsonSchema());
    for (const word of ['fylkeskommune', 'fylkesting', 'private-hospital', 'agreementWith', 'areas'])
      expect(text).toContain(`"${word}"`);
  });
});
