/**
 * Feil i inndata og merknader til vedtekter, på nynorsk: det `explainIssue` og `explainWarning`
 * skriv. Berre dei lastar dette, aldri innlesinga av vedtekter.
 *
 * @internal
 * @module
 */
import { has, type IssueMessages, text, wordIn } from '../../statute/_issueText.js';
import type { WarningMessages } from '../../statute/_lintText.js';

/** Ein verdi slik feilen viser han: `nothing`, `an array` og `an object` på norsk, elles som han er. */
const value = wordIn({ nothing: 'ingenting', 'an array': 'ei liste', 'an object': 'eit objekt' });
const got = (p: Readonly<Record<string, string | number>>, key = 'received'): string => value(text(p, key));

/** Kva som var venta, med typenamna til valibot på norsk. */
const expected = wordIn({
  Object: 'eit objekt',
  Array: 'ei liste',
  string: 'tekst',
  number: 'eit tal',
  boolean: 'true eller false',
});

/** Kva ein id som er oppgitt to gonger, gjeld. */
const entity = wordIn({
  party: 'parten',
  kommunenummer: 'kommunenummeret',
  'participant-role': 'deltakarrolla',
  body: 'organet',
  matter: 'sakstypen',
  'ratification-rule': 'tilslutningsregelen',
  'dispute-board': 'tvisteløysingsnemnda',
  area: 'området',
  'rotating-party': 'parten i rotasjonen',
  side: 'sida',
  seat: 'plassen',
  member: 'medlemmet',
  meeting: 'møtet',
  proposal: 'saka',
});

/** @internal */
export const issueMessagesNn: IssueMessages = {
  invalid_type: (p) => `venta ${expected(text(p, 'expected'))}, fekk ${got(p)}`,
  missing_key: (p) => `det påkravde feltet «${text(p, 'key')}» manglar`,
  unknown_key: (p) => `ukjent felt «${text(p, 'key')}»`,
  invalid_value: (p) => {
    if (has(p, 'oneOf')) return `venta ein av ${text(p, 'oneOf')}, fekk ${got(p)}`;
    if (has(p, 'community')) return `venta id-en «${text(p, 'community')}» til helsefellesskapet`;
    if (has(p, 'seq'))
      return `fleire hendingar er brukte (seq ${text(p, 'seq')}) enn tekne inn (position ${text(p, 'position')})`;
    if (has(p, 'at'))
      return `posisjon ${text(p, 'at')} ligg ikkje før posisjonen ${text(p, 'position')} til tilstanden`;
    return `venta ${text(p, 'expected') || 'ein annan verdi'}, fekk ${got(p)}`;
  },
  too_small: (p) => {
    if (has(p, 'effect'))
      return `ein tilslutningsregel med verknaden «${text(p, 'effect')}» må ha minst eitt krav (berre ein regel per part kan ha ingen)`;
    if (has(p, 'length')) return `venta ei lengd på minst ${text(p, 'minimum')}, fekk ${text(p, 'length')}`;
    return `venta ein verdi på minst ${text(p, 'minimum')}, fekk ${got(p)}`;
  },
  too_big: (p) =>
    has(p, 'limit') ? `meir enn ${text(p, 'limit')} objekt og lister` : `venta høgst ${text(p, 'maximum')}`,
  not_integer: (p) => `venta eit heiltal, fekk ${got(p)}`,
  invalid_date: (p) => `venta ein dato som finst, skriven ÅÅÅÅ-MM-DD, fekk ${got(p)}`,
  invalid_kommunenummer: (p) => `venta eit kommunenummer på fire siffer, fekk ${got(p)}`,
  invalid_fylkesnummer: (p) => `venta eit fylkesnummer på to siffer, fekk ${got(p)}`,
  invalid_id: (p) =>
    `venta ein id (ikkje tom, utan mellomrom først eller sist, ikkje __proto__, constructor eller prototype), fekk ${got(p)}`,
  forbidden_key: (p) => `feltet «${text(p, 'key')}» er ikkje tillate`,
  too_deep: (p) => `nøsta meir enn ${text(p, 'limit')} nivå djupt (eller verdien inneheld seg sjølv)`,
  unreadable: (p) => `inndataa kunne ikkje lesast: ${text(p, 'error')}`,
  zero_denominator: () => 'ein brøk kan ikkje ha nemnaren 0',
  fraction_above_one: () => 'ein del kan ikkje vere meir enn 1 (teljaren er større enn nemnaren)',
  duplicate_id: (p) =>
    has(p, 'first')
      ? `${entity(text(p, 'entity'))} «${text(p, 'id')}» er oppgitt to gonger (første gong på indeks ${text(p, 'first')})`
      : `id-en «${text(p, 'id')}» er brukt to gonger`,
  unknown_party: (p) => `ingen part har id-en «${text(p, 'party')}»`,
  unknown_body: (p) => `ingen organ har id-en «${text(p, 'body')}»`,
  unknown_matter: (p) => `ingen sakstypar har id-en «${text(p, 'matter')}»`,
  unknown_section: (p) => `det finst ingen paragraf «${text(p, 'ref')}» i sections`,
  unknown_role: (p) =>
    `«${text(p, 'role')}» er verken ein partstype eller ei deltakarrolle i desse vedtektene`,
  party_role_mismatch: (p) =>
    `parten «${text(p, 'party')}» er ein ${text(p, 'kind')}, men rolla til plassen er «${text(p, 'role')}»`,
  escalation_to_self: (p) => `organet «${text(p, 'body')}» løftar saker til seg sjølv`,
  escalation_not_upward: (p) =>
    `organet «${text(p, 'body')}» (nivå ${text(p, 'tier')}) løftar saker til «${text(p, 'target')}» (nivå ${text(p, 'targetTier')}), som ikkje er eit høgare nivå`,
  escalation_cycle: (p) =>
    `kjeda av organ som saker blir løfta til frå «${text(p, 'body')}», kjem attende til det`,
  leadership_cycle: (p) => `organa som «${text(p, 'body')}» følgjer leiinga til, kjem attende til det`,
  leadership_conflict: (p) =>
    has(p, 'rotationYears')
      ? `rotationYears (${text(p, 'rotationYears')}) og alternates.everyYears (${text(p, 'everyYears')}) er ulike`
      : 'eit organ som følgjer leiinga i eit anna organ, kan ikkje òg ha eiga veksling',
  bloc_not_alternating: (p) =>
    has(p, 'between')
      ? `vekslinga byrjar med ${text(p, 'bloc')}, som ikkje er mellom sidene ho nemner (${text(p, 'between')})`
      : `${text(p, 'bloc')} er ikkje mellom sidene som vekslar på å leie`,
  party_bloc_mismatch: (p) =>
    `parten «${text(p, 'party')}» er ein ${text(p, 'kind')} og høyrer ikkje til ${text(p, 'bloc')}`,
  mandate_overlap: (p) => `sakstypen «${text(p, 'matter')}» er både vedteken og berre tilrådd`,
  first_stage_self: (p) => `organet sjølv blir skrive «same-body», ikkje «${text(p, 'body')}»`,
  secretariat_beyond_mandate: (p) =>
    `organet kan berre la sekretariatet avgjere saker det sjølv vedtek, og vedtek ikkje «${text(p, 'matter')}»`,
  route_to_self: (p) => `organet «${text(p, 'body')}» gir tilrådingar til seg sjølv`,
  route_via_target: (p) => `«${text(p, 'body')}» er både vegen og målet for tilrådinga`,
  matter_ratified_twice: (p) =>
    `sakstypen «${text(p, 'matter')}» er alt dekt av tilslutningsregel ${text(p, 'first')}`,
  bloc_rule_without_blocs: (p) => {
    const rule = text(p, 'rule');
    if (rule === 'substitutes') return 'varalister per side krev plassar med side (bloc)';
    if (rule === 'quorum')
      return 'krav om vedtaksførleik per side krev plassar med stemmerett og side (bloc)';
    return 'ein regel for kvar side (each-bloc) krev plassar med stemmerett og side (bloc)';
  },
  missing_population: (p) =>
    `kommunen «${text(p, 'party')}» har ikkje oppgitt innbyggjartal, som tilslutning vekta etter innbyggjartal krev`,
  per_party_threshold: (p) =>
    `tilslutning per part har inga felles terskel: «${text(p, 'kind')}» kan ikkje vere eitt av krava`,
  no_voting_seat: () => 'organet har ingen plass med stemmerett og kan difor ikkje vedta noko',
  unknown_area: (p) => `ingen område har id-en «${text(p, 'area')}»`,
  area_party_not_kommune: (p) =>
    `parten «${text(p, 'party')}» er ein ${text(p, 'kind')}; eit område samlar kommunar`,
  area_seat_role: (p) =>
    `plassen «${text(p, 'seat')}» høyrer til området «${text(p, 'area')}», så rolla må vere «kommune», ikkje «${text(p, 'role')}»`,
  party_outside_area: (p) =>
    `parten «${text(p, 'party')}» er ikkje ein kommune i området «${text(p, 'area')}»`,
  agreement_not_helseforetak: (p) =>
    `det private sjukehuset «${text(p, 'party')}» må ha avtale med eit helseføretak, ikkje med ${text(p, 'kind')} «${text(p, 'agreementWith')}»`,
  duplicate_value: (p) => `lista nemner «${text(p, 'value')}» meir enn éin gong`,
  malformed_text: () => 'teksten har eit einsleg surrogatteikn, ikkje eit teikn',
  threshold_unreachable: (p) =>
    text(p, 'rule') === 'strict'
      ? 'eit strengt fleirtal av alle kan aldri nåast'
      : 'meir enn alle kan aldri nåast',
  unknown_format: (p) => `venta formatet «${text(p, 'expected')}», fekk ${got(p)}`,
  unsupported_version: (p) =>
    `versjon ${got(p)} av formatet for lagra tilstand er ikkje støtta; biblioteket les versjon ${text(p, 'supported')}`,
  digest_mismatch: () => 'innhaldet stemmer ikkje med kontrollsummen: det er endra eller skadd',
};

/** @internal */
export const warningMessagesNn: WarningMessages = {
  'lint.no-fastlege': ({ body, tier }) =>
    `organet «${body}» har ingen plass for fastlegar, og heller ikkje noko anna organ på nivå ${tier}: fastlegar er tilrådde på alle tre nivåa`,
  'lint.no-bruker': ({ body }) =>
    `organet «${body}» har ingen plass for brukarar: brukarrepresentantar er tilrådde i alle organ, på alle nivå`,
  'lint.ssu-parity': ({ body, kommunesiden, helseforetakssiden }) =>
    `SSU «${body}» har ${kommunesiden} ${kommunesiden === 1 ? 'plass' : 'plassar'} med stemmerett på kommunesida og ${helseforetakssiden} på helseføretakssida, ikkje like mange`,
  'lint.bloc-without-votes': ({ body, bloc, seats }) =>
    `${bloc} har ${seats} ${seats === 1 ? 'plass' : 'plassar'} i organet «${body}», men ingen med stemmerett, så reglar som skal halde på kvar side, held ho utanfor`,
  'lint.unreachable-body': ({ body, tier }) =>
    `organet «${body}» (nivå ${tier}) løftar ikkje saker nokon stad, og ingen organ løftar saker til det, så usemje der kan ikkje løftast vidare`,
};
