import { afterEach, describe, expect, it } from 'vitest';
import { listFormat } from '../../src/assess/messages/types.js';
import {
  explainer,
  explainIssue,
  explainWarning,
  type InputIssue,
  lintStatute,
  presets,
  type StatuteWarning,
} from '../../src/index.js';
import { en, nb, nn } from '../../src/locales/index.js';

describe('explainIssue', () => {
  const anyValue: InputIssue = {
    code: 'invalid_value',
    path: ['bodies', 0, 'tier'],
    params: { received: '"x"' },
    message: 'expected another value, got "x"',
  };

  it('says "another value" where the issue does not say what was expected', () => {
    expect(explainIssue(anyValue)).toBe('ventet en annen verdi, fikk "x"');
    expect(explainIssue(anyValue, { locale: 'nn' })).toBe('venta ein annan verdi, fekk "x"');
    expect(explainIssue(anyValue, { locale: 'en' })).toBe('expected another value, got "x"');
    expect(explainIssue({ ...anyValue, params: { expected: '', received: '"x"' } })).toBe(
      'ventet en annen verdi, fikk "x"',
    );
  });

  it('names what was expected where the issue says', () => {
    const expected = { ...anyValue, params: { expected: 'a later date', received: '"x"' } };
    expect(explainIssue(expected)).toBe('ventet a later date, fikk "x"');
    expect(explainIssue(expected, { locale: 'nn' })).toBe('venta a later date, fekk "x"');
  });

  it('keeps the message of an issue read back from JSON without its params, in every locale', () => {
    // An issue invented for the test, its params lost on the way.
    const bare = {
      code: 'unknown_party',
      path: [],
      message: 'no party has the id "x"',
    } as unknown as InputIssue;
    expect(explainIssue(bare)).toBe('no party has the id "x"');
    expect(explainIssue(bare, { locale: 'nn' })).toBe('no party has the id "x"');
    expect(explainIssue(bare, { locale: 'en' })).toBe('no party has the id "x"');
    expect(explainer(nb).explainIssue(bare)).toBe('no party has the id "x"');
    expect(explainIssue({ ...bare, params: { party: 'x' } })).toBe('ingen part har id-en «x»');
  });
});

describe('explainWarning', () => {
  const noBruker = lintStatute({
    ...presets.vestfold,
    bodies: presets.vestfold.bodies.map((b) => ({ ...b, seats: b.seats.filter((s) => s.role !== 'bruker') })),
  })[0] as StatuteWarning;

  it('writes bokmål by default', () => {
    expect(noBruker.code).toBe('lint.no-bruker');
    const nbText =
      'organet «pm» har ingen plass for brukere: brukerrepresentanter anbefales i alle organer, på alle nivåer';
    expect(explainWarning(noBruker)).toBe(nbText);
    expect(explainWarning(noBruker, { locale: 'nb' })).toBe(nbText);
    expect(explainer(nb).explainWarning(noBruker)).toBe(nbText);
  });

  it('keeps the message of a warning whose code this version does not know, in every language', () => {
    const later = {
      ...noBruker,
      code: 'lint.later',
      message: 'a later warning',
    } as unknown as StatuteWarning;
    expect(explainWarning(later)).toBe('a later warning');
    expect(explainWarning(later, { locale: 'nn' })).toBe('a later warning');
    expect(explainWarning(later, { locale: 'en' })).toBe('a later warning');
    expect(explainer(nn).explainWarning(later)).toBe('a later warning');
    expect(explainer(en).explainWarning(later)).toBe('a later warning');
  });
});

describe('the list format of a locale', () => {
  const Real = Intl.ListFormat;
  afterEach(() => {
    Object.defineProperty(Intl, 'ListFormat', { value: Real, writable: true, configurable: true });
  });

  /** Replaces Intl.ListFormat with one that records the locale it is made for and says which it supports. */
  function recording(supported: readonly string[]): string[] {
    const made: string[] = [];
    class Recording extends Real {
      constructor(locale?: Intl.LocalesArgument, options?: Intl.ListFormatOptions) {
        made.push(String(locale));
        super(locale, options);
      }
      static override supportedLocalesOf(locales: string | readonly string[]): string[] {
        return [locales].flat().filter((l) => supported.includes(l));
      }
    }
    Object.defineProperty(Intl, 'ListFormat', { value: Recording, writable: true, configurable: true });
    return made;
  }

  it('formats nynorsk as bokmål where the runtime lacks nynorsk, which joins lists the same way', () => {
    const made = recording(['nb', 'en']);
    const list = listFormat('nn');
    expect(made).toStrictEqual([]);
    expect(list(['a', 'b', 'c'])).toBe('a, b, c');
    expect(list(['a'])).toBe('a');
    expect(made).toStrictEqual(['nb']);
  });

  it('formats nynorsk as nynorsk where the runtime has it', () => {
    const made = recording(['nn']);
    expect(listFormat('nn')(['a', 'b'])).toBe('a, b');
    expect(made).toStrictEqual(['nn']);
  });

  it('formats bokmål and English in their own locale, supported or not', () => {
    const made = recording([]);
    expect(listFormat('nb')(['a', 'b'])).toBe('a, b');
    expect(listFormat('en')(['a', 'b'])).toBe('a, b');
    expect(made).toStrictEqual(['nb', 'en']);
  });
});
