import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownCell } from '../../src/assess/ratificationTrackerMarkdown.js';
import {
  type GovernanceEvent,
  InputError,
  parseEvent,
  presets,
  ratificationTracker,
  ratificationTrackerMarkdown,
  replay,
  type Statute,
  type TrackedDecision,
} from '../../src/index.js';
import { kommuner, revisionAdopted, ssuMembers, stavanger, vedtak } from '../engine/_stavanger.js';

const root = join(import.meta.dirname, '..', '..');

/** The demo's own log (steps 1 to 4): the budget PM-2024-2 adopted by the HF and 15 kommuner. */
const demo: GovernanceEvent[] = execFileSync(
  join(root, 'node_modules', '.bin', 'tsx'),
  [join(root, 'examples', 'helgeland.ts'), '--events'],
  { cwd: root, encoding: 'utf8' },
)
  .trim()
  .split('\n')
  .map((line) => parseEvent(JSON.parse(line)));

const kommunestyre = (
  party: string,
  at: string,
  caseNumber?: string,
  decision: 'adopted' | 'rejected' = 'adopted',
): GovernanceEvent => ({
  type: 'ratification-recorded',
  at,
  proposal: 'PM-2024-2',
  party,
  organ: 'kommunestyre',
  decision,
  ...(caseNumber === undefined ? {} : { caseNumber }),
});
// Vega and Træna adopt on 24 October; Rødøy's kommunestyre is the last, on 7 November.
const twoMore = [kommunestyre('vega', '2024-10-24', '24/31'), kommunestyre('traena', '2024-10-24')];
const last = kommunestyre('rodoy', '2024-11-07', '2024/112');

const row = (d: TrackedDecision | undefined, party: string) => d?.parties.find((p) => p.party === party);

describe('the ratification tracker on the Helgeland demo', () => {
  const { state, outcomes } = replay(presets.helgeland, demo);

  it('replays the demo log without a rejection', () => {
    expect(demo.length).toBeGreaterThan(100);
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  });

  it('after step 4: the budget awaits Vega, Træna and Rødøy; the HF and 15 kommuner adopted it', () => {
    const tracker = ratificationTracker(state, { asOf: '2024-10-01' });
    expect(tracker.asOf).toBe('2024-10-01');
    expect(tracker.decisions.map((d) => d.proposal)).toEqual(['PM-2024-2']);
    const [budget] = tracker.decisions;
    expect(budget).toMatchObject({
      title: 'Budsjett for interkommunal samhandlingssjef',
      body: 'pm',
      bodyName: 'Partnerskapsmøtet Helgeland',
      matter: 'budget',
      decidedOn: '2024-06-12',
      status: 'pending-ratification',
      awaiting: true,
      rule: 'forpliktende',
      ref: '§8',
      effect: 'binds-ratifiers',
      deadline: null,
      daysLeft: null,
      inForceFrom: null,
      counts: { required: 19, adopted: 16, rejected: 0, notHandled: 3, lapsed: 0 },
    });
    expect(budget?.parties.filter((p) => p.decision === 'not-handled').map((p) => p.name)).toEqual([
      'Vega',
      'Træna',
      'Rødøy',
    ]);
    expect(row(budget, 'helgelandssykehuset')).toEqual({
      party: 'helgelandssykehuset',
      name: 'Helgelandssykehuset HF',
      organ: 'styre',
      decision: 'adopted',
      on: '2024-09-26',
      caseNumber: null,
      bound: false,
    });
    expect(row(budget, 'vefsn')).toMatchObject({
      organ: 'kommunestyre',
      decision: 'adopted',
      on: '2024-09-26',
    });
    expect(row(budget, 'vega')).toMatchObject({
      decision: 'not-handled',
      on: null,
      caseNumber: null,
      bound: false,
    });
  });

  it('before the last kommunestyre vedtak: only Rødøy has not handled it', () => {
    const before = replay(presets.helgeland, [...demo, ...twoMore]).state;
    const [budget] = ratificationTracker(before, { asOf: '2024-11-06' }).decisions;
    expect(budget?.counts).toEqual({ required: 19, adopted: 18, rejected: 0, notHandled: 1, lapsed: 0 });
    expect(row(budget, 'vega')).toMatchObject({ decision: 'adopted', on: '2024-10-24', caseNumber: '24/31' });
    expect(row(budget, 'traena')).toMatchObject({ decision: 'adopted', on: '2024-10-24', caseNumber: null });
    expect(row(budget, 'rodoy')).toMatchObject({ decision: 'not-handled', on: null, bound: false });
    expect(budget?.awaiting).toBe(true);
  });

  it('after the last kommunestyre vedtak: nothing awaits; with include all, in force and binding all 19', () => {
    const after = replay(presets.helgeland, [...demo, ...twoMore, last]).state;
    expect(ratificationTracker(after, { asOf: '2024-11-07' }).decisions).toEqual([]);
    const [budget] = ratificationTracker(after, { asOf: '2024-11-07', include: 'all' }).decisions;
    expect(budget).toMatchObject({
      status: 'in-force',
      awaiting: false,
      inForceFrom: '2024-11-07',
      counts: { required: 19, adopted: 19, rejected: 0, notHandled: 0, lapsed: 0 },
    });
    expect(row(budget, 'rodoy')).toEqual({
      party: 'rodoy',
      name: 'Rødøy',
      organ: 'kommunestyre',
      decision: 'adopted',
      on: '2024-11-07',
      caseNumber: '2024/112',
      bound: true,
    });
    expect(budget?.parties.every((p) => p.bound)).toBe(true);
    // The day before, the same state still shows Rødøy as not handled.
    expect(row(ratificationTracker(after, { asOf: '2024-11-06' }).decisions[0], 'rodoy')?.decision).toBe(
      'not-handled',
    );
  });

  it('shows a rejection, which keeps the decision awaiting (the latest vedtak counts)', () => {
    const no = replay(presets.helgeland, [
      ...demo,
      kommunestyre('vega', '2024-10-24', undefined, 'rejected'),
    ]);
    const [budget] = ratificationTracker(no.state).decisions;
    expect(row(budget, 'vega')).toMatchObject({ decision: 'rejected', on: '2024-10-24' });
    expect(budget).toMatchObject({ awaiting: true, counts: { rejected: 1, notHandled: 2 } });
  });

  it('leaves out a decision its body made after the date tracked', () => {
    expect(ratificationTracker(state, { asOf: '2024-06-11', include: 'all' }).decisions).toEqual([]);
    expect(ratificationTracker(state, { asOf: '2024-06-12' }).decisions[0]?.counts.notHandled).toBe(19);
  });

  it('is plain JSON, and judged on the latest event date when asOf is left out', () => {
    const tracker = ratificationTracker(state);
    expect(tracker.asOf).toBe('2024-09-26');
    expect(JSON.parse(JSON.stringify(tracker))).toEqual(tracker);
  });

  it('renders Markdown tables in Norwegian and English, with a row per party', () => {
    const tracker = ratificationTracker(state, { asOf: '2024-10-01' });
    const nb = ratificationTrackerMarkdown(tracker).split('\n');
    expect(nb[0]).toBe('Tilslutning per 2024-10-01: 1 sak.');
    expect(nb).toContain(
      '| PM-2024-2 «Budsjett for interkommunal samhandlingssjef» | Partnerskapsmøtet Helgeland | 2024-06-12 | vedtatt, venter på tilslutning | – | – | 16/19 | 0 | 3 |',
    );
    expect(nb).toContain('| Vega | kommunestyret | ikke behandlet | – | – | nei |');
    expect(nb).toContain('| Helgelandssykehuset HF | styret | vedtatt | 2024-09-26 | – | nei |');
    const en = ratificationTrackerMarkdown(tracker, { locale: 'en' }).split('\n');
    expect(en).toContain('| Vega | kommunestyre | not handled | – | – | no |');
    expect(en).toContain(
      'Ratification under §8 (rule forpliktende, binds those that adopt it): adopted, awaiting ratification. The statute sets no deadline.',
    );
    expect(ratificationTrackerMarkdown({ asOf: '2024-01-01', decisions: [] })).toBe(
      'Ingen saker til tilslutning per 2024-01-01.\n',
    );
  });
});

describe('deadlines and days left, per party (Helse Stavanger with a 90-day deadline)', () => {
  const withDeadline: Statute = {
    ...stavanger,
    ratification: [{ ...(stavanger.ratification[0] as Statute['ratification'][number]), deadlineDays: 90 }],
  };
  const log = [
    ...ssuMembers,
    ...revisionAdopted,
    vedtak('sandnes', '2024-04-18'),
    vedtak('sola', '2024-04-25', 'rejected'),
    vedtak('helse-stavanger', '2024-05-02'),
  ];
  const { state } = replay(withDeadline, log);
  const others = kommuner.map(([id]) => id).filter((id) => id !== 'sandnes' && id !== 'sola');

  it('counts the days left to the deadline, 90 days after the SSU decided', () => {
    const [d] = ratificationTracker(state, { asOf: '2024-06-01' }).decisions;
    expect(d).toMatchObject({
      proposal: 'SSU-2024-4',
      effect: 'per-party',
      status: 'in-force',
      awaiting: true,
      deadline: '2024-06-12',
      daysLeft: 11,
      inForceFrom: '2024-05-02',
    });
    expect(row(d, 'sandnes')).toMatchObject({ decision: 'adopted', bound: true });
    expect(row(d, 'sola')).toMatchObject({ decision: 'rejected', on: '2024-04-25', bound: false });
    expect(row(d, 'helse-stavanger')).toMatchObject({ organ: 'styre', decision: 'adopted', bound: true });
    expect(d?.parties.filter((p) => p.decision === 'not-handled').map((p) => p.party)).toEqual(others);
    expect(ratificationTracker(state, { asOf: '2024-06-12' }).decisions[0]?.daysLeft).toBe(0);
  });

  it('after the deadline: the parties that had not decided have lapsed, and nothing awaits', () => {
    const asOf = '2024-07-01';
    expect(ratificationTracker(state, { asOf }).decisions).toEqual([]);
    const [d] = ratificationTracker(state, { asOf, include: 'all' }).decisions;
    expect(d).toMatchObject({
      awaiting: false,
      daysLeft: -19,
      counts: { lapsed: others.length, notHandled: 0 },
    });
    expect(
      ratificationTrackerMarkdown({ asOf, decisions: [d as TrackedDecision] }, { locale: 'nb' }),
    ).toContain('| 2024-06-12 | 19 over fristen |');
  });
});

describe('bad options', () => {
  const { state } = replay(presets.helgeland, []);

  it.each(['2024-02-30', 'today', ''])('rejects asOf %j with an InputError naming asOf', (asOf) => {
    expect(() => ratificationTracker(state, { asOf })).toThrow(InputError);
    try {
      ratificationTracker(state, { asOf });
    } catch (error) {
      expect((error as InputError).issues).toMatchObject([{ code: 'invalid_date', path: ['asOf'] }]);
    }
  });

  it('rejects an include or a locale it does not know, naming the option', () => {
    try {
      ratificationTracker(state, { include: 'some' as 'all' });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues).toMatchObject([{ code: 'invalid_value', path: ['include'] }]);
    }
    expect(() =>
      ratificationTrackerMarkdown({ asOf: '2024-01-01', decisions: [] }, { locale: 'se' as 'nb' }),
    ).toThrow(/locale: expected one of nb, nn, en/);
  });
});

describe('markdownCell', () => {
  it.each([
    ['Vega', 'Vega'],
    ['A | B', 'A \\| B'],
    ['*x* _y_ `z`', '\\*x\\* \\_y\\_ \\`z\\`'],
    ['[link](u) <b>', '\\[link\\](u) \\<b\\>'],
    ['two\nlines', 'two lines'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, output) => {
    expect(markdownCell(input)).toBe(output);
  });

  it('keeps a title with a pipe inside its cell', () => {
    const { state } = replay(
      presets.helgeland,
      demo.map((e) =>
        e.type === 'proposal-submitted' && e.proposal === 'PM-2024-2'
          ? { ...e, title: 'Budsjett | 2025' }
          : e,
      ),
    );
    const line = ratificationTrackerMarkdown(ratificationTracker(state))
      .split('\n')
      .find((l) => l.startsWith('| PM-2024-2'));
    expect(line?.split(' | ').length).toBe(9);
    expect(line).toContain('«Budsjett \\| 2025»');
  });
});
