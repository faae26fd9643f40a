import { describe, expect, it } from 'vitest';
import {
  assess,
  assessAll,
  type Body,
  type Check,
  type DecisionReport,
  type DecisionRule,
  explain,
  explainCheck,
  explainer,
  explainOutcome,
  explainReason,
  InputError,
  namesOf,
  type Reason,
  type Statute,
  scenario,
  UnknownProposalError,
} from '../../src/index.js';
import { en, nb, nn } from '../../src/locales/index.js';
import { minimalStatute } from '../fixtures.js';

const text = (...lines: string[]) => lines.join('\n');
const pmMembers = ['k0', 'k1', 'h0', 'h1'];
const allFor = Object.fromEntries(pmMembers.map((m) => [m, 'for'] as const));

/**
 * The minimal statute, extended for these tests (invented, no real helsefellesskap): a third
 * kommune C, a cooperation agreement the PM adopts and each party ratifies for itself within 90
 * days (§4), the PM settling disagreements escalated to it, and a local and a national dispute
 * board (§5).
 */
const statute: Statute = {
  ...minimalStatute,
  sections: { ...minimalStatute.sections, '§4': { title: 'Avtaler' }, '§5': { title: 'Tvister' } },
  parties: [
    ...minimalStatute.parties,
    { kind: 'kommune', id: 'c', name: 'C', kommunenummer: '1003', population: 500, organ: 'kommunestyre' },
  ],
  matters: [
    ...minimalStatute.matters,
    { id: 'agreement', name: 'Samarbeidsavtale', level: 'overarching', commits: true },
  ],
  bodies: minimalStatute.bodies.map(
    (b): Body =>
      b.id === 'pm'
        ? {
            ...b,
            mandate: {
              ...b.mandate,
              decides: [...b.mandate.decides, 'agreement'],
              settlesDisputes: { ref: '§1' },
            },
          }
        : b,
  ),
  ratification: [
    ...minimalStatute.ratification,
    { id: 'pp', matters: ['agreement'], requires: [], effect: 'per-party', deadlineDays: 90, ref: '§4' },
  ],
  disputeBoards: [
    { id: 'lokal', name: 'Lokal nemnd', level: 'local', ref: '§5' },
    { id: 'nasjonal', name: 'Nasjonal nemnd', level: 'national', ref: '§5' },
  ],
};

/**
 * A year of invented cases: the PM adopts the agreement AV-1 and the budget B-1 on 2024-02-01; A
 * adopts AV-1, B rejects it, the HF adopts it on 2024-04-01 and C never decides; the boards
 * mediate on B-1 (the national one with a text); the SSU cannot agree on SSU-1, which goes up to
 * the PM and is settled there as PM-2.
 */
function year() {
  const s = scenario(statute)
    .on('2024-01-01')
    .appoint('pm', 'k', ['k0'], { party: 'a' })
    .appoint('pm', 'k', ['k1'], { party: 'b' })
    .appoint('pm', 'h', ['h0', 'h1'])
    .appoint('ssu', 'k', ['s0'], { party: 'a' })
    .appoint('ssu', 'k', ['s1'], { party: 'b' })
    .appoint('ssu', 'h', ['s2', 's3']);
  s.on('2024-02-01')
    .convene('pm')
    .propose('AV-1', 'agreement', { title: 'Samarbeidsavtale 2024' })
    .attend(pmMembers)
    .vote('AV-1', allFor)
    .conclude()
    .propose('B-1', 'budget')
    .vote('B-1', allFor)
    .conclude();
  s.on('2024-03-01').ratify('AV-1', ['a']).ratify('AV-1', ['b'], 'rejected');
  s.on('2024-03-05').statement('lokal', 'B-1', 'mediation');
  s.on('2024-03-06').statement('nasjonal', 'B-1', 'mediation', 'Partene bør møtes igjen.');
  s.on('2024-03-10')
    .convene('ssu')
    .propose('SSU-1', 'pathway')
    .attend(['s0', 's1', 's2', 's3'])
    .vote('SSU-1', { s0: 'for', s1: 'for', s2: 'for', s3: 'against' })
    .conclude();
  s.on('2024-03-20').escalate('SSU-1');
  const escalated = s.state;
  s.on('2024-04-01').ratify('AV-1', ['hf']);
  s.on('2024-04-10').statement('lokal', 'AV-1', 'dispute', 'Avtalen gjelder også legevakt.');
  s.on('2024-04-20')
    .convene('pm')
    .propose('PM-2', 'pathway', { escalatedFrom: 'SSU-1' })
    .attend(pmMembers)
    .vote('PM-2', allFor)
    .conclude();
  return { escalated, state: s.state };
}

const { escalated, state } = year();
const names = namesOf(statute);

const pmChecksNb = (matter: string) => [
  `  ✓ Mandat: organet vedtar saker av typen «${matter}» (§1)`,
  '  ✓ Sammensetning: 4 av 4 plasser med stemmerett er besatt (§1)',
  '  ✓ Innkalling: innkalt 14 dager før møtet; 14 kreves (§1)',
  '  ✓ Vedtaksførhet: 4 av 4 medlemmer med stemmerett telles; 2 kreves (§1)',
  '  ✓ Inhabilitet: ingen medlemmer er inhabile (§1)',
  '  ✓ Beslutningsregel: konsensus: 4 av 4 med stemmerett til stede, ingen imot (§1)',
];
const pmChecksNn = (matter: string) => [
  `  ✓ Mandat: organet vedtek saker av typen «${matter}» (§1)`,
  '  ✓ Samansetjing: 4 av 4 plassar med stemmerett er besette (§1)',
  '  ✓ Innkalling: kalla inn 14 dagar før møtet; 14 krevst (§1)',
  '  ✓ Vedtaksførleik: 4 av 4 medlemmer med stemmerett blir talde; 2 krevst (§1)',
  '  ✓ Inhabilitet: ingen medlemmer er inhabile (§1)',
  '  ✓ Avgjerdsregel: konsensus: 4 av 4 med stemmerett til stades, ingen imot (§1)',
];
const pmChecksEn = (matter: string) => [
  `  ✓ Mandate: the body decides matters of kind "${matter}" (§1)`,
  '  ✓ Seats: 4 of 4 voting seats filled (§1)',
  '  ✓ Notice: called 14 days ahead; 14 required (§1)',
  '  ✓ Quorum: 4 of 4 voting seats counted; 2 needed (§1)',
  '  ✓ Recusal: no member recused (§1)',
  '  ✓ Decision rule: consensus: 4 of 4 voting members present, none against (§1)',
];

describe('a decision ratified per party, as text', () => {
  const pending = assess(state, 'AV-1', { asOf: '2024-03-20' });

  it('awaiting the HF: in force for none, one party awaiting the HF, one rejecting, one pending', () => {
    expect(explain(pending, { locale: 'nb' })).toBe(
      text(
        'AV-1 «Samarbeidsavtale 2024»: vedtatt, venter på tilslutning (gyldig)',
        'PM (nivå 1), møte 2024-02-01, vedtekter versjon 1, per 2024-03-20',
        ...pmChecksNb('agreement'),
        '  ✗ Tilslutning: ikke i kraft for noen part ennå; vedtatt, venter på hf: a; avvist av b; ikke behandlet: c (§4)',
        '  ✓ Frist: fristen for tilslutning er 2024-05-01 (§4)',
        'Tilslutning (§4): vedtatt av a; avvist av b; mangler: hf, c.',
        'Per part (§4): ikke i kraft for noen part ennå; vedtatt, venter på hf: a den 2024-03-01; avvist av b den 2024-03-01; ikke behandlet: c.',
        'Binder ingen part.',
      ),
    );
    expect(explain(pending, { locale: 'nn' })).toBe(
      text(
        'AV-1 «Samarbeidsavtale 2024»: vedteke, ventar på tilslutning (gyldig)',
        'PM (nivå 1), møte 2024-02-01, vedtekter versjon 1, per 2024-03-20',
        ...pmChecksNn('agreement'),
        '  ✗ Tilslutning: ikkje i kraft for nokon part enno; vedteke, ventar på hf: a; avvist av b; ikkje handsama: c (§4)',
        '  ✓ Frist: fristen for tilslutning er 2024-05-01 (§4)',
        'Tilslutning (§4): vedteke av a; avvist av b; manglar: hf, c.',
        'Per part (§4): ikkje i kraft for nokon part enno; vedteke, ventar på hf: a den 2024-03-01; avvist av b den 2024-03-01; ikkje handsama: c.',
        'Bind ingen part.',
      ),
    );
    expect(explain(pending, { locale: 'en' })).toBe(
      text(
        'AV-1 "Samarbeidsavtale 2024": adopted, awaiting ratification (valid)',
        'PM (tier 1), meeting 2024-02-01, statute version 1, as of 2024-03-20',
        ...pmChecksEn('agreement'),
        '  ✗ Ratification: not in force for any party yet; adopted, awaiting hf: a; rejected by b; not yet decided: c (§4)',
        '  ✓ Deadline: the deadline for ratification is 2024-05-01 (§4)',
        'Ratification (§4): adopted by a; rejected by b; missing: hf, c.',
        'Per party (§4): not in force for any party yet; adopted, awaiting hf: a on 2024-03-01; rejected by b on 2024-03-01; not yet decided: c.',
        'Binds no party.',
      ),
    );
  });

  it('in force for one party with the HF, each party by its display name, with the dispute board’s statement', () => {
    expect(explain(assess(state, 'AV-1', { asOf: '2024-04-30' }), { locale: 'en', names })).toBe(
      text(
        'AV-1 "Samarbeidsavtale 2024": in force (valid)',
        'PM (tier 1), meeting 2024-02-01, statute version 1, as of 2024-04-30',
        ...pmChecksEn('samarbeidsavtale'),
        '  ✓ Ratification: in force for A, each with HF; rejected by B; not yet decided: C (§4)',
        '  ✓ Deadline: the deadline for ratification is 2024-05-01 (§4)',
        'Ratification (§4): adopted by HF, A; rejected by B; missing: C.',
        'Per party (§4): in force for A from 2024-04-01, each with HF; rejected by B on 2024-03-01; not yet decided: C.',
        'Lokal nemnd (§5), 2024-04-10: advisory statement on a dispute: «Avtalen gjelder også legevakt.». It binds no one.',
        'Binds: HF, A.',
      ),
    );
  });

  it('after the deadline: lapsed for the party that never decided, named', () => {
    expect(explain(assess(state, 'AV-1', { asOf: '2024-06-01' }), { locale: 'nb', names })).toBe(
      text(
        'AV-1 «Samarbeidsavtale 2024»: i kraft (gyldig)',
        'PM (nivå 1), møte 2024-02-01, vedtekter versjon 1, per 2024-06-01',
        ...pmChecksNb('samarbeidsavtale'),
        '  ✓ Tilslutning: i kraft for A, hver for seg med HF; avvist av B; bortfalt for C (§4)',
        '  ✓ Frist: fristen (2024-05-01) er ute: bortfalt for C, som ikke behandlet saken i tide (§4)',
        'Tilslutning (§4): vedtatt av HF, A; avvist av B; mangler: C.',
        'Per part (§4): i kraft for A fra 2024-04-01, hver for seg med HF; avvist av B den 2024-03-01; bortfalt for C.',
        'Lokal nemnd (§5), 2024-04-10: rådgivende uttalelse ved uenighet: «Avtalen gjelder også legevakt.». Uttalelsen binder ingen.',
        'Binder: HF, A.',
      ),
    );
  });

  it('before any party has decided: only the parties not yet decided, the HF apart', () => {
    const none = assess(state, 'AV-1', { asOf: '2024-02-15' });
    const tail = (locale: 'nb' | 'nn' | 'en') => explain(none, { locale }).split('\n').slice(-3);
    expect(tail('nb')).toStrictEqual([
      'Tilslutning (§4): vedtatt av ingen; avvist av ingen; mangler: hf, a, b, c.',
      'Per part (§4): ikke i kraft for noen part ennå; ikke behandlet: a, b, c.',
      'Binder ingen part.',
    ]);
    expect(tail('nn')).toStrictEqual([
      'Tilslutning (§4): vedteke av ingen; avvist av ingen; manglar: hf, a, b, c.',
      'Per part (§4): ikkje i kraft for nokon part enno; ikkje handsama: a, b, c.',
      'Bind ingen part.',
    ]);
    expect(tail('en')).toStrictEqual([
      'Ratification (§4): adopted by none; rejected by none; missing: hf, a, b, c.',
      'Per party (§4): not in force for any party yet; not yet decided: a, b, c.',
      'Binds no party.',
    ]);
  });

  it('reads the same through explainer with each catalog', () => {
    for (const [catalog, locale] of [
      [nb, 'nb'],
      [nn, 'nn'],
      [en, 'en'],
    ] as const) {
      expect(explainer(catalog).explain(pending, { names })).toBe(explain(pending, { locale, names }));
      expect(explainer(catalog).explain(pending)).toBe(explain(pending, { locale }));
    }
  });
});

describe('the statements of dispute boards in a report', () => {
  it('are listed up to asOf, the day of a statement included, each board named as the statute names it', () => {
    const lokal = {
      board: 'lokal',
      at: '2024-03-05',
      kind: 'mediation',
      name: 'Lokal nemnd',
      level: 'local',
      ref: '§5',
    };
    const nasjonal = {
      board: 'nasjonal',
      at: '2024-03-06',
      kind: 'mediation',
      text: 'Partene bør møtes igjen.',
      name: 'Nasjonal nemnd',
      level: 'national',
      ref: '§5',
    };
    expect(assess(state, 'B-1', { asOf: '2024-03-06' }).statements).toStrictEqual([lokal, nasjonal]);
    expect(assess(state, 'B-1', { asOf: '2024-03-05' }).statements).toStrictEqual([lokal]);
    // Before any board has spoken, the report has no statements at all.
    const before = assess(state, 'B-1', { asOf: '2024-03-04' });
    expect('statements' in before).toBe(false);
  });

  it('read as mediation, with the text where one is recorded, in every language', () => {
    const report = assess(state, 'B-1', { asOf: '2024-03-06' });
    const tail = (locale: 'nb' | 'nn' | 'en') => explain(report, { locale }).split('\n').slice(-3);
    expect(tail('nb')).toStrictEqual([
      'Lokal nemnd (§5), 2024-03-05: mekling. Uttalelsen binder ingen.',
      'Nasjonal nemnd (§5), 2024-03-06: mekling: «Partene bør møtes igjen.». Uttalelsen binder ingen.',
      'Binder ingen part.',
    ]);
    expect(tail('nn')).toStrictEqual([
      'Lokal nemnd (§5), 2024-03-05: mekling. Fråsegna bind ingen.',
      'Nasjonal nemnd (§5), 2024-03-06: mekling: «Partene bør møtes igjen.». Fråsegna bind ingen.',
      'Bind ingen part.',
    ]);
    expect(tail('en')).toStrictEqual([
      'Lokal nemnd (§5), 2024-03-05: mediation. It binds no one.',
      'Nasjonal nemnd (§5), 2024-03-06: mediation: «Partene bør møtes igjen.». It binds no one.',
      'Binds no party.',
    ]);
  });

  it('read as an advisory statement on a dispute, without a text where none is recorded', () => {
    const report = assess(state, 'AV-1');
    const statement = { ...(report.statements?.[0] as NonNullable<DecisionReport['statements']>[number]) };
    delete (statement as { text?: string }).text;
    const bare: DecisionReport = { ...report, statements: [statement] };
    const line = (locale: 'nb' | 'nn' | 'en') => explain(bare, { locale }).split('\n').at(-2);
    expect(line('nb')).toBe(
      'Lokal nemnd (§5), 2024-04-10: rådgivende uttalelse ved uenighet. Uttalelsen binder ingen.',
    );
    expect(line('nn')).toBe(
      'Lokal nemnd (§5), 2024-04-10: rådgjevande fråsegn ved usemje. Fråsegna bind ingen.',
    );
    expect(line('en')).toBe(
      'Lokal nemnd (§5), 2024-04-10: advisory statement on a dispute. It binds no one.',
    );
  });
});

describe('where an escalated matter lies', () => {
  const ssuChecks = {
    nb: [
      '  ✓ Sammensetning: 4 av 4 plasser med stemmerett er besatt (§2)',
      '  ✓ Innkalling: innkalt 7 dager før møtet; 7 kreves (§2)',
      '  ✓ Vedtaksførhet: 4 av 4 medlemmer med stemmerett telles; 2 kreves (§2)',
      '  ✓ Inhabilitet: ingen medlemmer er inhabile (§2)',
      '  ✗ Beslutningsregel: ikke konsensus: 1 medlem med stemmerett stemte imot (§2)',
    ],
    nn: [
      '  ✓ Samansetjing: 4 av 4 plassar med stemmerett er besette (§2)',
      '  ✓ Innkalling: kalla inn 7 dagar før møtet; 7 krevst (§2)',
      '  ✓ Vedtaksførleik: 4 av 4 medlemmer med stemmerett blir talde; 2 krevst (§2)',
      '  ✓ Inhabilitet: ingen medlemmer er inhabile (§2)',
      '  ✗ Avgjerdsregel: ikkje konsensus: 1 medlem med stemmerett stemde imot (§2)',
    ],
    en: [
      '  ✓ Seats: 4 of 4 voting seats filled (§2)',
      '  ✓ Notice: called 7 days ahead; 7 required (§2)',
      '  ✓ Quorum: 4 of 4 voting seats counted; 2 needed (§2)',
      '  ✓ Recusal: no member recused (§2)',
      '  ✗ Decision rule: no consensus: 1 voting member against (§2)',
    ],
  };

  it('with the body it went to, before that body has put it on its agenda', () => {
    const report = assess(escalated, 'SSU-1');
    expect(report.liesWith).toStrictEqual({ body: 'pm' });
    expect(explain(report, { locale: 'nb' })).toBe(
      text(
        'SSU-1: løftet videre (ikke gyldig)',
        'SSU (nivå 2), møte 2024-03-10, vedtekter versjon 1, per 2024-03-20',
        '  ✓ Mandat: organet vedtar saker av typen «pathway» (§2)',
        ...ssuChecks.nb,
        '  ✓ Videre behandling: løftet til pm 2024-03-20; ennå ikke satt på sakslisten (§2)',
        'Saken ligger nå hos pm.',
        'Binder ingen part.',
      ),
    );
    expect(explain(report, { locale: 'nn' })).toBe(
      text(
        'SSU-1: løfta vidare (ikkje gyldig)',
        'SSU (nivå 2), møte 2024-03-10, vedtekter versjon 1, per 2024-03-20',
        '  ✓ Mandat: organet vedtek saker av typen «pathway» (§2)',
        ...ssuChecks.nn,
        '  ✓ Vidare handsaming: løfta til pm 2024-03-20; enno ikkje sett på sakslista (§2)',
        'Saka ligg no hos pm.',
        'Bind ingen part.',
      ),
    );
    expect(explain(report, { locale: 'en', names })).toBe(
      text(
        'SSU-1: escalated (not valid)',
        'SSU (tier 2), meeting 2024-03-10, statute version 1, as of 2024-03-20',
        '  ✓ Mandate: the body decides matters of kind "pasientforløp" (§2)',
        ...ssuChecks.en,
        '  ✓ Escalation: escalated to PM on 2024-03-20; not yet on its agenda (§2)',
        'The matter now lies with PM.',
        'Binds no party.',
      ),
    );
  });

  it('with the case it became there and that case’s status', () => {
    const report = assess(state, 'SSU-1');
    expect(assess(state, 'PM-2').status).toBe('adopted');
    expect(report.liesWith).toStrictEqual({ body: 'pm', proposal: 'PM-2', status: 'adopted' });
    const last = (locale: 'nb' | 'nn' | 'en', withNames: boolean) =>
      explain(report, withNames ? { locale, names } : { locale })
        .split('\n')
        .slice(-3);
    expect(last('nb', false)).toStrictEqual([
      '  ✓ Videre behandling: løftet til pm 2024-03-20, videreført som PM-2 (§2)',
      'Saken ligger nå hos pm som PM-2 (vedtatt).',
      'Binder ingen part.',
    ]);
    expect(last('nn', true)).toStrictEqual([
      '  ✓ Vidare handsaming: løfta til PM 2024-03-20, vidareført som PM-2 (§2)',
      'Saka ligg no hos PM som PM-2 (vedteke).',
      'Bind ingen part.',
    ]);
    expect(last('en', true)).toStrictEqual([
      '  ✓ Escalation: escalated to PM on 2024-03-20, continued as PM-2 (§2)',
      'The matter now lies with PM as PM-2 (adopted).',
      'Binds no party.',
    ]);
  });

  it('names the case there by its display name too', () => {
    const report = assess(state, 'SSU-1');
    const line = explain(report, { locale: 'en', names: { pm: 'Partnerskapsmøtet', 'PM-2': 'PM-sak 2/24' } })
      .split('\n')
      .at(-2);
    expect(line).toBe('The matter now lies with Partnerskapsmøtet as PM-sak 2/24 (adopted).');
  });
});

/** The PM decides by `rule` (invented for the test) on two budgets: one member of the HF abstains on B-1 and objects to B-2. */
function ruled(rule: DecisionRule) {
  const withRule: Statute = {
    ...minimalStatute,
    bodies: minimalStatute.bodies.map((b) => (b.id === 'pm' ? { ...b, decision: rule } : b)),
  };
  return scenario(withRule)
    .on('2024-01-01')
    .appoint('pm', 'k', ['k0'], { party: 'a' })
    .appoint('pm', 'k', ['k1'], { party: 'b' })
    .appoint('pm', 'h', ['h0', 'h1'])
    .on('2024-02-01')
    .convene('pm')
    .attend(pmMembers)
    .propose('B-1', 'budget')
    .vote('B-1', { k0: 'for', k1: 'for', h0: 'for', h1: 'abstain' })
    .conclude()
    .propose('B-2', 'budget')
    .vote('B-2', { k0: 'for', k1: 'for', h0: 'for', h1: 'against' })
    .conclude().state;
}

describe('a decision rule made of parts, as text', () => {
  const rule: DecisionRule = {
    kind: 'any',
    rules: [
      { kind: 'unanimity', ref: '§1' },
      { kind: 'each-bloc', rule: { kind: 'consensus', reservationBlocks: false, ref: '§1' }, ref: '§1' },
    ],
    ref: '§1',
  };
  const ruledState = ruled(rule);
  const decisionLines = (report: DecisionReport, locale: 'nb' | 'en') =>
    explain(report, { locale })
      .split('\n')
      .filter((l) => l.startsWith('      ') || /Beslutningsregel|Decision rule/.test(l));

  it('shows each part under the rule, and each side under a per-side part, marked passed or failed', () => {
    expect(decisionLines(assess(ruledState, 'B-1'), 'nb')).toStrictEqual([
      '  ✓ Beslutningsregel: minst én del av regelen er oppfylt (§1)',
      '      ✗ ikke enstemmig: 3 av 4 med stemmerett stemte for; 1 mangler (§1)',
      '      ✓ regelen er oppfylt på hver side (§1)',
      '        ✓ helseforetakssiden: konsensus: 2 av 2 med stemmerett til stede, ingen imot (§1)',
      '        ✓ kommunesiden: konsensus: 2 av 2 med stemmerett til stede, ingen imot (§1)',
    ]);
    expect(decisionLines(assess(ruledState, 'B-2'), 'en')).toStrictEqual([
      '  ✗ Decision rule: no part of the rule holds (§1)',
      '      ✗ not unanimous: 3 of 4 seated voting members for; 1 missing (§1)',
      '      ✗ the rule does not hold on every side (failing: the HF side) (§1)',
      '        ✗ the HF side: no consensus: 1 voting member against (§1)',
      '        ✓ the kommune side: consensus: 2 of 2 voting members present, none against (§1)',
    ]);
  });

  it('shows a part whose code this version does not know (a report read back from JSON) by its code', () => {
    const report = assess(ruledState, 'B-2');
    const json = JSON.parse(JSON.stringify(report)) as DecisionReport;
    const check = json.checks.find((c) => c.id === 'decision-rule') as Extract<
      Check,
      { id: 'decision-rule' }
    >;
    const child = check.outcome.children?.[0] as { code: string };
    child.code = 'later.code';
    expect(decisionLines(json, 'en')[1]).toBe('      ✗ later.code (§1)');
  });
});

describe('codes this version does not know', () => {
  const report = assess(state, 'B-1');
  const mandate = report.checks[0] as Check;

  it('a check shows its code in place of a sentence, with its mark and section', () => {
    const later = { ...mandate, code: 'mandate.later' } as unknown as Check;
    expect(explainCheck(later)).toBe('✓ Mandat: mandate.later (§1)');
    expect(explainCheck({ ...later, ok: false } as Check, { locale: 'en' })).toBe(
      '✗ Mandate: mandate.later (§1)',
    );
    expect(explainer(nn).explainCheck(later)).toBe('✓ Mandat: mandate.later (§1)');
  });

  it('a reason shows its code, with its section where it has one', () => {
    const bare = { code: 'later.code', params: { x: 1 } } as unknown as Reason;
    const cited = { code: 'later.code', params: {}, ref: '§9' } as unknown as Reason;
    expect(explainReason(bare)).toBe('later.code');
    expect(explainReason(cited, { locale: 'nn' })).toBe('later.code (§9)');
    expect(explainer(en).explainReason(cited)).toBe('later.code (§9)');
    expect(
      explainOutcome({ kind: 'rejected', type: 'vote-cast', reasons: [bare, cited] }, { locale: 'en' }),
    ).toBe('Rejected vote-cast: later.code; later.code (§9)');
  });
});

describe('explainReason', () => {
  const reason: Reason = { code: 'party.already-member', params: { party: 'a' } };

  it('writes bokmål by default, and each language on request, with display names', () => {
    expect(explainReason(reason)).toBe('a er allerede med');
    expect(explainReason(reason, { locale: 'nn' })).toBe('a er allereie med');
    expect(explainReason(reason, { locale: 'en', names })).toBe('A is already a member');
  });

  it('writes through explainer what it writes with the same locale', () => {
    expect(explainer(nb).explainReason(reason)).toBe('a er allerede med');
    expect(explainer(nn).explainReason(reason, { names })).toBe('A er allereie med');
    expect(explainer(en).explainReason(reason)).toBe('a is already a member');
  });

  it('refuses a locale it does not write', () => {
    expect(() => explainReason(reason, { locale: 'se' as 'nb' })).toThrow(InputError);
  });
});

describe('assess', () => {
  it('throws UnknownProposalError, naming the proposal, for a case the state does not have', () => {
    const error = (() => {
      try {
        assess(state, 'PM-404');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownProposalError);
    expect(error).toBeInstanceOf(Error);
    expect((error as UnknownProposalError).name).toBe('UnknownProposalError');
    expect((error as UnknownProposalError).message).toBe('assess: no proposal "PM-404" in this state');
    expect((error as UnknownProposalError).proposal).toBe('PM-404');
  });

  it('refuses an asOf that is not a string, saying what it got', () => {
    for (const run of [
      () => assess(state, 'B-1', { asOf: 20240301 as unknown as string }),
      () => assessAll(state, { asOf: 20240301 as unknown as string }),
    ]) {
      expect(run).toThrow(InputError);
      try {
        run();
      } catch (e) {
        expect((e as InputError).issues).toStrictEqual([
          {
            code: 'invalid_date',
            path: ['asOf'],
            params: { received: 'number' },
            message: 'expected a calendar date written YYYY-MM-DD, got number',
          },
        ]);
      }
    }
  });

  it('shows at most 40 characters of an asOf that is no date', () => {
    const received = (asOf: string) => {
      try {
        assess(state, 'B-1', { asOf });
      } catch (e) {
        return (e as InputError).issues[0]?.params;
      }
      return undefined;
    };
    const forty = '2024-13-01'.padEnd(40, 'x');
    expect(received(forty)).toStrictEqual({ received: JSON.stringify(forty) });
    expect(received(`${forty}y`)).toStrictEqual({ received: JSON.stringify(forty) });
    expect(received('2024-02-30')).toStrictEqual({ received: '"2024-02-30"' });
  });

  it('refuses a locale that is not a string, saying what it got', () => {
    const report = assess(state, 'B-1');
    try {
      explain(report, { locale: 7 as unknown as 'nb' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues).toStrictEqual([
        {
          code: 'invalid_value',
          path: ['locale'],
          params: { expected: 'nb | nn | en', oneOf: 'nb, nn, en', received: 'number' },
          message: 'expected one of nb, nn, en, got number',
        },
      ]);
    }
    const long = 'n'.repeat(41);
    try {
      explain(report, { locale: long as 'nb' });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues[0]?.params).toStrictEqual({
        expected: 'nb | nn | en',
        oneOf: 'nb, nn, en',
        received: JSON.stringify('n'.repeat(40)),
      });
    }
  });
});

describe('a matter escalated twice', () => {
  /** The FSU cannot agree on FSU-1, nor the SSU on it as SSU-2; the PM settles it as PM-3 (all invented). */
  const s = scenario(statute)
    .on('2024-01-01')
    .appoint('pm', 'k', ['k0'], { party: 'a' })
    .appoint('pm', 'k', ['k1'], { party: 'b' })
    .appoint('pm', 'h', ['h0', 'h1'])
    .appoint('ssu', 'k', ['s0'], { party: 'a' })
    .appoint('ssu', 'k', ['s1'], { party: 'b' })
    .appoint('ssu', 'h', ['s2', 's3'])
    .appoint('fsu', 'k', ['f0'], { party: 'a' })
    .appoint('fsu', 'h', ['f1'])
    .on('2024-02-01')
    .convene('fsu')
    .propose('FSU-1', 'pathway')
    .attend(['f0', 'f1'])
    .vote('FSU-1', { f0: 'for', f1: 'against' })
    .conclude()
    .on('2024-02-05')
    .escalate('FSU-1')
    .on('2024-03-01')
    .convene('ssu')
    .propose('SSU-2', 'pathway', { escalatedFrom: 'FSU-1' })
    .attend(['s0', 's1', 's2', 's3'])
    .vote('SSU-2', { s0: 'for', s1: 'for', s2: 'for', s3: 'against' })
    .conclude()
    .on('2024-03-05')
    .escalate('SSU-2');
  const second = s.state;
  s.on('2024-04-01')
    .convene('pm')
    .propose('PM-3', 'pathway', { escalatedFrom: 'SSU-2' })
    .attend(pmMembers)
    .vote('PM-3', allFor)
    .conclude();

  it('lies where the last escalation went: the body, then the case there', () => {
    expect(assess(second, 'FSU-1').liesWith).toStrictEqual({ body: 'pm' });
    expect(assess(s.state, 'FSU-1').liesWith).toStrictEqual({
      body: 'pm',
      proposal: 'PM-3',
      status: 'adopted',
    });
    expect(assess(s.state, 'SSU-2').liesWith).toStrictEqual({
      body: 'pm',
      proposal: 'PM-3',
      status: 'adopted',
    });
    expect('liesWith' in assess(s.state, 'PM-3')).toBe(false);
    expect(explain(assess(s.state, 'FSU-1'), { locale: 'en' }).split('\n').slice(-3)).toStrictEqual([
      '  ✓ Escalation: escalated to ssu on 2024-02-05, continued as SSU-2 (§3)',
      'The matter now lies with pm as PM-3 (adopted).',
      'Binds no party.',
    ]);
  });
});

describe('the parts of a report', () => {
  it('a case decided at a meeting: no title, tabler, statements or place it lies when it has none', () => {
    expect(Object.keys(assess(state, 'B-1', { asOf: '2024-03-01' }))).toStrictEqual([
      'proposal',
      'body',
      'bodyName',
      'tier',
      'matter',
      'meeting',
      'date',
      'asOf',
      'statuteVersion',
      'status',
      'valid',
      'kind',
      'checks',
      'ratification',
      'binds',
    ]);
    expect(Object.keys(assess(state, 'SSU-1'))).toStrictEqual([
      'proposal',
      'body',
      'bodyName',
      'tier',
      'matter',
      'meeting',
      'date',
      'asOf',
      'statuteVersion',
      'status',
      'valid',
      'kind',
      'checks',
      'binds',
      'liesWith',
    ]);
  });

  /** The SSU lets the secretariat decide patient pathways up to 50 000 kr (invented for the test). */
  const delegated: Statute = {
    ...minimalStatute,
    bodies: minimalStatute.bodies.map(
      (b): Body =>
        b.id === 'ssu' ? { ...b, secretariat: { matters: ['pathway'], maxAmount: 50_000, ref: '§2' } } : b,
    ),
  };
  const decided = scenario(delegated)
    .on('2024-04-02')
    .secretariatDecides('SEK-1', 'ssu', 'pathway', { amount: 25_000 }).state;

  it('a case the secretariat decided: decided by it, with no meeting', () => {
    expect(assess(decided, 'SEK-1')).toStrictEqual({
      proposal: 'SEK-1',
      body: 'ssu',
      bodyName: 'SSU',
      tier: 2,
      matter: 'pathway',
      decidedBy: 'secretariat',
      date: '2024-04-02',
      asOf: '2024-04-02',
      statuteVersion: '1',
      status: 'adopted',
      valid: true,
      kind: 'decision',
      checks: [
        {
          id: 'mandate',
          ok: true,
          ref: '§2',
          code: 'mandate.decides',
          params: { matter: 'pathway', body: 'ssu' },
        },
        {
          id: 'secretariat',
          ok: true,
          ref: '§2',
          code: 'secretariat.within',
          params: { body: 'ssu', matter: 'pathway', amount: 25_000, maxAmount: 50_000 },
        },
      ],
      binds: [],
    });
  });

  it('a case the secretariat decided, as text', () => {
    const report = assess(decided, 'SEK-1');
    expect(explain(report)).toBe(
      text(
        'SEK-1: vedtatt (gyldig)',
        'SSU (nivå 2), avgjort av sekretariatet 2024-04-02, vedtekter versjon 1, per 2024-04-02',
        '  ✓ Mandat: organet vedtar saker av typen «pathway» (§2)',
        '  ✓ Sekretariatets myndighet: sekretariatet avgjør saker av typen «pathway» på vegne av ssu, innenfor 50\u00a0000 kr (denne: 25\u00a0000 kr) (§2)',
        'Binder ingen part.',
      ),
    );
    expect(explain(report, { locale: 'nn' })).toBe(
      text(
        'SEK-1: vedteke (gyldig)',
        'SSU (nivå 2), avgjort av sekretariatet 2024-04-02, vedtekter versjon 1, per 2024-04-02',
        '  ✓ Mandat: organet vedtek saker av typen «pathway» (§2)',
        '  ✓ Mynde for sekretariatet: sekretariatet avgjer saker av typen «pathway» på vegner av ssu, innanfor 50\u00a0000 kr (denne: 25\u00a0000 kr) (§2)',
        'Bind ingen part.',
      ),
    );
    expect(explain(report, { locale: 'en' })).toBe(
      text(
        'SEK-1: adopted (valid)',
        'SSU (tier 2), decided by the secretariat 2024-04-02, statute version 1, as of 2024-04-02',
        '  ✓ Mandate: the body decides matters of kind "pathway" (§2)',
        '  ✓ Secretariat authority: the secretariat decides "pathway" on behalf of ssu, within NOK 50,000 (this one: NOK 25,000) (§2)',
        'Binds no party.',
      ),
    );
  });
});

describe('explainOutcome', () => {
  it('is empty for an applied event, in every language', () => {
    const applied = { kind: 'applied', type: 'vote-cast' } as const;
    expect(explainOutcome(applied)).toBe('');
    expect(explainOutcome(applied, { locale: 'en' })).toBe('');
    expect(explainer(nn).explainOutcome(applied)).toBe('');
  });
});

describe('explainCheck where the statute states no rule', () => {
  /** The PM's notice and quorum left unstated (invented for the test), met with 10 days' notice by three of four. */
  const unstated: Statute = {
    ...minimalStatute,
    bodies: minimalStatute.bodies.map(
      (b): Body =>
        b.id === 'pm'
          ? { ...b, noticeDays: { kind: 'not-stated', ref: '§1' }, quorum: { kind: 'not-stated', ref: '§1' } }
          : b,
    ),
  };
  const report = scenario(unstated)
    .on('2024-01-01')
    .appoint('pm', 'k', ['k0'], { party: 'a' })
    .appoint('pm', 'k', ['k1'], { party: 'b' })
    .appoint('pm', 'h', ['h0', 'h1'])
    .on('2024-02-01')
    .convene('pm', { noticeDays: 10 })
    .attend(['k0', 'k1', 'h0'])
    .propose('B-1', 'budget')
    .vote('B-1', { k0: 'for', k1: 'for', h0: 'for' })
    .conclude()
    .report('B-1');
  const [, , notice, quorum] = report.checks as [Check, Check, Check, Check];

  it('marks the check – (nothing checked), not ✓', () => {
    expect([notice.code, quorum.code]).toStrictEqual(['notice.not-stated', 'quorum.not-stated']);
    expect(explainCheck(notice)).toBe(
      '– Innkalling: innkalt 10 dager før møtet; vedtektene angir ingen innkallingsfrist, så ingen frist er kontrollert (§1)',
    );
    expect(explainCheck(quorum, { locale: 'nn' })).toBe(
      '– Vedtaksførleik: 3 medlemmer med stemmerett til stades; vedtektene seier ikkje når organet er vedtaksført, så det er ikkje kontrollert (§1)',
    );
    expect(explainCheck(quorum, { locale: 'en' })).toBe(
      '– Quorum: 3 voting members present; the statute states no quorum, so none was checked (§1)',
    );
  });

  it('marks a failed check ✗ whatever its code', () => {
    expect(explainCheck({ ...notice, ok: false } as Check, { locale: 'en' })).toBe(
      '✗ Notice: called 10 days ahead; the statute states no notice period, so none was checked (§1)',
    );
  });
});
