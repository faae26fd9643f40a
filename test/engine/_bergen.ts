import type { GovernanceEvent, Party, Seat, Statute } from '../../src/index.js';

/**
 * A test statute written from what the sources say of the helsefellesskap in Bergensområdet
 * (Helse Bergen HF and the private ideelle sykehus). It is not a preset: the sources leave most
 * of it open, and each section says what rests on a source and what is assumed.
 *
 * Verified: the agreement of 01.08.2022 and its parties — the kommunar in Helse Bergen's area,
 * Helse Bergen HF, Haraldsplass, NKS Olaviken, Solli DPS, Betanien and Voss DPS Bjørkeli
 * (saman.no, tenesteavtale 1); the four områdeutval (Nordhordland, Bergen, Voss,
 * Bergensregionen); the SSU's "1 kommunal representant … frå kvart utvalsområde, og Bergen
 * kommune kan peike ut 2" and its "vedta årleg felles handlingsplan" (saman.no, SSU).
 *
 * Assumed: which kommunar make up each area beyond Bergen (placeholders, kommunenummer 99xx,
 * which no kommune has; Bergen's own number is not in the sources either), that the Bergen
 * utvalsområde is Bergen kommune alone and its two seats are the SSU's Bergen seats, the number of
 * HF seats, the private hospitals' agreement being with Helse Bergen, the partnarskapsmøte's
 * seats, and the ratification, quorum and decision rules.
 */
const source = {
  agreement: 'https://www.saman.no/avtalar/tenesteavtalar/tenesteavtale-1/',
  ssu: 'https://www.saman.no/om-oss/strategisk-samarbeidsutval-ssu/',
  ou: 'https://www.saman.no/om-oss/omradeutval-ou/',
};

const member = ['attend', 'speak', 'propose', 'vote'] as const;

/** The five private ideelle sykehus the agreement lists as parties. */
export const privateHospitals = [
  ['haraldsplass', 'Haraldsplass'],
  ['nks-olaviken', 'NKS Olaviken'],
  ['solli-dps', 'Solli DPS'],
  ['betanien', 'Betanien'],
  ['voss-dps-bjorkeli', 'Voss DPS Bjørkeli'],
] as const;

/** Placeholder kommunar of the three areas other than Bergen: [id, area]. */
const placeholders = [
  ['nordhordland-a', 'nordhordland'],
  ['nordhordland-b', 'nordhordland'],
  ['voss-a', 'voss'],
  ['bergensregionen-a', 'bergensregionen'],
  ['bergensregionen-b', 'bergensregionen'],
] as const;

const kommune = (id: string, name: string, kommunenummer: string): Party => ({
  kind: 'kommune',
  id,
  name,
  kommunenummer,
  organ: 'kommunestyre',
});

const areaSeat = (area: string, count: number): Seat => ({
  id: area,
  role: 'kommune',
  area,
  count,
  rights: member,
  bloc: 'kommunesiden',
  ref: 'ssu',
});

export const bergen: Statute = {
  id: 'bergensomradet-test',
  title: 'Helsefellesskapet i Bergensområdet (test statute)',
  version: '2022-08-01',
  effectiveFrom: '2022-08-01',
  sections: {
    avtale: {
      title: 'Overordna samarbeidsavtale og tenesteavtale 1: partane',
      status: 'verified',
      source: source.agreement,
    },
    ssu: {
      title:
        'Strategisk samarbeidsutval: 1 kommunal representant frå kvart utvalsområde, Bergen kan peike ut 2',
      status: 'verified',
      source: source.ssu,
    },
    ou: {
      title: 'Områdeutval: Nordhordland, Bergen, Voss, Bergensregionen',
      status: 'verified',
      source: source.ou,
    },
    'ou-kommunar': { title: 'Kommunane i kvart område (plasshaldarar)', status: 'assumption' },
    'avtale-hf': { title: 'Dei private sjukehusa har avtalen sin med Helse Bergen', status: 'assumption' },
    pm: { title: 'Partnarskapsmøtet: seter og reglar', status: 'assumption' },
    reglar: { title: 'Vedtaksførleik, vedtak og tilslutning', status: 'assumption' },
  },
  parties: [
    { kind: 'helseforetak', id: 'helse-bergen', name: 'Helse Bergen HF', organ: 'styre' },
    ...privateHospitals.map(
      ([id, name]): Party => ({
        kind: 'private-hospital',
        id,
        name,
        organ: 'styre',
        agreementWith: 'helse-bergen',
      }),
    ),
    kommune('bergen', 'Bergen kommune', '9900'),
    ...placeholders.map(([id], i) => kommune(id, `Kommune ${id}`, String(9901 + i))),
  ],
  areas: [
    ...(['nordhordland', 'voss', 'bergensregionen'] as const).map((area) => ({
      id: area,
      name: area,
      kind: 'utvalgsområde',
      parties: placeholders.filter(([, a]) => a === area).map(([id]) => id),
      ref: 'ou-kommunar',
    })),
    { id: 'bergen', name: 'Bergen', kind: 'utvalgsområde', parties: ['bergen'], ref: 'ou' },
  ],
  participants: [],
  bodies: [
    {
      id: 'pm',
      name: 'Partnarskapsmøtet',
      tier: 1,
      seats: [
        { id: 'kommune', role: 'kommune', count: 6, rights: member, bloc: 'kommunesiden' },
        {
          id: 'hf',
          role: 'helseforetak',
          party: 'helse-bergen',
          count: 2,
          rights: member,
          bloc: 'helseforetakssiden',
        },
        ...privateHospitals.map(
          ([id]): Seat => ({
            id,
            role: 'private-hospital',
            party: id,
            count: 1,
            rights: member,
            bloc: 'helseforetakssiden',
          }),
        ),
      ],
      quorum: {
        counts: 'present',
        threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
        ref: 'reglar',
      },
      decision: { kind: 'consensus', reservationBlocks: false, ref: 'reglar' },
      mandate: { decides: ['samarbeidsavtale'], recommends: [], ref: 'pm' },
      noticeDays: 14,
      ref: 'pm',
    },
    {
      id: 'ssu',
      name: 'Strategisk samarbeidsutval',
      tier: 2,
      seats: [
        areaSeat('nordhordland', 1),
        areaSeat('bergen', 2),
        areaSeat('voss', 1),
        areaSeat('bergensregionen', 1),
        {
          id: 'hf',
          role: 'helseforetak',
          party: 'helse-bergen',
          count: 5,
          rights: member,
          bloc: 'helseforetakssiden',
        },
      ],
      quorum: {
        counts: 'present',
        threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
        ref: 'reglar',
      },
      decision: { kind: 'consensus', reservationBlocks: false, ref: 'reglar' },
      mandate: { decides: ['handlingsplan'], recommends: ['samarbeidsavtale'], ref: 'ssu' },
      escalatesTo: 'pm',
      noticeDays: 14,
      ref: 'ssu',
    },
  ],
  matters: [
    {
      id: 'handlingsplan',
      name: 'Årleg felles handlingsplan',
      level: 'strategic',
      commits: false,
      ref: 'ssu',
    },
    { id: 'samarbeidsavtale', name: 'Endring av samarbeidsavtalen', level: 'overarching', commits: true },
  ],
  ratification: [
    {
      id: 'avtale',
      matters: ['samarbeidsavtale'],
      requires: [
        { kind: 'every-kommune' },
        { kind: 'helseforetak' },
        { kind: 'parties', parties: privateHospitals.map(([id]) => id) },
      ],
      effect: 'all-or-nothing',
      ref: 'avtale',
    },
  ],
  amendment: { matter: 'samarbeidsavtale', body: 'pm', ref: 'reglar' },
  membership: { withdrawalNoticeMonths: 12, ref: 'reglar' },
};

/** The SSU filled from inside every area: Bergen's two members and one from each other area. */
export const ssuFromAreas: GovernanceEvent[] = [
  ['bergen-1', 'bergen', 'bergen'],
  ['bergen-2', 'bergen', 'bergen'],
  ['nh-1', 'nordhordland', 'nordhordland-b'],
  ['voss-1', 'voss', 'voss-a'],
  ['br-1', 'bergensregionen', 'bergensregionen-a'],
].map(([member, seat, party]) => ({
  type: 'member-appointed',
  at: '2022-09-01',
  member: member as string,
  body: 'ssu',
  seat: seat as string,
  party: party as string,
}));
