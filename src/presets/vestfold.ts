/**
 * Helsefellesskapet i Vestfold: Sykehuset i Vestfold HF and six kommuner.
 *
 * @module
 */
import { freezeAtSource } from '../model/_deepFreeze.js';
import type { Body, Statute } from '../model/statute.js';
import { consensus, kommunerAsParties, notStated, seat } from './_shapes.js';
import { standardMatters } from './standardMatters.js';

const siv = 'https://www.siv.no/helsefaglig/samhandling/helsefellesskapet-i-vestfold/';

const kommuner = [
  ['horten', 'Horten', '3901'],
  ['holmestrand', 'Holmestrand', '3903'],
  ['tonsberg', 'Tønsberg', '3905'],
  ['sandefjord', 'Sandefjord', '3907'],
  ['larvik', 'Larvik', '3909'],
  ['faerder', 'Færder', '3911'],
] as const;

const pm: Body = {
  id: 'pm',
  name: 'Partnerskapsmøtet',
  tier: 1,
  seats: [
    ...kommuner.map(([id]) =>
      seat(id, 'kommune', 2, {
        party: id,
        bloc: 'kommunesiden',
        appointedBy: 'ordfører og kommunedirektør',
        ref: 'partnerskapsmøtet',
      }),
    ),
    seat('siv', 'helseforetak', 2, {
      party: 'siv',
      bloc: 'helseforetakssiden',
      appointedBy: 'styreleder og administrerende direktør',
      ref: 'partnerskapsmøtet',
    }),
    seat('fastlege', 'fastlege', 2, { ref: 'partnerskapsmøtet' }),
    seat('bruker', 'bruker', 2, { ref: 'partnerskapsmøtet' }),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('konsensus'),
  mandate: {
    decides: [
      'strategic-direction',
      'action-plan',
      'budget',
      'cost-sharing',
      'statute-amendment',
      'annual-report',
    ],
    recommends: [],
    ref: 'mandat',
    settlesDisputes: { ref: 'uenighet' },
  },
  noticeDays: notStated('innkalling'),
  ref: 'partnerskapsmøtet',
};

const ssu: Body = {
  id: 'ssu',
  name: 'Strategisk samarbeidsutvalg',
  tier: 2,
  seats: [
    ...kommuner.map(([id]) =>
      seat(id, 'kommune', 1, { party: id, bloc: 'kommunesiden', appointedBy: 'kommunedirektør', ref: 'ssu' }),
    ),
    seat('siv', 'helseforetak', 6, {
      party: 'siv',
      bloc: 'helseforetakssiden',
      appointedBy: 'administrerende direktør',
      ref: 'ssu',
    }),
    seat('fastlege', 'fastlege', 2, { ref: 'ssu' }),
    seat('bruker', 'bruker', 2, { ref: 'ssu' }),
  ],
  quorum: notStated('vedtaksførhet'),
  decision: consensus('konsensus'),
  mandate: {
    decides: [
      'strategy',
      'patient-pathway',
      'procedure',
      'service-model',
      'appointment',
      'grant-application',
      'operational',
    ],
    recommends: [
      'strategic-direction',
      'action-plan',
      'budget',
      'cost-sharing',
      'statute-amendment',
      'annual-report',
    ],
    ref: 'mandat',
  },
  escalatesTo: 'pm',
  noticeDays: notStated('innkalling'),
  ref: 'ssu',
};

/**
 * Helsefellesskapet i Vestfold, founded 15 June 2021 by Sykehuset i Vestfold HF and Færder,
 * Holmestrand, Horten, Larvik, Sandefjord and Tønsberg after each kommunestyre and the SiV board
 * had adopted it. The partnerskapsmøte (ordfører and kommunedirektør from each kommune, the HF's
 * styreleder and administrerende direktør, two fastleger, two brukere: 18) and the SSU (one per
 * kommune, six from the HF, two fastleger, two brukere: 16) are from the sources; the decision
 * rule is an assumption, and quorum, notice and withdrawal are not stated (the agreement's text
 * was not available), marked in `sections` and in docs/presets.md.
 *
 * @example
 * ```ts
 * import { presets } from 'helsefellesskap';
 * const ssu = presets.vestfold.bodies.find((b) => b.id === 'ssu');
 * ssu?.seats.reduce((n, s) => n + s.count, 0); // 16
 * ```
 * @category Presets
 */
export const vestfold: Statute = /* @__PURE__ */ freezeAtSource({
  id: 'vestfold',
  title: 'Avtale om helsefellesskap i opptaksområdet for Sykehuset i Vestfold',
  version: '2021-06-15',
  effectiveFrom: '2021-06-15',
  sections: {
    stiftelse: {
      title: 'Stiftelse og parter',
      text: 'Stiftet 15. juni 2021 etter behandling i hver av de seks tilsluttede kommunene og i helseforetakets styre.',
      source: siv,
      status: 'verified',
    },
    partnerskapsmøtet: {
      title: 'Partnerskapsmøtet',
      text: 'Ordfører og kommunedirektør fra hver kommune, styreleder og administrerende direktør i SiV, to representanter for fastlegene og to for brukerne.',
      source: siv,
      status: 'verified',
    },
    ssu: {
      title: 'Strategisk samarbeidsutvalg',
      text: 'En representant for hver kommune utpekt av kommunedirektøren, like mange for helseforetaket utpekt av administrerende direktør, to representanter for fastlegene og to for brukerne.',
      source: siv,
      status: 'verified',
    },
    mandat: {
      title: 'Mandat',
      text: 'Partnerskapsmøtet drøfter strategiske spørsmål, herunder de årlige handlingsplanene; fordelingen av saker mellom nivåene ellers er antatt.',
      source: siv,
      status: 'assumption',
    },
    konsensus: {
      title: 'Beslutninger ved konsensus',
      text: 'Antatt etter mønsteret i andre helsefellesskap.',
      status: 'assumption',
    },
    vedtaksførhet: {
      title: 'Vedtaksførhet',
      text: 'Avtalens tekst kunne ikke leses: kravet til vedtaksførhet er ikke angitt her.',
      status: 'not-stated',
    },
    innkalling: {
      title: 'Innkalling',
      text: 'Avtalens tekst kunne ikke leses: innkallingsfristen er ikke angitt her.',
      status: 'not-stated',
    },
    tilslutning: {
      title: 'Tilslutning i kommunestyrene og styret',
      text: 'Avtalen ble tiltrådt av de seks kommunestyrene og av SiVs styre; det samme antas for endringer.',
      source: 'https://www.siv.no/om-oss/nyheter/forste-partnerskapsmote-i-det-nye-helsefellesskapet',
      status: 'verified',
    },
    forpliktende: {
      title: 'Forpliktende saker',
      text: 'Saker som forplikter partene vedtas av hver part på selvstendig grunnlag.',
      status: 'assumption',
    },
    uenighet: {
      title: 'Uenighet',
      text: 'Uenighet i samarbeidsutvalget løftes til partnerskapsmøtet, som avgjør den. Antatt etter mønsteret i andre helsefellesskap; kildene sier ikke hvor uenighet avgjøres.',
      status: 'assumption',
    },
    uttreden: {
      title: 'Uttreden',
      text: 'Avtalens tekst kunne ikke leses: oppsigelsestiden er ikke angitt her.',
      status: 'not-stated',
    },
  },
  parties: [
    { kind: 'helseforetak', id: 'siv', name: 'Sykehuset i Vestfold HF', organ: 'styre' },
    ...kommunerAsParties(kommuner),
  ],
  participants: [
    { role: 'fastlege', name: 'Fastlegerepresentant', ref: 'ssu' },
    { role: 'bruker', name: 'Brukerrepresentant', ref: 'ssu' },
  ],
  bodies: [pm, ssu],
  matters: standardMatters,
  ratification: [
    {
      id: 'forpliktende',
      matters: ['budget', 'cost-sharing'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
      ref: 'forpliktende',
    },
    {
      id: 'avtalen',
      matters: ['statute-amendment'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'all-or-nothing',
      ref: 'tilslutning',
    },
  ],
  amendment: { matter: 'statute-amendment', body: 'pm', ref: 'tilslutning' },
  membership: { withdrawalNoticeMonths: notStated('uttreden'), ref: 'uttreden' },
});
