import { events } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import {
  assessAll,
  type DecisionStatus,
  diagram,
  explain,
  explainCheck,
  explainer,
  explainIssue,
  explainOutcome,
  explainStatus,
  explainWarning,
  InputError,
  type Locale,
  lintStatute,
  listMeetings,
  type MessageCatalog,
  minutes,
  namesOf,
  presets,
  ratificationTracker,
  ratificationTrackerMarkdown,
  replay,
  safeParseStatute,
} from '../../src/index.js';
import { en, nb, nn } from '../../src/locales/index.js';
import { minimalStatute } from '../fixtures.js';
import { fc, prop } from '../prop.js';

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { nb, nn, en };
const statuses: DecisionStatus[] = ['adopted', 'rejected', 'pending-ratification', 'in-force', 'open'];

describe('explainer', () => {
  prop(
    [
      fc
        .constantFrom(presets.vestfold, presets.helgeland, minimalStatute)
        .chain((s) => events(s).map((log) => [s, log] as const)),
      fc.constantFrom<Locale>('nb', 'nn', 'en'),
    ],
    { numRuns: 150 },
  )('writes what the functions with the same locale write', ([statute, log], locale) => {
    const text = explainer(catalogs[locale]);
    const names = namesOf(statute);
    const { state, outcomes } = replay(statute, log);
    for (const report of assessAll(state)) {
      expect(text.explain(report, { names })).toBe(explain(report, { locale, names }));
      for (const check of report.checks)
        expect(text.explainCheck(check)).toBe(explainCheck(check, { locale }));
    }
    for (const outcome of outcomes)
      expect(text.explainOutcome(outcome)).toBe(explainOutcome(outcome, { locale }));
    for (const meeting of listMeetings(state))
      expect(text.minutes(state, meeting.id)).toBe(minutes(state, meeting.id, { locale }));
    const tracker = ratificationTracker(state, { include: 'all' });
    expect(text.ratificationTrackerMarkdown(tracker)).toBe(ratificationTrackerMarkdown(tracker, { locale }));
  });

  it.each(['nb', 'nn', 'en'] as const)('renders statutes, statuses, issues and warnings in %s', (locale) => {
    const text = explainer(catalogs[locale]);
    expect(text.locale).toBe(locale);
    for (const status of statuses) expect(text.explainStatus(status)).toBe(explainStatus(status, { locale }));
    expect(text.diagram(presets.helgeland)).toBe(diagram(presets.helgeland, { locale }));
    const broken = safeParseStatute({ ...presets.vestfold, parties: [{ id: 'x' }] });
    expect(broken.success).toBe(false);
    const issues = broken.success ? [] : broken.issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(text.explainIssue(issue)).toBe(explainIssue(issue, { locale }));
    const noUsers = {
      ...presets.vestfold,
      bodies: presets.vestfold.bodies.map((b) => ({
        ...b,
        seats: b.seats.filter((seat) => seat.role !== 'bruker'),
      })),
    };
    const warnings = lintStatute(noUsers);
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings)
      expect(text.explainWarning(warning)).toBe(explainWarning(warning, { locale }));
  });

  it('writes each language in its own words', () => {
    expect(explainer(nb).explainStatus('rejected')).toBe('ikke vedtatt');
    expect(explainer(nn).explainStatus('rejected')).toBe('ikkje vedteke');
    expect(explainer(en).explainStatus('rejected')).toBe('not adopted');
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a locale name', 'nb'],
    ['an empty object', {}],
    ['a catalog of an unknown locale', { ...nb, locale: 'sv' }],
    ['a catalog without its tables', { locale: 'nb' }],
  ])('refuses %s with a typed error', (_, catalog) => {
    expect(() => explainer(catalog as unknown as MessageCatalog)).toThrow(InputError);
    expect(() => explainer(catalog as unknown as MessageCatalog)).toThrow(/catalog/);
  });
});
