import type { GovernanceEvent, Party, Statute } from '../../src/index.js';

/**
 * A test statute written from what the sources say of the overordnet samarbeidsavtale between
 * each kommune in Sør-Rogaland and Helse Stavanger HF. It is not a preset: the clause texts could
 * not be read, and each section says what rests on a source and what is assumed.
 *
 * Verified: the agreement (rev. 16.08.21) is between "X kommune og Helse Stavanger HF (inklusiv
 * Jæren DPS)", one copy per kommune, and lists 15 kommuner; its table of contents has 7.1 SSU and
 * 14 "Iverksetting, revisjon og oppsigelse" (lawinsider); the SSU decides by consensus, with "likt
 * antall representanter … fra helseforetaket og kommunene" as the aim (Helse Stavanger,
 * samhandlingsfora); helse- og omsorgstjenesteloven § 6-1 obliges each kommune and the HF to
 * conclude a samarbeidsavtale (as the agreements cite it). The kommunenummer are from a public
 * code file (`norling/ECDC.Handhygiene`, `Fhi.Handhygiene.Dataaksess/Scripts/Kommuner.sql`), not
 * from SSB.
 *
 * Assumed: that a revision is adopted by the SSU and then by each kommunestyre and the HF's styre
 * on its own, in force for each kommune with the HF (the pattern of the bilateral agreement, and
 * of Fonna, whose revised agreement was "vedtatt i Strategisk samarbeidsutval og vert nå sendt ut
 * til kommunane for signering"); the SSU's 4 + 4 voting seats; no deadline for the parties.
 * Quorum, notice and withdrawal are not stated.
 */
const source = {
  agreement: 'https://lawinsider.com/nb/contracts/auJmStW4Atz',
  ssu: 'https://www.helse-stavanger.no/fag-og-forskning/samhandling/samhandlingsfora/',
  law: 'https://www.saman.no/avtalar/tenesteavtalar/tenesteavtale-1/',
};

const member = ['attend', 'speak', 'propose', 'vote'] as const;

/** The 15 kommuner the agreement lists: [id, name, kommunenummer]. */
export const kommuner = [
  ['bjerkreim', 'Bjerkreim', '1114'],
  ['eigersund', 'Eigersund', '1101'],
  ['lund', 'Lund', '1112'],
  ['ha', 'Hå', '1119'],
  ['gjesdal', 'Gjesdal', '1122'],
  ['hjelmeland', 'Hjelmeland', '1133'],
  ['sokndal', 'Sokndal', '1111'],
  ['klepp', 'Klepp', '1120'],
  ['kvitsoy', 'Kvitsøy', '1144'],
  ['sandnes', 'Sandnes', '1108'],
  ['randaberg', 'Randaberg', '1127'],
  ['sola', 'Sola', '1124'],
  ['stavanger', 'Stavanger', '1103'],
  ['strand', 'Strand', '1130'],
  ['time', 'Time', '1121'],
] as const;

export const stavanger: Statute = {
  id: 'sor-rogaland-test',
  title: 'Overordnet samarbeidsavtale, Helse Stavanger HF og kommunene (test statute)',
  version: '2021-08-16',
  effectiveFrom: '2021-08-16',
  sections: {
    avtale: {
      title: 'Overordnet samarbeidsavtale (rev. 16.08.21) mellom X kommune og Helse Stavanger HF',
      text: 'Avtalen er bilateral: ett eksemplar per kommune. 15 kommuner er oppført.',
      status: 'verified',
      source: source.agreement,
    },
    'hol § 6-1': {
      title: 'Helse- og omsorgstjenesteloven § 6-1: kommunen og helseforetaket skal inngå samarbeidsavtale',
      status: 'verified',
      source: source.law,
    },
    '7.1': {
      title: 'Strategisk samarbeidsutvalg: konsensus, likt antall fra helseforetaket og kommunene',
      text: '«Det må foreligge konsensus for at Strategisk samarbeidsutvalg skal ta beslutninger». 4 + 4 seter er antatt.',
      status: 'verified',
      source: source.ssu,
    },
    '14': {
      title: 'Iverksetting, revisjon og oppsigelse',
      text: 'Overskriften er verifisert; at en revisjon vedtas i SSU og deretter av hver kommune og helseforetaket for seg, er antatt.',
      status: 'assumption',
      source: source.agreement,
    },
    vedtaksførhet: { title: 'Vedtaksførhet', status: 'not-stated' },
    innkalling: { title: 'Innkalling', status: 'not-stated' },
    uttreden: { title: 'Oppsigelse', status: 'not-stated' },
  },
  parties: [
    { kind: 'helseforetak', id: 'helse-stavanger', name: 'Helse Stavanger HF', organ: 'styre' },
    ...kommuner.map(
      ([id, name, kommunenummer]): Party => ({
        kind: 'kommune',
        id,
        name,
        kommunenummer,
        organ: 'kommunestyre',
      }),
    ),
  ],
  participants: [],
  bodies: [
    {
      id: 'ssu',
      name: 'Strategisk samarbeidsutvalg',
      tier: 2,
      seats: [
        { id: 'kommune', role: 'kommune', count: 4, rights: member, bloc: 'kommunesiden', ref: '7.1' },
        {
          id: 'hf',
          role: 'helseforetak',
          party: 'helse-stavanger',
          count: 4,
          rights: member,
          bloc: 'helseforetakssiden',
          ref: '7.1',
        },
      ],
      quorum: { kind: 'not-stated', ref: 'vedtaksførhet' },
      decision: { kind: 'consensus', reservationBlocks: false, ref: '7.1' },
      mandate: { decides: ['samarbeidsavtale'], recommends: [], ref: '14' },
      noticeDays: { kind: 'not-stated', ref: 'innkalling' },
      ref: '7.1',
    },
  ],
  matters: [
    {
      id: 'samarbeidsavtale',
      name: 'Revidert overordnet samarbeidsavtale',
      level: 'overarching',
      commits: false,
      ref: '14',
    },
  ],
  ratification: [
    { id: 'avtale', matters: ['samarbeidsavtale'], requires: [], effect: 'per-party', ref: 'hol § 6-1' },
  ],
  amendment: { matter: 'samarbeidsavtale', body: 'ssu', ref: '14' },
  membership: { withdrawalNoticeMonths: { kind: 'not-stated', ref: 'uttreden' }, ref: 'avtale' },
};

/** The SSU's members: four for the kommuner, four for the HF. */
export const ssuMembers: GovernanceEvent[] = [
  ...(['sandnes', 'sola', 'stavanger', 'kvitsoy'] as const).map(
    (party): GovernanceEvent => ({
      type: 'member-appointed',
      at: '2024-01-01',
      member: `ssu-${party}`,
      body: 'ssu',
      seat: 'kommune',
      party,
    }),
  ),
  ...[1, 2, 3, 4].map(
    (i): GovernanceEvent => ({
      type: 'member-appointed',
      at: '2024-01-01',
      member: `ssu-hf-${i}`,
      body: 'ssu',
      seat: 'hf',
    }),
  ),
];

/** The SSU adopts the revised agreement (case `SSU-2024-4`) by consensus on 14 March 2024. */
export const revisionAdopted: GovernanceEvent[] = (() => {
  const members = ssuMembers.flatMap((e) => (e.type === 'member-appointed' ? [e.member] : []));
  return [
    {
      type: 'meeting-convened',
      at: '2024-02-29',
      meeting: 'ssu-2024-03-14',
      body: 'ssu',
      date: '2024-03-14',
    },
    {
      type: 'proposal-submitted',
      at: '2024-02-29',
      proposal: 'SSU-2024-4',
      body: 'ssu',
      matter: 'samarbeidsavtale',
      meeting: 'ssu-2024-03-14',
      title: 'Revidert overordnet samarbeidsavtale',
    },
    { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03-14', present: members },
    ...members.map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-03-14',
        proposal: 'SSU-2024-4',
        member,
        vote: 'for',
      }),
    ),
    { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-2024-4' },
  ];
})();

/** A party's vedtak on the revised agreement. */
export function vedtak(
  party: string,
  at: string,
  decision: 'adopted' | 'rejected' = 'adopted',
): GovernanceEvent {
  return {
    type: 'ratification-recorded',
    at,
    proposal: 'SSU-2024-4',
    party,
    organ: party === 'helse-stavanger' ? 'styre' : 'kommunestyre',
    decision,
  };
}
