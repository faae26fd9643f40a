import { describe, expect, it } from 'vitest';
import {
  assess,
  type Body,
  diagram,
  explainer,
  type GovernanceEvent,
  minutes,
  minutesRecord,
  ratificationTracker,
  ratificationTrackerMarkdown,
  replay,
  type Statute,
} from '../../src/index.js';
import { en, nb, nn } from '../../src/locales/index.js';
import { minimalStatute } from '../fixtures.js';

const text = (...lines: string[]) => lines.join('\n');
const [pm, ssu, fsu] = minimalStatute.bodies as [Body, Body, Body];
const { escalatesTo: _, ...fsuAlone } = fsu;

/**
 * The minimal statute drawn another way (invented for the test): the HF has an observer seat on
 * the PM, the FSU has a kommune seat only and no arrow up, nothing goes to ratification, and the
 * dispute boards are listed national first.
 */
const drawn: Statute = {
  ...minimalStatute,
  sections: { ...minimalStatute.sections, '§5': { title: 'Tvister' } },
  bodies: [
    {
      ...pm,
      seats: [
        ...pm.seats,
        { id: 'obs', role: 'helseforetak', party: 'hf', count: 1, rights: ['attend', 'speak'] },
      ],
    },
    ssu,
    {
      ...fsuAlone,
      seats: fsu.seats.filter((s) => s.bloc === 'kommunesiden'),
      mandate: { ...fsu.mandate, recommends: [] },
    },
  ],
  ratification: [],
  disputeBoards: [
    { id: 'nasjonal', name: 'Nasjonal nemnd', level: 'national', ref: '§5' },
    { id: 'lokal', name: 'Lokal nemnd', level: 'local', ref: '§5' },
  ],
};

describe('the structure diagram of a statute drawn another way', () => {
  it('names a seat held by a party by the party, draws only the sides a body has, keeps the lone FSU under the SSU, draws no organs and puts the local board first', () => {
    expect(diagram(drawn)).toBe(
      text(
        'flowchart BT',
        '  classDef board stroke-dasharray: 5 3',
        '  subgraph c_community["Test community (versjon 1)"]',
        '    subgraph t_1["Nivå 1"]',
        '      b_pm["PM<br/>Kommunesiden 2<br/>Helseforetakssiden 2<br/>Observatører (møterett, talerett): HF 1"]',
        '    end',
        '    subgraph t_2["Nivå 2"]',
        '      b_ssu["SSU<br/>Kommunesiden 2<br/>Helseforetakssiden 2<br/>Observatører (møterett, talerett): fastlege 1"]',
        '    end',
        '    subgraph t_3["Nivå 3"]',
        '      b_fsu["FSU<br/>Kommunesiden 1"]',
        '    end',
        '  end',
        '  subgraph x_beyond["Utenfor helsefellesskapet"]',
        '    d_lokal["Lokal nemnd (lokal, rådgivende, binder ingen)"]',
        '    d_nasjonal["Nasjonal nemnd (nasjonal, rådgivende, binder ingen)"]',
        '  end',
        '  b_pm -.->|"uenighet"| d_lokal',
        '  d_lokal -.->|"deretter"| d_nasjonal',
        '  class d_lokal,d_nasjonal board',
        '  b_ssu -->|"uenighet, tilråding"| b_pm',
        '  b_fsu ~~~ b_ssu',
      ),
    );
    expect(explainer(nb).diagram(drawn)).toBe(diagram(drawn));
  });

  it('in English, and with the FSU on the HF side only', () => {
    const hfOnly: Statute = {
      ...drawn,
      bodies: drawn.bodies.map((b) =>
        b.id === 'fsu' ? { ...b, seats: fsu.seats.filter((s) => s.bloc === 'helseforetakssiden') } : b,
      ),
    };
    const lines = diagram(hfOnly, { locale: 'en' }).split('\n');
    expect(lines.filter((l) => l.startsWith('      b_'))).toStrictEqual([
      '      b_pm["PM<br/>Kommune side 2<br/>HF side 2<br/>Observers (attend, speak): HF 1"]',
      '      b_ssu["SSU<br/>Kommune side 2<br/>HF side 2<br/>Observers (attend, speak): GP 1"]',
      '      b_fsu["FSU<br/>HF side 1"]',
    ]);
    expect(lines.slice(-7)).toStrictEqual([
      '    d_nasjonal["Nasjonal nemnd (national, advisory, binds no one)"]',
      '  end',
      '  b_pm -.->|"disagreement"| d_lokal',
      '  d_lokal -.->|"then"| d_nasjonal',
      '  class d_lokal,d_nasjonal board',
      '  b_ssu -->|"disagreement, recommendation"| b_pm',
      '  b_fsu ~~~ b_ssu',
    ]);
  });
});

const vote = (at: string, proposal: string, member: string, choice: 'for' | 'abstain'): GovernanceEvent => ({
  type: 'vote-cast',
  at,
  proposal,
  member,
  vote: choice,
});

/**
 * Two PM meetings (names and cases invented for the test): the June meeting is convened first,
 * the March one after it. In March all four adopt a supplementary budget the SSU tabled and defer
 * a revised budget to June; in June, chaired by Kari Nordmann, she tables the budget, Per Hansen
 * abstains, h1 is inhabil and k1 is away, and the three present adopt the revised budget. A
 * September meeting has one case on its agenda, a December meeting none.
 */
const events: GovernanceEvent[] = [
  {
    type: 'member-appointed',
    at: '2024-01-01',
    member: 'k0',
    name: 'Kari Nordmann',
    body: 'pm',
    seat: 'k',
    party: 'a',
  },
  { type: 'member-appointed', at: '2024-01-01', member: 'k1', body: 'pm', seat: 'k', party: 'b' },
  { type: 'member-appointed', at: '2024-01-01', member: 'h0', name: 'Per Hansen', body: 'pm', seat: 'h' },
  { type: 'member-appointed', at: '2024-01-01', member: 'h1', body: 'pm', seat: 'h' },
  {
    type: 'meeting-convened',
    at: '2024-02-01',
    meeting: 'pm-juni',
    body: 'pm',
    date: '2024-06-12',
    chair: 'k0',
  },
  {
    type: 'proposal-submitted',
    at: '2024-02-01',
    proposal: 'PM-J',
    body: 'pm',
    matter: 'budget',
    meeting: 'pm-juni',
    title: 'Budsjett',
    tabledBy: { kind: 'member', member: 'k0' },
  },
  { type: 'meeting-convened', at: '2024-02-10', meeting: 'pm-mars', body: 'pm', date: '2024-03-14' },
  {
    type: 'proposal-submitted',
    at: '2024-02-10',
    proposal: 'PM-M',
    body: 'pm',
    matter: 'budget',
    meeting: 'pm-mars',
    title: 'Tilleggsbudsjett',
    tabledBy: { kind: 'body', body: 'ssu' },
  },
  {
    type: 'proposal-submitted',
    at: '2024-02-10',
    proposal: 'PM-D',
    body: 'pm',
    matter: 'budget',
    meeting: 'pm-mars',
    title: 'Revidert budsjett',
  },
  { type: 'attendance-recorded', at: '2024-03-14', meeting: 'pm-mars', present: ['k0', 'k1', 'h0', 'h1'] },
  { type: 'proposal-deferred', at: '2024-03-14', proposal: 'PM-D', meeting: 'pm-juni' },
  ...['k0', 'k1', 'h0', 'h1'].map((m) => vote('2024-03-14', 'PM-M', m, 'for')),
  { type: 'proposal-concluded', at: '2024-03-14', proposal: 'PM-M' },
  { type: 'attendance-recorded', at: '2024-06-12', meeting: 'pm-juni', present: ['k0', 'h0', 'h1'] },
  { type: 'member-recused', at: '2024-06-12', proposal: 'PM-J', member: 'h1' },
  vote('2024-06-12', 'PM-J', 'k0', 'for'),
  vote('2024-06-12', 'PM-J', 'h0', 'abstain'),
  { type: 'proposal-concluded', at: '2024-06-12', proposal: 'PM-J' },
  ...['k0', 'h0', 'h1'].map((m) => vote('2024-06-12', 'PM-D', m, 'for')),
  { type: 'proposal-concluded', at: '2024-06-12', proposal: 'PM-D' },
  { type: 'meeting-convened', at: '2024-08-01', meeting: 'pm-sept', body: 'pm', date: '2024-09-05' },
  {
    type: 'proposal-submitted',
    at: '2024-08-01',
    proposal: 'PM-S',
    body: 'pm',
    matter: 'budget',
    meeting: 'pm-sept',
  },
  { type: 'meeting-convened', at: '2024-08-01', meeting: 'pm-des', body: 'pm', date: '2024-12-05' },
];

describe('the minutes of meetings, two of them convened out of date order', () => {
  const { state, outcomes } = replay(minimalStatute, events);

  it('replay without a rejection', () => {
    expect(outcomes.filter((o) => o.kind === 'rejected')).toStrictEqual([]);
  });

  it('number the cases of the year by meeting date, not by the order the meetings were convened', () => {
    expect(minutesRecord(state, 'pm-mars').items.map((i) => i.number)).toStrictEqual(['1/24']);
    expect(minutesRecord(state, 'pm-juni').items.map((i) => [i.proposal, i.number])).toStrictEqual([
      ['PM-J', '2/24'],
      ['PM-D', '3/24'],
    ]);
  });

  it('number a case of a later meeting after those of the meetings before it', () => {
    expect(minutesRecord(state, 'pm-sept').items.map((i) => [i.proposal, i.number])).toStrictEqual([
      ['PM-S', '4/24'],
    ]);
  });

  it('of a meeting with nothing on its agenda and no attendance recorded: no cases, every member away', () => {
    expect(minutesRecord(state, 'pm-des').items).toStrictEqual([]);
    expect(minutes(state, 'pm-des')).toBe(
      text(
        '# Protokoll: PM, 2024-12-05',
        '',
        '_Utkast til godkjenning, skrevet fra hendelsesloggen. Vedtekter versjon 1._',
        '',
        '- Møteleder: ingen',
        '- Til stede: ingen',
        '- Vara: ingen',
        '- Forfall: Per Hansen (h0), h1, Kari Nordmann (k0), k1',
        '',
      ),
    );
  });

  it('list a case deferred to a later meeting under that meeting only', () => {
    expect(minutesRecord(state, 'pm-mars').items.map((i) => i.proposal)).toStrictEqual(['PM-M']);
  });

  it('record each person by recorded name where there is one, the chair included', () => {
    const record = minutesRecord(state, 'pm-juni');
    expect(record.chair).toStrictEqual({ member: 'k0', name: 'Kari Nordmann', seat: 'k', party: 'a' });
    expect(record.present).toStrictEqual([
      { member: 'h0', name: 'Per Hansen', seat: 'h', party: 'hf' },
      { member: 'h1', name: null, seat: 'h', party: 'hf' },
      { member: 'k0', name: 'Kari Nordmann', seat: 'k', party: 'a' },
    ]);
    expect(record.absent).toStrictEqual([{ member: 'k1', name: null, seat: 'k', party: 'b' }]);
  });

  it('report who tabled a case: a body, or a member', () => {
    expect(assess(state, 'PM-M').tabledBy).toStrictEqual({ kind: 'body', body: 'ssu' });
    expect(assess(state, 'PM-J').tabledBy).toStrictEqual({ kind: 'member', member: 'k0' });
  });

  it('a case a body tabled, in Markdown', () => {
    expect(minutes(state, 'pm-mars')).toBe(
      text(
        '# Protokoll: PM, 2024-03-14',
        '',
        '_Utkast til godkjenning, skrevet fra hendelsesloggen. Vedtekter versjon 1._',
        '',
        '- Møteleder: ingen',
        '- Til stede: Per Hansen (h0), h1, Kari Nordmann (k0), k1',
        '- Vara: ingen',
        '- Forfall: ingen',
        '',
        '## Sak 1/24: Tilleggsbudsjett',
        '',
        '- Sakstype: Budsjett. Fremmet av: SSU',
        '- 4 for, 0 mot, 0 avstod',
        '- Utfall: **vedtatt, venter på tilslutning** (gyldig)',
        '- Hjemmel: Mandat (§1); Beslutningsregel (§1); Tilslutning (§1)',
        '- Til behandling i partenes egne organer (§1): HF, A, B',
        '',
      ),
    );
  });

  it('a case a member tabled, by her name, with a split vote, in Markdown', () => {
    expect(minutes(state, 'pm-juni', { locale: 'en' })).toBe(
      text(
        '# Minutes: PM, 2024-06-12',
        '',
        '_Draft for approval, written from the event log. Statute version 1._',
        '',
        '- Chair: Kari Nordmann (k0)',
        '- Present: Per Hansen (h0), h1, Kari Nordmann (k0)',
        '- Substitutes: none',
        '- Apologies: k1',
        '',
        '## Case 2/24: Budsjett',
        '',
        '- Matter: Budsjett. Tabled by: Kari Nordmann',
        '- Recused: h1',
        '- 1 for, 0 against, 1 abstained',
        '  - For: Kari Nordmann',
        '  - Abstained: Per Hansen',
        '- Outcome: **adopted, awaiting ratification** (valid)',
        '- Grounds: Mandate (§1); Decision rule (§1); Ratification (§1)',
        "- For each party's own organ to handle (§1): HF, A, B",
        '',
        '## Case 3/24: Revidert budsjett',
        '',
        '- Matter: Budsjett',
        '- 3 for, 0 against, 0 abstained',
        '- Outcome: **adopted, awaiting ratification** (valid)',
        '- Grounds: Mandate (§1); Decision rule (§1); Ratification (§1)',
        "- For each party's own organ to handle (§1): HF, A, B",
        '',
      ),
    );
  });
});

describe('the ratification tracker in Markdown', () => {
  const { state } = replay(minimalStatute, events);

  it('names each decision by its case and title', () => {
    expect(ratificationTrackerMarkdown(ratificationTracker(state, { asOf: '2024-03-14' }))).toBe(
      text(
        'Tilslutning per 2024-03-14: 1 sak.',
        '',
        '| Sak | Organ | Møte | Status | Frist | Dager igjen | Vedtatt | Avvist | Ikke behandlet |',
        '| --- | --- | --- | --- | --- | --: | --: | --: | --: |',
        '| PM-M «Tilleggsbudsjett» | PM | 2024-03-14 | vedtatt, venter på tilslutning | – | – | 0/3 | 0 | 3 |',
        '',
        '**PM-M «Tilleggsbudsjett»**, PM, 2024-03-14',
        '',
        'Tilslutning etter §1 (regel r, binder dem som slutter seg til): vedtatt, venter på tilslutning. Vedtektene setter ingen frist.',
        '',
        '| Part | Organ | Vedtak | Dato | Saksnr. | Bundet |',
        '| --- | --- | --- | --- | --- | --- |',
        '| HF | styret | ikke behandlet | – | – | nei |',
        '| A | kommunestyret | ikke behandlet | – | – | nei |',
        '| B | kommunestyret | ikke behandlet | – | – | nei |',
        '',
      ),
    );
  });

  it('reads the same through explainer with each catalog, as do the minutes', () => {
    const tracker = ratificationTracker(state, { include: 'all' });
    for (const [catalog, locale] of [
      [nb, 'nb'],
      [nn, 'nn'],
      [en, 'en'],
    ] as const) {
      expect(explainer(catalog).ratificationTrackerMarkdown(tracker)).toBe(
        ratificationTrackerMarkdown(tracker, { locale }),
      );
      for (const meeting of ['pm-mars', 'pm-juni', 'pm-des'])
        expect(explainer(catalog).minutes(state, meeting)).toBe(minutes(state, meeting, { locale }));
    }
  });
});
