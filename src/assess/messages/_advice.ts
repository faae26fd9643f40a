/**
 * The sentences of recommendations, advice and the dispute boards' statements, in every locale,
 * spread into each catalog.
 *
 * @internal
 * @module
 */
import type { RouteCheck } from '../../engine/checks/route.js';
import type { ReasonCode } from '../../engine/reasons.js';
import type { Messages, Params, Render } from './types.js';
import { param as s } from './types.js';

type RouteMessages = Messages<RouteCheck>;
/** The reasons of forwarding and statements, read off the engine's own list of codes. */
type Reasons = {
  readonly [C in Extract<ReasonCode, `forward.${string}` | `statement.${string}`>]: (p: Params) => string;
};

const asEn = (p: RouteCheck['params']): string => (p.as === 'advice' ? 'advice' : 'a recommendation');
const asNb = (p: RouteCheck['params']): string => (p.as === 'advice' ? 'råd' : 'tilråding');
const asNn = asNb;
/** The pronoun of `asNn`: a tilråding is `ho`, a råd `det`. */
const itNn = (p: RouteCheck['params']): string => (p.as === 'advice' ? 'det' : 'ho');

/** @internal */
export const routeChecksEn: RouteMessages = {
  'route.awaiting': (p) =>
    `${asEn(p)} to ${s(p, 'to')}${p.via === undefined ? '' : ` through ${s(p, 'via')}`}; not yet passed on to ${s(p, 'next')}; it binds no one`,
  'route.via': (p) =>
    `${asEn(p)} to ${s(p, 'to')}, passed on to ${s(p, 'next')} on ${s(p, 'at')}, which sends it on without making it its own decision; it binds no one`,
  'route.delivered': (p) => `${asEn(p)} to ${s(p, 'to')}, delivered on ${s(p, 'at')}; it binds no one`,
};
/** @internal */
export const routeChecksNb: RouteMessages = {
  'route.awaiting': (p) =>
    `${asNb(p)} til ${s(p, 'to')}${p.via === undefined ? '' : ` gjennom ${s(p, 'via')}`}; ennå ikke sendt videre til ${s(p, 'next')}; binder ingen`,
  'route.via': (p) =>
    `${asNb(p)} til ${s(p, 'to')}, sendt til ${s(p, 'next')} ${s(p, 'at')}, som sender den videre uten å gjøre den til sitt eget vedtak; binder ingen`,
  'route.delivered': (p) => `${asNb(p)} til ${s(p, 'to')}, oversendt ${s(p, 'at')}; binder ingen`,
};

/** @internal */
export const routeChecksNn: RouteMessages = {
  'route.awaiting': (p) =>
    `${asNn(p)} til ${s(p, 'to')}${p.via === undefined ? '' : ` gjennom ${s(p, 'via')}`}; enno ikkje sendt vidare til ${s(p, 'next')}; bind ingen`,
  'route.via': (p) =>
    `${asNn(p)} til ${s(p, 'to')}, sendt til ${s(p, 'next')} ${s(p, 'at')}, som sender ${itNn(p)} vidare utan å gjere ${itNn(p)} til sitt eige vedtak; bind ingen`,
  'route.delivered': (p) => `${asNn(p)} til ${s(p, 'to')}, oversendt ${s(p, 'at')}; bind ingen`,
};

/** @internal */
export const adviceReasonsEn: Reasons = {
  'forward.not-recommendation': (p) =>
    `${s(p, 'proposal')} is not an adopted recommendation or advice (it is ${s(p, 'status')}), so it has nothing to pass on`,
  'forward.no-route': (p) => `the statute names no body that ${s(p, 'body')}'s recommendations go to`,
  'forward.delivered': (p) => `${s(p, 'proposal')} has already reached ${s(p, 'to')}`,
  'forward.wrong-body': (p) => `it goes to ${s(p, 'expected')} next, not ${s(p, 'to')}`,
  'statement.unknown-board': (p) => `the statute names no dispute board "${s(p, 'board')}"`,
  'statement.not-a-decision': (p) =>
    `${s(p, 'proposal')} is ${s(p, 'kind')}, not a decision: there is no agreement to mediate or dispute`,
  'statement.not-in-force': (p) =>
    `an advisory statement on a dispute concerns an agreement in force; ${s(p, 'proposal')} is ${s(p, 'status')}`,
  'statement.in-force': (p) =>
    `${s(p, 'proposal')} is in force: a board mediates only before an agreement is concluded (a dispute over it takes a statement)`,
  'statement.local-first': (p) =>
    `${s(p, 'board')} is heard after the local board ${s(p, 'local')}, which has not spoken`,
};
/** @internal */
export const adviceReasonsNb: Reasons = {
  'forward.not-recommendation': (p) =>
    `${s(p, 'proposal')} er ikke en vedtatt tilråding eller et råd (saken er ${s(p, 'status')}), så det er ingenting å sende videre`,
  'forward.no-route': (p) => `vedtektene sier ikke hvilket organ tilrådingene fra ${s(p, 'body')} går til`,
  'forward.delivered': (p) => `${s(p, 'proposal')} er allerede oversendt ${s(p, 'to')}`,
  'forward.wrong-body': (p) => `den skal til ${s(p, 'expected')} først, ikke ${s(p, 'to')}`,
  'statement.unknown-board': (p) => `vedtektene har ingen tvisteløsningsnemnd «${s(p, 'board')}»`,
  'statement.not-a-decision': (p) =>
    `${s(p, 'proposal')} er ${s(p, 'kind') === 'advice' ? 'et råd' : 'en tilråding'}, ikke et vedtak: det er ingen avtale å mekle om eller tvistes om`,
  'statement.not-in-force': (p) =>
    `en rådgivende uttalelse ved uenighet gjelder en inngått avtale; ${s(p, 'proposal')} er ${s(p, 'status')}`,
  'statement.in-force': (p) =>
    `${s(p, 'proposal')} er i kraft: nemnda mekler bare før en avtale er inngått (uenighet om den gir en uttalelse)`,
  'statement.local-first': (p) =>
    `${s(p, 'board')} behandler saken etter den lokale nemnda ${s(p, 'local')}, som ikke har uttalt seg`,
};

/** @internal */
export const adviceReasonsNn: Reasons = {
  'forward.not-recommendation': (p) =>
    `${s(p, 'proposal')} er ikkje ei vedteken tilråding eller eit råd (saka er ${s(p, 'status')}), så det er ingenting å sende vidare`,
  'forward.no-route': (p) => `vedtektene seier ikkje kva organ tilrådingane frå ${s(p, 'body')} går til`,
  'forward.delivered': (p) => `${s(p, 'proposal')} er allereie oversendt ${s(p, 'to')}`,
  'forward.wrong-body': (p) => `ho skal til ${s(p, 'expected')} først, ikkje ${s(p, 'to')}`,
  'statement.unknown-board': (p) => `vedtektene har inga tvisteløysingsnemnd «${s(p, 'board')}»`,
  'statement.not-a-decision': (p) =>
    `${s(p, 'proposal')} er ${s(p, 'kind') === 'advice' ? 'eit råd' : 'ei tilråding'}, ikkje eit vedtak: det er ingen avtale å mekle om eller tvistast om`,
  'statement.not-in-force': (p) =>
    `ei rådgjevande fråsegn ved usemje gjeld ein inngått avtale; ${s(p, 'proposal')} er ${s(p, 'status')}`,
  'statement.in-force': (p) =>
    `${s(p, 'proposal')} er i kraft: nemnda meklar berre før ein avtale er inngått (usemje om han gir ei fråsegn)`,
  'statement.local-first': (p) =>
    `${s(p, 'board')} handsamar saka etter den lokale nemnda ${s(p, 'local')}, som ikkje har uttalt seg`,
};

/** A statement's line in a report, in English. @internal */
export const statementEn: Render = (p) =>
  `${s(p, 'name')} (${s(p, 'ref')}), ${s(p, 'at')}: ${p.kind === 'mediation' ? 'mediation' : 'advisory statement on a dispute'}${p.text === undefined ? '' : `: «${s(p, 'text')}»`}. It binds no one.`;
/** A statement's line in a report, in Norwegian (bokmål). @internal */
export const statementNb: Render = (p) =>
  `${s(p, 'name')} (${s(p, 'ref')}), ${s(p, 'at')}: ${p.kind === 'mediation' ? 'mekling' : 'rådgivende uttalelse ved uenighet'}${p.text === undefined ? '' : `: «${s(p, 'text')}»`}. Uttalelsen binder ingen.`;
/** A statement's line in a report, in Nynorsk. @internal */
export const statementNn: Render = (p) =>
  `${s(p, 'name')} (${s(p, 'ref')}), ${s(p, 'at')}: ${p.kind === 'mediation' ? 'mekling' : 'rådgjevande fråsegn ved usemje'}${p.text === undefined ? '' : `: «${s(p, 'text')}»`}. Fråsegna bind ingen.`;
