import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { explainReason, formatPath, safeParseStatute } from '../../src/index.js';
import { eventJsonSchema, statuteJsonSchema } from '../../src/statute/jsonSchema.js';
import { clone, minimalStatute } from '../fixtures.js';

/** The minimal statute changed by `change`. */
function changed(change: (s: any) => void): unknown {
  const input = clone(minimalStatute);
  change(input);
  return input;
}

/** The issues of `input`, or none when it parses. */
function issuesOf(input: unknown): readonly unknown[] {
  const result = safeParseStatute(input);
  return result.success ? [] : result.issues;
}

/** The statute JSON Schema, compiled afresh. */
function statuteValidator() {
  return new Ajv({ allErrors: true, strict: false }).compile(statuteJsonSchema());
}

/** Where the statute JSON Schema finds fault with `input`, in order. */
function schemaFaults(input: unknown): string[] {
  const validate = statuteValidator();
  validate(input);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe('the edges of a statute id', () => {
  it('refuses an empty id with one issue saying what an id is', () => {
    expect(issuesOf(changed((s) => void (s.id = '')))).toStrictEqual([
      {
        code: 'invalid_id',
        path: ['id'],
        params: { received: '""' },
        message:
          'expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got ""',
      },
    ]);
  });

  it('refuses an id of 201 characters with one issue saying what an id is', () => {
    // Invented id, one character past the limit.
    const long = 'a'.repeat(201);
    expect(issuesOf(changed((s) => void (s.id = long)))).toStrictEqual([
      {
        code: 'invalid_id',
        path: ['id'],
        params: { received: `"${'a'.repeat(40)}…"` },
        message: `expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got "${'a'.repeat(40)}…"`,
      },
    ]);
  });
});

describe('the edges of a kommunenummer', () => {
  it.each([
    ['five digits', '10011'],
    ['a letter before four digits', 'x1001'],
  ])('refuses %s', (_name, kommunenummer) => {
    // Invented kommunenummer values, each four digits with something more.
    expect(issuesOf(changed((s) => void (s.parties[1].kommunenummer = kommunenummer)))).toStrictEqual([
      {
        code: 'invalid_kommunenummer',
        path: ['parties', 1, 'kommunenummer'],
        params: { received: JSON.stringify(kommunenummer) },
        message: `expected a kommunenummer of four digits, got ${JSON.stringify(kommunenummer)}`,
      },
    ]);
  });
});

describe('the optional choices of a body', () => {
  it.each(['ceil', 'floor', 'nearest'])('accepts a share quorum rounded %s', (rounding) => {
    const input = changed((s) => void (s.bodies[0].quorum.threshold.rounding = rounding));
    expect(issuesOf(input)).toStrictEqual([]);
  });

  it.each(['seats', 'in-office'])('accepts members counted by %s', (membersCounted) => {
    expect(issuesOf(changed((s) => void (s.bodies[0].membersCounted = membersCounted)))).toStrictEqual([]);
  });

  it.each(['excluded', 'absent'])('accepts recused members counted as %s', (recusedCount) => {
    expect(issuesOf(changed((s) => void (s.bodies[0].recusedCount = recusedCount)))).toStrictEqual([]);
  });
});

describe('formatPath', () => {
  it('writes a numeric index in brackets after a key', () => {
    expect(formatPath(['bodies', 2, 'seats', 0])).toBe('bodies[2].seats[0]');
  });

  it('writes an index that is not a finite number as JavaScript writes the number', () => {
    // Invented path: no statute has such an index, but a caller may pass one.
    expect(formatPath(['bodies', Number.NaN])).toBe('bodies[NaN]');
  });
});

describe('a statute.invalid reason in Norwegian', () => {
  it('falls back on the English message of a reason without an issue code', () => {
    // Invented reason, as a log of an older version would carry it.
    const reason = {
      code: 'statute.invalid',
      params: { issues: 1, path: 'id', message: 'old words' },
    } as const;
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (1 feil; første: id: old words)',
    );
  });

  it('falls back on the English message of a reason with an issue code it does not know', () => {
    // Invented reason with an invented issue code.
    const reason = {
      code: 'statute.invalid',
      params: { issues: 2, path: 'id', message: 'old words', issueCode: 'no_such_issue' },
    } as const;
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (2 feil; første: id: old words)',
    );
  });

  it('reads the issue params only from keys that begin with issue.', () => {
    // Invented reason: a key of another prefix must not stand in for the issue's own param.
    const reason = {
      code: 'statute.invalid',
      params: {
        issues: 1,
        path: 'parties[1].kommunenummer',
        message: 'expected a kommunenummer of four digits, got "1"',
        issueCode: 'invalid_kommunenummer',
        'issue.received': '"1"',
        'other.received': '"2"',
      },
    } as const;
    expect(explainReason(reason, { locale: 'nb' })).toBe(
      'vedtektene er ikke gyldige (1 feil; første: parties[1].kommunenummer: ventet et kommunenummer på fire sifre, fikk "1")',
    );
  });
});

describe('the statute JSON Schema', () => {
  it('names itself, its draft and its purpose', () => {
    const schema = statuteJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://unpkg.com/helsefellesskap/dist/statute.schema.json');
    expect(schema.title).toBe('helsefellesskap statute (vedtekter)');
    expect(schema.description).toBe(
      'The shape of a statute for the helsefellesskap library. Reference checks (ids, sections, escalation) are done by parseStatute.',
    );
    expect((schema.properties as Record<string, unknown>).$schema).toStrictEqual({
      type: 'string',
      description: 'The JSON Schema this file follows, for editors.',
    });
  });

  it('accepts the minimal test statute when compiled afresh', () => {
    expect(schemaFaults(clone(minimalStatute))).toStrictEqual([]);
  });

  it('accepts a stated or a not-stated notice period, and nothing else there', () => {
    expect(
      schemaFaults(changed((s) => void (s.bodies[0].noticeDays = { kind: 'not-stated', ref: '§1' }))),
    ).toStrictEqual([]);
    expect(schemaFaults(changed((s) => void (s.bodies[0].noticeDays = 'two weeks')))).toStrictEqual([
      '/bodies/0/noticeDays type',
      '/bodies/0/noticeDays type',
      '/bodies/0/noticeDays anyOf',
    ]);
  });

  it('refuses an unknown key in a ratification rule', () => {
    expect(schemaFaults(changed((s) => void (s.ratification[0].extra = 1)))).toStrictEqual([
      '/ratification/0 additionalProperties',
    ]);
  });

  it.each([
    ['every kommune', { kind: 'every-kommune' }],
    ['the helseforetak', { kind: 'helseforetak' }],
    ['named parties', { kind: 'parties', parties: ['a'] }],
  ])('accepts a per-party ratification that requires %s', (_name, requirement) => {
    const input = changed((s) => {
      s.ratification[0].effect = 'per-party';
      s.ratification[0].requires = [requirement];
    });
    expect(schemaFaults(input)).toStrictEqual([]);
  });

  it('accepts a per-party ratification with no requirements, and no collective one', () => {
    const perParty = changed((s) => {
      s.ratification[0].effect = 'per-party';
      s.ratification[0].requires = [];
    });
    expect(schemaFaults(perParty)).toStrictEqual([]);
    expect(schemaFaults(changed((s) => void (s.ratification[0].requires = [])))).toStrictEqual([
      '/ratification/0/requires minItems',
      '/ratification/0 if',
    ]);
  });

  it('asks a ratification rule without an effect for a requirement', () => {
    const input = changed((s) => {
      delete s.ratification[0].effect;
      s.ratification[0].requires = [];
    });
    expect(schemaFaults(input)).toStrictEqual([
      '/ratification/0/requires minItems',
      '/ratification/0 if',
      '/ratification/0 required',
    ]);
  });
});

describe('the event JSON Schema', () => {
  it('names itself, its draft and its purpose', () => {
    const schema = eventJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://unpkg.com/helsefellesskap/dist/event.schema.json');
    expect(schema.title).toBe('helsefellesskap event');
    expect(schema.description).toBe(
      'One event of a helsefellesskap event log (a line of an events.jsonl file). Whether it applies is decided by apply.',
    );
  });
});
