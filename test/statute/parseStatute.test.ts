import { describe, expect, it } from 'vitest';
import {
  formatPath,
  type InputIssueCode,
  type IssuePath,
  parseStatute,
  presets,
  StatuteError,
  safeParseStatute,
} from '../../src/index.js';
import { clone, minimalStatute } from '../fixtures.js';

type Row = [name: string, mutate: (s: any) => unknown, code: InputIssueCode, path: IssuePath];

/** Each row breaks the minimal statute in one way and names the issue it must give. */
const rows: Row[] = [
  ['null instead of an object', () => null, 'invalid_type', []],
  ['an array instead of an object', () => [], 'invalid_type', []],
  ['a string instead of an object', () => 'vedtekter', 'invalid_type', []],
  ['missing id', (s) => void delete s.id, 'missing_key', ['id']],
  ['unknown top-level key', (s) => void (s.extra = 1), 'unknown_key', ['extra']],
  ['misspelt key in a body', (s) => void (s.bodies[0].quroum = {}), 'unknown_key', ['bodies', 0, 'quroum']],
  ['title is a number', (s) => void (s.title = 3), 'invalid_type', ['title']],
  ['empty title', (s) => void (s.title = ''), 'too_small', ['title']],
  [
    '29 February in a common year',
    (s) => void (s.effectiveFrom = '2023-02-29'),
    'invalid_date',
    ['effectiveFrom'],
  ],
  ['date with slashes', (s) => void (s.effectiveFrom = '2023/01/01'), 'invalid_date', ['effectiveFrom']],
  ['month 13', (s) => void (s.effectiveFrom = '2023-13-01'), 'invalid_date', ['effectiveFrom']],
  ['no parties', (s) => void (s.parties = []), 'too_small', ['parties']],
  [
    'party of unknown kind',
    (s) => void (s.parties[1].kind = 'fylke'),
    'invalid_value',
    ['parties', 1, 'kind'],
  ],
  [
    'kommunenummer of three digits',
    (s) => void (s.parties[1].kommunenummer = '123'),
    'invalid_kommunenummer',
    ['parties', 1, 'kommunenummer'],
  ],
  [
    'kommunenummer with a letter',
    (s) => void (s.parties[1].kommunenummer = '12a4'),
    'invalid_kommunenummer',
    ['parties', 1, 'kommunenummer'],
  ],
  [
    'negative population',
    (s) => void (s.parties[1].population = -1),
    'too_small',
    ['parties', 1, 'population'],
  ],
  [
    'fractional population',
    (s) => void (s.parties[1].population = 1.5),
    'not_integer',
    ['parties', 1, 'population'],
  ],
  [
    'kommune ratifying by styre',
    (s) => void (s.parties[1].organ = 'styre'),
    'invalid_value',
    ['parties', 1, 'organ'],
  ],
  ['duplicate party id', (s) => void (s.parties[2].id = 'a'), 'duplicate_id', ['parties', 2, 'id']],
  [
    'duplicate kommunenummer',
    (s) => void (s.parties[2].kommunenummer = '1001'),
    'duplicate_id',
    ['parties', 2, 'kommunenummer'],
  ],
  ['party id __proto__', (s) => void (s.parties[0].id = '__proto__'), 'invalid_id', ['parties', 0, 'id']],
  ['empty party id', (s) => void (s.parties[0].id = ''), 'invalid_id', ['parties', 0, 'id']],
  [
    'party id with a leading space',
    (s) => void (s.parties[0].id = ' hf'),
    'invalid_id',
    ['parties', 0, 'id'],
  ],
  [
    'seat count 0',
    (s) => void (s.bodies[1].seats[0].count = 0),
    'too_small',
    ['bodies', 1, 'seats', 0, 'count'],
  ],
  [
    'fractional seat count',
    (s) => void (s.bodies[1].seats[0].count = 2.5),
    'not_integer',
    ['bodies', 1, 'seats', 0, 'count'],
  ],
  [
    'seat without rights',
    (s) => void (s.bodies[1].seats[0].rights = []),
    'too_small',
    ['bodies', 1, 'seats', 0, 'rights'],
  ],
  [
    'unknown right',
    (s) => void (s.bodies[1].seats[0].rights = ['veto']),
    'invalid_value',
    ['bodies', 1, 'seats', 0, 'rights', 0],
  ],
  [
    'seat role not declared',
    (s) => void (s.bodies[1].seats[2].role = 'ordfører'),
    'unknown_role',
    ['bodies', 1, 'seats', 2, 'role'],
  ],
  [
    'seat of an unknown party',
    (s) => void (s.bodies[1].seats[1].party = 'bindal'),
    'unknown_party',
    ['bodies', 1, 'seats', 1, 'party'],
  ],
  [
    'kommune seat held by the HF',
    (s) => void (s.bodies[1].seats[0].party = 'hf'),
    'party_role_mismatch',
    ['bodies', 1, 'seats', 0, 'party'],
  ],
  [
    'duplicate seat id',
    (s) => void (s.bodies[1].seats[1].id = 'k'),
    'duplicate_id',
    ['bodies', 1, 'seats', 1, 'id'],
  ],
  ['tier 5', (s) => void (s.bodies[1].tier = 5), 'invalid_value', ['bodies', 1, 'tier']],
  ['duplicate body id', (s) => void (s.bodies[2].id = 'ssu'), 'duplicate_id', ['bodies', 2, 'id']],
  [
    'body escalating to itself',
    (s) => void (s.bodies[1].escalatesTo = 'ssu'),
    'escalation_to_self',
    ['bodies', 1, 'escalatesTo'],
  ],
  [
    'escalation to an unknown body',
    (s) => void (s.bodies[1].escalatesTo = 'styret'),
    'unknown_body',
    ['bodies', 1, 'escalatesTo'],
  ],
  [
    'escalation to a lower tier',
    (s) => void (s.bodies[0].escalatesTo = 'fsu'),
    'escalation_not_upward',
    ['bodies', 0, 'escalatesTo'],
  ],
  [
    'escalation cycle',
    (s) => void (s.bodies[0].escalatesTo = 'ssu'),
    'escalation_cycle',
    ['bodies', 0, 'escalatesTo'],
  ],
  [
    'quorum fraction over zero',
    (s) => void (s.bodies[1].quorum.threshold.fraction.denominator = 0),
    'zero_denominator',
    ['bodies', 1, 'quorum', 'threshold', 'fraction'],
  ],
  [
    'majority of three halves',
    (s) =>
      void (s.bodies[1].decision = {
        kind: 'majority',
        threshold: { numerator: 3, denominator: 2 },
        strict: false,
        base: 'cast',
        tieBreak: 'fails',
        ref: '§2',
      }),
    'fraction_above_one',
    ['bodies', 1, 'decision', 'threshold'],
  ],
  [
    'decision cites an unknown section',
    (s) => void (s.bodies[1].decision.ref = '§99'),
    'unknown_section',
    ['bodies', 1, 'decision', 'ref'],
  ],
  [
    'nested rule cites an unknown section',
    (s) =>
      void (s.bodies[1].decision = {
        kind: 'all',
        rules: [
          { kind: 'unanimity', ref: '§2' },
          { kind: 'consensus', reservationBlocks: true, ref: '§42' },
        ],
        ref: '§2',
      }),
    'unknown_section',
    ['bodies', 1, 'decision', 'rules', 1, 'ref'],
  ],
  [
    'decision of unknown kind',
    (s) => void (s.bodies[1].decision.kind = 'vote'),
    'invalid_value',
    ['bodies', 1, 'decision', 'kind'],
  ],
  [
    'majority without a base',
    (s) =>
      void (s.bodies[1].decision = {
        kind: 'majority',
        threshold: { numerator: 1, denominator: 2 },
        strict: true,
        tieBreak: 'chair',
        ref: '§2',
      }),
    'missing_key',
    ['bodies', 1, 'decision', 'base'],
  ],
  [
    'empty all-rule',
    (s) => void (s.bodies[1].decision = { kind: 'all', rules: [], ref: '§2' }),
    'too_small',
    ['bodies', 1, 'decision', 'rules'],
  ],
  [
    'mandate names an unknown matter',
    (s) => void s.bodies[1].mandate.decides.push('vaksine'),
    'unknown_matter',
    ['bodies', 1, 'mandate', 'decides', 1],
  ],
  [
    'matter both decided and recommended',
    (s) => void s.bodies[1].mandate.recommends.push('pathway'),
    'mandate_overlap',
    ['bodies', 1, 'mandate', 'recommends', 1],
  ],
  [
    'each-bloc rule where no seat has a bloc',
    (s) => {
      for (const seat of s.bodies[2].seats) delete seat.bloc;
      s.bodies[2].decision = { kind: 'each-bloc', rule: { kind: 'unanimity', ref: '§3' }, ref: '§3' };
    },
    'bloc_rule_without_blocs',
    ['bodies', 2, 'decision'],
  ],
  [
    'body without a voting seat',
    (s) => void (s.bodies[2].seats = [{ id: 'gp', role: 'fastlege', count: 1, rights: ['attend'] }]),
    'no_voting_seat',
    ['bodies', 2, 'seats'],
  ],
  [
    'negative notice days',
    (s) => void (s.bodies[1].noticeDays = -1),
    'too_small',
    ['bodies', 1, 'noticeDays'],
  ],
  [
    'ratification of an unknown matter',
    (s) => void (s.ratification[0].matters = ['vaksine']),
    'unknown_matter',
    ['ratification', 0, 'matters', 0],
  ],
  [
    'matter under two ratification rules',
    (s) => void s.ratification.push({ ...s.ratification[0], id: 'r2' }),
    'matter_ratified_twice',
    ['ratification', 1, 'matters', 0],
  ],
  [
    'ratification by an unknown party',
    (s) => void (s.ratification[0].requires = [{ kind: 'parties', parties: ['hf', 'rana'] }]),
    'unknown_party',
    ['ratification', 0, 'requires', 0, 'parties', 1],
  ],
  [
    'population share without populations',
    (s) => {
      delete s.parties[2].population;
      s.ratification[0].requires = [
        {
          kind: 'share-of-population',
          threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
        },
      ];
    },
    'missing_population',
    ['parties', 2, 'population'],
  ],
  [
    'ratification without requirements',
    (s) => void (s.ratification[0].requires = []),
    'too_small',
    ['ratification', 0, 'requires'],
  ],
  [
    'an all-or-nothing ratification without requirements',
    (s) => {
      s.ratification[0].effect = 'all-or-nothing';
      s.ratification[0].requires = [];
    },
    'too_small',
    ['ratification', 0, 'requires'],
  ],
  [
    'a share of the kommuner under a per-party ratification',
    (s) => {
      s.ratification[0].effect = 'per-party';
      s.ratification[0].requires = [
        { kind: 'every-kommune' },
        {
          kind: 'share-of-kommuner',
          threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
        },
      ];
    },
    'per_party_threshold',
    ['ratification', 0, 'requires', 1],
  ],
  [
    'deadline of 0 days',
    (s) => void (s.ratification[0].deadlineDays = 0),
    'too_small',
    ['ratification', 0, 'deadlineDays'],
  ],
  [
    'amendment by an unknown body',
    (s) => void (s.amendment.body = 'kommunestyret'),
    'unknown_body',
    ['amendment', 'body'],
  ],
  [
    'founding party unknown',
    (s) => void (s.membership.founding = ['hf', 'x']),
    'unknown_party',
    ['membership', 'founding', 1],
  ],
  ['duplicate matter id', (s) => void (s.matters[1].id = 'pathway'), 'duplicate_id', ['matters', 1, 'id']],
  [
    'duplicate participant role',
    (s) => void s.participants.push({ role: 'fastlege', name: 'Igjen' }),
    'duplicate_id',
    ['participants', 1, 'role'],
  ],
  [
    'matter level unknown',
    (s) => void (s.matters[0].level = 'tactical'),
    'invalid_value',
    ['matters', 0, 'level'],
  ],
  [
    'threshold kind unknown',
    (s) => void (s.bodies[1].quorum.threshold = { kind: 'percent', value: 50 }),
    'invalid_value',
    ['bodies', 1, 'quorum', 'threshold', 'kind'],
  ],
];

describe('safeParseStatute', () => {
  it('accepts the minimal statute', () => {
    expect(safeParseStatute(clone(minimalStatute)).success).toBe(true);
  });

  it('accepts a per-party ratification with no requirements, or with only who the parties are', () => {
    for (const requires of [[], [{ kind: 'every-kommune' }], [{ kind: 'parties', parties: ['a'] }]]) {
      const input = clone(minimalStatute);
      input.ratification[0] = { ...input.ratification[0], effect: 'per-party', requires };
      const result = safeParseStatute(input);
      expect(result.success ? [] : result.issues).toEqual([]);
    }
  });

  it.each(rows)('rejects %s', (_name, mutate, code, path) => {
    const input = clone(minimalStatute);
    const replaced = mutate(input);
    const result = safeParseStatute(replaced === undefined ? input : replaced);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('has at least 40 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('reports every shape issue at once', () => {
    const input = clone(minimalStatute);
    input.title = 3;
    input.parties[1].kommunenummer = '1';
    input.bodies[2].seats[0].count = 0;
    const result = safeParseStatute(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => formatPath(i.path))).toEqual([
        'title',
        'parties[1].kommunenummer',
        'bodies[2].seats[0].count',
      ]);
  });

  it('reports every reference issue at once', () => {
    const input = clone(minimalStatute);
    input.bodies[0].ref = '§9';
    input.bodies[1].escalatesTo = 'nowhere';
    input.amendment.matter = 'unknown';
    const result = safeParseStatute(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => i.code)).toEqual(['unknown_section', 'unknown_body', 'unknown_matter']);
  });

  it('rejects a __proto__ key and leaves Object.prototype untouched', () => {
    const text = JSON.stringify(clone(minimalStatute)).replace(
      '"sections":{',
      '"sections":{"__proto__":{"polluted":true},',
    );
    const input = JSON.parse(text);
    const result = safeParseStatute(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]).toMatchObject({ code: 'forbidden_key', path: ['sections', '__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects a constructor key inside a party', () => {
    const input = clone(minimalStatute);
    input.parties[0].constructor = { prototype: { polluted: true } };
    const result = safeParseStatute(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]).toMatchObject({ code: 'forbidden_key', path: ['parties', 0, 'constructor'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('a $schema key, naming the JSON Schema for editors', () => {
    const schemaUrl = './node_modules/helsefellesskap/dist/statute.schema.json';

    it('is accepted and left out of the statute', () => {
      const input = { $schema: schemaUrl, ...clone(minimalStatute) };
      const result = safeParseStatute(input);
      expect(result.success ? [] : result.issues).toEqual([]);
      if (!result.success) return;
      expect(result.data).not.toHaveProperty('$schema');
      expect(result.data).toEqual(parseStatute(clone(minimalStatute)));
      expect(input.$schema).toBe(schemaUrl);
    });

    it("must be a string, and is reported with the statute's other issues", () => {
      const input = { $schema: 7, ...clone(minimalStatute), title: '' };
      const result = safeParseStatute(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
        ['invalid_type', '$schema'],
        ['too_small', 'title'],
      ]);
      expect(result.issues[0]?.message).toBe('expected string, got 7');
    });

    it('is a key only at the top: a body with $schema has an unknown key', () => {
      const input = clone(minimalStatute);
      input.bodies[0].$schema = schemaUrl;
      const result = safeParseStatute(input);
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.issues).toContainEqual(
          expect.objectContaining({ code: 'unknown_key', path: ['bodies', 0, '$schema'] }),
        );
    });
  });

  it('never changes its input', () => {
    const input = clone(minimalStatute);
    const before = JSON.stringify(input);
    safeParseStatute(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('parseStatute', () => {
  it('throws one StatuteError listing every issue with its path', () => {
    const input = clone(minimalStatute);
    input.title = 3;
    input.bodies[1].seats[0].count = 0;
    let error: unknown;
    try {
      parseStatute(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StatuteError);
    expect((error as StatuteError).issues).toHaveLength(2);
    expect((error as StatuteError).message).toMatchInlineSnapshot(`
      "invalid statute (2 issues):
        title: expected string, got 3
        bodies[1].seats[0].count: expected a value of at least 1, got 0"
    `);
  });

  it.each(Object.entries(presets))('round-trips the %s preset through JSON unchanged', (_name, preset) => {
    const parsed = parseStatute(JSON.parse(JSON.stringify(preset)));
    expect(parsed).toEqual(preset);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.bodies[0]?.seats[0])).toBe(true);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['bodies', 2, 'seats', 0, 'count'], 'bodies[2].seats[0].count'],
    [['sections', '§4.3', 'title'], 'sections["§4.3"].title'],
    [[3, 'id'], '[3].id'],
  ] as const)('formats %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
