import { describe, expect, it } from 'vitest';
import {
  explainIssue,
  explainReason,
  explainWarning,
  formatPath,
  InputError,
  type InputIssue,
  type InputIssueCode,
  lintStatute,
  parseStatute,
  type Reason,
  type Statute,
  StatuteError,
  type StatuteWarning,
  safeParseStatute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

/** A deep, mutable copy of the minimal statute. */
const base = (): any => structuredClone(minimalStatute);

/** The issues of `input`, without their params; none when it parses. */
function issuesOf(input: unknown): Pick<InputIssue, 'code' | 'path' | 'message'>[] {
  const result = safeParseStatute(input);
  return result.success ? [] : result.issues.map(({ code, path, message }) => ({ code, path, message }));
}

/** The minimal statute changed by `change` (or replaced by what it returns). */
function changed(change: (s: any) => unknown): unknown {
  const s = base();
  const replaced = change(s);
  return replaced === undefined ? s : replaced;
}

/** An object nested `levels` deep: `{ a: { a: … {} } }`, the outermost counted as one. */
function nested(levels: number): object {
  let value: object = {};
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

describe('the English text of every issue code', () => {
  type Row = [code: InputIssueCode, params: Record<string, string | number>, text: string];
  const rows: Row[] = [
    ['invalid_type', { expected: 'Object', received: 'null' }, 'expected an object, got null'],
    ['invalid_type', { expected: 'string', received: '3' }, 'expected string, got 3'],
    ['invalid_type', {}, 'expected , got '],
    ['missing_key', { key: 'id' }, 'required key "id" is missing'],
    ['unknown_key', { key: 'extra' }, 'unknown key "extra"'],
    ['invalid_value', { oneOf: '"a", "b"', received: '"c"' }, 'expected one of "a", "b", got "c"'],
    ['invalid_value', { community: 'vestfold' }, `expected the community's id "vestfold"`],
    ['invalid_value', { seq: 3, position: 2 }, 'more events applied (seq) than taken in (position)'],
    ['invalid_value', { at: 5, position: 4 }, `position 5 is not before the state's position 4`],
    ['invalid_value', { expected: '"x"', received: '"y"' }, 'expected "x", got "y"'],
    ['invalid_value', { received: '"y"' }, 'expected another value, got "y"'],
    [
      'too_small',
      { effect: 'binds-ratifiers' },
      'a binds-ratifiers ratification needs at least one requirement (only a per-party one may have none)',
    ],
    ['too_small', { minimum: '1', received: '""', length: '0' }, 'expected a length of at least 1, got 0'],
    ['too_small', { minimum: '1', received: '0' }, 'expected a value of at least 1, got 0'],
    ['too_big', { limit: 2_000_000 }, 'more than 2000000 objects and arrays'],
    ['too_big', { maximum: '200' }, 'expected at most 200'],
    ['not_integer', { received: '2.5' }, 'expected a whole number, got 2.5'],
    [
      'invalid_date',
      { received: '"2023-02-29"' },
      'expected a calendar date written YYYY-MM-DD, got "2023-02-29"',
    ],
    ['invalid_kommunenummer', { received: '"123"' }, 'expected a kommunenummer of four digits, got "123"'],
    ['invalid_fylkesnummer', { received: '"1"' }, 'expected a fylkesnummer of two digits, got "1"'],
    [
      'invalid_id',
      { received: '" hf"' },
      'expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got " hf"',
    ],
    ['forbidden_key', { key: '__proto__' }, 'the key "__proto__" is not allowed'],
    ['too_deep', { limit: 64 }, 'nested more than 64 levels deep (or the value contains itself)'],
    ['unreadable', { error: 'boom' }, 'the input could not be read: boom'],
    ['zero_denominator', {}, 'a fraction cannot have the denominator 0'],
    ['fraction_above_one', {}, 'a share cannot be more than 1 (numerator above denominator)'],
    [
      'duplicate_id',
      { id: 'a', first: 1, entity: 'party' },
      'party "a" is declared twice (first at index 1)',
    ],
    [
      'duplicate_id',
      { id: 'r', first: 0, entity: 'ratification-rule' },
      'ratification rule "r" is declared twice (first at index 0)',
    ],
    [
      'duplicate_id',
      { id: 'gp', first: 2, entity: 'participant-role' },
      'participant role "gp" is declared twice (first at index 2)',
    ],
    [
      'duplicate_id',
      { id: 'n', first: 0, entity: 'dispute-board' },
      'dispute board "n" is declared twice (first at index 0)',
    ],
    [
      'duplicate_id',
      { id: 'a', first: 3, entity: 'rotating-party' },
      'rotating party "a" is declared twice (first at index 3)',
    ],
    ['duplicate_id', { id: 'x' }, 'the id "x" is used twice'],
    ['unknown_party', { party: 'bindal' }, 'no party has the id "bindal"'],
    ['unknown_party', {}, 'no party has the id ""'],
    ['unknown_body', { body: 'styret' }, 'no body has the id "styret"'],
    ['unknown_matter', { matter: 'vaksine' }, 'no matter has the id "vaksine"'],
    ['unknown_section', { ref: '§9' }, 'no section "§9" in sections'],
    [
      'unknown_role',
      { role: 'ordfører' },
      '"ordfører" is neither a party kind nor a participant role of this statute',
    ],
    [
      'party_role_mismatch',
      { party: 'hf', kind: 'helseforetak', role: 'kommune' },
      `party "hf" is a helseforetak, but the seat's role is "kommune"`,
    ],
    ['escalation_to_self', { body: 'ssu' }, 'body "ssu" escalates to itself'],
    [
      'escalation_not_upward',
      { body: 'pm', tier: 1, target: 'fsu', targetTier: 3 },
      'body "pm" (tier 1) escalates to "fsu" (tier 3), which is not a higher tier',
    ],
    ['escalation_cycle', { body: 'pm' }, 'the escalation chain from "pm" comes back to it'],
    ['leadership_cycle', { body: 'a' }, 'the bodies whose leadership "a" follows come back to it'],
    [
      'leadership_conflict',
      { rotationYears: 2, everyYears: 3 },
      'rotationYears (2) and alternates.everyYears (3) disagree',
    ],
    [
      'leadership_conflict',
      {},
      'a body that follows another body’s leadership cannot also have an alternation of its own',
    ],
    [
      'bloc_not_alternating',
      { bloc: 'kommunesiden', between: 'helseforetakssiden' },
      'the alternation starts with kommunesiden, which is not among the sides it names',
    ],
    [
      'bloc_not_alternating',
      { bloc: 'kommunesiden' },
      'kommunesiden is not among the sides that take turns to lead',
    ],
    [
      'party_bloc_mismatch',
      { party: 'hf', kind: 'helseforetak', bloc: 'kommunesiden' },
      'party "hf" is a helseforetak, which is not on kommunesiden',
    ],
    ['mandate_overlap', { matter: 'pathway' }, 'matter "pathway" is both decided and only recommended'],
    ['first_stage_self', {}, 'the body itself is "same-body"'],
    [
      'secretariat_beyond_mandate',
      {},
      'the body can only let the secretariat decide a matter it decides itself',
    ],
    ['route_to_self', { body: 'ssu' }, 'body "ssu" recommends to itself'],
    ['route_via_target', { body: 'pm' }, '"pm" is both the way and the end of the route'],
    [
      'matter_ratified_twice',
      { matter: 'budget', first: 0 },
      'matter "budget" is already covered by ratification rule 0',
    ],
    ['bloc_rule_without_blocs', { rule: 'substitutes' }, 'vara lists per side need seats with a bloc'],
    ['bloc_rule_without_blocs', { rule: 'quorum' }, 'a per-bloc quorum needs voting seats with a bloc'],
    ['bloc_rule_without_blocs', { rule: 'each-bloc' }, 'an each-bloc rule needs voting seats with a bloc'],
    ['bloc_rule_without_blocs', {}, 'an each-bloc rule needs voting seats with a bloc'],
    [
      'missing_population',
      { party: 'b' },
      'kommune "b" has no population, which a population-weighted ratification needs',
    ],
    [
      'per_party_threshold',
      { kind: 'share-of-kommuner' },
      'a per-party ratification has no collective threshold: "share-of-kommuner" cannot be one of its requirements',
    ],
    ['no_voting_seat', {}, 'the body has no seat with the right to vote, so it can decide nothing'],
    ['unknown_area', { area: 'nord' }, 'no area has the id "nord"'],
    [
      'area_party_not_kommune',
      { party: 'hf', kind: 'helseforetak' },
      'party "hf" is a helseforetak; an area groups kommuner',
    ],
    [
      'area_seat_role',
      { seat: 'k', area: 'nord', role: 'fastlege' },
      'seat "k" belongs to area "nord", so its role must be "kommune", not "fastlege"',
    ],
    ['party_outside_area', { party: 'a', area: 'nord' }, 'party "a" is not a kommune of area "nord"'],
    [
      'agreement_not_helseforetak',
      { party: 'p', kind: 'kommune', agreementWith: 'a' },
      'private hospital "p" must have its agreement with a helseforetak, not the kommune "a"',
    ],
    ['duplicate_value', {}, 'the list names this more than once'],
    ['malformed_text', {}, 'the text holds a lone surrogate, not a character'],
    ['threshold_unreachable', { rule: 'strict' }, 'a strict majority of the whole can never be met'],
    ['threshold_unreachable', { rule: 'more-than' }, 'more than the whole can never be met'],
    [
      'unknown_format',
      { expected: 'helsefellesskap/snapshot', received: '"x"' },
      'expected the format "helsefellesskap/snapshot", got "x"',
    ],
    [
      'unsupported_version',
      { received: '2', supported: 1 },
      'snapshot format version 2 is not supported; this library reads version 1',
    ],
    ['digest_mismatch', {}, 'the content does not match its digest: it was changed or damaged'],
  ];

  it.each(rows)('%s with params %j reads in English: %s', (code, params, text) => {
    const issue: InputIssue = { code, path: [], params, message: 'not this' };
    expect(explainIssue(issue, { locale: 'en' })).toBe(text);
  });

  it('covers every issue code', () => {
    expect(new Set(rows.map(([code]) => code)).size).toBe(51);
  });
});

describe('an issue in bokmål, with the words a locale has for a value', () => {
  const nb = (params: Record<string, string | number>) =>
    explainIssue({ code: 'invalid_type', path: [], params, message: 'm' }, { locale: 'nb' });

  it('writes a word the locale lists in its own words', () => {
    expect(nb({ expected: 'Object', received: 'an array' })).toBe('ventet et objekt, fikk en liste');
    expect(nb({ expected: 'number', received: 'nothing' })).toBe('ventet et tall, fikk ingenting');
  });

  it('writes a word the locale does not list as it is', () => {
    expect(nb({ expected: 'Thing', received: '3' })).toBe('ventet Thing, fikk 3');
    expect(nb({ expected: 'toString', received: 'constructor' })).toBe('ventet toString, fikk constructor');
  });
});

describe('the first issue of a refused statute, in bokmål', () => {
  const invalid = (params: Reason['params']): Reason => ({ code: 'statute.invalid', params });

  it('is written from its code and the issue.-params', () => {
    const reason = invalid({
      issues: 2,
      path: 'id',
      message: 'required key "id" is missing',
      issueCode: 'missing_key',
      'issue.key': 'id',
    });
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (2 feil; første: id: det påkrevde feltet «id» mangler)',
    );
  });

  it('reads only params named issue.<name>, and only text or numbers', () => {
    const reason = invalid({
      issues: 1,
      path: 'id',
      message: 'm',
      issueCode: 'missing_key',
      key: 'id',
      'issue.other': 'x',
    });
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (1 feil; første: id: det påkrevde feltet «» mangler)',
    );
    const withBoolean = invalid({
      issues: 1,
      path: 'id',
      message: 'm',
      issueCode: 'missing_key',
      'issue.key': true as unknown as string,
    });
    expect(explainReason(withBoolean, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (1 feil; første: id: det påkrevde feltet «» mangler)',
    );
  });

  it('reads a number param as well as text', () => {
    const reason = invalid({
      issues: 1,
      path: '(root)',
      message: 'm',
      issueCode: 'too_deep',
      'issue.limit': 64,
    });
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (1 feil; første: (root): nøstet mer enn 64 nivåer dypt (eller verdien inneholder seg selv))',
    );
  });

  it('keeps the English message when the code is absent or unknown', () => {
    for (const issueCode of [undefined, 'no_such_code', 7]) {
      const params: Record<string, unknown> = { issues: 1, path: 'title', message: 'old text' };
      if (issueCode !== undefined) params.issueCode = issueCode;
      expect(explainReason(invalid(params as Reason['params']), { locale: 'nb' })).toBe(
        'vedtektene er ikke gyldige (1 feil; første: title: old text)',
      );
    }
    expect(explainReason(invalid({ issues: 1, path: 'title' }), { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (1 feil; første: title: )',
    );
  });
});

describe('issues from the shape of a statute, with their paths', () => {
  type Row = [
    name: string,
    change: (s: any) => unknown,
    issues: Pick<InputIssue, 'code' | 'path' | 'message'>[],
  ];
  const rows: Row[] = [
    ['null', () => null, [{ code: 'invalid_type', path: [], message: 'expected an object, got null' }]],
    ['an array', () => [], [{ code: 'invalid_type', path: [], message: 'expected an object, got an array' }]],
    ['a string', () => 'x', [{ code: 'invalid_type', path: [], message: 'expected an object, got "x"' }]],
    ['a number', () => 7, [{ code: 'invalid_type', path: [], message: 'expected an object, got 7' }]],
    [
      'a title that is an object',
      (s) => void (s.title = { nb: 'x' }),
      [{ code: 'invalid_type', path: ['title'], message: 'expected string, got an object' }],
    ],
    [
      'a title that is true',
      (s) => void (s.title = true),
      [{ code: 'invalid_type', path: ['title'], message: 'expected string, got true' }],
    ],
    [
      'parties that are not a list',
      (s) => void (s.parties = 'hf'),
      [{ code: 'invalid_type', path: ['parties'], message: 'expected Array, got "hf"' }],
    ],
    [
      'sections that are text',
      (s) => void (s.sections = '§1'),
      [{ code: 'invalid_type', path: ['sections'], message: 'expected an object, got "§1"' }],
    ],
    [
      'a title that is a number',
      (s) => void (s.title = 3),
      [{ code: 'invalid_type', path: ['title'], message: 'expected string, got 3' }],
    ],
    [
      'an empty title',
      (s) => void (s.title = ''),
      [{ code: 'too_small', path: ['title'], message: 'expected a length of at least 1, got 0' }],
    ],
    [
      'a title of 10001 characters',
      (s) => void (s.title = 'x'.repeat(10_001)),
      [{ code: 'too_big', path: ['title'], message: 'expected at most 10000' }],
    ],
    [
      'a missing top-level key',
      (s) => void delete s.id,
      [{ code: 'missing_key', path: ['id'], message: 'required key "id" is missing' }],
    ],
    [
      'an unknown top-level key',
      (s) => void (s.extra = 1),
      [{ code: 'unknown_key', path: ['extra'], message: 'unknown key "extra"' }],
    ],
    [
      'a body that is an array (one issue, not one per missing key)',
      (s) => void (s.bodies[0] = []),
      [{ code: 'invalid_type', path: ['bodies', 0], message: 'expected an object, got an array' }],
    ],
    [
      'a body that is a number',
      (s) => void (s.bodies[1] = 3),
      [{ code: 'invalid_type', path: ['bodies', 1], message: 'expected an object, got 3' }],
    ],
    [
      'a seat that is null',
      (s) => void (s.bodies[1].seats[0] = null),
      [{ code: 'invalid_type', path: ['bodies', 1, 'seats', 0], message: 'expected an object, got null' }],
    ],
    [
      'a seat count written as text',
      (s) => void (s.bodies[1].seats[0].count = '2'),
      [
        {
          code: 'invalid_type',
          path: ['bodies', 1, 'seats', 0, 'count'],
          message: 'expected number, got "2"',
        },
      ],
    ],
    [
      'a seat without a role',
      (s) => void delete s.bodies[1].seats[0].role,
      [
        {
          code: 'missing_key',
          path: ['bodies', 1, 'seats', 0, 'role'],
          message: 'required key "role" is missing',
        },
      ],
    ],
    [
      'a key set to undefined, read as missing',
      (s) => void (s.bodies[0].quorum = undefined),
      [{ code: 'missing_key', path: ['bodies', 0, 'quorum'], message: 'required key "quorum" is missing' }],
    ],
    [
      'an unknown key in a seat',
      (s) => void (s.bodies[1].seats[0].chair = true),
      [{ code: 'unknown_key', path: ['bodies', 1, 'seats', 0, 'chair'], message: 'unknown key "chair"' }],
    ],
    [
      'a seat count of 0',
      (s) => void (s.bodies[2].seats[1].count = 0),
      [
        {
          code: 'too_small',
          path: ['bodies', 2, 'seats', 1, 'count'],
          message: 'expected a value of at least 1, got 0',
        },
      ],
    ],
    [
      'a fractional seat count',
      (s) => void (s.bodies[1].seats[0].count = 2.5),
      [
        {
          code: 'not_integer',
          path: ['bodies', 1, 'seats', 0, 'count'],
          message: 'expected a whole number, got 2.5',
        },
      ],
    ],
    [
      'a seat count too large to be exact',
      (s) => void (s.bodies[1].seats[0].count = 1e300),
      [
        {
          code: 'not_integer',
          path: ['bodies', 1, 'seats', 0, 'count'],
          message: 'expected a whole number, got 1e+300',
        },
      ],
    ],
    [
      'a negative population',
      (s) => void (s.parties[1].population = -1),
      [
        {
          code: 'too_small',
          path: ['parties', 1, 'population'],
          message: 'expected a value of at least 0, got -1',
        },
      ],
    ],
    [
      'a tier of 5',
      (s) => void (s.bodies[1].tier = 5),
      [{ code: 'invalid_value', path: ['bodies', 1, 'tier'], message: 'expected (1 | 2 | 3 | 4), got 5' }],
    ],
    [
      'a right that does not exist, at its index',
      (s) => void (s.bodies[1].seats[0].rights = ['attend', 'veto']),
      [
        {
          code: 'invalid_value',
          path: ['bodies', 1, 'seats', 0, 'rights', 1],
          message: 'expected ("attend" | "speak" | "propose" | "vote"), got "veto"',
        },
      ],
    ],
    [
      'a seat on a bloc that does not exist',
      (s) => void (s.bodies[0].seats[1].bloc = 'statssiden'),
      [
        {
          code: 'invalid_value',
          path: ['bodies', 0, 'seats', 1, 'bloc'],
          message: 'expected ("kommunesiden" | "helseforetakssiden"), got "statssiden"',
        },
      ],
    ],
    [
      'a decision rule of an unknown kind',
      (s) => void (s.bodies[1].decision.kind = 'vote'),
      [
        {
          code: 'invalid_value',
          path: ['bodies', 1, 'decision', 'kind'],
          message:
            'expected ("consensus" | "unanimity" | "majority" | "each-bloc" | ("all" | "any")), got "vote"',
        },
      ],
    ],
    [
      'a date with slashes (one issue for the two checks it fails)',
      (s) => void (s.effectiveFrom = '2023/01/01'),
      [
        {
          code: 'invalid_date',
          path: ['effectiveFrom'],
          message: 'expected a calendar date written YYYY-MM-DD, got "2023/01/01"',
        },
      ],
    ],
    [
      'a kommunenummer of three digits',
      (s) => void (s.parties[2].kommunenummer = '100'),
      [
        {
          code: 'invalid_kommunenummer',
          path: ['parties', 2, 'kommunenummer'],
          message: 'expected a kommunenummer of four digits, got "100"',
        },
      ],
    ],
    [
      'a fylkesnummer of three digits',
      (s) =>
        void s.parties.push({
          kind: 'fylkeskommune',
          id: 'f',
          name: 'F',
          fylkesnummer: '123',
          organ: 'fylkesting',
        }),
      [
        {
          code: 'invalid_fylkesnummer',
          path: ['parties', 3, 'fylkesnummer'],
          message: 'expected a fylkesnummer of two digits, got "123"',
        },
      ],
    ],
    [
      'an id of 40 characters, shown whole',
      (s) => void (s.parties[0].id = ` ${'y'.repeat(39)}`),
      [
        {
          code: 'invalid_id',
          path: ['parties', 0, 'id'],
          message: `expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got " ${'y'.repeat(39)}"`,
        },
      ],
    ],
    [
      'an id of 41 characters, cut to 40',
      (s) => void (s.parties[0].id = ` ${'y'.repeat(40)}`),
      [
        {
          code: 'invalid_id',
          path: ['parties', 0, 'id'],
          message: `expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got " ${'y'.repeat(39)}…"`,
        },
      ],
    ],
    [
      'a fraction over zero',
      (s) => void (s.bodies[1].quorum.threshold.fraction.denominator = 0),
      [
        {
          code: 'zero_denominator',
          path: ['bodies', 1, 'quorum', 'threshold', 'fraction'],
          message: 'a fraction cannot have the denominator 0',
        },
      ],
    ],
    [
      'a share above one',
      (s) => void (s.bodies[1].quorum.threshold.fraction.numerator = 3),
      [
        {
          code: 'fraction_above_one',
          path: ['bodies', 1, 'quorum', 'threshold', 'fraction'],
          message: 'a share cannot be more than 1 (numerator above denominator)',
        },
      ],
    ],
    [
      'a constructor key in a party (and nothing from the schema)',
      (s) => void Object.defineProperty(s.parties[0], 'constructor', { value: 1, enumerable: true }),
      [
        {
          code: 'forbidden_key',
          path: ['parties', 0, 'constructor'],
          message: 'the key "constructor" is not allowed',
        },
      ],
    ],
    [
      'two forbidden keys, each reported',
      (s) => {
        Object.defineProperty(s.sections, 'prototype', { value: {}, enumerable: true });
        Object.defineProperty(s.bodies[2], '__proto__', { value: {}, enumerable: true });
      },
      [
        {
          code: 'forbidden_key',
          path: ['sections', 'prototype'],
          message: 'the key "prototype" is not allowed',
        },
        {
          code: 'forbidden_key',
          path: ['bodies', 2, '__proto__'],
          message: 'the key "__proto__" is not allowed',
        },
      ],
    ],
  ];

  it.each(rows)('for %s', (_name, change, issues) => {
    expect(issuesOf(changed(change))).toEqual(issues);
  });

  it('for nothing at all', () => {
    expect(issuesOf(undefined)).toEqual([
      { code: 'invalid_type', path: [], message: 'expected an object, got nothing' },
    ]);
  });

  it('gives the params an issue is written from', () => {
    const result = safeParseStatute(changed((s) => void (s.bodies[1].seats[0].count = 0)));
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'too_small',
        path: ['bodies', 1, 'seats', 0, 'count'],
        params: { minimum: '1', received: '0' },
        message: 'expected a value of at least 1, got 0',
      },
    ]);
    const title = safeParseStatute(changed((s) => void (s.title = '')));
    expect(title.success ? [] : title.issues[0]?.params).toEqual({
      minimum: '1',
      received: '""',
      length: '0',
    });
    const tier = safeParseStatute(changed((s) => void (s.bodies[0].tier = 9)));
    expect(tier.success ? [] : tier.issues[0]?.params).toEqual({
      expected: '(1 | 2 | 3 | 4)',
      received: '9',
    });
    const kind = safeParseStatute(changed((s) => void (s.bodies[0] = 'x')));
    expect(kind.success ? [] : kind.issues[0]?.params).toEqual({ expected: 'Object', received: '"x"' });
    const big = safeParseStatute(changed((s) => void (s.version = 'v'.repeat(10_001))));
    expect(big.success ? [] : big.issues[0]?.params).toEqual({ maximum: '10000' });
    const date = safeParseStatute(changed((s) => void (s.effectiveFrom = '2023-13-01')));
    expect(date.success ? [] : date.issues[0]?.params).toEqual({ received: '"2023-13-01"' });
    const key = safeParseStatute(changed((s) => void (s.extra = 1)));
    expect(key.success ? [] : key.issues[0]?.params).toEqual({ key: 'extra' });
    const whole = safeParseStatute(changed((s) => void (s.bodies[0].noticeDays = 1.5)));
    expect(whole.success ? [] : whole.issues[0]?.params).toEqual({ received: '1.5' });
  });

  it('reports every shape issue once, in the order of the input', () => {
    const input = base();
    input.bodies[0] = [];
    input.bodies[1].seats[0].count = 0;
    input.bodies[1].seats[1].rights = ['veto', 'veto'];
    expect(issuesOf(input).map((i) => formatPath(i.path))).toEqual([
      'bodies[0]',
      'bodies[1].seats[0].count',
      'bodies[1].seats[1].rights[0]',
      'bodies[1].seats[1].rights[1]',
    ]);
  });
});

describe('input too deep, too large or unreadable', () => {
  it('accepts nesting of 64 levels, leaving the key to the schema', () => {
    const input = base();
    input.extra = nested(64);
    expect(issuesOf(input)).toEqual([
      { code: 'unknown_key', path: ['extra'], message: 'unknown key "extra"' },
    ]);
  });

  it('reports nesting past 64 levels once, at the first path past the limit', () => {
    const input = base();
    input.extra = nested(70);
    const result = safeParseStatute(input);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'too_deep',
        path: ['extra', ...Array.from({ length: 64 }, () => 'a')],
        params: { limit: 64 },
        message: 'nested more than 64 levels deep (or the value contains itself)',
      },
    ]);
  });

  it('counts arrays as levels too', () => {
    let value: unknown = [];
    for (let i = 1; i < 64; i++) value = [value];
    const input = base();
    input.extra = value;
    expect(issuesOf(input).map((i) => i.code)).toEqual(['unknown_key']);
    input.extra = [value];
    expect(issuesOf(input)).toEqual([
      {
        code: 'too_deep',
        path: ['extra', ...Array.from({ length: 64 }, () => 0)],
        message: 'nested more than 64 levels deep (or the value contains itself)',
      },
    ]);
  });

  it('stops at the first place too deep, so a second one is not reported', () => {
    const input = base();
    input.extra = { x: nested(70), y: nested(70) };
    expect(issuesOf(input).map((i) => i.path.slice(0, 3))).toEqual([['extra', 'x', 'a']]);
  });

  it('does not look inside the value of a forbidden key', () => {
    const input = base();
    Object.defineProperty(input.parties[0], 'constructor', {
      value: { prototype: { polluted: true } },
      enumerable: true,
    });
    expect(issuesOf(input)).toEqual([
      {
        code: 'forbidden_key',
        path: ['parties', 0, 'constructor'],
        message: 'the key "constructor" is not allowed',
      },
    ]);
  });

  it('reports a value that contains itself as too deep', () => {
    const input = base();
    input.sections['§1'].self = input.sections['§1'];
    const result = issuesOf(input);
    expect(result).toHaveLength(1);
    expect(result[0]?.code).toBe('too_deep');
    expect(result[0]?.path.slice(0, 4)).toEqual(['sections', '§1', 'self', 'self']);
    expect(result[0]?.path).toHaveLength(65);
  });

  it('reports an input that throws when read, with the error message', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const result = safeParseStatute(throwing);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'unreadable',
        path: [],
        params: { error: 'boom' },
        message: 'the input could not be read: boom',
      },
    ]);
  });

  it('writes a thrown value that is not an Error, and cuts a long message to 200 characters', () => {
    const thrower = (thrown: unknown) =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw thrown;
          },
        },
      );
    expect(issuesOf(thrower('plain text'))).toEqual([
      { code: 'unreadable', path: [], message: 'the input could not be read: plain text' },
    ]);
    expect(issuesOf(thrower(new Error('x'.repeat(250))))).toEqual([
      { code: 'unreadable', path: [], message: `the input could not be read: ${'x'.repeat(200)}` },
    ]);
  });

  it('reports a getter that throws inside the statute as unreadable', () => {
    const input = base();
    Object.defineProperty(input.bodies[0], 'name', {
      enumerable: true,
      get: () => {
        throw new Error('no name');
      },
    });
    expect(issuesOf(input)).toEqual([
      { code: 'unreadable', path: [], message: 'the input could not be read: no name' },
    ]);
  });
});

describe('reference issues of a statute of the right shape', () => {
  type Row = [
    name: string,
    change: (s: any) => unknown,
    issues: Pick<InputIssue, 'code' | 'path' | 'message'>[],
  ];
  const rows: Row[] = [
    [
      'a seat held by a party that does not exist',
      (s) => void (s.bodies[0].seats[1].party = 'rhf'),
      [
        {
          code: 'unknown_party',
          path: ['bodies', 0, 'seats', 1, 'party'],
          message: 'no party has the id "rhf"',
        },
      ],
    ],
    [
      'a participant citing a section that does not exist',
      (s) => void (s.participants[0].ref = '§9'),
      [{ code: 'unknown_section', path: ['participants', 0, 'ref'], message: 'no section "§9" in sections' }],
    ],
    [
      'a matter citing a section that does not exist',
      (s) => void (s.matters[2].ref = '§8'),
      [{ code: 'unknown_section', path: ['matters', 2, 'ref'], message: 'no section "§8" in sections' }],
    ],
    ['a matter citing a section that exists', (s) => void (s.matters[2].ref = '§3'), []],
    [
      'a dispute board citing a section that does not exist',
      (s) =>
        void (s.disputeBoards = [
          { id: 'lokal', name: 'Lokal', level: 'local', ref: '§1' },
          { id: 'nasjonal', name: 'Nasjonal', level: 'national', ref: '§7' },
        ]),
      [
        {
          code: 'unknown_section',
          path: ['disputeBoards', 1, 'ref'],
          message: 'no section "§7" in sections',
        },
      ],
    ],
    [
      'an amendment of a matter that does not exist',
      (s) => void (s.amendment.matter = 'grunnlov'),
      [{ code: 'unknown_matter', path: ['amendment', 'matter'], message: 'no matter has the id "grunnlov"' }],
    ],
    [
      'an amendment by a body that does not exist',
      (s) => void (s.amendment.body = 'styret'),
      [{ code: 'unknown_body', path: ['amendment', 'body'], message: 'no body has the id "styret"' }],
    ],
    [
      'an amendment citing a section that does not exist',
      (s) => void (s.amendment.ref = '§6'),
      [{ code: 'unknown_section', path: ['amendment', 'ref'], message: 'no section "§6" in sections' }],
    ],
    [
      'membership citing a section that does not exist',
      (s) => void (s.membership.ref = '§5'),
      [{ code: 'unknown_section', path: ['membership', 'ref'], message: 'no section "§5" in sections' }],
    ],
    [
      'a withdrawal notice not stated, citing a section that does not exist',
      (s) => void (s.membership.withdrawalNoticeMonths = { kind: 'not-stated', ref: '§4' }),
      [
        {
          code: 'unknown_section',
          path: ['membership', 'withdrawalNoticeMonths', 'ref'],
          message: 'no section "§4" in sections',
        },
      ],
    ],
    [
      'a withdrawal notice not stated, citing a section that exists',
      (s) => void (s.membership.withdrawalNoticeMonths = { kind: 'not-stated', ref: '§1' }),
      [],
    ],
    [
      'an establishment rule citing a section that does not exist',
      (s) =>
        void (s.membership.establishment = {
          threshold: { kind: 'count', count: 2, comparison: 'atLeast' },
          ref: '§3a',
        }),
      [
        {
          code: 'unknown_section',
          path: ['membership', 'establishment', 'ref'],
          message: 'no section "§3a" in sections',
        },
      ],
    ],
    [
      'a founding party that does not exist',
      (s) => void (s.membership.founding = ['hf', 'rana', 'a']),
      [{ code: 'unknown_party', path: ['membership', 'founding', 1], message: 'no party has the id "rana"' }],
    ],
    [
      'a mandate naming a matter that does not exist',
      (s) => void (s.bodies[0].mandate.decides = ['budget', 'vaksine']),
      [
        {
          code: 'unknown_matter',
          path: ['bodies', 0, 'mandate', 'decides', 1],
          message: 'no matter has the id "vaksine"',
        },
      ],
    ],
    [
      'an escalation to a body that does not exist',
      (s) => void (s.bodies[2].escalatesTo = 'styret'),
      [{ code: 'unknown_body', path: ['bodies', 2, 'escalatesTo'], message: 'no body has the id "styret"' }],
    ],
    [
      'a duplicated party id',
      (s) => void (s.parties[2].id = 'a'),
      [
        {
          code: 'duplicate_id',
          path: ['parties', 2, 'id'],
          message: 'party "a" is declared twice (first at index 1)',
        },
      ],
    ],
    [
      'a duplicated participant role',
      (s) => void s.participants.push({ role: 'fastlege', name: 'Igjen' }),
      [
        {
          code: 'duplicate_id',
          path: ['participants', 1, 'role'],
          message: 'participant role "fastlege" is declared twice (first at index 0)',
        },
      ],
    ],
    [
      'a seat whose role is neither a party kind nor a participant role',
      (s) => void (s.bodies[1].seats[2].role = 'ordfører'),
      [
        {
          code: 'unknown_role',
          path: ['bodies', 1, 'seats', 2, 'role'],
          message: '"ordfører" is neither a party kind nor a participant role of this statute',
        },
      ],
    ],
    [
      'a kommune seat held by the helseforetak',
      (s) => void (s.bodies[1].seats[0].party = 'hf'),
      [
        {
          code: 'party_role_mismatch',
          path: ['bodies', 1, 'seats', 0, 'party'],
          message: `party "hf" is a helseforetak, but the seat's role is "kommune"`,
        },
      ],
    ],
    [
      'a body that escalates to itself',
      (s) => void (s.bodies[1].escalatesTo = 'ssu'),
      [
        {
          code: 'escalation_to_self',
          path: ['bodies', 1, 'escalatesTo'],
          message: 'body "ssu" escalates to itself',
        },
      ],
    ],
    [
      'a matter both decided and recommended',
      (s) => void s.bodies[1].mandate.recommends.push('pathway'),
      [
        {
          code: 'mandate_overlap',
          path: ['bodies', 1, 'mandate', 'recommends', 1],
          message: 'matter "pathway" is both decided and only recommended',
        },
      ],
    ],
    [
      'a body without a voting seat',
      (s) => void (s.bodies[2].seats = [{ id: 'gp', role: 'fastlege', count: 1, rights: ['attend'] }]),
      [
        {
          code: 'no_voting_seat',
          path: ['bodies', 2, 'seats'],
          message: 'the body has no seat with the right to vote, so it can decide nothing',
        },
      ],
    ],
    [
      'a ratification rule over a matter another rule covers',
      (s) => void s.ratification.push({ ...s.ratification[0], id: 'r2' }),
      [
        {
          code: 'matter_ratified_twice',
          path: ['ratification', 1, 'matters', 0],
          message: 'matter "budget" is already covered by ratification rule 0',
        },
      ],
    ],
  ];

  it.each(rows)('for %s', (_name, change, issues) => {
    expect(issuesOf(changed(change))).toEqual(issues);
  });

  it('reports the issues in the order of the fields: declarations, bodies, amendment, membership', () => {
    const input = base();
    input.membership.founding = ['x'];
    input.membership.ref = '§m';
    input.amendment.ref = '§a';
    input.bodies[1].ref = '§b';
    input.matters[0].ref = '§c';
    input.participants[0].ref = '§d';
    expect(issuesOf(input).map((i) => formatPath(i.path))).toEqual([
      'participants[0].ref',
      'matters[0].ref',
      'bodies[1].ref',
      'amendment.ref',
      'membership.ref',
      'membership.founding[0]',
    ]);
  });

  it('gives each reference issue the params its text is made from', () => {
    const input = base();
    input.amendment = { matter: 'm', body: 'b', ref: '§r' };
    input.membership.founding = ['p'];
    const result = safeParseStatute(input);
    expect(result.success ? [] : result.issues.map((i) => i.params)).toEqual([
      { matter: 'm' },
      { body: 'b' },
      { ref: '§r' },
      { party: 'p' },
    ]);
  });
});

describe('StatuteError', () => {
  it('lists one issue with its path, under a singular heading', () => {
    let error: unknown;
    try {
      parseStatute(changed((s) => void delete s.id));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StatuteError);
    const statuteError = error as StatuteError;
    expect(statuteError.name).toBe('StatuteError');
    expect(statuteError.subject).toBe('statute');
    expect(statuteError.message).toBe('invalid statute (1 issue):\n  id: required key "id" is missing');
    expect(statuteError.issues).toEqual([
      { code: 'missing_key', path: ['id'], params: { key: 'id' }, message: 'required key "id" is missing' },
    ]);
  });

  it('writes the root path as (root)', () => {
    expect(() => parseStatute(null)).toThrow(
      'invalid statute (1 issue):\n  (root): expected an object, got null',
    );
  });
});

describe('InputError', () => {
  it('names its subject and counts its issues, in the singular for one', () => {
    const issue: InputIssue = {
      code: 'unknown_key',
      path: ['x', 0],
      params: { key: 'x' },
      message: 'unknown key "x"',
    };
    const one = new InputError('event', [issue]);
    expect(one.name).toBe('InputError');
    expect(one.subject).toBe('event');
    expect(one.issues).toEqual([issue]);
    expect(one.message).toBe('invalid event (1 issue):\n  x[0]: unknown key "x"');
    expect(new InputError('snapshot', [issue, issue]).message).toBe(
      'invalid snapshot (2 issues):\n  x[0]: unknown key "x"\n  x[0]: unknown key "x"',
    );
    expect(new InputError('event', []).message).toBe('invalid event (0 issues):\n');
  });
});

describe('formatPath, for keys that are and are not identifiers', () => {
  it.each([
    [['a', 'b_c', '$d', '_e9'], 'a.b_c.$d._e9'],
    [['x', '9lives'], 'x["9lives"]'],
    [['x', ' ab'], 'x[" ab"]'],
    [['x', 'a b'], 'x["a b"]'],
    [['x', ''], 'x[""]'],
    [['§1'], '["§1"]'],
    [[0, 'Z'], '[0].Z'],
  ] as const)('writes %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

/** A seat, as lint reads it. */
const seat = (role: string, more: Record<string, unknown> = {}) => ({
  id: role,
  role,
  count: 1,
  rights: ['attend', 'speak'],
  ...more,
});
const vote = ['attend', 'speak', 'vote'];

/** lintStatute on a statute that has only these bodies (lint reads nothing else). */
const lintBodies = (bodies: unknown[]): StatuteWarning[] => lintStatute({ bodies } as unknown as Statute);
/** Each warning as `code path`. */
const brief = (warnings: readonly StatuteWarning[]): string[] =>
  warnings.map((w) => `${w.code} ${formatPath(w.path)}`);

/** The minimal statute with a bruker seat on every body and a fastlege seat at every tier. */
function guided(): any {
  const s = base();
  s.participants.push({ role: 'bruker', name: 'Bruker' });
  for (const body of s.bodies) {
    body.seats.push(seat('bruker'));
    if (!body.seats.some((x: { role: string }) => x.role === 'fastlege')) body.seats.push(seat('fastlege'));
  }
  return s;
}

describe('lintStatute on both sides of each condition', () => {
  it('gives no warning for the minimal statute with brukere and fastleger on every body', () => {
    const s = guided();
    expect(safeParseStatute(s).success).toBe(true);
    expect(lintStatute(s)).toEqual([]);
  });

  it('warns the minimal statute, which has no bruker seat and no fastlege at tiers 1 and 3, at each body', () => {
    expect(brief(lintStatute(base()))).toEqual([
      'lint.no-fastlege bodies[0]',
      'lint.no-bruker bodies[0]',
      'lint.no-bruker bodies[1]',
      'lint.no-fastlege bodies[2]',
      'lint.no-bruker bodies[2]',
    ]);
  });

  describe('the text of each warning', () => {
    it('no fastlege', () => {
      const s = guided();
      s.bodies[2].seats = s.bodies[2].seats.filter((x: { role: string }) => x.role !== 'fastlege');
      expect(
        lintStatute(s).map(({ code, path, params, message }) => ({ code, path, params, message })),
      ).toEqual([
        {
          code: 'lint.no-fastlege',
          path: ['bodies', 2],
          params: { body: 'fsu', tier: 3 },
          message:
            'body "fsu" has no fastlege seat, and no other body at tier 3 has one: fastleger are advised at all three tiers',
        },
      ]);
    });

    it('no bruker', () => {
      const s = guided();
      s.bodies[1].seats = s.bodies[1].seats.filter((x: { role: string }) => x.role !== 'bruker');
      expect(
        lintStatute(s).map(({ code, path, params, message }) => ({ code, path, params, message })),
      ).toEqual([
        {
          code: 'lint.no-bruker',
          path: ['bodies', 1],
          params: { body: 'ssu', tier: 2 },
          message: 'body "ssu" has no bruker seat: brukere are advised on every body, at every tier',
        },
      ]);
    });

    it('SSU parity, one voting seat on kommunesiden written in the singular', () => {
      const s = guided();
      s.bodies[1].seats[0].count = 1;
      expect(
        lintStatute(s).map(({ code, path, params, message }) => ({ code, path, params, message })),
      ).toEqual([
        {
          code: 'lint.ssu-parity',
          path: ['bodies', 1],
          params: { body: 'ssu', kommunesiden: 1, helseforetakssiden: 2 },
          message:
            'the SSU "ssu" has 1 voting seat on kommunesiden and 2 on helseforetakssiden, not an equal number',
        },
      ]);
    });

    it('SSU parity, several voting seats on kommunesiden written in the plural', () => {
      const s = guided();
      s.bodies[1].seats[1].count = 3;
      expect(lintStatute(s).map((w) => w.message)).toEqual([
        'the SSU "ssu" has 2 voting seats on kommunesiden and 3 on helseforetakssiden, not an equal number',
      ]);
    });

    it('a bloc without votes, one seat written in the singular', () => {
      const s = guided();
      s.bodies[2].seats[0].rights = ['attend', 'speak'];
      expect(
        lintStatute(s).map(({ code, path, params, message }) => ({ code, path, params, message })),
      ).toEqual([
        {
          code: 'lint.bloc-without-votes',
          path: ['bodies', 2],
          params: { body: 'fsu', bloc: 'kommunesiden', seats: 1 },
          message:
            'kommunesiden has 1 seat on body "fsu" but none with the right to vote, so rules that must hold on each side leave it out',
        },
      ]);
    });

    it('a bloc without votes, its places summed over its seats and written in the plural', () => {
      const s = guided();
      s.bodies[0].seats[0].rights = ['attend'];
      s.bodies[0].seats.push(seat('kommune', { id: 'k2', count: 3, bloc: 'kommunesiden' }));
      expect(lintStatute(s).map((w) => [w.params, w.message])).toEqual([
        [
          { body: 'pm', bloc: 'kommunesiden', seats: 5 },
          'kommunesiden has 5 seats on body "pm" but none with the right to vote, so rules that must hold on each side leave it out',
        ],
      ]);
    });

    it('an unreachable body', () => {
      const s = guided();
      delete s.bodies[2].escalatesTo;
      expect(
        lintStatute(s).map(({ code, path, params, message }) => ({ code, path, params, message })),
      ).toEqual([
        {
          code: 'lint.unreachable-body',
          path: ['bodies', 2],
          params: { body: 'fsu', tier: 3 },
          message:
            'body "fsu" (tier 3) escalates nowhere and no body escalates to it, so a disagreement there cannot go up',
        },
      ]);
    });

    it('each text in English through explainWarning, as the message', () => {
      const s = base();
      delete s.bodies[2].escalatesTo;
      for (const w of lintStatute(s)) expect(explainWarning(w, { locale: 'en' })).toBe(w.message);
    });
  });

  describe('which bodies lint reads', () => {
    it('reads nothing from a value that is not a statute', () => {
      for (const value of [null, undefined, 3, 'x', {}, { bodies: 'x' }, { bodies: { 0: {} } }])
        expect(lintStatute(value as unknown as Statute)).toEqual([]);
    });

    it('leaves out an element of bodies without a string id or a tier of 1 to 4', () => {
      expect(
        lintBodies([
          null,
          'pm',
          { id: 3, tier: 2, seats: [] },
          { id: 'x', tier: 0, seats: [] },
          { id: 'y', tier: 5, seats: [] },
          { id: 'z', tier: '2', seats: [] },
          { tier: 2, seats: [] },
        ]),
      ).toEqual([]);
    });

    it('reads a body at each tier 1 to 4, at its index in bodies', () => {
      expect(brief(lintBodies([null, { id: 'a', tier: 1, seats: [] }]))).toEqual([
        'lint.no-fastlege bodies[1]',
        'lint.no-bruker bodies[1]',
      ]);
      expect(brief(lintBodies([null, null, { id: 'b', tier: 2 }]))).toEqual([
        'lint.no-fastlege bodies[2]',
        'lint.no-bruker bodies[2]',
        'lint.unreachable-body bodies[2]',
      ]);
      expect(brief(lintBodies([{ id: 'c', tier: 3, seats: 'none' }]))).toEqual([
        'lint.no-fastlege bodies[0]',
        'lint.no-bruker bodies[0]',
        'lint.unreachable-body bodies[0]',
      ]);
      expect(brief(lintBodies([{ id: 'd', tier: 4, seats: [] }]))).toEqual([
        'lint.no-bruker bodies[0]',
        'lint.unreachable-body bodies[0]',
      ]);
    });

    it('counts a seat only with a string role and a positive, finite count', () => {
      const pm = (brukerSeat: unknown) => ({ id: 'pm', tier: 1, seats: [seat('fastlege'), brukerSeat] });
      expect(brief(lintBodies([pm(seat('bruker'))]))).toEqual([]);
      expect(brief(lintBodies([pm(seat('bruker', { count: 0.5 }))]))).toEqual([]);
      for (const bad of [
        seat('bruker', { count: 0 }),
        seat('bruker', { count: -1 }),
        seat('bruker', { count: '1' }),
        seat('bruker', { count: Number.POSITIVE_INFINITY }),
        seat('bruker', { count: Number.NaN }),
        { ...seat('bruker'), role: ['bruker'] },
        null,
        'bruker',
      ])
        expect(brief(lintBodies([pm(bad)]))).toEqual(['lint.no-bruker bodies[0]']);
    });

    it('counts a fastlege seat only with a positive count', () => {
      const pm = (count: number) => ({
        id: 'pm',
        tier: 1,
        seats: [seat('bruker'), seat('fastlege', { count })],
      });
      expect(brief(lintBodies([pm(1)]))).toEqual([]);
      expect(brief(lintBodies([pm(0)]))).toEqual(['lint.no-fastlege bodies[0]']);
    });

    it('reads a vote only from a rights list that holds vote, and a side only from a known bloc', () => {
      const ssu = (k: Record<string, unknown>) => ({
        id: 'ssu',
        tier: 2,
        escalatesTo: 'pm',
        seats: [
          seat('bruker'),
          seat('fastlege'),
          seat('kommune', { rights: vote, bloc: 'kommunesiden', ...k }),
          seat('helseforetak', { rights: vote, bloc: 'helseforetakssiden' }),
        ],
      });
      const pm = { id: 'pm', tier: 1, seats: [seat('bruker'), seat('fastlege')] };
      expect(lintBodies([pm, ssu({})])).toEqual([]);
      expect(lintBodies([pm, ssu({ rights: 'vote' })]).map((w) => [w.code, w.params])).toEqual([
        ['lint.ssu-parity', { body: 'ssu', kommunesiden: 0, helseforetakssiden: 1 }],
        ['lint.bloc-without-votes', { body: 'ssu', bloc: 'kommunesiden', seats: 1 }],
      ]);
      expect(lintBodies([pm, ssu({ bloc: 'statssiden' })]).map((w) => [w.code, w.params])).toEqual([
        ['lint.ssu-parity', { body: 'ssu', kommunesiden: 0, helseforetakssiden: 1 }],
      ]);
    });
  });

  describe('lint.no-fastlege', () => {
    it('is about a tier with a body and no fastlege, never tier 4', () => {
      const bodies = [
        { id: 'pm', tier: 1, seats: [seat('bruker')] },
        { id: 'ssu', tier: 2, seats: [seat('bruker'), seat('fastlege')], escalatesTo: 'pm' },
        { id: 'r', tier: 4, seats: [seat('bruker')], escalatesTo: 'ssu' },
      ];
      expect(brief(lintBodies(bodies))).toEqual(['lint.no-fastlege bodies[0]']);
    });

    it('is content with a fastlege on another body of the same tier', () => {
      const bodies = [
        { id: 'pm', tier: 1, seats: [seat('bruker')] },
        { id: 'pm2', tier: 1, seats: [seat('bruker'), seat('fastlege')] },
      ];
      expect(lintBodies(bodies)).toEqual([]);
      bodies[1] = { id: 'pm2', tier: 1, seats: [seat('bruker')] };
      expect(brief(lintBodies(bodies))).toEqual(['lint.no-fastlege bodies[0]', 'lint.no-fastlege bodies[1]']);
    });

    it('counts only fastlege seats, not another role', () => {
      expect(brief(lintBodies([{ id: 'pm', tier: 1, seats: [seat('bruker'), seat('fastlegen')] }]))).toEqual([
        'lint.no-fastlege bodies[0]',
      ]);
    });
  });

  describe('lint.ssu-parity', () => {
    const body = (tier: number, k: number, h: number) => ({
      id: 'b',
      tier,
      escalatesTo: 'top',
      seats: [
        seat('bruker'),
        seat('fastlege'),
        seat('kommune', { count: k, rights: vote, bloc: 'kommunesiden' }),
        seat('helseforetak', { count: h, rights: vote, bloc: 'helseforetakssiden' }),
      ],
    });
    const top = { id: 'top', tier: 1, seats: [seat('bruker'), seat('fastlege')] };

    it('is only at tier 2, and only when the sides differ', () => {
      expect(brief(lintBodies([top, body(2, 3, 2)]))).toEqual(['lint.ssu-parity bodies[1]']);
      expect(brief(lintBodies([top, body(2, 2, 3)]))).toEqual(['lint.ssu-parity bodies[1]']);
      expect(lintBodies([top, body(2, 2, 2)])).toEqual([]);
      expect(lintBodies([top, body(3, 3, 2)])).toEqual([]);
      expect(lintBodies([top, body(1, 3, 2)])).toEqual([]);
    });

    it('sums the voting seats of each side', () => {
      const b = body(2, 2, 2);
      b.seats.push(seat('kommune', { id: 'k2', count: 3, rights: vote, bloc: 'kommunesiden' }));
      b.seats.push(
        seat('helseforetak', { id: 'h2', count: 4, rights: ['attend'], bloc: 'helseforetakssiden' }),
      );
      expect(lintBodies([top, b]).map((w) => w.params)).toEqual([
        { body: 'b', kommunesiden: 5, helseforetakssiden: 2 },
      ]);
    });
  });

  describe('lint.bloc-without-votes', () => {
    const pm = (seats: unknown[]) => [
      { id: 'pm', tier: 1, seats: [seat('bruker'), seat('fastlege'), ...seats] },
    ];

    it('is for each side that holds seats, none of them voting', () => {
      expect(
        lintBodies(
          pm([
            seat('kommune', { bloc: 'kommunesiden' }),
            seat('helseforetak', { count: 2, bloc: 'helseforetakssiden' }),
          ]),
        ).map((w) => w.params),
      ).toEqual([
        { body: 'pm', bloc: 'kommunesiden', seats: 1 },
        { body: 'pm', bloc: 'helseforetakssiden', seats: 2 },
      ]);
    });

    it('is not for a side with one voting seat, nor a side whose seats count nothing', () => {
      expect(
        lintBodies(
          pm([
            seat('kommune', { bloc: 'kommunesiden' }),
            seat('kommune', { id: 'k2', bloc: 'kommunesiden', rights: vote }),
            seat('helseforetak', { count: 0, bloc: 'helseforetakssiden' }),
          ]),
        ),
      ).toEqual([]);
    });

    it('leaves a counted-out seat out of the places', () => {
      expect(
        lintBodies(
          pm([
            seat('kommune', { bloc: 'kommunesiden', count: 2 }),
            seat('kommune', { id: 'k0', bloc: 'kommunesiden', count: 0, rights: vote }),
          ]),
        ).map((w) => w.params),
      ).toEqual([{ body: 'pm', bloc: 'kommunesiden', seats: 2 }]);
    });
  });

  describe('lint.unreachable-body', () => {
    const ok = [seat('bruker'), seat('fastlege')];
    const body = (id: string, tier: number, more: Record<string, unknown> = {}) => ({
      id,
      tier,
      seats: ok,
      ...more,
    });

    it('is not for a body that escalates to another, nor for the body it escalates to', () => {
      expect(lintBodies([body('a', 2), body('b', 3, { escalatesTo: 'a' })])).toEqual([]);
    });

    it('is for a body that escalates only to itself', () => {
      expect(brief(lintBodies([body('a', 1), body('b', 2, { escalatesTo: 'b' })]))).toEqual([
        'lint.unreachable-body bodies[1]',
      ]);
    });

    it('does not count a second body with the same id as another body', () => {
      expect(brief(lintBodies([body('b', 2), body('b', 3, { escalatesTo: 'b' })]))).toEqual([
        'lint.unreachable-body bodies[0]',
        'lint.unreachable-body bodies[1]',
      ]);
    });

    it('is never for a body at tier 1', () => {
      expect(lintBodies([body('a', 1), body('b', 1)])).toEqual([]);
    });

    it('is for a body whose escalation names no body of the statute', () => {
      expect(brief(lintBodies([body('a', 2, { escalatesTo: 'ghost' })]))).toEqual([
        'lint.unreachable-body bodies[0]',
      ]);
    });

    it('reads a route of recommendations: its body and its via both link', () => {
      const route = (recommendsTo: unknown) => [
        body('top', 1),
        body('r', 3, { mandate: { recommendsTo } }),
        body('via', 4),
        body('end', 2),
      ];
      expect(brief(lintBodies(route({ via: 'via', body: 'end' })))).toEqual([]);
      expect(brief(lintBodies(route({ body: 'end' })))).toEqual(['lint.unreachable-body bodies[2]']);
      expect(brief(lintBodies(route({ via: 'via' })))).toEqual(['lint.unreachable-body bodies[3]']);
      expect(brief(lintBodies(route({ via: 4, body: ['end'] })))).toEqual([
        'lint.unreachable-body bodies[1]',
        'lint.unreachable-body bodies[2]',
        'lint.unreachable-body bodies[3]',
      ]);
      expect(brief(lintBodies(route(null)))).toEqual([
        'lint.unreachable-body bodies[1]',
        'lint.unreachable-body bodies[2]',
        'lint.unreachable-body bodies[3]',
      ]);
      expect(brief(lintBodies(route('end')))).toEqual([
        'lint.unreachable-body bodies[1]',
        'lint.unreachable-body bodies[2]',
        'lint.unreachable-body bodies[3]',
      ]);
    });

    it('reads a route beside an escalation, and no route from a mandate that is not an object', () => {
      const bodies = (mandate: unknown) => [
        body('top', 1),
        body('r', 3, { escalatesTo: 'top', mandate }),
        body('end', 2),
      ];
      expect(lintBodies(bodies({ recommendsTo: { body: 'end' } }))).toEqual([]);
      expect(brief(lintBodies(bodies('end')))).toEqual(['lint.unreachable-body bodies[2]']);
      expect(brief(lintBodies(bodies(null)))).toEqual(['lint.unreachable-body bodies[2]']);
    });

    it('reads escalatesTo only when it is text', () => {
      expect(brief(lintBodies([body('top', 1), body('b', 2, { escalatesTo: ['top'] })]))).toEqual([
        'lint.unreachable-body bodies[1]',
      ]);
    });
  });
});

describe('the source each warning cites', () => {
  it.each([
    [
      'lint.no-fastlege',
      'KS and Legeforeningen, Veileder om fastlegers deltakelse i helsefellesskap (2021): fastleger at "alle tre nivåer" (partnerskapsmøtet, SSU, FSU)',
      'https://www.ks.no/fagomrader/helse-og-omsorg/legetjenester/veileder-om-fastlegers-deltakelse-i-helsefellesskap/',
    ],
    [
      'lint.no-bruker',
      'Helsefellesskapet i Bergensområdet, Retningsline for deltaking og representasjon (SSU, 30.11.2022): "brukarrepresentasjon i alle samarbeidsorgan, på alle nivå"',
      'https://www.saman.no/avtalar/retningsline-for-deltaking-og-representasjon-i-helsefellesskapet-i-bergensomradet/',
    ],
    [
      'lint.ssu-parity',
      'Helse Stavanger, SSU: "likt antall representanter" from the helseforetak and the kommuner; parity also in Vestfold (6 + 6), Østfold (5 + 5) and Finnmark (5 + 5)',
      'https://www.helse-stavanger.no/fag-og-forskning/samhandling/samhandlingsfora/',
    ],
    [
      'lint.bloc-without-votes',
      'KS Innlandet, samarbeidsavtale om helsefellesskap: likeverdighet between the parties; the decision seats are held by both sides (Vestfold, Østfold, Finnmark)',
      'https://www.ks.no/regioner/ks-innlandet/samarbeidsavtale-om-helsefellesskap/',
    ],
    [
      'lint.unreachable-body',
      'Helse Møre og Romsdal, SSU mandate: the SSU discusses and proposes solutions to disputes; disagreement goes up FSU → SSU → partnerskapsmøtet',
      'https://www.helse-mr.no/fag-og-forsking/samhandling/helsefellesskap-more-og-romsdal/strategisk-samarbeidsutval/',
    ],
  ] as const)('%s cites: %s', (code, citation, url) => {
    const s = base();
    delete s.bodies[2].escalatesTo;
    s.bodies[1].seats[0].count = 1;
    s.bodies[0].seats[1].rights = ['attend'];
    const warning = lintStatute(s).find((w) => w.code === code);
    expect(warning?.source).toEqual({ citation, url });
  });
});
