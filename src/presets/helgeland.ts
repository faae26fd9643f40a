/**
 * Helsefellesskap Helgeland: Helgelandssykehuset HF and the kommuner on Helgeland.
 *
 * @module
 */
import { freezeAtSource } from '../model/_deepFreeze.js';
import type { Body, Statute } from '../model/statute.js';
import { consensus, kommunerAsParties, nationalBoard, notStated, seat } from './_shapes.js';
import { standardMatters } from './standardMatters.js';

const osoSlides =
  'Helgelandssykehuset, «Helsefelleskap Helgeland OSO møte 27.5.21» (Mulige fremtidige vedtekter, innholdsfortegnelse)';

/**
 * The candidate kommuner, with 2020 numbering. Membership of the Helgelandssykehuset area is
 * uncertain for some (notably Bindal); see docs/presets.md.
 */
const kommuner = [
  ['bindal', 'Bindal', '1811'],
  ['somna', 'Sømna', '1812'],
  ['bronnoy', 'Brønnøy', '1813'],
  ['vega', 'Vega', '1815'],
  ['vevelstad', 'Vevelstad', '1816'],
  ['heroy', 'Herøy', '1818'],
  ['alstahaug', 'Alstahaug', '1820'],
  ['leirfjord', 'Leirfjord', '1822'],
  ['vefsn', 'Vefsn', '1824'],
  ['grane', 'Grane', '1825'],
  ['hattfjelldal', 'Hattfjelldal', '1826'],
  ['donna', 'Dønna', '1827'],
  ['nesna', 'Nesna', '1828'],
  ['hemnes', 'Hemnes', '1832'],
  ['rana', 'Rana', '1833'],
  ['luroy', 'Lurøy', '1834'],
  ['traena', 'Træna', '1835'],
  ['rodoy', 'Rødøy', '1836'],
] as const;

const hf = 'helgelandssykehuset';

const pm: Body = {
  id: 'pm',
  name: 'Partnerskapsmøtet Helgeland',
  tier: 1,
  seats: [
    ...kommuner.map(([id]) => seat(id, 'kommune', 1, { party: id, bloc: 'kommunesiden', ref: '§4.2' })),
    seat(hf, 'helseforetak', 2, { party: hf, bloc: 'helseforetakssiden', ref: '§4.2' }),
    seat('fastlege', 'fastlege', 1, { ref: '§5' }),
    seat('bruker', 'bruker', 1, { ref: '§6' }),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('§7'),
  mandate: {
    decides: [
      'strategic-direction',
      'budget',
      'cost-sharing',
      'statute-amendment',
      'annual-report',
      'appointment',
    ],
    recommends: [],
    ref: '§4.1',
    settlesDisputes: { ref: 'uenighet' },
  },
  noticeDays: notStated('innkalling'),
  ref: '§4.2',
};

const ssu: Body = {
  id: 'ssu',
  name: 'Strategisk samarbeidsutvalg Helgeland',
  tier: 2,
  seats: [
    seat('kommune', 'kommune', 6, { bloc: 'kommunesiden', appointedBy: 'regionrådene', ref: '§4.3' }),
    seat(hf, 'helseforetak', 6, {
      party: hf,
      bloc: 'helseforetakssiden',
      appointedBy: 'administrerende direktør',
      ref: '§4.3',
    }),
    seat('fastlege', 'fastlege', 1, { ref: '§5' }),
    seat('bruker', 'bruker', 1, { ref: '§6' }),
    seat('sekretariat', 'sekretariat', 1, { rights: ['attend', 'speak'], ref: '§4.5' }),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('§7'),
  mandate: {
    decides: ['strategy', 'action-plan', 'patient-pathway', 'grant-application', 'operational'],
    recommends: ['strategic-direction', 'budget', 'cost-sharing', 'statute-amendment', 'annual-report'],
    ref: '§4.3',
  },
  escalatesTo: 'pm',
  noticeDays: notStated('innkalling'),
  leadership: { oppositeBlocs: true, ref: '§4.3' },
  ref: '§4.3',
};

const fsu: Body = {
  id: 'fsu',
  name: 'Faglig samarbeidsutvalg',
  tier: 3,
  seats: [
    seat('kommune', 'kommune', 4, { bloc: 'kommunesiden', ref: '§4.4' }),
    seat(hf, 'helseforetak', 4, { party: hf, bloc: 'helseforetakssiden', ref: '§4.4' }),
    seat('fastlege', 'fastlege', 1, { ref: '§5' }),
    seat('bruker', 'bruker', 1, { ref: '§6' }),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('§7'),
  mandate: {
    decides: ['procedure', 'service-model'],
    recommends: ['patient-pathway', 'action-plan'],
    ref: '§4.4',
  },
  escalatesTo: 'ssu',
  noticeDays: notStated('innkalling'),
  ref: '§4.4',
};

const fagråd: readonly Body[] = [
  ['fagrad-barn-unge', 'Fagråd barn og unge'],
  ['fagrad-psykisk-rus', 'Fagråd personer med psykiske helse- og rusproblemer'],
  ['fagrad-kroniske', 'Fagråd personer med flere kroniske lidelser'],
  ['fagrad-skropelige-eldre', 'Fagråd skrøpelige eldre'],
].map(([id, name]) => ({
  id: id as string,
  name: name as string,
  tier: 4 as const,
  seats: [
    seat('kommune', 'kommune', 2, { bloc: 'kommunesiden', ref: 'fagråd' }),
    seat(hf, 'helseforetak', 2, { party: hf, bloc: 'helseforetakssiden', ref: 'fagråd' }),
    seat('fastlege', 'fastlege', 1, { ref: '§5' }),
    seat('bruker', 'bruker', 1, { ref: '§6' }),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('§7'),
  mandate: { decides: [], recommends: ['procedure', 'service-model', 'patient-pathway'], ref: 'fagråd' },
  escalatesTo: 'fsu',
  noticeDays: notStated('innkalling'),
  ref: 'fagråd',
}));

/**
 * Helsefellesskap Helgeland, founded at the stiftelsesmøte in Sandnessjøen on 4 May 2023. The
 * section numbers follow the draft vedtekter's table of contents (OSO meeting, 27 May 2021);
 * their text was not available, so seat counts and the decision rule are assumptions (the SSU's
 * 6 + 6 follows its predecessor OSO), and quorum, notice and withdrawal are not stated. The
 * helseforetak is the founding party; each
 * kommune joins when its kommunestyre adopts the statute, and the community counts as
 * established for the state grant when two thirds of the 18 candidate kommuner have joined.
 * Whether all 18 (notably Bindal) belong to the area is uncertain.
 *
 * @example
 * ```ts
 * import { presets } from 'helsefellesskap';
 * presets.helgeland.parties.filter((p) => p.kind === 'kommune').length; // 18
 * ```
 * @category Presets
 */
export const helgeland: Statute = /* @__PURE__ */ freezeAtSource({
  id: 'helgeland',
  title: 'Vedtekter for Helsefellesskap Helgeland',
  version: '2023-05-04',
  effectiveFrom: '2023-05-04',
  sections: {
    '§2': {
      title: 'Parter',
      text: 'Kommuner på Helgeland, Helgelandssykehuset HF, brukere og fastleger. Hvilke kommuner som hører til opptaksområdet er ikke bekreftet (særlig Bindal).',
      source: osoSlides,
      status: 'uncertain',
    },
    '§2.1': {
      title: 'Tilslutning',
      text: 'Kommuner slutter seg til ved vedtak i kommunestyret.',
      source: osoSlides,
      status: 'verified',
    },
    uenighet: {
      title: 'Håndtering av uenighet og tvist',
      text: 'Uenighet løftes til partnerskapsmøtet, som avgjør den; deretter kan partene gå til den lokale og så til den nasjonale tvisteløsningsnemnda. At prosedyren og protokollene fra begge nemndene finnes er bekreftet; innholdet var ikke tilgjengelig, så gangen er antatt.',
      source: 'https://www.helgelandssykehuset.no/fag-og-forskning/samhandling/felles-samarbeidsavtale/',
      status: 'assumption',
    },
    tvisteløsningsnemnda: nationalBoard.section,
    uttreden: {
      title: 'Uttreden',
      text: 'Vedtektenes tekst var ikke tilgjengelig: oppsigelsestiden er ikke angitt her.',
      status: 'not-stated',
    },
    innkalling: {
      title: 'Innkalling',
      text: 'Vedtektenes tekst var ikke tilgjengelig: innkallingsfristen er ikke angitt her.',
      status: 'not-stated',
    },
    vedtaksførhet: {
      title: 'Vedtaksførhet',
      text: 'Vedtektenes tekst var ikke tilgjengelig: kravet til vedtaksførhet er ikke angitt her.',
      status: 'not-stated',
    },
    kriterier: {
      title: 'Kriterier for å lykkes: 2/3 tilslutning',
      text: '2/3 tilslutning for å kunne søke tilskudd fra HOD.',
      source: osoSlides,
      status: 'verified',
    },
    '§4.1': { title: 'Mandat for partnerskapsmøtet', source: osoSlides, status: 'assumption' },
    '§4.2': {
      title: 'Partnerskapsmøtet Helgeland (medlemmer med stemmerett)',
      text: 'Én representant med stemmerett per kommune og to for helseforetaket er antatt; vedtektenes tekst var ikke tilgjengelig.',
      source: osoSlides,
      status: 'assumption',
    },
    '§4.3': {
      title: 'Strategisk samarbeidsutvalg Helgeland',
      text: 'Leder og nestleder fra hver sin part (2023: kommunalsjef i Vefsn og administrerende direktør i HF). 6 + 6 medlemmer som i OSO er antatt.',
      source: 'https://www.helgelandssykehuset.no/nyheter/helsefellesskap-helgeland-er-stiftet/',
      status: 'assumption',
    },
    '§4.4': { title: 'Faglig samarbeidsutvalg', source: osoSlides, status: 'assumption' },
    '§4.5': { title: 'Samhandlingssekretariat', source: osoSlides, status: 'verified' },
    fagråd: {
      title: 'Fagråd (eksempler)',
      text: 'Barn og unge; psykisk helse og rus; flere kroniske lidelser; skrøpelige eldre.',
      source: osoSlides,
      status: 'verified',
    },
    '§5': { title: 'Fastlegens rolle', source: osoSlides, status: 'verified' },
    '§6': { title: 'Brukerrepresentantens rolle', source: osoSlides, status: 'verified' },
    '§7': {
      title: 'Arbeidsform',
      text: 'Konsensus; dissens hindrer ikke. Innholdet er antatt.',
      source: osoSlides,
      status: 'assumption',
    },
    '§8': {
      title: 'Myndighet',
      text: 'Løsningene må godkjennes gjennom vedtak i kommunestyrene og i styret i helseforetaket.',
      source:
        'https://www.helgelandssykehuset.no/ (seed: «Helsefellesskap er ikke hjemlet i lov eller forskrift»)',
      status: 'verified',
    },
    '§9': { title: 'Budsjett', source: osoSlides, status: 'assumption' },
    '§10': { title: 'Årlig melding/Rapportering', source: osoSlides, status: 'verified' },
    'koml. § 11-9': {
      title: 'Kommuneloven § 11-9: vedtaksførhet og flertall',
      text: 'Første ledds ordlyd er ikke verifisert; reglen er derfor data med dokumenterte standardverdier.',
      status: 'uncertain',
    },
  },
  parties: [
    { kind: 'helseforetak', id: hf, name: 'Helgelandssykehuset HF', organ: 'styre' },
    ...kommunerAsParties(kommuner),
  ],
  participants: [
    { role: 'fastlege', name: 'Fastlegerepresentant', ref: '§5' },
    { role: 'bruker', name: 'Brukerrepresentant', ref: '§6' },
    { role: 'sekretariat', name: 'Samhandlingssekretariatet', ref: '§4.5' },
  ],
  bodies: [pm, ssu, fsu, ...fagråd],
  matters: standardMatters,
  ratification: [
    {
      id: 'forpliktende',
      matters: ['budget', 'cost-sharing', 'strategic-direction'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
      ref: '§8',
    },
    {
      id: 'vedtekter',
      matters: ['statute-amendment'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
      ref: '§8',
    },
  ],
  amendment: { matter: 'statute-amendment', body: 'pm', ref: '§8' },
  membership: {
    founding: [hf],
    withdrawalNoticeMonths: notStated('uttreden'),
    establishment: {
      threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
      ref: 'kriterier',
    },
    ref: '§2.1',
  },
  disputeBoards: [
    {
      id: 'lokal-tvistelosningsnemnd',
      name: 'Lokal tvisteløsningsnemnd Helgeland',
      level: 'local',
      ref: 'uenighet',
    },
    nationalBoard.board,
  ],
});
