/**
 * Norske meldinger (bokmål).
 *
 * @internal
 * @module
 */

import type { StoodIn, Vacancy } from '../../engine/checks/seats.js';
import type { OutcomeBase } from '../../rules/types.js';
import { firstIssueText } from '../../statute/_issueText.js';
import { adviceReasonsNb, routeChecksNb, statementNb } from './_advice.js';
import { diagramNb } from './_diagram.js';
import { issueMessagesNb, warningMessagesNb } from './_issuesNb.js';
import { joiningReasonsNb } from './_joining.js';
import { leadershipNb, leadershipReasonsNb } from './_leadership.js';
import { minutesNb } from './_minutes.js';
import { perPartyLineNb, perPartyNb } from './_perParty.js';
import { secretariatChecksNb } from './_secretariat.js';
import { trackerNb } from './_tracker.js';
import { listFormat, type MessageCatalog, type Params, param, plural } from './types.js';

const n = plural('nb');
const s = param;
const list = listFormat('nb');
/** What a majority is counted over, in words (`base` of its outcome). */
const bases: Partial<Record<OutcomeBase, string>> = {
  'for+against': 'for og mot',
  cast: 'avgitte stemmer',
  present: 'til stede',
  seated: 'medlemmer med stemmerett',
  seats: 'plasser med stemmerett',
};
const base = (p: { readonly base: OutcomeBase }): string => bases[p.base] ?? p.base;
/** Who held a first stage: the body itself, the secretariat, or another body by its id. */
const by = (b: unknown): string =>
  b === 'same-body' ? 'organet selv i et tidligere møte' : b === 'secretariat' ? 'sekretariatet' : String(b);
const blocs = { kommunesiden: 'kommunesiden', helseforetakssiden: 'helseforetakssiden' } as const;
/** Vacant seats, by seat and side: `; ledig: 2 på kommune (kommunesiden)`. */
const vacancies = (p: { readonly vacancies: readonly Vacancy[] }): string =>
  p.vacancies.length === 0
    ? ''
    : `; ledig: ${list(p.vacancies.map((v) => `${v.vacant} på ${v.seat}${where(v)}`))}`;
/** Området og siden en ledig plass hører til, når den har dem: ` (område bergen, kommunesiden)`. */
const where = (v: Vacancy): string => {
  const parts = [
    ...(v.area === undefined ? [] : [`område ${v.area}`]),
    ...(v.bloc === undefined ? [] : [blocs[v.bloc]]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
};
/** Hvorfor en avstemning i kommunestyret ikke valgte, etter koden. */
const notElected = (p: Params): string => {
  const votes = `${s(p, 'for')} for, ${s(p, 'against')} mot, ${s(p, 'present')} av ${s(p, 'members')} til stede`;
  switch (p.code) {
    case 'council.not-a-council':
      return 'parten har ikke noe kommunestyre eller fylkesting som kan velge';
    case 'council.tie-lot-missing':
      return `valget endte med stemmelikhet (${votes}) og ingen loddtrekning er protokollert; stemmelikhet ved valg avgjøres ved loddtrekning, aldri av møteleder`;
    case 'council.tie-lot-against':
      return `valget endte med stemmelikhet (${votes}) og loddet falt mot`;
    case 'council.no-quorum':
      return `for få medlemmer til stede og stemte (${votes})`;
    case 'council.rejected':
      return `for få stemmer for (${votes})`;
    default:
      return `avstemningen velger ikke (${s(p, 'code')}: ${votes})`;
  }
};

/** Plasser med stemmerett som ikke hører til noen side: ` (4 av de 22 hører ikke til noen side: fastlege, bruker)`. */
const withoutSide = (p: {
  readonly seats: number;
  readonly withoutSide: number;
  readonly withoutSideRoles: readonly string[];
}): string =>
  p.withoutSide === 0
    ? ''
    : ` (${p.withoutSide} av de ${p.seats} hører ikke til noen side: ${list(p.withoutSideRoles)})`;

/** Vara who met for members with forfall: `; 2 vara møtte for fraværende medlemmer (v1 for m1, …)`. */
const stoodIn = (p: { readonly standingIn: readonly StoodIn[] }): string =>
  p.standingIn.length === 0
    ? ''
    : `; ${p.standingIn.length} vara møtte for fraværende medlemmer (${list(p.standingIn.map((v) => `${v.substitute} for ${v.for}`))})`;

/** @internal */
export const nb: MessageCatalog = {
  locale: 'nb',
  list,
  status: {
    open: 'til behandling',
    adopted: 'vedtatt',
    recommended: 'tilrådd',
    advised: 'råd (binder ingen)',
    'pending-ratification': 'vedtatt, venter på tilslutning',
    'in-force': 'i kraft',
    rejected: 'ikke vedtatt',
    invalid: 'ugyldig',
    escalated: 'løftet videre',
    lapsed: 'bortfalt',
    withdrawn: 'trukket',
  },
  checkTitle: {
    mandate: 'Mandat',
    secretariat: 'Sekretariatets myndighet',
    seats: 'Sammensetning',
    notice: 'Innkalling',
    quorum: 'Vedtaksførhet',
    'two-stage': 'Behandling i to trinn',
    recusal: 'Inhabilitet',
    'decision-rule': 'Beslutningsregel',
    route: 'Oversending',
    escalation: 'Videre behandling',
    ratification: 'Tilslutning',
    deadline: 'Frist',
    leadership: 'Ledelse',
  },
  check: {
    ...routeChecksNb,
    ...secretariatChecksNb,
    'mandate.decides': (p) => `organet vedtar saker av typen «${s(p, 'matter')}»`,
    'mandate.recommends': (p) =>
      `organet kan bare anbefale «${s(p, 'matter')}»; vedtaket hører til et høyere nivå`,
    'mandate.escalated': (p) =>
      `saken er løftet fra ${s(p, 'from')} (${s(p, 'proposal')}), og uenigheten avgjøres her`,
    'mandate.outside': (p) => `«${s(p, 'matter')}» ligger utenfor organets mandat`,
    'mandate.commits-below-top': (p) =>
      `«${s(p, 'matter')}» forplikter partene og skal opp i partnerskapsmøtet, ikke nivå ${s(p, 'tier')}`,
    'mandate.body-unknown': (p) =>
      `vedtektene (versjon ${s(p, 'version')}) har ikke organet «${s(p, 'body')}»`,
    'mandate.matter-unknown': (p) =>
      `vedtektene (versjon ${s(p, 'version')}) har ikke sakstypen «${s(p, 'matter')}»`,
    'seats.ok': (p) =>
      `${s(p, 'seated')} av ${s(p, 'seats')} plasser med stemmerett er besatt${withoutSide(p)}${vacancies(p)}${stoodIn(p)}`,
    'seats.overfilled': (p) => `flere medlemmer enn plasser på ${list(p.overfilled)}`,
    'notice.ok': (p) => `innkalt ${n(p.days, 'dag', 'dager')} før møtet; ${s(p, 'required')} kreves`,
    'notice.short': (p) =>
      `innkalt ${n(p.days, 'dag', 'dager')} før møtet; ${s(p, 'required')} kreves (${s(p, 'missing')} for lite)`,
    'notice.not-stated': (p) =>
      `innkalt ${n(p.days, 'dag', 'dager')} før møtet; vedtektene angir ingen innkallingsfrist, så ingen frist er kontrollert`,
    'quorum.not-stated': (p) =>
      `${n(p.present, 'medlem', 'medlemmer')} med stemmerett til stede; vedtektene angir ikke når organet er vedtaksført, så det er ikke kontrollert`,
    'quorum.met': (p) =>
      `${s(p, 'got')} av ${s(p, 'baseCount')} medlemmer med stemmerett telles; ${s(p, 'required')} kreves`,
    'quorum.short': (p) =>
      `${s(p, 'got')} av ${s(p, 'baseCount')} medlemmer med stemmerett telles; ${s(p, 'required')} kreves: ${s(p, 'missing')} mangler`,
    'quorum.bloc-met': (p) => `${s(p, 'got')} telles; ${s(p, 'required')} kreves`,
    'quorum.bloc-short': (p) =>
      `en side er ikke representert: ${s(p, 'got')} telles, ${s(p, 'required')} kreves fra hver side`,
    'two-stage.held': (p) =>
      `saken ble drøftet først (${by(p.by)}${p.meeting === undefined ? '' : `, møte ${s(p, 'meeting')}`}, ${s(p, 'date')}) og vedtatt i et senere møte`,
    'two-stage.missing': (p) =>
      `saker av typen «${s(p, 'matter')}» skal drøftes før de vedtas; første trinn (drøfting) mangler før møtet ${s(p, 'decidedAt')} (${s(p, 'date')}), der saken ble vedtatt samme møte som den først ble lagt fram`,
    'two-stage.not-allowed': (p) =>
      `første trinn ble holdt av ${list((p.heldBy as readonly string[]).map((b) => by(b)))}, men etter vedtektene skal det holdes av ${list((p.allowed as readonly string[]).map((b) => by(b)))}`,
    'recusal.none': () => 'ingen medlemmer er inhabile',
    'recusal.recorded': (p) =>
      `${n(p.count, 'medlem', 'medlemmer')} inhabil (${list(p.members)}), ${p.counted === 'absent' ? 'regnes som medlemmer som ikke er til stede' : 'regnes verken som medlem eller til stede i saken'}`,
    'consensus.met': (p) =>
      `konsensus: ${s(p, 'got')} av ${s(p, 'baseCount')} med stemmerett til stede, ingen imot`,
    'consensus.objection': (p) =>
      `ikke konsensus: ${n(p.missing, 'medlem', 'medlemmer')} med stemmerett stemte imot`,
    'consensus.reservation': (p) =>
      `ikke konsensus: ${n(p.missing, 'protokollført dissens', 'protokollførte dissenser')} hindrer vedtak`,
    'consensus.nobody-for': () => 'ikke konsensus: ingen med stemmerett stemte for',
    'unanimity.met': (p) => `enstemmig: alle ${s(p, 'baseCount')} med stemmerett stemte for`,
    'unanimity.short': (p) =>
      `ikke enstemmig: ${s(p, 'got')} av ${s(p, 'required')} med stemmerett stemte for; ${s(p, 'missing')} mangler`,
    'majority.met': (p) =>
      `${s(p, 'got')} for av ${s(p, 'baseCount')} (${base(p)}); ${s(p, 'required')} kreves`,
    'majority.short': (p) =>
      `${s(p, 'got')} for av ${s(p, 'baseCount')} (${base(p)}); ${s(p, 'required')} kreves: ${s(p, 'missing')} mangler`,
    'majority.nobody-for': () => 'ingen stemte for; et forslag ingen støtter, blir aldri vedtatt',
    'majority.tie-fails': () => 'stemmelikhet akkurat på terskelen, som etter regelen faller',
    'majority.tie-passes': () => 'stemmelikhet akkurat på terskelen, som etter regelen er nok',
    'majority.tie-chair-for': () => 'stemmelikhet, avgjort for ved møteleders stemme',
    'majority.tie-chair-against': () => 'stemmelikhet, avgjort imot ved møteleders stemme',
    'majority.tie-no-chair-vote': () =>
      'stemmelikhet, og møteleder stemte verken for eller imot, så den er ikke avgjort',
    'each-bloc.met': () => 'regelen er oppfylt på hver side',
    'each-bloc.short': (p) =>
      `regelen er ikke oppfylt på alle sider (ikke oppfylt: ${list(p.failing.map((b) => blocs[b]))})`,
    'all.met': () => 'alle deler av regelen er oppfylt',
    'all.short': (p) => `${s(p, 'got')} av ${s(p, 'required')} deler av regelen er oppfylt`,
    'any.met': () => 'minst én del av regelen er oppfylt',
    'any.short': () => 'ingen del av regelen er oppfylt',
    'escalation.awaiting': (p) => `løftet til ${s(p, 'to')} ${s(p, 'at')}; ennå ikke satt på sakslisten`,
    'escalation.submitted': (p) => `løftet til ${s(p, 'to')} ${s(p, 'at')}, videreført som ${s(p, 'as')}`,
    'ratification.delegated': () =>
      'bindende når vedtatt: organet handler på fullmakt fra kommunestyrene og helseforetakets styre',
    'ratification.met': (p) => `tilsluttet: ${s(p, 'adopted')} av ${s(p, 'required')} parter har vedtatt`,
    'ratification.pending': (p) =>
      `venter på tilslutning: ${s(p, 'adopted')} av ${s(p, 'required')} har vedtatt, ${s(p, 'rejected')} har avvist, ${s(p, 'missing')} har ikke behandlet saken`,
    'deadline.met': (p) => `tilsluttet innen fristen (${s(p, 'deadline')})`,
    'deadline.running': (p) => `fristen for tilslutning er ${s(p, 'deadline')}`,
    'deadline.passed': (p) => `fristen for tilslutning (${s(p, 'deadline')}) er ute: vedtaket er bortfalt`,
    ...leadershipNb,
    ...perPartyNb,
  },
  reason: {
    'event.unknown-type': (p) => `ukjent hendelsestype «${s(p, 'type')}»`,
    'event.invalid-date': (p) => `«${s(p, 'at')}» er ikke en dato skrevet ÅÅÅÅ-MM-DD`,
    'event.malformed': (p) =>
      `feltet ${s(p, 'field')} må være ${s(p, 'expected')}${p.error === undefined ? '' : ` (${s(p, 'error')})`}`,
    'event.invalid-id': (p) => `«${s(p, 'value')}» kan ikke brukes som id for ${s(p, 'field')}`,
    'event.unknown-field': (p) => `feltet ${s(p, 'field')} hører ikke til en ${s(p, 'type')}-hendelse`,
    'event.duplicate-id': (p) =>
      `en hendelse med id «${s(p, 'id')}» er allerede ført (på posisjon ${s(p, 'position')} i loggen)`,
    'statute.other-community': (p) => `vedtektene gjelder «${s(p, 'id')}», ikke «${s(p, 'community')}»`,
    'statute.not-later': (p) =>
      `en ny versjon må tre i kraft etter ${s(p, 'latest')} (den sier ${s(p, 'effectiveFrom')})`,
    'statute.invalid': (p) =>
      `vedtektene er ikke gyldige (${n(p.issues, 'feil', 'feil')}; første: ${s(p, 'path')}: ${firstIssueText(p, issueMessagesNb)})`,
    'statute.no-version': (p) => `ingen versjon av vedtektene gjelder ${s(p, 'date')}`,
    'statute.rewrites-record': (p) =>
      `det er protokollført vedtak til og med ${s(p, 'recordedUntil')}; en versjon som gjelder fra ${s(p, 'effectiveFrom')}, ville endre hvordan de vurderes`,
    'amendment.unknown-proposal': (p) => `det finnes ingen sak «${s(p, 'proposal')}» som endrer vedtektene`,
    'amendment.wrong-matter': (p) =>
      `${s(p, 'proposal')} er ikke en vedtektsendring i ${s(p, 'expectedBody')} (sakstype «${s(p, 'expected')}»)`,
    'amendment.not-in-force': (p) =>
      `vedtektsendringen ${s(p, 'proposal')} er ikke i kraft (status: ${s(p, 'status')})`,
    'party.unknown': (p) => `vedtektene har ingen part «${s(p, 'party')}»`,
    'party.already-member': (p) => `${s(p, 'party')} er allerede med`,
    'party.joined-later': (p) =>
      `${s(p, 'party')} er med fra ${s(p, 'from')}: en tiltredelse før det ville overlappe det medlemskapet`,
    'party.not-member': (p) => `${s(p, 'party')} er ikke med ${s(p, 'date')}`,
    'party.notice-given': (p) => `${s(p, 'party')} sa allerede opp ${s(p, 'noticeGiven')}`,
    'party.notice-too-short': (p) =>
      `${s(p, 'party')} kan ikke tre ut ${s(p, 'effective')}: ${s(p, 'months')} måneders oppsigelsestid løper til ${s(p, 'earliest')}`,
    'party.withdrawal-date-required': (p) =>
      `vedtektene angir ingen oppsigelsestid: oppgi når ${s(p, 'party')} trer ut (effective)`,
    'party.rewrites-record': (p) =>
      `det er protokollført tilslutning til og med ${s(p, 'ratifiedUntil')}; en endring i medlemskapet datert ${s(p, 'at')} ville endre tellingen`,
    'body.unknown': (p) => `det finnes ikke noe organ «${s(p, 'body')}»`,
    'seat.unknown': (p) => `${s(p, 'body')} har ingen plass «${s(p, 'seat')}»`,
    'seat.full': (p) => `alle plassene på ${s(p, 'seat')} i ${s(p, 'body')} er besatt (${s(p, 'count')})`,
    'seat.wrong-party': (p) => `plassen ${s(p, 'seat')} kan ikke besettes for ${s(p, 'party')}`,
    'seat.party-required': (p) => `plassen ${s(p, 'seat')} krever at parten medlemmet representerer, oppgis`,
    'seat.wrong-authority': (p) =>
      `plassen ${s(p, 'seat')} oppnevnes av ${s(p, 'expected')}, ikke ${s(p, 'got')}`,
    'seat.outside-area': (p) =>
      `plassen ${s(p, 'seat')} besettes fra området ${s(p, 'area')}, og ${s(p, 'party')} er ikke en kommune i det`,
    'member.not-elected': (p) =>
      `${s(p, 'member')} er ikke valgt til plassen ${s(p, 'seat')}: ${notElected(p)}`,
    'member.already-seated': (p) => `${s(p, 'member')} sitter allerede i ${s(p, 'body')}`,
    'member.not-seated': (p) => `${s(p, 'member')} sitter ikke i ${s(p, 'body')}`,
    'member.rewrites-record': (p) =>
      `${s(p, 'body')} har protokollførte møter til og med ${s(p, 'recordedUntil')}; en endring i sammensetningen datert ${s(p, 'at')} ville endre dem (dater den senere)`,
    'meeting.exists': (p) => `møtet ${s(p, 'meeting')} finnes allerede`,
    'meeting.unknown': (p) => `det finnes ikke noe møte «${s(p, 'meeting')}»`,
    'meeting.before-notice': (p) =>
      `møtet (${s(p, 'date')}) kan ikke være før innkallingen (${s(p, 'noticeDate')})`,
    'meeting.chair-not-member': (p) => `møteleder ${s(p, 'member')} sitter ikke i ${s(p, 'body')}`,
    'meeting.not-held': (p) => `møtet ${s(p, 'meeting')} holdes først ${s(p, 'date')}`,
    'attendance.not-member': (p) =>
      `${Array.isArray(p.members) ? list(p.members) : s(p, 'members')} sitter ikke i ${s(p, 'body')}`,
    'proposal.exists': (p) => `saken ${s(p, 'proposal')} finnes allerede`,
    'proposal.unknown': (p) => `det finnes ingen sak «${s(p, 'proposal')}»`,
    'proposal.unknown-matter': (p) => `vedtektene har ingen sakstype «${s(p, 'matter')}»`,
    'proposal.wrong-body': (p) =>
      `møtet ${s(p, 'meeting')} er et møte i ${s(p, 'meetingBody')}, ikke ${s(p, 'body')}`,
    'proposal.closed': (p) =>
      `saken ${s(p, 'proposal')} er ${p.phase === 'withdrawn' ? 'trukket' : 'avsluttet'}`,
    'proposal.not-concluded': (p) => `saken ${s(p, 'proposal')} er ikke avsluttet`,
    'proposal.tabler-not-member': (p) =>
      `${s(p, 'member')} sitter ikke i ${s(p, 'body')} og kan ikke fremme saker der`,
    'proposal.no-forslagsrett': (p) =>
      `${s(p, 'member')} har plass ${s(p, 'seat')} uten forslagsrett og kan ikke fremme saken`,
    'proposal.defer-not-later': (p) =>
      `saken ${s(p, 'proposal')} kan bare utsettes til et senere møte: ${s(p, 'meeting')} er ${s(p, 'date')}, saken står på møtet ${s(p, 'from')}`,
    'proposal.defer-after-votes': (p) =>
      `saken ${s(p, 'proposal')} kan ikke utsettes etter at ${n(p.votes, 'stemme', 'stemmer')} er avgitt`,
    'proposal.discussed-where': (p) =>
      `drøftingen av ${s(p, 'proposal')} må være holdt enten i et møte (meeting) eller av sekretariatet (by), ikke begge eller ingen`,
    'proposal.escalated': (p) => `saken ${s(p, 'proposal')} er allerede løftet til ${s(p, 'to')}`,
    'recusal.not-member': (p) => `${s(p, 'member')} sitter ikke i ${s(p, 'body')}`,
    'recusal.twice': (p) => `${s(p, 'member')} er allerede inhabil i ${s(p, 'proposal')}`,
    'vote.not-member': (p) => `${s(p, 'member')} sitter ikke i ${s(p, 'body')} og kan ikke stemme`,
    'vote.observer': (p) =>
      `${s(p, 'member')} har plassen ${s(p, 'seat')} uten stemmerett og kan ikke stemme ${s(p, 'vote')} (en innvending kan protokolleres)`,
    'vote.twice': (p) => `${s(p, 'member')} har allerede stemt i ${s(p, 'proposal')}`,
    'vote.recused': (p) => `${s(p, 'member')} er inhabil i ${s(p, 'proposal')}`,
    'escalation.no-target': (p) => `${s(p, 'body')} har ikke noe organ over seg å løfte saken til`,
    'escalation.wrong-target': (p) => `uenighet løftes til ${s(p, 'expected')}, ikke ${s(p, 'to')}`,
    'escalation.not-failed': (p) =>
      `saken ${s(p, 'proposal')} er et gyldig vedtak (${s(p, 'status')}); det er ikke noe å løfte`,
    'escalation.unknown-source': (p) => `det finnes ingen sak «${s(p, 'proposal')}» å videreføre`,
    'escalation.source-not-escalated': (p) =>
      `saken ${s(p, 'proposal')} er ikke løftet til ${s(p, 'body')} (eller står allerede på sakslisten)`,
    'escalation.wrong-matter': (p) =>
      `den løftede saken gjelder «${s(p, 'sourceMatter')}», ikke «${s(p, 'matter')}»`,
    'ratification.unknown-party': (p) =>
      `vedtektene (versjon ${s(p, 'version')}) har ingen part «${s(p, 'party')}»`,
    'ratification.wrong-organ': (p) =>
      `${s(p, 'party')} slutter seg til gjennom ${s(p, 'expected')}, ikke ${s(p, 'organ')}`,
    'ratification.not-required': (p) => `et vedtak om «${s(p, 'matter')}» krever ikke tilslutning`,
    'ratification.not-adopted': (p) =>
      `saken ${s(p, 'proposal')} er ikke et gyldig vedtak å slutte seg til (${s(p, 'status')})`,
    'ratification.before-decision': (p) =>
      `vedtaket kan ikke komme før saken ble avgjort (${s(p, 'decided')})`,
    'ratification.not-member': (p) => `${s(p, 'party')} er ikke med ${s(p, 'date')}`,
    'ratification.not-ratifier': (p) =>
      `${s(p, 'party')} er ikke blant dem som skal slutte seg til etter regel ${s(p, 'rule')}`,
    'ratification.invalid-council-vote': (p) =>
      `den protokollerte avstemningen i ${s(p, 'party')} er ikke et gyldig vedtak (${s(p, 'code')})`,
    'ratification.vote-contradicts': (p) =>
      `den protokollerte avstemningen i ${s(p, 'party')} gir ikke «${p.decision === 'adopted' ? 'vedtatt' : 'avvist'}» (${s(p, 'code')})`,
    'substitute.not-provided': (p) => `${s(p, 'body')} har ingen vararepresentasjon i vedtektene`,
    'substitute.personal': (p) =>
      `vara i ${s(p, 'body')} er personlige: oppgi medlemmet ${s(p, 'member')} er vara for (for), ikke en plass på en liste`,
    'substitute.ordered': (p) =>
      `vara i ${s(p, 'body')} står på rangerte lister: oppgi plassen til ${s(p, 'member')} (rank), ikke et medlem`,
    'substitute.for-not-seated': (p) =>
      `${s(p, 'member')} har ikke plassen ${s(p, 'seat')} i ${s(p, 'body')} og kan ikke ha personlig vara der`,
    'substitute.rank-taken': (p) =>
      `plass ${s(p, 'rank')} på varalisten ${s(p, 'list')} i ${s(p, 'body')} har allerede ${s(p, 'holder')}`,
    'substitute.already-appointed': (p) => `${s(p, 'member')} er allerede vara i ${s(p, 'body')}`,
    'substitute.is-member': (p) => `${s(p, 'member')} er medlem av ${s(p, 'body')} og kan ikke være vara der`,
    'substitute.not-substitute': (p) => `${s(p, 'member')} er ikke vara i ${s(p, 'body')}`,
    'substitute.not-eligible': (p) =>
      `${s(p, 'member')} er ikke vara for ${s(p, 'for')} i ${s(p, 'body')} (verken personlig vara eller på samme liste)`,
    'substitute.member-present': (p) =>
      `${s(p, 'member')} er til stede på møtet ${s(p, 'meeting')}; vara ${s(p, 'substitute')} kan ikke møte samtidig`,
    'substitute.taken': (p) =>
      `${s(p, 'substitute')} møter allerede for ${s(p, 'member')} i ${s(p, 'body')} da`,
    'substitute.busy': (p) => `${s(p, 'member')} møter allerede for ${s(p, 'for')} da`,
    'substitute.when': (p) =>
      `oppgi ett møte, eller en periode med fra- og til-dato (fra før til), for når ${s(p, 'member')} møter`,
    'substitute.wrong-body': (p) =>
      `møtet ${s(p, 'meeting')} er et møte i ${s(p, 'meetingBody')}, ikke ${s(p, 'body')}`,
    ...leadershipReasonsNb,
    ...joiningReasonsNb,
    ...adviceReasonsNb,
    ...adviceReasonsNb,
  },
  bloc: blocs,
  tier: (tier) => `nivå ${tier}`,
  valid: (valid) => (valid ? 'gyldig' : 'ikke gyldig'),
  header: (p) =>
    `${s(p, 'proposal')}${p.title === undefined ? '' : ` «${s(p, 'title')}»`}: ${s(p, 'status')} (${s(p, 'valid')})`,
  meta: (p) =>
    `${s(p, 'bodyName')} (${s(p, 'tier')}), ${p.decidedBy === undefined ? 'møte' : 'avgjort av sekretariatet'} ${s(p, 'date')}, vedtekter versjon ${s(p, 'version')}, per ${s(p, 'asOf')}`,
  liesWith: (p) =>
    `Saken ligger nå hos ${s(p, 'body')}${p.proposal === undefined ? '' : ` som ${s(p, 'proposal')} (${s(p, 'status')})`}.`,
  statement: statementNb,
  binds: (p) => (p.parties === '' ? 'Binder ingen part.' : `Binder: ${s(p, 'parties')}.`),
  ratification: (p) =>
    `Tilslutning (${s(p, 'ref')}): vedtatt av ${s(p, 'adopted') || 'ingen'}; avvist av ${s(p, 'rejected') || 'ingen'}; mangler: ${s(p, 'missing') || 'ingen'}.`,
  perParty: perPartyLineNb,
  establishment: (p) =>
    `Etablering (${s(p, 'ref')}): ${s(p, 'got')} av ${s(p, 'base')} kommuner har sluttet seg til; ${s(p, 'required')} kreves: ${p.met === true ? 'oppfylt' : `ikke oppfylt, ${s(p, 'missing')} til trengs`}.`,
  rejected: (p) => `Avvist ${s(p, 'type')}: ${s(p, 'reasons')}`,
  unknownCode: (p) => s(p, 'code'),
  diagram: diagramNb,
  tracker: trackerNb,
  minutes: minutesNb,
  issues: issueMessagesNb,
  warnings: warningMessagesNb,
};
