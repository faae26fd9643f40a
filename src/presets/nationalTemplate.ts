/**
 * A template statute for a helsefellesskap, after the 2019 agreement between the government and
 * KS: three tiers and four fagråd, consensus, ratification by each party's own organ.
 *
 * @module
 */
import { freezeAtSource } from '../model/_deepFreeze.js';
import type { Statute } from '../model/statute.js';
import { consensus, halfPresentEachSide, nationalBoard, seat } from './_shapes.js';
import { standardMatters } from './standardMatters.js';

const agreement =
  'https://www.regjeringen.no/no/dokumenter/prop.-102-l-20202021/id2838066/?ch=2 (avtale mellom regjeringen og KS, 23.10.2019)';

const fagråd = [
  ['fagrad-barn-unge', 'Fagråd barn og unge'],
  ['fagrad-psykisk-rus', 'Fagråd alvorlige psykiske lidelser og rus'],
  ['fagrad-skropelige-eldre', 'Fagråd skrøpelige eldre'],
  ['fagrad-kroniske', 'Fagråd flere kroniske lidelser'],
] as const;

/**
 * A template statute (not a real community): one helseforetak and three placeholder kommuner
 * (kommunenummer 9991–9993, which no real kommune has), a partnerskapsmøte, an SSU, an FSU and a
 * fagråd for each of the four priority groups, all deciding by consensus. Sections marked
 * `assumption` are choices the national sources leave open (quorum, notice, withdrawal); see
 * docs/presets.md.
 *
 * @example
 * ```ts
 * import { presets } from 'helsefellesskap';
 * presets.nationalTemplate.bodies.map((b) => `${b.tier} ${b.name}`);
 * ```
 * @category Presets
 */
export const nationalTemplate: Statute = /* @__PURE__ */ freezeAtSource({
  id: 'nasjonal-mal',
  title: 'Mal for vedtekter for helsefellesskap',
  version: '1',
  effectiveFrom: '2020-01-01',
  sections: {
    '§1': {
      title: 'Parter og formål',
      text: 'Helseforetaket og kommunene i opptaksområdet er likeverdige partnere; fastleger og brukere deltar på alle nivå.',
      source: agreement,
      status: 'verified',
    },
    '§2': {
      title: 'Medlemskap og uttreden',
      text: 'En part kan tre ut med 12 måneders varsel.',
      status: 'assumption',
    },
    '§3': {
      title: 'Partnerskapsmøtet',
      text: 'Årlig møte for politisk og administrativ toppledelse; bestemmer den overordnede strategiske retningen.',
      source: agreement,
      status: 'verified',
    },
    '§3.1': {
      title: 'Partnerskapsmøtets sammensetning',
      text: 'Én representant for hver kommune, to for helseforetaket, én fastlege og én brukerrepresentant.',
      status: 'assumption',
    },
    '§4': {
      title: 'Strategisk samarbeidsutvalg',
      text: 'Administrativ og faglig ledelse; utvikler strategier og handlingsplaner, beslutter pasientforløp og løpende saker.',
      source: agreement,
      status: 'verified',
    },
    '§4.1': {
      title: 'SSUs sammensetning',
      text: 'Like mange representanter fra kommunene og helseforetaket, og én fastlege og én brukerrepresentant.',
      status: 'assumption',
    },
    '§4.2': {
      title: 'Ledelse av SSU',
      text: 'Leder og nestleder kommer fra hver sin side, og ledelsen veksler mellom kommunene og helseforetaket hvert annet år.',
      source:
        'The common pattern (Agder, Lofoten/Vesterålen/Salten, Innlandet fagutvalg, Oslo, Helgeland 2023); no start date: each community states its own',
      status: 'verified',
    },
    '§5': {
      title: 'Faglig samarbeidsutvalg',
      text: 'Utvikler prosedyrer og tjenestemodeller, og forbereder saker for SSU.',
      source: agreement,
      status: 'verified',
    },
    '§6': {
      title: 'Fagråd for de fire prioriterte pasientgruppene',
      text: 'Barn og unge; alvorlige psykiske lidelser og rus; skrøpelige eldre; flere kroniske lidelser.',
      source: agreement,
      status: 'verified',
    },
    '§7': {
      title: 'Arbeidsform: konsensus',
      text: 'Beslutninger tas ved konsensus.',
      source:
        'https://www.helse-stavanger.no/fag-og-forskning/samhandling/samhandlingsfora/ ; https://www.finnmarkssykehuset.no/fag-og-forskning/samhandling/helsefelleskapet/partnerskapsmote/',
      status: 'verified',
    },
    '§7.1': {
      title: 'Vedtaksførhet',
      text: 'Minst halvparten av medlemmene med stemmerett til stede, minst én fra hver side.',
      status: 'assumption',
    },
    '§7.2': { title: 'Innkalling', text: 'Innkalling minst 14 dager før møtet.', status: 'assumption' },
    '§7.3': {
      title: 'Dissens',
      text: 'En protokollført dissens hindrer ikke konsensus.',
      status: 'assumption',
    },
    '§8': {
      title: 'Myndighet',
      text: 'Løsningene må godkjennes gjennom vedtak i kommunestyrene og i helseforetakets styre; hver part vedtar på selvstendig grunnlag og bindes bare av eget vedtak.',
      source:
        'https://www.helgelandssykehuset.no/ (Helsefellesskap Helgeland, «Helsefellesskap er ikke hjemlet i lov»)',
      status: 'verified',
    },
    '§8.1': {
      title: 'Forpliktende saker',
      text: 'Alt som forplikter skal opp i partnerskapsmøtet.',
      source:
        'https://www.finnmarkssykehuset.no/fag-og-forskning/samhandling/helsefelleskapet/partnerskapsmote/',
      status: 'verified',
    },
    '§9': {
      title: 'Endring av vedtektene',
      text: 'Partnerskapsmøtet vedtar endringer; de trer i kraft når alle kommunestyrer og helseforetakets styre har sluttet seg til.',
      status: 'assumption',
    },
    tvisteløsningsnemnda: nationalBoard.section,
    '§10': {
      title: 'Uenighet',
      text: 'Uenighet løftes fra FSU til SSU og videre til partnerskapsmøtet.',
      source:
        'https://www.helse-mr.no/fag-og-forsking/samhandling/helsefellesskap-more-og-romsdal/strategisk-samarbeidsutval/',
      status: 'verified',
    },
  },
  parties: [
    { kind: 'helseforetak', id: 'hf', name: 'Helseforetaket HF', organ: 'styre' },
    { kind: 'kommune', id: 'kommune-a', name: 'Kommune A', kommunenummer: '9991', organ: 'kommunestyre' },
    { kind: 'kommune', id: 'kommune-b', name: 'Kommune B', kommunenummer: '9992', organ: 'kommunestyre' },
    { kind: 'kommune', id: 'kommune-c', name: 'Kommune C', kommunenummer: '9993', organ: 'kommunestyre' },
  ],
  participants: [
    { role: 'fastlege', name: 'Fastlegerepresentant', ref: '§1' },
    { role: 'bruker', name: 'Brukerrepresentant', ref: '§1' },
    { role: 'sekretariat', name: 'Samhandlingssekretariatet', ref: '§1' },
  ],
  bodies: [
    {
      id: 'pm',
      name: 'Partnerskapsmøtet',
      tier: 1,
      seats: [
        seat('kommune', 'kommune', 3, { bloc: 'kommunesiden', appointedBy: 'kommunestyret', ref: '§3.1' }),
        seat('helseforetak', 'helseforetak', 2, {
          bloc: 'helseforetakssiden',
          party: 'hf',
          appointedBy: 'styret',
          ref: '§3.1',
        }),
        seat('fastlege', 'fastlege', 1, { ref: '§3.1' }),
        seat('bruker', 'bruker', 1, { ref: '§3.1' }),
      ],
      quorum: halfPresentEachSide('§7.1'),
      decision: consensus('§7'),
      mandate: {
        decides: ['strategic-direction', 'budget', 'cost-sharing', 'statute-amendment', 'annual-report'],
        recommends: [],
        ref: '§3',
        settlesDisputes: { ref: '§10' },
      },
      noticeDays: 14,
      ref: '§3',
    },
    {
      id: 'ssu',
      name: 'Strategisk samarbeidsutvalg',
      tier: 2,
      seats: [
        seat('kommune', 'kommune', 3, {
          bloc: 'kommunesiden',
          appointedBy: 'kommunedirektøren',
          ref: '§4.1',
        }),
        seat('helseforetak', 'helseforetak', 3, {
          bloc: 'helseforetakssiden',
          party: 'hf',
          appointedBy: 'administrerende direktør',
          ref: '§4.1',
        }),
        seat('fastlege', 'fastlege', 1, { ref: '§4.1' }),
        seat('bruker', 'bruker', 1, { ref: '§4.1' }),
        seat('sekretariat', 'sekretariat', 1, { rights: ['attend', 'speak'], ref: '§4.1' }),
      ],
      quorum: halfPresentEachSide('§7.1'),
      decision: consensus('§7'),
      mandate: {
        decides: [
          'strategy',
          'action-plan',
          'patient-pathway',
          'appointment',
          'grant-application',
          'operational',
        ],
        recommends: ['strategic-direction', 'budget', 'cost-sharing', 'statute-amendment', 'annual-report'],
        ref: '§4',
        settlesDisputes: { ref: '§10' },
      },
      escalatesTo: 'pm',
      noticeDays: 14,
      leadership: { oppositeBlocs: true, rotationYears: 2, ref: '§4.2' },
      ref: '§4',
    },
    {
      id: 'fsu',
      name: 'Faglig samarbeidsutvalg',
      tier: 3,
      seats: [
        seat('kommune', 'kommune', 3, { bloc: 'kommunesiden', ref: '§5' }),
        seat('helseforetak', 'helseforetak', 3, { bloc: 'helseforetakssiden', party: 'hf', ref: '§5' }),
        seat('fastlege', 'fastlege', 1, { ref: '§5' }),
        seat('bruker', 'bruker', 1, { ref: '§5' }),
      ],
      quorum: halfPresentEachSide('§7.1'),
      decision: consensus('§7'),
      mandate: {
        decides: ['procedure', 'service-model'],
        recommends: ['patient-pathway', 'action-plan'],
        ref: '§5',
      },
      escalatesTo: 'ssu',
      noticeDays: 14,
      ref: '§5',
    },
    ...fagråd.map(([id, name]) => ({
      id,
      name,
      tier: 4 as const,
      seats: [
        seat('kommune', 'kommune', 2, { bloc: 'kommunesiden', ref: '§6' }),
        seat('helseforetak', 'helseforetak', 2, { bloc: 'helseforetakssiden', party: 'hf', ref: '§6' }),
        seat('fastlege', 'fastlege', 1, { ref: '§6' }),
        seat('bruker', 'bruker', 1, { ref: '§6' }),
      ],
      quorum: halfPresentEachSide('§7.1'),
      decision: consensus('§7'),
      mandate: { decides: [], recommends: ['procedure', 'service-model', 'patient-pathway'], ref: '§6' },
      escalatesTo: 'fsu',
      noticeDays: 14,
      ref: '§6',
    })),
  ],
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
      effect: 'all-or-nothing',
      ref: '§9',
    },
  ],
  amendment: { matter: 'statute-amendment', body: 'pm', ref: '§9' },
  membership: { withdrawalNoticeMonths: 12, ref: '§2' },
  disputeBoards: [nationalBoard.board],
});
