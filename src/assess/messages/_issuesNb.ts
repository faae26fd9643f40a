/**
 * Feil i inndata og merknader til vedtekter, på bokmål: hva `explainIssue` og `explainWarning`
 * skriver. Lastes bare av dem, aldri når vedtekter leses inn.
 *
 * @internal
 * @module
 */
import { has, type IssueMessages, text, wordIn } from '../../statute/_issueText.js';
import type { WarningMessages } from '../../statute/_lintText.js';

/** En verdi slik feilen viser den: `nothing`, `an array` og `an object` på norsk, ellers som den er. */
const value = wordIn({ nothing: 'ingenting', 'an array': 'en liste', 'an object': 'et objekt' });
const got = (p: Readonly<Record<string, string | number>>, key = 'received'): string => value(text(p, key));

/** Hva som var ventet, med valibots typenavn på norsk. */
const expected = wordIn({
  Object: 'et objekt',
  Array: 'en liste',
  string: 'tekst',
  number: 'et tall',
  boolean: 'true eller false',
});

/** Hva en id som er oppgitt to ganger, gjelder. */
const entity = wordIn({
  party: 'parten',
  kommunenummer: 'kommunenummeret',
  'participant-role': 'deltakerrollen',
  body: 'organet',
  matter: 'sakstypen',
  'ratification-rule': 'tilslutningsregelen',
  'dispute-board': 'tvisteløsningsnemnda',
  area: 'området',
  'rotating-party': 'parten i rotasjonen',
  side: 'siden',
  seat: 'plassen',
  member: 'medlemmet',
  meeting: 'møtet',
  proposal: 'saken',
});

/** @internal */
export const issueMessagesNb: IssueMessages = {
  invalid_type: (p) => `ventet ${expected(text(p, 'expected'))}, fikk ${got(p)}`,
  missing_key: (p) => `det påkrevde feltet «${text(p, 'key')}» mangler`,
  unknown_key: (p) => `ukjent felt «${text(p, 'key')}»`,
  invalid_value: (p) => {
    if (has(p, 'oneOf')) return `ventet en av ${text(p, 'oneOf')}, fikk ${got(p)}`;
    if (has(p, 'community')) return `ventet helsefellesskapets id «${text(p, 'community')}»`;
    if (has(p, 'seq'))
      return `flere hendelser er brukt (seq ${text(p, 'seq')}) enn tatt inn (position ${text(p, 'position')})`;
    if (has(p, 'at'))
      return `posisjon ${text(p, 'at')} ligger ikke før tilstandens posisjon ${text(p, 'position')}`;
    return `ventet ${text(p, 'expected') || 'en annen verdi'}, fikk ${got(p)}`;
  },
  too_small: (p) => {
    if (has(p, 'effect'))
      return `en tilslutningsregel med virkning «${text(p, 'effect')}» må ha minst ett krav (bare en regel per part kan ha ingen)`;
    if (has(p, 'length')) return `ventet en lengde på minst ${text(p, 'minimum')}, fikk ${text(p, 'length')}`;
    return `ventet en verdi på minst ${text(p, 'minimum')}, fikk ${got(p)}`;
  },
  too_big: (p) =>
    has(p, 'limit') ? `mer enn ${text(p, 'limit')} objekter og lister` : `ventet høyst ${text(p, 'maximum')}`,
  not_integer: (p) => `ventet et heltall, fikk ${got(p)}`,
  invalid_date: (p) => `ventet en dato som finnes, skrevet ÅÅÅÅ-MM-DD, fikk ${got(p)}`,
  invalid_kommunenummer: (p) => `ventet et kommunenummer på fire sifre, fikk ${got(p)}`,
  invalid_fylkesnummer: (p) => `ventet et fylkesnummer på to sifre, fikk ${got(p)}`,
  invalid_id: (p) =>
    `ventet en id (ikke tom, uten mellomrom først eller sist, ikke __proto__, constructor eller prototype), fikk ${got(p)}`,
  forbidden_key: (p) => `feltet «${text(p, 'key')}» er ikke tillatt`,
  too_deep: (p) => `nøstet mer enn ${text(p, 'limit')} nivåer dypt (eller verdien inneholder seg selv)`,
  unreadable: (p) => `inndataene kunne ikke leses: ${text(p, 'error')}`,
  zero_denominator: () => 'en brøk kan ikke ha nevneren 0',
  fraction_above_one: () => 'en andel kan ikke være mer enn 1 (telleren er større enn nevneren)',
  duplicate_id: (p) =>
    has(p, 'first')
      ? `${entity(text(p, 'entity'))} «${text(p, 'id')}» er oppgitt to ganger (første gang på indeks ${text(p, 'first')})`
      : `id-en «${text(p, 'id')}» er brukt to ganger`,
  unknown_party: (p) => `ingen part har id-en «${text(p, 'party')}»`,
  unknown_body: (p) => `ingen organer har id-en «${text(p, 'body')}»`,
  unknown_matter: (p) => `ingen sakstyper har id-en «${text(p, 'matter')}»`,
  unknown_section: (p) => `det finnes ingen paragraf «${text(p, 'ref')}» i sections`,
  unknown_role: (p) =>
    `«${text(p, 'role')}» er verken en partstype eller en deltakerrolle i disse vedtektene`,
  party_role_mismatch: (p) =>
    `parten «${text(p, 'party')}» er en ${text(p, 'kind')}, men plassens rolle er «${text(p, 'role')}»`,
  escalation_to_self: (p) => `organet «${text(p, 'body')}» løfter saker til seg selv`,
  escalation_not_upward: (p) =>
    `organet «${text(p, 'body')}» (nivå ${text(p, 'tier')}) løfter saker til «${text(p, 'target')}» (nivå ${text(p, 'targetTier')}), som ikke er et høyere nivå`,
  escalation_cycle: (p) =>
    `kjeden av organer saker løftes til fra «${text(p, 'body')}», kommer tilbake til det`,
  leadership_cycle: (p) => `organene «${text(p, 'body')}» følger ledelsen til, kommer tilbake til det`,
  leadership_conflict: (p) =>
    has(p, 'rotationYears')
      ? `rotationYears (${text(p, 'rotationYears')}) og alternates.everyYears (${text(p, 'everyYears')}) er ulike`
      : 'et organ som følger et annet organs ledelse, kan ikke også ha egen veksling',
  bloc_not_alternating: (p) =>
    has(p, 'between')
      ? `vekslingen starter med ${text(p, 'bloc')}, som ikke er blant sidene den nevner (${text(p, 'between')})`
      : `${text(p, 'bloc')} er ikke blant sidene som veksler på å lede`,
  party_bloc_mismatch: (p) =>
    `parten «${text(p, 'party')}» er en ${text(p, 'kind')} og hører ikke til ${text(p, 'bloc')}`,
  mandate_overlap: (p) => `sakstypen «${text(p, 'matter')}» er både vedtatt og bare tilrådd`,
  first_stage_self: (p) => `organet selv skrives «same-body», ikke «${text(p, 'body')}»`,
  secretariat_beyond_mandate: (p) =>
    `organet kan bare la sekretariatet avgjøre saker det selv vedtar, og vedtar ikke «${text(p, 'matter')}»`,
  route_to_self: (p) => `organet «${text(p, 'body')}» gir tilrådinger til seg selv`,
  route_via_target: (p) => `«${text(p, 'body')}» er både veien og målet for tilrådingen`,
  matter_ratified_twice: (p) =>
    `sakstypen «${text(p, 'matter')}» dekkes allerede av tilslutningsregel ${text(p, 'first')}`,
  bloc_rule_without_blocs: (p) => {
    const rule = text(p, 'rule');
    if (rule === 'substitutes') return 'varalister per side krever plasser med side (bloc)';
    if (rule === 'quorum')
      return 'krav om vedtaksførhet per side krever plasser med stemmerett og side (bloc)';
    return 'en regel for hver side (each-bloc) krever plasser med stemmerett og side (bloc)';
  },
  missing_population: (p) =>
    `kommunen «${text(p, 'party')}» har ikke oppgitt innbyggertall, som tilslutning vektet etter innbyggertall krever`,
  per_party_threshold: (p) =>
    `tilslutning per part har ingen felles terskel: «${text(p, 'kind')}» kan ikke være et av kravene`,
  no_voting_seat: () => 'organet har ingen plass med stemmerett og kan derfor ikke vedta noe',
  unknown_area: (p) => `ingen områder har id-en «${text(p, 'area')}»`,
  area_party_not_kommune: (p) =>
    `parten «${text(p, 'party')}» er en ${text(p, 'kind')}; et område samler kommuner`,
  area_seat_role: (p) =>
    `plassen «${text(p, 'seat')}» hører til området «${text(p, 'area')}», så rollen må være «kommune», ikke «${text(p, 'role')}»`,
  party_outside_area: (p) => `parten «${text(p, 'party')}» er ikke en kommune i området «${text(p, 'area')}»`,
  agreement_not_helseforetak: (p) =>
    `det private sykehuset «${text(p, 'party')}» må ha avtale med et helseforetak, ikke med ${text(p, 'kind')} «${text(p, 'agreementWith')}»`,
  duplicate_value: (p) => `listen nevner «${text(p, 'value')}» mer enn én gang`,
  malformed_text: () => 'teksten har et ensomt surrogattegn, ikke et tegn',
  threshold_unreachable: (p) =>
    text(p, 'rule') === 'strict'
      ? 'et strengt flertall av alle kan aldri oppnås'
      : 'mer enn alle kan aldri oppnås',
  unknown_format: (p) => `ventet formatet «${text(p, 'expected')}», fikk ${got(p)}`,
  unsupported_version: (p) =>
    `versjon ${got(p)} av formatet for lagret tilstand støttes ikke; biblioteket leser versjon ${text(p, 'supported')}`,
  digest_mismatch: () => 'innholdet stemmer ikke med kontrollsummen: det er endret eller skadet',
};

/** @internal */
export const warningMessagesNb: WarningMessages = {
  'lint.no-fastlege': ({ body, tier }) =>
    `organet «${body}» har ingen plass for fastleger, og heller ikke noe annet organ på nivå ${tier}: fastleger anbefales på alle tre nivåer`,
  'lint.no-bruker': ({ body }) =>
    `organet «${body}» har ingen plass for brukere: brukerrepresentanter anbefales i alle organer, på alle nivåer`,
  'lint.ssu-parity': ({ body, kommunesiden, helseforetakssiden }) =>
    `SSU «${body}» har ${kommunesiden} ${kommunesiden === 1 ? 'plass' : 'plasser'} med stemmerett på kommunesiden og ${helseforetakssiden} på helseforetakssiden, ikke like mange`,
  'lint.bloc-without-votes': ({ body, bloc, seats }) =>
    `${bloc} har ${seats} ${seats === 1 ? 'plass' : 'plasser'} i organet «${body}», men ingen med stemmerett, så regler som skal holde på hver side, utelater den`,
  'lint.unreachable-body': ({ body, tier }) =>
    `organet «${body}» (nivå ${tier}) løfter ikke saker noe sted, og ingen organer løfter saker til det, så uenighet der kan ikke løftes videre`,
};
