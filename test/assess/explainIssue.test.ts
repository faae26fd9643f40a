import { describe, expect, it } from 'vitest';
import { mutate, random } from '../../fuzz/mutate.js';
import {
  explainIssue,
  explainWarning,
  type InputIssue,
  initialState,
  lintStatute,
  presets,
  type Statute,
  safeFromSnapshot,
  safeParseEvent,
  safeParseStatute,
  toSnapshot,
} from '../../src/index.js';

type Json = Parameters<typeof mutate>[0];

/** Real issues: presets and events corrupted by the fuzzer, and broken snapshots. */
function corpus(): InputIssue[] {
  const issues: InputIssue[] = [];
  const statutes = Object.values(presets) as Statute[];
  statutes.forEach((statute, s) => {
    for (let seed = 0; seed < 60; seed++) {
      const result = safeParseStatute(mutate(statute as unknown as Json, random(1000 * s + seed)));
      if (!result.success) issues.push(...result.issues);
    }
  });
  const event = { type: 'meeting-held', at: '2024-03-14', meeting: 'm1', body: 'ssu', present: ['a'] };
  for (let seed = 0; seed < 60; seed++) {
    const result = safeParseEvent(mutate(event as unknown as Json, random(seed)));
    if (!result.success) issues.push(...result.issues);
  }
  const saved = toSnapshot(initialState(presets.vestfold)) as unknown as Record<string, unknown>;
  for (const input of [
    null,
    [],
    { ...saved, format: 'x' },
    { ...saved, version: 99 },
    { ...saved, digest: 'x' },
  ]) {
    const result = safeFromSnapshot(input);
    if (!result.success) issues.push(...result.issues);
  }
  return issues;
}

const issues = corpus();
/** Words the English text shows for a value that the Norwegian texts translate. */
const translated = new Set([
  'nothing',
  'an array',
  'an object',
  'Object',
  'Array',
  'string',
  'number',
  'boolean',
]);

/** Params whose value is a word the texts translate (`entity: 'party'` is "parten"). */
const wordParams = new Set(['entity', 'rule']);

/** Every name or number of `params` that the English `message` shows is also in `text`. */
function expectSameValues(text: string, message: string, params: object): void {
  for (const [key, value] of Object.entries(params)) {
    const shown = String(value);
    if (wordParams.has(key) || shown === '' || translated.has(shown) || !message.includes(shown)) continue;
    expect(text, `${key}: ${shown} in ${message}`).toContain(shown);
  }
}

describe('explainIssue', () => {
  it('never reads a word from the prototype of its tables (an issue read back from JSON)', () => {
    const issue: InputIssue = {
      code: 'duplicate_id',
      path: ['parties', 1, 'id'],
      params: { entity: 'constructor', id: 'x', first: 0 },
      message: 'constructor "x" is declared twice (first at index 0)',
    };
    for (const locale of ['nb', 'nn'] as const) {
      const text = explainIssue(issue, { locale });
      expect(text).toContain('constructor «x»');
      expect(text).not.toContain('function');
    }
  });

  it('has a corpus of many kinds of issue', () => {
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(15);
  });

  it('gives each issue its own message in English', () => {
    for (const issue of issues) expect(explainIssue(issue, { locale: 'en' })).toBe(issue.message);
  });

  it.each(['nb', 'nn'] as const)('writes %s with the names and numbers the English text shows', (locale) => {
    for (const issue of issues) {
      const text = explainIssue(issue, { locale });
      expect(text, issue.message).not.toBe('');
      expect(text, issue.message).not.toBe(issue.message);
      expectSameValues(text, issue.message, issue.params);
    }
  });

  it('writes bokmål by default, keeps the message of an unknown code, and refuses an unknown locale', () => {
    const issue = { code: 'unknown_party', path: [], params: { party: 'bindal' }, message: 'x' } as const;
    expect(explainIssue(issue)).toBe('ingen part har id-en «bindal»');
    expect(explainIssue({ ...issue, code: 'later_code' as 'unknown_party' })).toBe('x');
    expect(() => explainIssue(issue, { locale: 'xx' as 'nb' })).toThrow(/locale: expected one of nb, nn, en/);
  });
});

describe('explainWarning', () => {
  const warnings = (Object.values(presets) as Statute[]).flatMap((s) => lintStatute(s));
  const bare = lintStatute({
    ...presets.vestfold,
    bodies: presets.vestfold.bodies.map((b) => ({
      ...b,
      seats: b.seats.filter((seat) => seat.role !== 'bruker' && seat.role !== 'fastlege'),
    })),
  } as Statute);

  it('gives each warning its own message in English, and another in nb and nn', () => {
    const all = [...warnings, ...bare];
    expect(all.length).toBeGreaterThan(0);
    for (const warning of all) {
      expect(explainWarning(warning, { locale: 'en' })).toBe(warning.message);
      for (const locale of ['nb', 'nn'] as const) {
        const text = explainWarning(warning, { locale });
        expect(text).not.toBe(warning.message);
        expectSameValues(text, warning.message, warning.params);
      }
    }
  });

  it('refuses an unknown locale', () => {
    const warning = [...warnings, ...bare][0];
    if (warning === undefined) throw new Error('no warning');
    expect(() => explainWarning(warning, { locale: 'de' as 'nb' })).toThrow(/locale: expected one of/);
  });
});
