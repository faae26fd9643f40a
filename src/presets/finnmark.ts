/**
 * Helsefellesskapet i Finnmark: Finnmarkssykehuset HF and the kommuner of Finnmark.
 *
 * @module
 */
import { freezeAtSource } from '../model/_deepFreeze.js';
import type { Body, Statute } from '../model/statute.js';
import { consensus, kommunerAsParties, notStated, observer, seat } from './_shapes.js';
import { standardMatters } from './standardMatters.js';

const pmPage =
  'https://www.finnmarkssykehuset.no/fag-og-forskning/samhandling/helsefelleskapet/partnerskapsmote/';
const suPage =
  'https://www.finnmarkssykehuset.no/fag-og-forskning/samhandling/helsefelleskapet/strategisk-samarbeidsutvalg-su/';

/** The 18 kommuner of Finnmark, 2024 numbering, with the names the sources use. */
const kommuner = [
  ['alta', 'Alta', '5601'],
  ['hammerfest', 'Hammerfest', '5603'],
  ['sor-varanger', 'Sør-Varanger', '5605'],
  ['vadso', 'Vadsø', '5607'],
  ['karasjok', 'Karasjok', '5610'],
  ['kautokeino', 'Kautokeino', '5612'],
  ['loppa', 'Loppa', '5614'],
  ['hasvik', 'Hasvik', '5616'],
  ['masoy', 'Måsøy', '5618'],
  ['nordkapp', 'Nordkapp', '5620'],
  ['porsanger', 'Porsanger', '5622'],
  ['lebesby', 'Lebesby', '5624'],
  ['gamvik', 'Gamvik', '5626'],
  ['tana', 'Tana', '5628'],
  ['berlevag', 'Berlevåg', '5630'],
  ['batsfjord', 'Båtsfjord', '5632'],
  ['vardo', 'Vardø', '5634'],
  ['nesseby', 'Nesseby', '5636'],
] as const;

/** The five kommuner with a seat in the SU (from its member list). */
const suKommuner = ['hammerfest', 'alta', 'vadso', 'gamvik', 'karasjok'] as const;

const pm: Body = {
  id: 'pm',
  name: 'Partnerskapsmøtet',
  tier: 1,
  seats: [
    ...kommuner.map(([id]) =>
      seat(id, 'kommune', 1, { party: id, bloc: 'kommunesiden', appointedBy: 'kommunedirektør', ref: 'pm' }),
    ),
    seat('fin', 'helseforetak', 1, { party: 'fin', bloc: 'helseforetakssiden', ref: 'pm-hf' }),
    ...(
      [
        ['samhandlingsutvalget', 'samhandlingsutvalget'],
        ['statsforvalter', 'statsforvalter'],
        ['universitet', 'universitet'],
        ['tillitsvalgt', 'tillitsvalgt'],
        ['fastlege', 'fastlege'],
        ['bruker', 'bruker'],
        ['pasient-og-brukerombud', 'pasient-og-brukerombud'],
        ['ks', 'ks'],
      ] as const
    ).map(([id, role]) => seat(id, role, 1, { rights: observer, ref: 'pm-observatører' })),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('pm'),
  mandate: {
    decides: [
      'strategic-direction',
      'budget',
      'cost-sharing',
      'statute-amendment',
      'action-plan',
      'annual-report',
    ],
    recommends: [],
    ref: 'pm',
    settlesDisputes: { ref: 'uenighet' },
  },
  noticeDays: notStated('innkalling'),
  ref: 'pm',
};

const su: Body = {
  id: 'su',
  name: 'Strategisk samarbeidsutvalg',
  tier: 2,
  seats: [
    ...suKommuner.map((id) =>
      seat(id, 'kommune', 1, { party: id, bloc: 'kommunesiden', ref: 'su-medlemmer' }),
    ),
    seat('fin', 'helseforetak', 5, { party: 'fin', bloc: 'helseforetakssiden', ref: 'su-medlemmer' }),
    ...(
      [
        ['brukerutvalget', 'bruker'],
        ['pasient-og-brukerombud', 'pasient-og-brukerombud'],
        ['ansatt-fin', 'tillitsvalgt'],
        ['ansatt-kommune', 'tillitsvalgt'],
        ['fylkeslege', 'fylkeslege'],
        ['ks', 'ks'],
        ['uit', 'universitet'],
      ] as const
    ).map(([id, role]) => seat(id, role, 1, { rights: ['attend', 'speak'], ref: 'su-observatører' })),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('su-delegasjon'),
  mandate: {
    decides: [
      'strategy',
      'patient-pathway',
      'procedure',
      'service-model',
      'grant-application',
      'operational',
      'appointment',
    ],
    recommends: [
      'strategic-direction',
      'budget',
      'cost-sharing',
      'statute-amendment',
      'action-plan',
      'annual-report',
    ],
    ref: 'su-mandat',
  },
  escalatesTo: 'pm',
  noticeDays: notStated('innkalling'),
  delegation: {
    matters: ['strategy', 'patient-pathway', 'procedure', 'service-model', 'operational'],
    ref: 'su-delegasjon',
  },
  substitutes: { kind: 'ordered', per: 'bloc', ref: 'su-vara' },
  ref: 'su-mandat',
};

/**
 * Helsefellesskapet i Finnmark: Finnmarkssykehuset HF and the kommuner of Finnmark, from the
 * helseforetak's pages on the partnerskapsmøte and the strategisk samarbeidsutvalg (SU). Verified:
 * the PM's members (kommunedirektør of every kommune, the HF's leadership) and observers with
 * talerett, that everything that commits goes to the PM and is decided by consensus; the SU's
 * 5 + 5 members with seven observers with møte- og talerett, and the delegation by the
 * kommunestyrer and the HF board to decide by consensus, binding both, within adopted frames.
 * Assumed: that the SU's ten vote, the HF's single PM seat, the split of matters, and
 * ratification of what commits, and the date it took effect (1 January 2021). Not stated: quorum,
 * notice, withdrawal.
 *
 * @example
 * ```ts
 * import { presets } from 'helsefellesskap';
 * const su = presets.finnmark.bodies.find((b) => b.id === 'su');
 * su?.seats.filter((s) => s.rights.includes('vote')).reduce((n, s) => n + s.count, 0); // 10
 * ```
 * @category Presets
 */
export const finnmark: Statute = /* @__PURE__ */ freezeAtSource({
  id: 'finnmark',
  title: 'Helsefellesskapet i Finnmark',
  version: 'nettsidene',
  effectiveFrom: '2021-01-01',
  sections: {
    ikrafttredelse: {
      title: 'Ikrafttredelse',
      text: 'Datoen da helsefellesskapet ble etablert, er ikke funnet; 1. januar 2021 er antatt. Versjonen er slik helseforetakets nettsider beskriver ordningen.',
      status: 'assumption',
    },
    parter: {
      title: 'Parter',
      text: 'Finnmarkssykehuset HF og kommunene i Finnmark («alle kommuner i Finnmark»). At alle 18 er med, er utledet.',
      source: pmPage,
      status: 'uncertain',
    },
    pm: {
      title: 'Partnerskapsmøtet',
      text: 'Alt som forplikter skal opp i partnerskapsmøte (eksempel tjenesteavtaler og sykestueavtalen). Beslutninger baseres på konsensus og skal være førende for samhandlingsarbeidet. Rådmenn/kommunedirektører fra alle kommuner i Finnmark, administrerende direktør og foretaksledelsen.',
      source: pmPage,
      status: 'verified',
    },
    'pm-hf': {
      title: 'Helseforetakets plass i partnerskapsmøtet',
      text: 'Administrerende direktør og foretaksledelsen møter; én plass med stemmerett for helseforetaket er antatt.',
      source: pmPage,
      status: 'assumption',
    },
    'pm-observatører': {
      title: 'Observatører med talerett i partnerskapsmøtet',
      text: 'Samhandlingsutvalget, Fylkesmannen, Universitetet, Tillitsvalgte, Fastlege, Brukerrepresentant, Pasient- og brukerombud, KS.',
      source: pmPage,
      status: 'verified',
    },
    'su-mandat': {
      title: 'Strategisk samarbeidsutvalg',
      text: 'SU beslutter saker av overordnet, prinsipiell karakter og saker med større økonomiske og administrative konsekvenser. Fordelingen av sakstyper mellom PM og SU er antatt.',
      source: suPage,
      status: 'assumption',
    },
    'su-delegasjon': {
      title: 'Delegert myndighet',
      text: 'Kommunestyret og styret i helseforetaket delegerer makt og myndighet til samarbeidsutvalget til å fatte vedtak som binder begge parter ved konsensus innenfor de rammer som er vedtatt.',
      source: suPage,
      status: 'verified',
    },
    'su-medlemmer': {
      title: 'Medlemmer i SU',
      text: '5 fra Finnmarkssykehuset, blant dem leder; 5 fra kommunene Hammerfest, Alta, Vadsø, Gamvik og Karasjok, med vara fra Måsøy, Nordkapp og Kautokeino. At de ti har stemmerett, er utledet av kontrasten til «møte- og talerett».',
      source: suPage,
      status: 'uncertain',
    },
    'su-vara': {
      title: 'Vara i SU',
      text: 'Vara fra Måsøy, Nordkapp og Kautokeino for kommunenes fem medlemmer. At de står på én liste for kommunesiden og kalles inn i tur, er antatt: tre vara for fem medlemmer kan ikke være personlige. Helseforetakets vara er ikke oppgitt.',
      source: suPage,
      status: 'assumption',
    },
    'su-observatører': {
      title: 'Medlemmer med møte- og talerett i SU',
      text: 'Brukerutvalget FIN, Pasient- og brukerombud, ansattrepresentant FIN, ansattrepresentant kommune (Sør-Varanger), Fylkeslege, KS, UiT.',
      source: suPage,
      status: 'verified',
    },
    forpliktende: {
      title: 'Forpliktende saker',
      text: 'At saker som forplikter partene vedtas av hver part i kommunestyret og styret, er antatt.',
      status: 'assumption',
    },
    vedtaksførhet: {
      title: 'Vedtaksførhet',
      text: 'Kildene angir ikke når organene er vedtaksføre.',
      status: 'not-stated',
    },
    innkalling: { title: 'Innkalling', text: 'Kildene angir ingen innkallingsfrist.', status: 'not-stated' },
    uenighet: {
      title: 'Uenighet',
      text: 'Uenighet i samarbeidsutvalget løftes til partnerskapsmøtet, som avgjør den. Antatt etter mønsteret i andre helsefellesskap; kildene sier ikke hvor uenighet avgjøres.',
      status: 'assumption',
    },
    uttreden: { title: 'Uttreden', text: 'Kildene angir ingen oppsigelsestid.', status: 'not-stated' },
  },
  parties: [
    { kind: 'helseforetak', id: 'fin', name: 'Finnmarkssykehuset HF', organ: 'styre' },
    ...kommunerAsParties(kommuner),
  ],
  participants: [
    { role: 'fastlege', name: 'Fastlege', ref: 'pm-observatører' },
    { role: 'bruker', name: 'Brukerrepresentant', ref: 'pm-observatører' },
    { role: 'tillitsvalgt', name: 'Tillitsvalgte', ref: 'pm-observatører' },
    { role: 'ks', name: 'KS', ref: 'pm-observatører' },
    { role: 'pasient-og-brukerombud', name: 'Pasient- og brukerombud', ref: 'pm-observatører' },
    { role: 'statsforvalter', name: 'Fylkesmannen (Statsforvalteren)', ref: 'pm-observatører' },
    { role: 'universitet', name: 'Universitetet (UiT)', ref: 'pm-observatører' },
    { role: 'samhandlingsutvalget', name: 'Samhandlingsutvalget', ref: 'pm-observatører' },
    { role: 'fylkeslege', name: 'Fylkeslege', ref: 'su-observatører' },
  ],
  bodies: [pm, su],
  matters: standardMatters,
  ratification: [
    {
      id: 'forpliktende',
      matters: ['budget', 'cost-sharing', 'strategic-direction', 'statute-amendment'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
      ref: 'forpliktende',
    },
  ],
  amendment: { matter: 'statute-amendment', body: 'pm', ref: 'pm' },
  membership: { withdrawalNoticeMonths: notStated('uttreden'), ref: 'parter' },
});
