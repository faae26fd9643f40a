import { type Body, presets, type Statute } from '../../src/index.js';

/**
 * A test statute after what the sources say of Helsefellesskap Innlandet: each fagutvalg "is
 * advisory to the SSU" and reports to it "via Arbeidsutvalget" (facts §1.2, verified on the
 * fagutvalg mandate page). The rest is assumed for the tests and built on the national template
 * (three kommuner, small bodies): the arbeidsutvalg's seats, that the SSU may only recommend
 * procedures upward, that the partnerskapsmøte settles disagreement, and the local dispute board
 * (only the national board is from a source). It is not a preset.
 */
const template = presets.nationalTemplate;
const member = ['attend', 'speak', 'propose', 'vote'] as const;
const small = (ref: string): Body['seats'] => [
  { id: 'kommune', role: 'kommune', count: 1, rights: member, bloc: 'kommunesiden', ref },
  { id: 'hf', role: 'helseforetak', party: 'hf', count: 1, rights: member, bloc: 'helseforetakssiden', ref },
];
const notStated = { kind: 'not-stated', ref: 'innkalling' } as const;
const consensus = { kind: 'consensus', reservationBlocks: false, ref: '§7' } as const;

const pm = template.bodies.find((b) => b.id === 'pm') as Body;
// The template's SSU, with no leadership rule and no say in disputes.
const { leadership: _rule, mandate, ...ssuRest } = template.bodies.find((b) => b.id === 'ssu') as Body;
const { settlesDisputes: _settles, ...ssuMandate } = mandate;

/** Bodies of the test statute: PM, SSU, arbeidsutvalg, FSU and one fagutvalg. */
const bodies: Body[] = [
  { ...pm, seats: small('§3'), quorum: { kind: 'not-stated', ref: 'vedtaksførhet' } },
  {
    ...ssuRest,
    seats: small('§4'),
    quorum: { kind: 'not-stated', ref: 'vedtaksførhet' },
    mandate: { ...ssuMandate, recommends: [...ssuMandate.recommends, 'procedure'] },
  },
  {
    id: 'au',
    name: 'Arbeidsutvalget',
    tier: 2,
    seats: small('au'),
    quorum: { kind: 'not-stated', ref: 'vedtaksførhet' },
    decision: consensus,
    mandate: { decides: ['operational'], recommends: [], ref: 'au' },
    noticeDays: notStated,
    ref: 'au',
  },
  {
    id: 'fsu',
    name: 'Faglig samarbeidsutvalg',
    tier: 3,
    seats: small('§5'),
    quorum: { kind: 'not-stated', ref: 'vedtaksførhet' },
    decision: consensus,
    mandate: { decides: ['procedure', 'service-model'], recommends: [], ref: '§5' },
    escalatesTo: 'ssu',
    noticeDays: notStated,
    ref: '§5',
  },
  {
    id: 'fagutvalg-rus',
    name: 'Fagutvalg psykisk helse og rus',
    tier: 3,
    seats: small('fagutvalg'),
    quorum: { kind: 'not-stated', ref: 'vedtaksførhet' },
    decision: consensus,
    mandate: {
      decides: [],
      recommends: ['procedure', 'patient-pathway'],
      ref: 'fagutvalg',
      recommendsTo: { body: 'ssu', via: 'au', as: 'advice', ref: 'fagutvalg' },
    },
    noticeDays: notStated,
    ref: 'fagutvalg',
  },
];

/** The test statute (see above for what is verified and what is assumed). */
export const innlandet: Statute = {
  ...template,
  id: 'innlandet-test',
  title: 'Helsefellesskap Innlandet (test statute)',
  sections: {
    ...template.sections,
    fagutvalg: {
      title: 'Fagutvalg',
      text: 'Fagutvalgene er rådgivende for SSU og rapporterer til SSU via Arbeidsutvalget.',
      source:
        'https://www.sykehuset-innlandet.no/fag-og-forskning/samhandling/helsefellesskap-innlandet/mandat-og-retningslinjer-for-gjennomforing-av-moter-i-fagutvalg',
      status: 'verified',
    },
    au: { title: 'Arbeidsutvalget', text: 'Sammensetning og mandat antatt i testene.', status: 'assumption' },
    vedtaksførhet: { title: 'Vedtaksførhet', status: 'not-stated' },
    innkalling: { title: 'Innkalling', status: 'not-stated' },
    'lokal-nemnd': { title: 'Lokal tvisteløsningsnemnd', text: 'Antatt i testene.', status: 'assumption' },
  },
  bodies,
  disputeBoards: [
    { id: 'lokal-nemnd', name: 'Lokal tvisteløsningsnemnd', level: 'local', ref: 'lokal-nemnd' },
    ...(template.disputeBoards ?? []),
  ],
};
