/**
 * Helsefellesskap Helgeland, played through: the kommunestyrer join until two thirds have
 * joined; an SSU patient pathway fails consensus and goes up to the partnerskapsmøte; the
 * partnerskapsmøte settles it and adopts a budget that the kommunestyrer must ratify; and a
 * what-if: three kommunestyrer say no.
 *
 * Run: npm run demo            (Norwegian, bokmål)
 *      npm run demo -- --lang nn  (nynorsk)
 *      npm run demo -- --lang en
 *      npm run demo -- --events  (prints the log of steps 1 to 4 as JSON Lines instead, for the CLI)
 *
 * Dates, people and votes are invented for the example; the statute is the `helgeland` preset
 * (see docs/presets.md for what in it is sourced and what is assumed).
 */
import {
  assessEstablishment,
  explain,
  explainEstablishment,
  explainStatus,
  type Fact,
  type GovernanceEvent,
  type Locale,
  namesOf,
  presets,
  requirements,
  scenario,
  whatIf,
} from 'helsefellesskap';

const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : 'nb';
const locale: Locale = lang === 'en' || lang === 'nn' ? lang : 'nb';
const t = (nb: string, nn: string, en: string): string => ({ nb, nn, en })[locale];
const events = process.argv.includes('--events');
/** The story, left out when the demo prints its log instead. */
const say = (text = ''): void => {
  if (!events) console.log(text);
};
const statute = presets.helgeland;
const names = namesOf(statute);
const name = (id: string) => names[id] ?? id;
const list = (items: readonly string[]) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${t('og', 'og', 'and')} ${items.at(-1)}`;
const heading = (text: string) => say(`\n${text}\n${'─'.repeat(text.length)}`);

const kommuner = statute.parties.filter((p) => p.kind === 'kommune').map((p) => p.id);
const hf = 'helgelandssykehuset';
const s = scenario(statute);

// 1. The kommunestyrer join.
heading(
  t(
    '1. Etablering: kommunestyrene slutter seg til',
    '1. Etablering: kommunestyra sluttar seg til',
    '1. Establishment: the kommunestyrer join',
  ),
);
const firstEleven = [
  'vefsn',
  'alstahaug',
  'leirfjord',
  'bronnoy',
  'heroy',
  'donna',
  'hattfjelldal',
  'grane',
  'hemnes',
  'nesna',
  'vevelstad',
];
s.on('2023-06-20').join(...firstEleven);
const afterEleven = assessEstablishment(s.state, { asOf: '2023-06-30' });
if (afterEleven !== undefined) {
  say(explainEstablishment(afterEleven, { locale }));
  say(
    t('  Ikke med ennå: ', '  Ikkje med enno: ', '  Not yet joined: ') +
      afterEleven.notJoined.map(name).join(', '),
  );
}
s.on('2023-09-14').join('rana');
const afterTwelve = assessEstablishment(s.state, { asOf: '2023-09-30' });
if (afterTwelve !== undefined) say(explainEstablishment(afterTwelve, { locale }));
s.on('2023-11-30').join(...kommuner.filter((k) => !firstEleven.includes(k) && k !== 'rana'));

// 2. The SSU: a patient pathway that fails consensus.
heading(
  t(
    '2. SSU: pasientforløp for skrøpelige eldre',
    '2. SSU: pasientforløp for skrøpelege eldre',
    '2. SSU: a patient pathway for frail elderly people',
  ),
);
const ssuKommuner = ['vefsn', 'rana', 'bronnoy', 'alstahaug', 'hemnes', 'vega'];
s.on('2024-01-02');
for (const k of ssuKommuner)
  s.appoint('ssu', 'kommune', [`ssu-${k}`], { party: k, appointedBy: 'regionrådene' });
s.appoint(
  'ssu',
  hf,
  [1, 2, 3, 4, 5, 6].map((i) => `ssu-hf-${i}`),
  { appointedBy: 'administrerende direktør' },
)
  .appoint('ssu', 'fastlege', ['ssu-fastlege'])
  .appoint('ssu', 'bruker', ['ssu-bruker'])
  .appoint('ssu', 'sekretariat', ['samhandlingssjef']);
const ssu = [
  ...ssuKommuner.map((k) => `ssu-${k}`),
  ...[1, 2, 3, 4, 5, 6].map((i) => `ssu-hf-${i}`),
  'ssu-fastlege',
  'ssu-bruker',
];
s.on('2024-03-14')
  .convene('ssu', { chair: 'ssu-vefsn' })
  .propose('SSU-2024-07', 'patient-pathway', {
    title: t(
      'Pasientforløp for skrøpelige eldre',
      'Pasientforløp for skrøpelege eldre',
      'Patient pathway for frail elderly people',
    ),
  })
  .attend([...ssu, 'samhandlingssjef'])
  .vote(
    'SSU-2024-07',
    { ...Object.fromEntries(ssu.map((m) => [m, 'for' as const])), 'ssu-hf-3': 'against' },
    { 'ssu-hf-3': 'Mangler kapasitet i spesialisthelsetjenesten' },
  )
  .conclude()
  .on('2024-03-20')
  .escalate('SSU-2024-07');
say(explain(s.report('SSU-2024-07'), { locale, names }));

// 3. The partnerskapsmøte settles the pathway and adopts a budget.
heading(t('3. Partnerskapsmøtet', '3. Partnarskapsmøtet', '3. The partnerskapsmøte'));
s.on('2024-04-02');
for (const k of kommuner) s.appoint('pm', k, [`pm-${k}`]);
s.appoint('pm', hf, ['pm-hf-styreleder', 'pm-hf-direktør'])
  .appoint('pm', 'fastlege', ['pm-fastlege'])
  .appoint('pm', 'bruker', ['pm-bruker']);
const pm = [
  ...kommuner.map((k) => `pm-${k}`),
  'pm-hf-styreleder',
  'pm-hf-direktør',
  'pm-fastlege',
  'pm-bruker',
];
const allFor = Object.fromEntries(pm.map((m) => [m, 'for' as const]));
s.on('2024-06-12')
  .convene('pm', { chair: 'pm-vefsn' })
  .attend(pm)
  .propose('PM-2024-1', 'patient-pathway', {
    escalatedFrom: 'SSU-2024-07',
    title: t(
      'Pasientforløp for skrøpelige eldre',
      'Pasientforløp for skrøpelege eldre',
      'Patient pathway for frail elderly people',
    ),
  })
  .vote('PM-2024-1', allFor)
  .conclude()
  .propose('PM-2024-2', 'budget', {
    title: t(
      'Budsjett for interkommunal samhandlingssjef',
      'Budsjett for interkommunal samhandlingssjef',
      'Budget for an inter-municipal head of coordination',
    ),
  })
  .vote('PM-2024-2', allFor)
  .conclude();
say(explain(s.report('PM-2024-1'), { locale, names }));
say();
say(
  t('Saken i SSU: ', 'Saka i SSU: ', 'The SSU case: ') +
    explain(s.report('SSU-2024-07'), { locale, names })
      .split('\n')
      .find((line) => line.startsWith(t('Saken ligger', 'Saka ligg', 'The matter'))),
);

// 4. Ratification by the kommunestyrer and the HF board.
heading(
  t(
    '4. Tilslutning i kommunestyrene og helseforetakets styre',
    '4. Tilslutning i kommunestyra og styret i helseføretaket',
    '4. Ratification by the kommunestyrer and the HF board',
  ),
);
const lastThree = ['vega', 'traena', 'rodoy'];
s.on('2024-09-26')
  .ratify('PM-2024-2', [hf])
  .ratify(
    'PM-2024-2',
    kommuner.filter((k) => !lastThree.includes(k)),
    'adopted',
    {
      councilVote: { members: 27, present: 27, for: 21, against: 6 },
    },
  );
say(explain(s.report('PM-2024-2'), { locale, names }));
const fact = (f: Fact) => name(f.kind === 'ratification' ? f.party : f.member);
for (const option of requirements(s.state, 'PM-2024-2').options) {
  const any = option.choose.map((c) =>
    t(
      `${c.count} av ${c.of.map(fact).join(', ')}`,
      `${c.count} av ${c.of.map(fact).join(', ')}`,
      `any ${c.count} of ${c.of.map(fact).join(', ')}`,
    ),
  );
  say(t('Dette mangler: ', 'Dette manglar: ', 'Still missing: ') + list([...option.all.map(fact), ...any]));
}

// 5. What if three kommunestyrer say no?
heading(
  t(
    '5. Hva om tre kommunestyrer sier nei?',
    '5. Kva om tre kommunestyre seier nei?',
    '5. What if three kommunestyrer say no?',
  ),
);
const vedtak = (decision: 'adopted' | 'rejected'): GovernanceEvent[] =>
  lastThree.map((party) => ({
    type: 'ratification-recorded',
    at: '2024-10-24',
    proposal: 'PM-2024-2',
    party,
    organ: 'kommunestyre',
    decision,
  }));
const no = whatIf(s.state, vedtak('rejected'));
const noReport = no.after.find((r) => r.proposal === 'PM-2024-2');
if (noReport !== undefined) {
  say(
    t(
      `Nei fra ${list(lastThree.map(name))}: vedtaket er fortsatt «${explainStatus(noReport.status, { locale })}» og binder ingen part. Alle kommunestyrer må slutte seg til (${noReport.ratification?.ref}); de tre kan behandle saken på nytt — det siste vedtaket teller.`,
      `Nei frå ${list(lastThree.map(name))}: vedtaket er framleis «${explainStatus(noReport.status, { locale })}» og bind ingen part. Alle kommunestyra må slutte seg til (${noReport.ratification?.ref}); dei tre kan handsame saka på nytt — det siste vedtaket tel.`,
      `No from ${list(lastThree.map(name))}: the decision is still "${explainStatus(noReport.status, { locale })}" and binds no party. Every kommunestyre must adopt it (${noReport.ratification?.ref}); the three may reconsider — the latest vedtak counts.`,
    ),
  );
}
const yes = whatIf(s.state, vedtak('adopted'));
const status = (value: Parameters<typeof explainStatus>[0] | undefined) =>
  value === undefined ? '-' : explainStatus(value, { locale });
for (const change of yes.changes) {
  say(
    t(
      `Ja fra de tre: ${change.proposal} går fra «${status(change.before?.status)}» til «${status(change.after?.status)}» og binder ${change.after?.binds.length} parter.`,
      `Ja frå dei tre: ${change.proposal} går frå «${status(change.before?.status)}» til «${status(change.after?.status)}» og bind ${change.after?.binds.length} partar.`,
      `Yes from the three: ${change.proposal} goes from "${status(change.before?.status)}" to "${status(change.after?.status)}" and binds ${change.after?.binds.length} parties.`,
    ),
  );
}

if (events) for (const event of s.events) console.log(JSON.stringify(event));
