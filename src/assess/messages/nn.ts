/**
 * Norske meldingar (nynorsk), i den forma offentlege organ skriv: vedteke, ikkje, kommunestyret,
 * helseføretaket. Fagorda er dei same som på bokmål der nynorsk brukar same ord (mandat,
 * tilslutning, inhabil, vara, forfall, dissens).
 *
 * @internal
 * @module
 */

import type { StoodIn, Vacancy } from '../../engine/checks/seats.js';
import type { OutcomeBase } from '../../rules/types.js';
import { firstIssueText } from '../../statute/_issueText.js';
import { adviceReasonsNn, routeChecksNn, statementNn } from './_advice.js';
import { diagramNn } from './_diagram.js';
import { issueMessagesNn, warningMessagesNn } from './_issuesNn.js';
import { joiningReasonsNn } from './_joining.js';
import { leadershipNn, leadershipReasonsNn } from './_leadership.js';
import { minutesNn } from './_minutes.js';
import { perPartyLineNn, perPartyNn } from './_perParty.js';
import { secretariatChecksNn } from './_secretariat.js';
import { trackerNn } from './_tracker.js';
import { listFormat, type MessageCatalog, type Params, param, plural } from './types.js';

const n = plural('nn');
const s = param;
const list = listFormat('nn');
/** What a majority is counted over, in words (`base` of its outcome). */
const bases: Partial<Record<OutcomeBase, string>> = {
  'for+against': 'for og mot',
  cast: 'avgjevne stemmer',
  present: 'til stades',
  seated: 'medlemmer med stemmerett',
  seats: 'plassar med stemmerett',
};
const base = (p: { readonly base: OutcomeBase }): string => bases[p.base] ?? p.base;
/** Kven som heldt første trinn: organet sjølv, sekretariatet, eller eit anna organ med id-en sin. */
const by = (b: unknown): string =>
  b === 'same-body'
    ? 'organet sjølv i eit tidlegare møte'
    : b === 'secretariat'
      ? 'sekretariatet'
      : String(b);
const blocs = { kommunesiden: 'kommunesida', helseforetakssiden: 'helseføretakssida' } as const;
/** Ledige plassar, etter plass og side: `; ledig: 2 på kommune (kommunesida)`. */
const vacancies = (p: { readonly vacancies: readonly Vacancy[] }): string =>
  p.vacancies.length === 0
    ? ''
    : `; ledig: ${list(p.vacancies.map((v) => `${v.vacant} på ${v.seat}${where(v)}`))}`;
/** Området og sida ein ledig plass høyrer til, når han har dei: ` (område bergen, kommunesida)`. */
const where = (v: Vacancy): string => {
  const parts = [
    ...(v.area === undefined ? [] : [`område ${v.area}`]),
    ...(v.bloc === undefined ? [] : [blocs[v.bloc]]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
};
/** Kvifor ei røysting i kommunestyret ikkje valde, etter koden. */
const notElected = (p: Params): string => {
  const votes = `${s(p, 'for')} for, ${s(p, 'against')} mot, ${s(p, 'present')} av ${s(p, 'members')} til stades`;
  switch (p.code) {
    case 'council.not-a-council':
      return 'parten har ikkje noko kommunestyre eller fylkesting som kan velje';
    case 'council.tie-lot-missing':
      return `valet enda med stemmelikskap (${votes}), og inga loddtrekking er protokollført; stemmelikskap ved val blir avgjord ved loddtrekking, aldri av møteleiaren`;
    case 'council.tie-lot-against':
      return `valet enda med stemmelikskap (${votes}), og loddet fall mot`;
    case 'council.no-quorum':
      return `for få medlemmer til stades og stemde (${votes})`;
    case 'council.rejected':
      return `for få stemmer for (${votes})`;
    default:
      return `røystinga vel ikkje (${s(p, 'code')}: ${votes})`;
  }
};

/** Plassar med stemmerett som ikkje høyrer til nokon side: ` (4 av dei 22 høyrer ikkje til nokon side: fastlege, bruker)`. */
const withoutSide = (p: {
  readonly seats: number;
  readonly withoutSide: number;
  readonly withoutSideRoles: readonly string[];
}): string =>
  p.withoutSide === 0
    ? ''
    : ` (${p.withoutSide} av dei ${p.seats} høyrer ikkje til nokon side: ${list(p.withoutSideRoles)})`;

/** Vara som møtte for medlemmer med forfall: `; 2 vara møtte for fråverande medlemmer (v1 for m1, …)`. */
const stoodIn = (p: { readonly standingIn: readonly StoodIn[] }): string =>
  p.standingIn.length === 0
    ? ''
    : `; ${p.standingIn.length} vara møtte for fråverande medlemmer (${list(p.standingIn.map((v) => `${v.substitute} for ${v.for}`))})`;

/** @internal */
export const nn: MessageCatalog = {
  locale: 'nn',
  list,
  status: {
    open: 'til handsaming',
    adopted: 'vedteke',
    recommended: 'tilrådd',
    advised: 'råd (bind ingen)',
    'pending-ratification': 'vedteke, ventar på tilslutning',
    'in-force': 'i kraft',
    rejected: 'ikkje vedteke',
    invalid: 'ugyldig',
    escalated: 'løfta vidare',
    lapsed: 'falle bort',
    withdrawn: 'trekt',
  },
  checkTitle: {
    mandate: 'Mandat',
    secretariat: 'Mynde for sekretariatet',
    seats: 'Samansetjing',
    notice: 'Innkalling',
    quorum: 'Vedtaksførleik',
    'two-stage': 'Handsaming i to trinn',
    recusal: 'Inhabilitet',
    'decision-rule': 'Avgjerdsregel',
    route: 'Oversending',
    escalation: 'Vidare handsaming',
    ratification: 'Tilslutning',
    deadline: 'Frist',
    leadership: 'Leiing',
  },
  check: {
    ...routeChecksNn,
    ...secretariatChecksNn,
    'mandate.decides': (p) => `organet vedtek saker av typen «${s(p, 'matter')}»`,
    'mandate.recommends': (p) =>
      `organet kan berre tilrå «${s(p, 'matter')}»; vedtaket høyrer til eit høgare nivå`,
    'mandate.escalated': (p) =>
      `saka er løfta frå ${s(p, 'from')} (${s(p, 'proposal')}), og usemja blir avgjord her`,
    'mandate.outside': (p) => `«${s(p, 'matter')}» ligg utanfor mandatet til organet`,
    'mandate.commits-below-top': (p) =>
      `«${s(p, 'matter')}» forpliktar partane og skal opp i partnarskapsmøtet, ikkje nivå ${s(p, 'tier')}`,
    'mandate.body-unknown': (p) =>
      `vedtektene (versjon ${s(p, 'version')}) har ikkje organet «${s(p, 'body')}»`,
    'mandate.matter-unknown': (p) =>
      `vedtektene (versjon ${s(p, 'version')}) har ikkje sakstypen «${s(p, 'matter')}»`,
    'seats.ok': (p) =>
      `${s(p, 'seated')} av ${s(p, 'seats')} plassar med stemmerett er besette${withoutSide(p)}${vacancies(p)}${stoodIn(p)}`,
    'seats.overfilled': (p) => `fleire medlemmer enn plassar på ${list(p.overfilled)}`,
    'notice.ok': (p) => `kalla inn ${n(p.days, 'dag', 'dagar')} før møtet; ${s(p, 'required')} krevst`,
    'notice.short': (p) =>
      `kalla inn ${n(p.days, 'dag', 'dagar')} før møtet; ${s(p, 'required')} krevst (${s(p, 'missing')} for lite)`,
    'notice.not-stated': (p) =>
      `kalla inn ${n(p.days, 'dag', 'dagar')} før møtet; vedtektene set ingen innkallingsfrist, så ingen frist er kontrollert`,
    'quorum.not-stated': (p) =>
      `${n(p.present, 'medlem', 'medlemmer')} med stemmerett til stades; vedtektene seier ikkje når organet er vedtaksført, så det er ikkje kontrollert`,
    'quorum.met': (p) =>
      `${s(p, 'got')} av ${s(p, 'baseCount')} medlemmer med stemmerett blir talde; ${s(p, 'required')} krevst`,
    'quorum.short': (p) =>
      `${s(p, 'got')} av ${s(p, 'baseCount')} medlemmer med stemmerett blir talde; ${s(p, 'required')} krevst: ${s(p, 'missing')} manglar`,
    'quorum.bloc-met': (p) => `${s(p, 'got')} blir talde; ${s(p, 'required')} krevst`,
    'quorum.bloc-short': (p) =>
      `ei side er ikkje representert: ${s(p, 'got')} blir talde, ${s(p, 'required')} krevst frå kvar side`,
    'two-stage.held': (p) =>
      `saka vart drøfta først (${by(p.by)}${p.meeting === undefined ? '' : `, møte ${s(p, 'meeting')}`}, ${s(p, 'date')}) og vedteken i eit seinare møte`,
    'two-stage.missing': (p) =>
      `saker av typen «${s(p, 'matter')}» skal drøftast før dei blir vedtekne; første trinn (drøfting) manglar før møtet ${s(p, 'decidedAt')} (${s(p, 'date')}), der saka vart vedteken i det same møtet som ho først vart lagd fram`,
    'two-stage.not-allowed': (p) =>
      `første trinn vart halde av ${list((p.heldBy as readonly string[]).map((b) => by(b)))}, men etter vedtektene skal det haldast av ${list((p.allowed as readonly string[]).map((b) => by(b)))}`,
    'recusal.none': () => 'ingen medlemmer er inhabile',
    'recusal.recorded': (p) =>
      `${n(p.count, 'medlem', 'medlemmer')} inhabil (${list(p.members)}), ${p.counted === 'absent' ? 'blir rekna som medlemmer som ikkje er til stades' : 'blir verken rekna som medlem eller som til stades i saka'}`,
    'consensus.met': (p) =>
      `konsensus: ${s(p, 'got')} av ${s(p, 'baseCount')} med stemmerett til stades, ingen imot`,
    'consensus.objection': (p) =>
      `ikkje konsensus: ${n(p.missing, 'medlem', 'medlemmer')} med stemmerett stemde imot`,
    'consensus.reservation': (p) =>
      `ikkje konsensus: ${n(p.missing, 'protokollført dissens', 'protokollførte dissensar')} hindrar vedtak`,
    'consensus.nobody-for': () => 'ikkje konsensus: ingen med stemmerett stemde for',
    'unanimity.met': (p) => `samrøystes: alle ${s(p, 'baseCount')} med stemmerett stemde for`,
    'unanimity.short': (p) =>
      `ikkje samrøystes: ${s(p, 'got')} av ${s(p, 'required')} med stemmerett stemde for; ${s(p, 'missing')} manglar`,
    'majority.met': (p) =>
      `${s(p, 'got')} for av ${s(p, 'baseCount')} (${base(p)}); ${s(p, 'required')} krevst`,
    'majority.short': (p) =>
      `${s(p, 'got')} for av ${s(p, 'baseCount')} (${base(p)}); ${s(p, 'required')} krevst: ${s(p, 'missing')} manglar`,
    'majority.nobody-for': () => 'ingen stemde for; eit forslag ingen støttar, blir aldri vedteke',
    'majority.tie-fails': () => 'stemmelikskap akkurat på terskelen, som etter regelen fell',
    'majority.tie-passes': () => 'stemmelikskap akkurat på terskelen, som etter regelen er nok',
    'majority.tie-chair-for': () => 'stemmelikskap, avgjort for ved stemma til møteleiaren',
    'majority.tie-chair-against': () => 'stemmelikskap, avgjort imot ved stemma til møteleiaren',
    'majority.tie-no-chair-vote': () =>
      'stemmelikskap, og møteleiaren stemde verken for eller imot, så han er ikkje avgjord',
    'each-bloc.met': () => 'regelen er oppfylt på kvar side',
    'each-bloc.short': (p) =>
      `regelen er ikkje oppfylt på alle sider (ikkje oppfylt: ${list(p.failing.map((b) => blocs[b]))})`,
    'all.met': () => 'alle delane av regelen er oppfylte',
    'all.short': (p) => `${s(p, 'got')} av ${s(p, 'required')} delar av regelen er oppfylte`,
    'any.met': () => 'minst éin del av regelen er oppfylt',
    'any.short': () => 'ingen del av regelen er oppfylt',
    'escalation.awaiting': (p) => `løfta til ${s(p, 'to')} ${s(p, 'at')}; enno ikkje sett på sakslista`,
    'escalation.submitted': (p) => `løfta til ${s(p, 'to')} ${s(p, 'at')}, vidareført som ${s(p, 'as')}`,
    'ratification.delegated': () =>
      'bindande når vedteke: organet handlar på fullmakt frå kommunestyra og styret i helseføretaket',
    'ratification.met': (p) => `tilslutta: ${s(p, 'adopted')} av ${s(p, 'required')} partar har vedteke`,
    'ratification.pending': (p) =>
      `ventar på tilslutning: ${s(p, 'adopted')} av ${s(p, 'required')} har vedteke, ${s(p, 'rejected')} har avvist, ${s(p, 'missing')} har ikkje handsama saka`,
    'deadline.met': (p) => `tilslutta innan fristen (${s(p, 'deadline')})`,
    'deadline.running': (p) => `fristen for tilslutning er ${s(p, 'deadline')}`,
    'deadline.passed': (p) => `fristen for tilslutning (${s(p, 'deadline')}) er ute: vedtaket har falle bort`,
    ...leadershipNn,
    ...perPartyNn,
  },
  reason: {
    'event.unknown-type': (p) => `ukjend hendingstype «${s(p, 'type')}»`,
    'event.invalid-date': (p) => `«${s(p, 'at')}» er ikkje ein dato skriven ÅÅÅÅ-MM-DD`,
    'event.malformed': (p) =>
      `feltet ${s(p, 'field')} må vere ${s(p, 'expected')}${p.error === undefined ? '' : ` (${s(p, 'error')})`}`,
    'event.duplicate-id': (p) =>
      `ei hending med id «${s(p, 'id')}» er alt ført (på posisjon ${s(p, 'position')} i loggen)`,
    'event.invalid-id': (p) => `«${s(p, 'value')}» kan ikkje brukast som id for ${s(p, 'field')}`,
    'event.unknown-field': (p) => `feltet ${s(p, 'field')} høyrer ikkje til ei ${s(p, 'type')}-hending`,
    'statute.other-community': (p) => `vedtektene gjeld «${s(p, 'id')}», ikkje «${s(p, 'community')}»`,
    'statute.not-later': (p) =>
      `ein ny versjon må tre i kraft etter ${s(p, 'latest')} (han seier ${s(p, 'effectiveFrom')})`,
    'statute.invalid': (p) =>
      `vedtektene er ikkje gyldige (${n(p.issues, 'feil', 'feil')}; første: ${s(p, 'path')}: ${firstIssueText(p, issueMessagesNn)})`,
    'statute.no-version': (p) => `ingen versjon av vedtektene gjeld ${s(p, 'date')}`,
    'statute.rewrites-record': (p) =>
      `det er protokollført vedtak til og med ${s(p, 'recordedUntil')}; ein versjon som gjeld frå ${s(p, 'effectiveFrom')}, ville endre korleis dei blir vurderte`,
    'amendment.unknown-proposal': (p) => `det finst inga sak «${s(p, 'proposal')}» som endrar vedtektene`,
    'amendment.wrong-matter': (p) =>
      `${s(p, 'proposal')} er ikkje ei vedtektsendring i ${s(p, 'expectedBody')} (sakstype «${s(p, 'expected')}»)`,
    'amendment.not-in-force': (p) =>
      `vedtektsendringa ${s(p, 'proposal')} er ikkje i kraft (status: ${s(p, 'status')})`,
    'party.unknown': (p) => `vedtektene har ingen part «${s(p, 'party')}»`,
    'party.already-member': (p) => `${s(p, 'party')} er allereie med`,
    'party.joined-later': (p) =>
      `${s(p, 'party')} er med frå ${s(p, 'from')}: ei tiltreding før det ville overlappe det medlemskapet`,
    'party.not-member': (p) => `${s(p, 'party')} er ikkje med ${s(p, 'date')}`,
    'party.notice-given': (p) => `${s(p, 'party')} sa allereie opp ${s(p, 'noticeGiven')}`,
    'party.notice-too-short': (p) =>
      `${s(p, 'party')} kan ikkje tre ut ${s(p, 'effective')}: ${s(p, 'months')} månaders oppseiingstid går til ${s(p, 'earliest')}`,
    'party.withdrawal-date-required': (p) =>
      `vedtektene set inga oppseiingstid: oppgi når ${s(p, 'party')} trer ut (effective)`,
    'party.rewrites-record': (p) =>
      `det er protokollført tilslutning til og med ${s(p, 'ratifiedUntil')}; ei endring i medlemskapet datert ${s(p, 'at')} ville endre teljinga`,
    'body.unknown': (p) => `det finst ikkje noko organ «${s(p, 'body')}»`,
    'seat.unknown': (p) => `${s(p, 'body')} har ingen plass «${s(p, 'seat')}»`,
    'seat.full': (p) => `alle plassane på ${s(p, 'seat')} i ${s(p, 'body')} er besette (${s(p, 'count')})`,
    'seat.wrong-party': (p) => `plassen ${s(p, 'seat')} kan ikkje besetjast for ${s(p, 'party')}`,
    'seat.party-required': (p) =>
      `plassen ${s(p, 'seat')} krev at parten medlemmet representerer, blir oppgitt`,
    'seat.wrong-authority': (p) =>
      `plassen ${s(p, 'seat')} blir oppnemnd av ${s(p, 'expected')}, ikkje ${s(p, 'got')}`,
    'seat.outside-area': (p) =>
      `plassen ${s(p, 'seat')} blir besett frå området ${s(p, 'area')}, og ${s(p, 'party')} er ikkje ein kommune i det`,
    'member.not-elected': (p) =>
      `${s(p, 'member')} er ikkje vald til plassen ${s(p, 'seat')}: ${notElected(p)}`,
    'member.already-seated': (p) => `${s(p, 'member')} sit allereie i ${s(p, 'body')}`,
    'member.not-seated': (p) => `${s(p, 'member')} sit ikkje i ${s(p, 'body')}`,
    'member.rewrites-record': (p) =>
      `${s(p, 'body')} har protokollførte møte til og med ${s(p, 'recordedUntil')}; ei endring i samansetjinga datert ${s(p, 'at')} ville endre dei (dater henne seinare)`,
    'meeting.exists': (p) => `møtet ${s(p, 'meeting')} finst allereie`,
    'meeting.unknown': (p) => `det finst ikkje noko møte «${s(p, 'meeting')}»`,
    'meeting.before-notice': (p) =>
      `møtet (${s(p, 'date')}) kan ikkje vere før innkallinga (${s(p, 'noticeDate')})`,
    'meeting.chair-not-member': (p) => `møteleiaren ${s(p, 'member')} sit ikkje i ${s(p, 'body')}`,
    'meeting.not-held': (p) => `møtet ${s(p, 'meeting')} blir først halde ${s(p, 'date')}`,
    'attendance.not-member': (p) =>
      `${Array.isArray(p.members) ? list(p.members) : s(p, 'members')} sit ikkje i ${s(p, 'body')}`,
    'proposal.exists': (p) => `saka ${s(p, 'proposal')} finst allereie`,
    'proposal.unknown': (p) => `det finst inga sak «${s(p, 'proposal')}»`,
    'proposal.unknown-matter': (p) => `vedtektene har ingen sakstype «${s(p, 'matter')}»`,
    'proposal.wrong-body': (p) =>
      `møtet ${s(p, 'meeting')} er eit møte i ${s(p, 'meetingBody')}, ikkje ${s(p, 'body')}`,
    'proposal.closed': (p) => `saka ${s(p, 'proposal')} er ${p.phase === 'withdrawn' ? 'trekt' : 'avslutta'}`,
    'proposal.not-concluded': (p) => `saka ${s(p, 'proposal')} er ikkje avslutta`,
    'proposal.tabler-not-member': (p) =>
      `${s(p, 'member')} sit ikkje i ${s(p, 'body')} og kan ikkje fremje saker der`,
    'proposal.no-forslagsrett': (p) =>
      `${s(p, 'member')} har plass ${s(p, 'seat')} utan forslagsrett og kan ikkje fremje saka`,
    'proposal.defer-not-later': (p) =>
      `saka ${s(p, 'proposal')} kan berre utsetjast til eit seinare møte: ${s(p, 'meeting')} er ${s(p, 'date')}, saka står på møtet ${s(p, 'from')}`,
    'proposal.defer-after-votes': (p) =>
      `saka ${s(p, 'proposal')} kan ikkje utsetjast etter at ${n(p.votes, 'stemme', 'stemmer')} er gitt`,
    'proposal.discussed-where': (p) =>
      `drøftinga av ${s(p, 'proposal')} må vere halden anten i eit møte (meeting) eller av sekretariatet (by), ikkje begge eller ingen`,
    'proposal.escalated': (p) => `saka ${s(p, 'proposal')} er allereie løfta til ${s(p, 'to')}`,
    'recusal.not-member': (p) => `${s(p, 'member')} sit ikkje i ${s(p, 'body')}`,
    'recusal.twice': (p) => `${s(p, 'member')} er allereie inhabil i ${s(p, 'proposal')}`,
    'vote.not-member': (p) => `${s(p, 'member')} sit ikkje i ${s(p, 'body')} og kan ikkje stemme`,
    'vote.observer': (p) =>
      `${s(p, 'member')} har plassen ${s(p, 'seat')} utan stemmerett og kan ikkje stemme ${s(p, 'vote')} (ei innvending kan protokollførast)`,
    'vote.twice': (p) => `${s(p, 'member')} har allereie stemt i ${s(p, 'proposal')}`,
    'vote.recused': (p) => `${s(p, 'member')} er inhabil i ${s(p, 'proposal')}`,
    'escalation.no-target': (p) => `${s(p, 'body')} har ikkje noko organ over seg å løfte saka til`,
    'escalation.wrong-target': (p) => `usemje blir løfta til ${s(p, 'expected')}, ikkje ${s(p, 'to')}`,
    'escalation.not-failed': (p) =>
      `saka ${s(p, 'proposal')} er eit gyldig vedtak (${s(p, 'status')}); det er ikkje noko å løfte`,
    'escalation.unknown-source': (p) => `det finst inga sak «${s(p, 'proposal')}» å vidareføre`,
    'escalation.source-not-escalated': (p) =>
      `saka ${s(p, 'proposal')} er ikkje løfta til ${s(p, 'body')} (eller står allereie på sakslista)`,
    'escalation.wrong-matter': (p) =>
      `den løfta saka gjeld «${s(p, 'sourceMatter')}», ikkje «${s(p, 'matter')}»`,
    'ratification.unknown-party': (p) =>
      `vedtektene (versjon ${s(p, 'version')}) har ingen part «${s(p, 'party')}»`,
    'ratification.wrong-organ': (p) =>
      `${s(p, 'party')} sluttar seg til gjennom ${s(p, 'expected')}, ikkje ${s(p, 'organ')}`,
    'ratification.not-required': (p) => `eit vedtak om «${s(p, 'matter')}» krev ikkje tilslutning`,
    'ratification.not-adopted': (p) =>
      `saka ${s(p, 'proposal')} er ikkje eit gyldig vedtak å slutte seg til (${s(p, 'status')})`,
    'ratification.before-decision': (p) =>
      `vedtaket kan ikkje kome før saka vart avgjord (${s(p, 'decided')})`,
    'ratification.not-member': (p) => `${s(p, 'party')} er ikkje med ${s(p, 'date')}`,
    'ratification.not-ratifier': (p) =>
      `${s(p, 'party')} er ikkje mellom dei som skal slutte seg til etter regel ${s(p, 'rule')}`,
    'ratification.invalid-council-vote': (p) =>
      `den protokollførte røystinga i ${s(p, 'party')} er ikkje eit gyldig vedtak (${s(p, 'code')})`,
    'ratification.vote-contradicts': (p) =>
      `den protokollførte røystinga i ${s(p, 'party')} gir ikkje «${p.decision === 'adopted' ? 'vedteke' : 'avvist'}» (${s(p, 'code')})`,
    'substitute.not-provided': (p) => `${s(p, 'body')} har ingen vararepresentasjon i vedtektene`,
    'substitute.personal': (p) =>
      `vara i ${s(p, 'body')} er personlege: oppgi medlemmet ${s(p, 'member')} er vara for (for), ikkje ein plass på ei liste`,
    'substitute.ordered': (p) =>
      `vara i ${s(p, 'body')} står på rangerte lister: oppgi plassen til ${s(p, 'member')} (rank), ikkje eit medlem`,
    'substitute.for-not-seated': (p) =>
      `${s(p, 'member')} har ikkje plassen ${s(p, 'seat')} i ${s(p, 'body')} og kan ikkje ha personleg vara der`,
    'substitute.rank-taken': (p) =>
      `plass ${s(p, 'rank')} på varalista ${s(p, 'list')} i ${s(p, 'body')} har allereie ${s(p, 'holder')}`,
    'substitute.already-appointed': (p) => `${s(p, 'member')} er allereie vara i ${s(p, 'body')}`,
    'substitute.is-member': (p) =>
      `${s(p, 'member')} er medlem av ${s(p, 'body')} og kan ikkje vere vara der`,
    'substitute.not-substitute': (p) => `${s(p, 'member')} er ikkje vara i ${s(p, 'body')}`,
    'substitute.not-eligible': (p) =>
      `${s(p, 'member')} er ikkje vara for ${s(p, 'for')} i ${s(p, 'body')} (verken personleg vara eller på same liste)`,
    'substitute.member-present': (p) =>
      `${s(p, 'member')} er til stades på møtet ${s(p, 'meeting')}; vara ${s(p, 'substitute')} kan ikkje møte samtidig`,
    'substitute.taken': (p) =>
      `${s(p, 'substitute')} møter allereie for ${s(p, 'member')} i ${s(p, 'body')} då`,
    'substitute.busy': (p) => `${s(p, 'member')} møter allereie for ${s(p, 'for')} då`,
    'substitute.when': (p) =>
      `oppgi eitt møte, eller ein periode med frå- og til-dato (frå før til), for når ${s(p, 'member')} møter`,
    'substitute.wrong-body': (p) =>
      `møtet ${s(p, 'meeting')} er eit møte i ${s(p, 'meetingBody')}, ikkje ${s(p, 'body')}`,
    ...leadershipReasonsNn,
    ...joiningReasonsNn,
    ...adviceReasonsNn,
  },
  bloc: blocs,
  tier: (tier) => `nivå ${tier}`,
  valid: (valid) => (valid ? 'gyldig' : 'ikkje gyldig'),
  header: (p) =>
    `${s(p, 'proposal')}${p.title === undefined ? '' : ` «${s(p, 'title')}»`}: ${s(p, 'status')} (${s(p, 'valid')})`,
  meta: (p) =>
    `${s(p, 'bodyName')} (${s(p, 'tier')}), ${p.decidedBy === undefined ? 'møte' : 'avgjort av sekretariatet'} ${s(p, 'date')}, vedtekter versjon ${s(p, 'version')}, per ${s(p, 'asOf')}`,
  liesWith: (p) =>
    `Saka ligg no hos ${s(p, 'body')}${p.proposal === undefined ? '' : ` som ${s(p, 'proposal')} (${s(p, 'status')})`}.`,
  statement: statementNn,
  binds: (p) => (p.parties === '' ? 'Bind ingen part.' : `Bind: ${s(p, 'parties')}.`),
  ratification: (p) =>
    `Tilslutning (${s(p, 'ref')}): vedteke av ${s(p, 'adopted') || 'ingen'}; avvist av ${s(p, 'rejected') || 'ingen'}; manglar: ${s(p, 'missing') || 'ingen'}.`,
  perParty: perPartyLineNn,
  establishment: (p) =>
    `Etablering (${s(p, 'ref')}): ${s(p, 'got')} av ${s(p, 'base')} kommunar har slutta seg til; ${s(p, 'required')} krevst: ${p.met === true ? 'oppfylt' : `ikkje oppfylt, ${s(p, 'missing')} til trengst`}.`,
  rejected: (p) => `Avvist ${s(p, 'type')}: ${s(p, 'reasons')}`,
  unknownCode: (p) => s(p, 'code'),
  diagram: diagramNn,
  tracker: trackerNn,
  minutes: minutesNn,
  issues: issueMessagesNn,
  warnings: warningMessagesNn,
};
