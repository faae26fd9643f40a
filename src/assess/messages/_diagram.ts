/**
 * The words of the structure diagram, in every locale, one entry in each catalog. The type makes
 * a missing or misspelt word a compile error in every locale.
 *
 * @internal
 * @module
 */
import type { Comparison } from '../../model/rules.js';
import type { Bloc, DisputeBoard, Right } from '../../model/statute.js';

/** The seat roles the diagram names in words; others show their participant's name or id. @internal */
export type NamedRole =
  | 'kommune'
  | 'helseforetak'
  | 'fylkeskommune'
  | 'private-hospital'
  | 'fastlege'
  | 'bruker'
  | 'ks'
  | 'tillitsvalgt'
  | 'sekretariat';

/** @internal */
export interface DiagramMessages {
  /** The community's box: its title and version. */
  readonly community: (title: string, version: string) => string;
  readonly tier: (tier: number) => string;
  /** A side and its voting seats: `Kommunesiden 18`. */
  readonly side: Readonly<Record<Bloc, (count: number) => string>>;
  readonly role: Readonly<Record<NamedRole, string>>;
  /** The rights an observer's seat carries besides stemmerett. */
  readonly right: Readonly<Record<Exclude<Right, 'vote'>, string>>;
  /** Voting seats outside the sides: `Andre med stemmerett: fastlege 1`. */
  readonly otherVoting: (seats: string) => string;
  /** Seats without stemmerett, by their rights: `Observatører (møterett, talerett): sekretariat 1`. */
  readonly observers: (rights: string, seats: string) => string;
  /** The arrow up the escalation chain. */
  readonly escalation: string;
  readonly recommendation: string;
  readonly advice: string;
  /** A recommendation or advice that passes through another body on the way. */
  readonly via: (what: string, body: string) => string;
  /** The box of the parties' own organs. */
  readonly organs: string;
  readonly kommunestyrene: (count: number) => string;
  /** A party's own organ: the styre of a helseforetak or a private hospital, a fylkesting. */
  readonly organOf: (organ: 'styre' | 'fylkesting', party: string) => string;
  /** The arrow to the parties' organs: `tilslutning (§8): alle`. */
  readonly ratification: (refs: string, who: string) => string;
  /** The line from the parties' organs to a body they delegated to. */
  readonly delegation: (ref: string) => string;
  readonly every: string;
  readonly perParty: string;
  readonly threshold: (comparison: Comparison, value: string) => string;
  readonly shareOfKommuner: (threshold: string) => string;
  /** Kommuner holding a share of the population, or (`count`) a number of inhabitants. */
  readonly shareOfPopulation: (threshold: string, count: boolean) => string;
  /** The box of the dispute boards. */
  readonly beyond: string;
  readonly board: (name: string, level: DisputeBoard['level']) => string;
  /** The arrow from the top of the community to the first dispute board. */
  readonly dispute: string;
  /** The arrow from a local board to the next. */
  readonly next: string;
}

/** @internal */
export const diagramNb: DiagramMessages = {
  community: (title, version) => `${title} (versjon ${version})`,
  tier: (tier) => `Nivå ${tier}`,
  side: {
    kommunesiden: (count) => `Kommunesiden ${count}`,
    helseforetakssiden: (count) => `Helseforetakssiden ${count}`,
  },
  role: {
    kommune: 'kommune',
    helseforetak: 'helseforetak',
    fylkeskommune: 'fylkeskommune',
    'private-hospital': 'privat sykehus',
    fastlege: 'fastlege',
    bruker: 'bruker',
    ks: 'KS',
    tillitsvalgt: 'tillitsvalgt',
    sekretariat: 'sekretariat',
  },
  right: { attend: 'møterett', speak: 'talerett', propose: 'forslagsrett' },
  otherVoting: (seats) => `Andre med stemmerett: ${seats}`,
  observers: (rights, seats) => `Observatører${rights === '' ? '' : ` (${rights})`}: ${seats}`,
  escalation: 'uenighet',
  recommendation: 'tilråding',
  advice: 'råd',
  via: (what, body) => `${what} via ${body}`,
  organs: 'Partenes egne organer',
  kommunestyrene: (count) => `Kommunestyrene (${count})`,
  organOf: (organ, party) => (organ === 'styre' ? `Styret i ${party}` : `Fylkestinget i ${party}`),
  ratification: (refs, who) => `tilslutning (${refs})${who === '' ? '' : `: ${who}`}`,
  delegation: (ref) => `delegert myndighet (${ref})`,
  every: 'alle',
  perParty: 'hver part for seg',
  threshold: (comparison, value) => `${comparison === 'atLeast' ? 'minst' : 'mer enn'} ${value}`,
  shareOfKommuner: (threshold) => `${threshold} av kommunene`,
  shareOfPopulation: (threshold, count) =>
    count ? `kommuner med ${threshold} innbyggere` : `kommuner med ${threshold} av innbyggerne`,
  beyond: 'Utenfor helsefellesskapet',
  board: (name, level) => `${name} (${level === 'local' ? 'lokal' : 'nasjonal'}, rådgivende, binder ingen)`,
  dispute: 'uenighet',
  next: 'deretter',
};

/** @internal */
export const diagramNn: DiagramMessages = {
  community: (title, version) => `${title} (versjon ${version})`,
  tier: (tier) => `Nivå ${tier}`,
  side: {
    kommunesiden: (count) => `Kommunesida ${count}`,
    helseforetakssiden: (count) => `Helseføretakssida ${count}`,
  },
  role: {
    kommune: 'kommune',
    helseforetak: 'helseføretak',
    fylkeskommune: 'fylkeskommune',
    'private-hospital': 'privat sjukehus',
    fastlege: 'fastlege',
    bruker: 'brukar',
    ks: 'KS',
    tillitsvalgt: 'tillitsvald',
    sekretariat: 'sekretariat',
  },
  right: { attend: 'møterett', speak: 'talerett', propose: 'forslagsrett' },
  otherVoting: (seats) => `Andre med stemmerett: ${seats}`,
  observers: (rights, seats) => `Observatørar${rights === '' ? '' : ` (${rights})`}: ${seats}`,
  escalation: 'usemje',
  recommendation: 'tilråding',
  advice: 'råd',
  via: (what, body) => `${what} via ${body}`,
  organs: 'Organa til partane',
  kommunestyrene: (count) => `Kommunestyra (${count})`,
  organOf: (organ, party) => (organ === 'styre' ? `Styret i ${party}` : `Fylkestinget i ${party}`),
  ratification: (refs, who) => `tilslutning (${refs})${who === '' ? '' : `: ${who}`}`,
  delegation: (ref) => `delegert mynde (${ref})`,
  every: 'alle',
  perParty: 'kvar part for seg',
  threshold: (comparison, value) => `${comparison === 'atLeast' ? 'minst' : 'meir enn'} ${value}`,
  shareOfKommuner: (threshold) => `${threshold} av kommunane`,
  shareOfPopulation: (threshold, count) =>
    count ? `kommunar med ${threshold} innbyggjarar` : `kommunar med ${threshold} av innbyggjarane`,
  beyond: 'Utanfor helsefellesskapet',
  board: (name, level) => `${name} (${level === 'local' ? 'lokal' : 'nasjonal'}, rådgjevande, bind ingen)`,
  dispute: 'usemje',
  next: 'deretter',
};

/** @internal */
export const diagramEn: DiagramMessages = {
  community: (title, version) => `${title} (version ${version})`,
  tier: (tier) => `Tier ${tier}`,
  side: {
    kommunesiden: (count) => `Kommune side ${count}`,
    helseforetakssiden: (count) => `HF side ${count}`,
  },
  role: {
    kommune: 'kommune',
    helseforetak: 'helseforetak',
    fylkeskommune: 'fylkeskommune',
    'private-hospital': 'private hospital',
    fastlege: 'GP',
    bruker: 'user representative',
    ks: 'KS',
    tillitsvalgt: 'union representative',
    sekretariat: 'secretariat',
  },
  right: { attend: 'attend', speak: 'speak', propose: 'propose' },
  otherVoting: (seats) => `Other voting seats: ${seats}`,
  observers: (rights, seats) => `Observers${rights === '' ? '' : ` (${rights})`}: ${seats}`,
  escalation: 'disagreement',
  recommendation: 'recommendation',
  advice: 'advice',
  via: (what, body) => `${what} via ${body}`,
  organs: "The parties' own organs",
  kommunestyrene: (count) => `The kommunestyrer (${count})`,
  organOf: (organ, party) => (organ === 'styre' ? `Board of ${party}` : `Fylkesting of ${party}`),
  ratification: (refs, who) => `ratification (${refs})${who === '' ? '' : `: ${who}`}`,
  delegation: (ref) => `delegated authority (${ref})`,
  every: 'all',
  perParty: 'each party for itself',
  threshold: (comparison, value) => `${comparison === 'atLeast' ? 'at least' : 'more than'} ${value}`,
  shareOfKommuner: (threshold) => `${threshold} of the kommuner`,
  shareOfPopulation: (threshold, count) =>
    count ? `kommuner with ${threshold} inhabitants` : `kommuner with ${threshold} of the population`,
  beyond: 'Beyond the community',
  board: (name, level) => `${name} (${level}, advisory, binds no one)`,
  dispute: 'disagreement',
  next: 'then',
};
