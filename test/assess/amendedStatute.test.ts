import { describe, expect, it } from 'vitest';
import {
  assess,
  assessEstablishment,
  explain,
  minutes,
  minutesRecord,
  ratificationTracker,
  ratificationTrackerMarkdown,
  type Statute,
  scenario,
  type TrackedParty,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

const text = (...lines: string[]) => lines.join('\n');

/**
 * Version 1 (invented for the test): the minimal statute with a third kommune C and a
 * fylkeskommune whose fylkesting must adopt budgets and statute amendments too.
 */
const v1: Statute = {
  ...minimalStatute,
  parties: [
    ...minimalStatute.parties,
    { kind: 'kommune', id: 'c', name: 'C', kommunenummer: '1003', population: 500, organ: 'kommunestyre' },
    { kind: 'fylkeskommune', id: 'fk', name: 'Fylket', organ: 'fylkesting' },
  ],
  ratification: [
    {
      id: 'r',
      matters: ['budget', 'statute-amendment'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }, { kind: 'parties', parties: ['fk'] }],
      effect: 'binds-ratifiers',
      ref: '§1',
    },
  ],
};

/**
 * Version 2, from 2024-06-01 (invented): C and the fylkeskommune are no longer parties, the SSU
 * and the matter of patient pathways are gone (the FSU escalates to the PM), and the community
 * counts as established once two thirds of its kommuner have joined.
 */
const v2: Statute = {
  ...v1,
  version: '2',
  effectiveFrom: '2024-06-01',
  parties: v1.parties.filter((p) => p.id !== 'c' && p.id !== 'fk'),
  matters: v1.matters.filter((m) => m.id !== 'pathway'),
  bodies: v1.bodies
    .filter((b) => b.id !== 'ssu')
    .map((b) =>
      b.id === 'fsu' ? { ...b, escalatesTo: 'pm', mandate: { ...b.mandate, recommends: [] } } : b,
    ),
  ratification: [
    {
      id: 'r',
      matters: ['budget', 'statute-amendment'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
      ref: '§1',
    },
  ],
  membership: {
    ...v1.membership,
    establishment: {
      threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
      ref: '§1',
    },
  },
};

const pmMembers = ['k0', 'k1', 'h0', 'h1'];
const allFor = Object.fromEntries(pmMembers.map((m) => [m, 'for'] as const));

/**
 * The PM adopts the amendment A-1 and the budget B-1 on 2024-02-01; every party ratifies A-1, A
 * and the fylkeskommune adopt B-1; an SSU meeting on 2024-07-01 is convened with the case SSU-9;
 * then version 2 is recorded.
 */
const s = scenario(v1)
  .on('2024-01-01')
  .appoint('pm', 'k', ['k0'], { party: 'a' })
  .appoint('pm', 'k', ['k1'], { party: 'b' })
  .appoint('pm', 'h', ['h0', 'h1'])
  .appoint('ssu', 'k', ['s0'], { party: 'a' })
  .appoint('ssu', 'k', ['s1'], { party: 'c' })
  .appoint('ssu', 'h', ['s2', 's3'])
  .on('2024-02-01')
  .convene('pm')
  .attend(pmMembers)
  .propose('A-1', 'statute-amendment')
  .vote('A-1', allFor)
  .conclude()
  .propose('B-1', 'budget')
  .vote('B-1', allFor)
  .conclude()
  .on('2024-02-10')
  .ratify('A-1', ['a', 'b', 'c', 'hf', 'fk'])
  .ratify('B-1', ['a', 'fk'])
  .record(
    { type: 'meeting-convened', at: '2024-02-10', meeting: 'ssu-juli', body: 'ssu', date: '2024-07-01' },
    {
      type: 'proposal-submitted',
      at: '2024-02-10',
      proposal: 'SSU-9',
      body: 'ssu',
      matter: 'pathway',
      meeting: 'ssu-juli',
      title: 'Forløp',
    },
  )
  .on('2024-03-01')
  .amend('A-1', v2);
const state = s.state;

describe('a case on a meeting of a body the version in force no longer has', () => {
  it('is reported under that version, with its body by id, at no tier of the statute (4)', () => {
    expect(state.statutes.map((v) => v.version)).toStrictEqual(['1', '2']);
    expect(assess(state, 'SSU-9', { asOf: '2024-07-02' })).toStrictEqual({
      proposal: 'SSU-9',
      title: 'Forløp',
      body: 'ssu',
      bodyName: 'ssu',
      tier: 4,
      matter: 'pathway',
      meeting: 'ssu-juli',
      date: '2024-07-01',
      asOf: '2024-07-02',
      statuteVersion: '2',
      status: 'open',
      valid: false,
      kind: 'decision',
      checks: [
        {
          id: 'mandate',
          ok: false,
          ref: '§1',
          code: 'mandate.body-unknown',
          params: { body: 'ssu', matter: 'pathway', version: '2' },
        },
      ],
      binds: [],
    });
    expect(explain(assess(state, 'SSU-9', { asOf: '2024-07-02' }))).toBe(
      text(
        'SSU-9 «Forløp»: til behandling (ikke gyldig)',
        'ssu (nivå 4), møte 2024-07-01, vedtekter versjon 2, per 2024-07-02',
        '  ✗ Mandat: vedtektene (versjon 2) har ikke organet «ssu» (§1)',
        'Binder ingen part.',
      ),
    );
  });

  it('is minuted with the body and matter by id, and the members with no seat', () => {
    const absent = (member: string) => ({ member, name: null, seat: null, party: null });
    expect(minutesRecord(state, 'ssu-juli')).toStrictEqual({
      meeting: 'ssu-juli',
      body: 'ssu',
      bodyName: 'ssu',
      date: '2024-07-01',
      statuteVersion: '2',
      chair: null,
      present: [],
      substitutes: [],
      absent: ['s0', 's1', 's2', 's3'].map(absent),
      items: [
        {
          number: '1/24',
          proposal: 'SSU-9',
          title: 'Forløp',
          closed: null,
          matter: 'pathway',
          matterName: 'pathway',
          tabledBy: null,
          votes: { for: 0, against: 0, abstain: 0, split: false, byMember: [] },
          reservations: [],
          recused: [],
          status: 'open',
          valid: false,
          kind: 'decision',
          sentTo: null,
          grounds: [{ check: 'mandate', ok: false, ref: '§1' }],
          ratification: null,
        },
      ],
    });
    expect(minutes(state, 'ssu-juli')).toBe(
      text(
        '# Protokoll: ssu, 2024-07-01',
        '',
        '_Utkast til godkjenning, skrevet fra hendelsesloggen. Vedtekter versjon 2._',
        '',
        '- Møteleder: ingen',
        '- Til stede: ingen',
        '- Vara: ingen',
        '- Forfall: s0, s1, s2, s3',
        '',
        '## Sak 1/24: Forløp',
        '',
        '- Sakstype: pathway',
        '- Ingen stemmer registrert',
        '- Utfall: **til behandling** (ikke gyldig)',
        '- Hjemmel: Mandat (§1)',
        '',
      ),
    );
  });
});

describe('the ratification tracker after a version that drops parties', () => {
  const row = (
    party: string,
    name: string,
    organ: TrackedParty['organ'],
    adopted: boolean,
  ): TrackedParty => ({
    party,
    name,
    organ,
    decision: adopted ? 'adopted' : 'not-handled',
    on: adopted ? '2024-02-10' : null,
    caseNumber: null,
    bound: false,
  });

  it('names each party as the version in force on the day names it', () => {
    const [budget] = ratificationTracker(state, { asOf: '2024-05-31' }).decisions;
    expect(budget?.proposal).toBe('B-1');
    expect(budget?.parties).toStrictEqual([
      row('hf', 'HF', 'styre', false),
      row('a', 'A', 'kommunestyre', true),
      row('b', 'B', 'kommunestyre', false),
      row('c', 'C', 'kommunestyre', false),
      row('fk', 'Fylket', 'fylkesting', true),
    ]);
  });

  it('shows a party that version no longer lists by its id, with the organ of its vedtak or else a kommunestyre', () => {
    const [budget] = ratificationTracker(state, { asOf: '2024-06-02' }).decisions;
    expect(budget?.parties).toStrictEqual([
      row('hf', 'HF', 'styre', false),
      row('a', 'A', 'kommunestyre', true),
      row('b', 'B', 'kommunestyre', false),
      row('c', 'c', 'kommunestyre', false),
      row('fk', 'fk', 'fylkesting', true),
    ]);
  });

  it('in Markdown: a decision without a title by its case, and those parties by id', () => {
    expect(ratificationTrackerMarkdown(ratificationTracker(state, { asOf: '2024-06-02' }))).toBe(
      text(
        'Tilslutning per 2024-06-02: 1 sak.',
        '',
        '| Sak | Organ | Møte | Status | Frist | Dager igjen | Vedtatt | Avvist | Ikke behandlet |',
        '| --- | --- | --- | --- | --- | --: | --: | --: | --: |',
        '| B-1 | PM | 2024-02-01 | vedtatt, venter på tilslutning | – | – | 2/5 | 0 | 3 |',
        '',
        '**B-1**, PM, 2024-02-01',
        '',
        'Tilslutning etter §1 (regel r, binder dem som slutter seg til): vedtatt, venter på tilslutning. Vedtektene setter ingen frist.',
        '',
        '| Part | Organ | Vedtak | Dato | Saksnr. | Bundet |',
        '| --- | --- | --- | --- | --- | --- |',
        '| HF | styret | ikke behandlet | – | – | nei |',
        '| A | kommunestyret | vedtatt | 2024-02-10 | – | nei |',
        '| B | kommunestyret | ikke behandlet | – | – | nei |',
        '| c | kommunestyret | ikke behandlet | – | – | nei |',
        '| fk | fylkestinget | vedtatt | 2024-02-10 | – | nei |',
        '',
      ),
    );
  });
});

describe('assessEstablishment across versions', () => {
  it('reads the threshold and the kommuner of the version in force on the day', () => {
    expect(assessEstablishment(state)).toBeUndefined();
    expect(assessEstablishment(state, { asOf: '2024-05-31' })).toBeUndefined();
    expect(assessEstablishment(state, { asOf: '2024-06-01' })).toStrictEqual({
      ref: '§1',
      threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
      asOf: '2024-06-01',
      base: 2,
      required: 2,
      got: 2,
      missing: 0,
      met: true,
      joined: ['a', 'b'],
      notJoined: [],
    });
  });
});
