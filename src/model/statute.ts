/**
 * The statute model (vedtekter): parties, participants, bodies, seats, matters and mandates.
 *
 * A statute is plain JSON. Every rule carries a `ref` to the section that states it, so every
 * verdict can cite it.
 *
 * @module
 */
import type { IsoDate } from './dates.js';
import type { AreaId, BodyId, Kommunenummer, MatterId, PartyId, Ref, SeatId } from './ids.js';
import type { NotStated } from './notStated.js';
import type { CouncilRule, DecisionRule, QuorumRule, RatificationRule, Threshold } from './rules.js';

/**
 * A section of the statute (or of a law it cites), by its {@link Ref}. `status` marks what the
 * section rests on: `verified` text from a source, an `assumption` where the sources are silent,
 * an `uncertain` fact, or `not-stated`: the sources were searched and state nothing, and the
 * rules citing it are {@link NotStated}.
 *
 * @example
 * ```ts
 * const section: Section = { title: 'Strategisk samarbeidsutvalg', status: 'verified', source: 'https://www.siv.no/' };
 * ```
 * @category Model
 */
export interface Section {
  readonly title: string;
  readonly text?: string;
  readonly source?: string;
  readonly status?: 'verified' | 'assumption' | 'uncertain' | 'not-stated';
}

/**
 * A kommune: a party bound by its kommunestyre's vedtak.
 *
 * @example
 * ```ts
 * const vefsn: Kommune = { kind: 'kommune', id: 'vefsn', name: 'Vefsn', kommunenummer: '1824', organ: 'kommunestyre' };
 * ```
 * @category Model
 */
export interface Kommune {
  readonly kind: 'kommune';
  readonly id: PartyId;
  readonly name: string;
  readonly kommunenummer: Kommunenummer;
  /** Inhabitants, for population-weighted thresholds. */
  readonly population?: number;
  readonly organ: 'kommunestyre';
}

/**
 * The helseforetak (hospital trust): a party bound by its styre's vedtak.
 *
 * @example
 * ```ts
 * const hf: Helseforetak = { kind: 'helseforetak', id: 'hsyk', name: 'Helgelandssykehuset HF', organ: 'styre' };
 * ```
 * @category Model
 */
export interface Helseforetak {
  readonly kind: 'helseforetak';
  readonly id: PartyId;
  readonly name: string;
  readonly organ: 'styre';
}

/**
 * A fylkeskommune: a party, when the statute says so, bound by its fylkesting's vedtak. A
 * fylkesting's own vote is checked by the same council rule as a kommunestyre's.
 *
 * @example
 * ```ts
 * const fylke: Fylkeskommune = { kind: 'fylkeskommune', id: 'fylket', name: 'Fylkeskommunen', organ: 'fylkesting' };
 * ```
 * @category Model
 */
export interface Fylkeskommune {
  readonly kind: 'fylkeskommune';
  readonly id: PartyId;
  readonly name: string;
  /** The fylkesnummer: two digits. */
  readonly fylkesnummer?: string;
  readonly organ: 'fylkesting';
}

/**
 * A private hospital (e.g. a privat ideelt sykehus) with its own board and an agreement with a
 * helseforetak of the statute: a party, when the statute says so, bound by its styre's vedtak.
 *
 * @example
 * ```ts
 * const hospital: PrivateHospital = {
 *   kind: 'private-hospital', id: 'haraldsplass', name: 'Haraldsplass', organ: 'styre', agreementWith: 'helse-bergen',
 * };
 * ```
 * @category Model
 */
export interface PrivateHospital {
  readonly kind: 'private-hospital';
  readonly id: PartyId;
  readonly name: string;
  readonly organ: 'styre';
  /** The helseforetak of the statute the hospital has its agreement with. */
  readonly agreementWith: PartyId;
}

/**
 * An equal partner that can be bound by a decision: a {@link Kommune}, the {@link Helseforetak},
 * and, where the statute says so, a {@link Fylkeskommune} or a {@link PrivateHospital}. KS, the
 * pasient- og brukerombud and the like bind no one: they are {@link Participant}s.
 *
 * @example
 * ```ts
 * const party: Party = { kind: 'helseforetak', id: 'siv', name: 'Sykehuset i Vestfold HF', organ: 'styre' };
 * ```
 * @category Model
 */
export type Party = Kommune | Helseforetak | Fylkeskommune | PrivateHospital;

/**
 * The organ whose vedtak binds a party: a kommunestyre, a fylkesting, or a styre (the
 * helseforetak's, a private hospital's).
 *
 * @example
 * ```ts
 * const organ: PartyOrgan = 'fylkesting';
 * ```
 * @category Model
 */
export type PartyOrgan = Party['organ'];

/**
 * The kind of a party.
 *
 * @example
 * ```ts
 * const kind: PartyKind = 'kommune';
 * ```
 * @category Model
 */
export type PartyKind = Party['kind'];

/**
 * A role that holds seats but binds no one. The five common roles are named; a statute may
 * declare others (e.g. `pasient-og-brukerombud`).
 *
 * @example
 * ```ts
 * const role: ParticipantRole = 'fastlege';
 * ```
 * @category Model
 */
export type ParticipantRole = 'fastlege' | 'bruker' | 'ks' | 'tillitsvalgt' | 'sekretariat' | (string & {});

/**
 * A participant role the statute provides for (fastleger, brukere, KS…).
 *
 * @example
 * ```ts
 * const gp: Participant = { role: 'fastlege', name: 'Fastlegerepresentant', ref: '§5' };
 * ```
 * @category Model
 */
export interface Participant {
  readonly role: ParticipantRole;
  readonly name: string;
  readonly ref?: Ref;
}

/**
 * A right a seat carries: møterett (`attend`), talerett (`speak`), forslagsrett (`propose`) and
 * stemmerett (`vote`).
 *
 * @example
 * ```ts
 * const observer: readonly Right[] = ['attend', 'speak', 'propose'];
 * ```
 * @category Model
 */
export type Right = 'attend' | 'speak' | 'propose' | 'vote';

/**
 * A side, for rules that must hold on each side: `kommunesiden` or `helseforetakssiden`.
 *
 * @example
 * ```ts
 * const side: Bloc = 'kommunesiden';
 * ```
 * @category Model
 */
export type Bloc = 'kommunesiden' | 'helseforetakssiden';

/**
 * The kind of an {@link Area}. The three common kinds are named; a statute may state others.
 *
 * @example
 * ```ts
 * const kind: AreaKind = 'regionråd';
 * ```
 * @category Model
 */
export type AreaKind = 'utvalgsområde' | 'regionråd' | 'dms-område' | (string & {});

/**
 * A group of kommuner the statute fills seats from (an utvalgsområde, a regionråd, a
 * DMS-område): any kommune of the area may fill a seat of the area, and `appointedBy` (e.g. the
 * regionråd) appoints to it.
 *
 * @example
 * ```ts
 * const area: Area = {
 *   id: 'indre', name: 'Indre region', kind: 'regionråd',
 *   parties: ['kommune-a', 'kommune-b'], appointedBy: 'regionrådet', ref: '§5',
 * };
 * ```
 * @category Model
 */
export interface Area {
  readonly id: AreaId;
  readonly name: string;
  readonly kind?: AreaKind;
  /** The kommuner of the area. */
  readonly parties: readonly PartyId[];
  /** Who appoints to the area's seats (its regionråd…); a seat's own `appointedBy` wins. */
  readonly appointedBy?: string;
  readonly ref?: Ref;
}

/**
 * A class of seats on a body: who fills it (`role`, optionally a named `party`), how many, with
 * which rights, who appoints to it, and which side it belongs to.
 *
 * @example
 * ```ts
 * const seat: Seat = {
 *   id: 'kommune',
 *   role: 'kommune',
 *   count: 6,
 *   rights: ['attend', 'speak', 'propose', 'vote'],
 *   appointedBy: 'kommunedirektør',
 *   bloc: 'kommunesiden',
 * };
 * ```
 * @category Model
 */
export interface Seat {
  readonly id: SeatId;
  /** A party kind (`kommune`, `helseforetak`, …) or a participant role (`fastlege`, `bruker`…). */
  readonly role: PartyKind | ParticipantRole;
  /** The party the seat belongs to, when it belongs to one. */
  readonly party?: PartyId;
  readonly count: number;
  readonly rights: readonly Right[];
  /** Who appoints to the seat (the kommunedirektør, a regionråd, KS…). */
  readonly appointedBy?: string;
  readonly bloc?: Bloc;
  /**
   * The area the seat belongs to: any kommune of the area may fill it. A seat class is per area,
   * with its count per area.
   */
  readonly area?: AreaId;
  readonly ref?: Ref;
}

/**
 * How a body's leder (chair) and nestleder (deputy) are chosen: from opposite sides, taking
 * turns between the sides from a stated start, taking turns among several parties of one side,
 * or led by the side opposite to (or the same as) the side leading another body. Every field but
 * `oppositeBlocs` and `ref` is optional, so a rule states only what its statute says.
 *
 * `rotationYears` alone (no `alternates`) says the sides take turns every so many years without
 * saying from when: the engine then cannot tell which side should lead on a date.
 *
 * @example
 * ```ts
 * const leadership: LeadershipRule = {
 *   oppositeBlocs: true,
 *   alternates: { between: ['helseforetakssiden', 'kommunesiden'], everyYears: 2, startsWith: 'helseforetakssiden', from: '2020-01-01' },
 *   ref: '§4.3',
 * };
 * ```
 * @category Model
 */
export interface LeadershipRule {
  /** The leder and the nestleder come from opposite sides. */
  readonly oppositeBlocs: boolean;
  /** The sides take turns every so many years, from no stated start (see {@link LeadershipAlternation}). */
  readonly rotationYears?: number;
  /** The sides take turns, every `everyYears` years from a stated side and date. */
  readonly alternates?: LeadershipAlternation;
  /** When `bloc` leads, its parties take turns, in the order given. */
  readonly rotatesAmong?: LeadershipRotation;
  /** The side leading is the one opposite to (or the same as) the side leading another body. */
  readonly followsBody?: LeadershipLink;
  readonly ref: Ref;
}

/**
 * Sides taking turns to lead: period `k` (whole years since `from`, divided by `everyYears`)
 * is led by `between[(i + k) % between.length]`, where `between[i]` is `startsWith`. A single
 * side in `between` leads every period (with {@link LeadershipRotation}, its parties still take
 * turns each period). Before `from` the rule says nothing.
 *
 * @example
 * ```ts
 * const alternation: LeadershipAlternation = {
 *   between: ['kommunesiden', 'helseforetakssiden'], everyYears: 2, startsWith: 'kommunesiden', from: '2022-01-01',
 * };
 * ```
 * @category Model
 */
export interface LeadershipAlternation {
  readonly between: readonly Bloc[];
  /** The length of a period in whole years (a positive integer). */
  readonly everyYears: number;
  readonly startsWith: Bloc;
  /** The first day of the first period. */
  readonly from: IsoDate;
}

/**
 * Parties of one side taking turns: each time `bloc` leads, the next party in `parties` does
 * (several hospitals taking turns on the helseforetakssiden).
 *
 * @example
 * ```ts
 * const rotation: LeadershipRotation = { bloc: 'helseforetakssiden', parties: ['ous', 'ahus', 'lds'] };
 * ```
 * @category Model
 */
export interface LeadershipRotation {
  readonly bloc: Bloc;
  readonly parties: readonly PartyId[];
}

/**
 * One body's leadership tied to another's: led by the side `opposite` to (or the `same` as) the
 * side leading `body` on the date, by that body's rule (or, where its rule cannot say, by its
 * leder in office).
 *
 * @example
 * ```ts
 * const link: LeadershipLink = { body: 'ssu', relation: 'opposite' };
 * ```
 * @category Model
 */
export interface LeadershipLink {
  readonly body: BodyId;
  readonly relation: 'opposite' | 'same';
}

/**
 * What a body may decide, and what it may only prepare and recommend upward.
 *
 * @example
 * ```ts
 * const mandate: Mandate = { decides: ['patient-pathway'], recommends: ['budget'], ref: '§4.3' };
 * ```
 * @category Model
 */
export interface Mandate {
  readonly decides: readonly MatterId[];
  readonly recommends: readonly MatterId[];
  readonly ref: Ref;
  /**
   * Where what the body concludes on the matters it `recommends` goes, and as what: a
   * recommendation (tilråding) or advice (råd) to a named body, perhaps through another body on
   * the way. Without it, a recommendation goes to the body's `escalatesTo`.
   */
  readonly recommendsTo?: RecommendationRoute;
  /**
   * The statute names this body as the place where disagreement is settled: a matter escalated
   * to it from the body below is its to decide, even where its own mandate does not decide that
   * kind of matter. Without it, an escalated matter is decided here only if the body `decides`
   * that kind of matter; otherwise the body may recommend it on, or has no mandate for it.
   */
  readonly settlesDisputes?: { readonly ref: Ref };
}

/**
 * Where a body's recommendation or advice goes: to `body`, perhaps `via` another body (an
 * arbeidsutvalg) that passes it on without making it its own decision. A body whose output is
 * `advice` (a fagråd, a fagutvalg) advises; what it adopts never comes into force or binds anyone.
 *
 * @example
 * ```ts
 * const route: RecommendationRoute = { body: 'ssu', via: 'au', as: 'advice', ref: '§5' };
 * ```
 * @category Model
 */
export interface RecommendationRoute {
  readonly body: BodyId;
  readonly via?: BodyId;
  readonly as: 'recommendation' | 'advice';
  readonly ref: Ref;
}

/**
 * A dispute-resolution board beyond the community (tvisteløsningsnemnd): `local` first, then
 * `national`. It mediates when the parties cannot agree to conclude an agreement, and gives an
 * advisory statement on a dispute over an agreement in force. What it says binds no one.
 *
 * @example
 * ```ts
 * const board: DisputeBoard = { id: 'nasjonal-nemnd', name: 'Nasjonal tvisteløsningsnemnd', level: 'national', ref: 'tvist' };
 * ```
 * @category Model
 */
export interface DisputeBoard {
  readonly id: string;
  readonly name: string;
  readonly level: 'local' | 'national';
  readonly ref: Ref;
}

/**
 * Authority delegated to a body by the kommunestyrer and the HF board "innenfor de rammer som er
 * vedtatt": a decision on these matters binds every party on adoption, with no ratification.
 *
 * @example
 * ```ts
 * const delegation: Delegation = { matters: ['patient-pathway'], ref: '§8' };
 * ```
 * @category Model
 */
export interface Delegation {
  readonly matters: readonly MatterId[];
  readonly ref: Ref;
}

/**
 * Minor matters a body lets the secretariat decide on its behalf, within stated limits: only
 * `matters` the body itself decides, and, with `maxAmount`, only where the economic consequence
 * (in whole kroner) is at most that amount. A secretariat decision outside these limits is
 * recorded but not valid (the `secretariat` check); inside them it stands as the body's own
 * decision would, and binds as the statute's delegation or ratification rules say.
 *
 * @example
 * ```ts
 * const minor: SecretariatDelegation = { matters: ['meeting-plan', 'grant'], maxAmount: 50_000, ref: '§9' };
 * ```
 * @category Model
 */
export interface SecretariatDelegation {
  readonly matters: readonly MatterId[];
  /** The largest economic consequence, in whole kroner, the secretariat may decide on. */
  readonly maxAmount?: number;
  readonly ref: Ref;
}

/**
 * A tier: 1 partnerskapsmøte, 2 strategisk samarbeidsutvalg, 3 faglig samarbeidsutvalg, 4 fagråd
 * or network. A lower number is a higher tier.
 *
 * @example
 * ```ts
 * const ssu: Tier = 2;
 * ```
 * @category Model
 */
export type Tier = 1 | 2 | 3 | 4;

/**
 * A body (organ) of the community.
 *
 * @example
 * ```ts
 * const fsu: Body = {
 *   id: 'fsu',
 *   name: 'Faglig samarbeidsutvalg',
 *   tier: 3,
 *   seats: [{ id: 'kommune', role: 'kommune', count: 5, rights: ['attend', 'speak', 'propose', 'vote'], bloc: 'kommunesiden' }],
 *   quorum: { counts: 'present', threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' }, ref: '§4.4' },
 *   decision: { kind: 'consensus', reservationBlocks: false, ref: '§7' },
 *   mandate: { decides: ['procedure'], recommends: ['patient-pathway'], ref: '§4.4' },
 *   escalatesTo: 'ssu',
 *   noticeDays: 14,
 *   ref: '§4.4',
 * };
 * ```
 * @category Model
 */
export interface Body {
  readonly id: BodyId;
  readonly name: string;
  readonly tier: Tier;
  readonly seats: readonly Seat[];
  /** How many must be present for the body to decide, or {@link NotStated} by the statute. */
  readonly quorum: QuorumRule | NotStated;
  readonly decision: DecisionRule;
  readonly mandate: Mandate;
  /** The body a disagreement goes up to; it must be of a higher tier (a lower number). */
  readonly escalatesTo?: BodyId;
  /** Days of notice (innkalling) before a meeting, or {@link NotStated} by the statute. */
  readonly noticeDays: number | NotStated;
  readonly leadership?: LeadershipRule;
  readonly delegation?: Delegation;
  /**
   * What "the members" of the body are for its quorum and for a majority of the seated: the
   * voting `seats` the body shall have ("minst halvparten av medlemmene": a vacant seat counts
   * as a member who is absent), or the members `in-office` (only those appointed count).
   * @defaultValue `'seats'`
   */
  readonly membersCounted?: MembersCounted;
  /**
   * How a member recused from a case (inhabil) counts: `excluded` from the members the quorum
   * and majority are counted against, or counted as a member who is `absent`. No source the
   * presets rest on settles it, so the statute says.
   * @defaultValue `'excluded'`
   */
  readonly recusedCount?: RecusedCount;
  /**
   * How members are substituted (vara): each member has a personal vara, or an ordered list per
   * seat, side or party is called in turn (the two models of kommuneloven § 7-10). Without it the
   * body has no vara arrangement, and a vara event about it is rejected.
   */
  readonly substitutes?: SubstitutionRule;
  /**
   * Matters the body decides in two stages: first discussed (drøfting), then decided at a later
   * meeting. Without it the body may decide any matter at the meeting it is first tabled.
   */
  readonly twoStage?: TwoStageRule;
  /**
   * How the body numbers its cases (saksnummer) in the minutes: `{n}` the case's place in the
   * body's series for the year, `{yy}` and `{yyyy}` the year, `{body}` the body's id; e.g.
   * `'PS {n}/{yy}'` or `'SSU-{n}/{yy}'`.
   * @defaultValue `'{n}/{yy}'`
   */
  readonly caseNumberFormat?: string;
  /**
   * Minor matters the secretariat may decide on the body's behalf, within stated limits.
   * Without it the secretariat prepares the body's cases but decides none of them.
   */
  readonly secretariat?: SecretariatDelegation;
  readonly ref: Ref;
}

/**
 * Two-stage handling (drøfting, then vedtak): a case of one of `matters` may be decided only
 * after a first stage held before the meeting that decides it, by one of `firstStage`:
 *
 * - `same-body`: the body itself, at an earlier meeting (the case was tabled there and deferred,
 *   or discussed there);
 * - `secretariat`: the secretariat, on a date before the deciding meeting;
 * - `body`: another body of the statute, at one of its meetings before the deciding meeting.
 *
 * A case decided at the meeting where it was first tabled, with no first stage before it, is not
 * valid (the `two-stage` check).
 *
 * @example
 * ```ts
 * const rule: TwoStageRule = {
 *   matters: ['strategy', 'action-plan'],
 *   firstStage: [{ kind: 'same-body' }, { kind: 'secretariat' }],
 *   ref: '§6.3',
 * };
 * ```
 * @category Model
 */
export interface TwoStageRule {
  readonly matters: readonly MatterId[];
  /** Who may hold the first stage. @defaultValue `[{ kind: 'same-body' }]` */
  readonly firstStage?: readonly FirstStage[];
  readonly ref: Ref;
}

/**
 * Who may hold the first stage of a two-stage case ({@link TwoStageRule}): the deciding body at
 * an earlier meeting, the secretariat, or another body of the statute.
 *
 * @example
 * ```ts
 * const stage: FirstStage = { kind: 'body', body: 'fsu' };
 * ```
 * @category Model
 */
export type FirstStage =
  | { readonly kind: 'same-body' }
  | { readonly kind: 'secretariat' }
  | { readonly kind: 'body'; readonly body: BodyId };

/**
 * How a body's members are substituted (vara), the two models of kommuneloven § 7-10:
 * `personal`, each member has their own vara; or `ordered`, a ranked list per seat class
 * (`seat`), per side (`bloc`) or per party (`party`), the first on the list called first.
 * A vara stands in for a member with forfall, holding that member's seat and its rights only.
 *
 * @example
 * ```ts
 * const personal: SubstitutionRule = { kind: 'personal', ref: '§4' };
 * const lists: SubstitutionRule = { kind: 'ordered', per: 'party', ref: '§4' };
 * ```
 * @category Model
 */
export type SubstitutionRule =
  | { readonly kind: 'personal'; readonly ref: Ref }
  | { readonly kind: 'ordered'; readonly per: SubstituteList; readonly ref: Ref };

/**
 * What an ordered vara list is kept per: a seat class, a side (bloc) or a party.
 *
 * @example
 * ```ts
 * const per: SubstituteList = 'party';
 * ```
 * @category Model
 */
export type SubstituteList = 'seat' | 'bloc' | 'party';

/**
 * What "the members" of a body are for its quorum and majority: the seats it shall have, or the
 * members in office.
 *
 * @example
 * ```ts
 * const counted: MembersCounted = 'seats';
 * ```
 * @category Model
 */
export type MembersCounted = 'seats' | 'in-office';

/**
 * How a recused (inhabil) member counts for quorum and majority: left out of the base, or as
 * absent.
 *
 * @example
 * ```ts
 * const recused: RecusedCount = 'excluded';
 * ```
 * @category Model
 */
export type RecusedCount = 'excluded' | 'absent';

/**
 * The level of a matter, the distinction the national plan asks communities to make.
 *
 * @example
 * ```ts
 * const level: MatterLevel = 'strategic';
 * ```
 * @category Model
 */
export type MatterLevel = 'overarching' | 'principled' | 'strategic' | 'operational';

/**
 * A kind of case (sak). `commits` marks matters that commit the parties and so must be decided by
 * the partnerskapsmøte (tier 1). Whether a matter needs ratification is stated once, by the
 * statute's {@link RatificationRule}s.
 *
 * @example
 * ```ts
 * const pathway: Matter = { id: 'patient-pathway', name: 'Pasientforløp', level: 'strategic', commits: false };
 * ```
 * @category Model
 */
export interface Matter {
  readonly id: MatterId;
  readonly name: string;
  readonly level: MatterLevel;
  readonly commits: boolean;
  readonly ref?: Ref;
}

/**
 * How parties join and leave: who the founding parties are, the notice period for withdrawal,
 * and an optional share of the kommuner that must have joined for the community to be
 * established (Helgeland: two thirds, for the state grant).
 *
 * @example
 * ```ts
 * const membership: Membership = {
 *   withdrawalNoticeMonths: 12,
 *   establishment: {
 *     threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
 *     ref: 'kriterier',
 *   },
 *   ref: '§2',
 * };
 * ```
 * @category Model
 */
export interface Membership {
  /** Parties that are members from `effectiveFrom`; when left out, every listed party is. */
  readonly founding?: readonly PartyId[];
  /**
   * Months from a party's notice of withdrawal until it leaves, or {@link NotStated}: a
   * withdrawal must then say when it takes effect.
   */
  readonly withdrawalNoticeMonths: number | NotStated;
  readonly establishment?: { readonly threshold: Threshold; readonly ref: Ref };
  readonly ref: Ref;
}

/**
 * How the statute itself is amended: the matter an amendment is, and the body that decides it.
 * Ratification of amendments is stated by a {@link RatificationRule} covering that matter.
 *
 * @example
 * ```ts
 * const amendment: Amendment = { matter: 'statute-amendment', body: 'pm', ref: '§11' };
 * ```
 * @category Model
 */
export interface Amendment {
  readonly matter: MatterId;
  readonly body: BodyId;
  readonly ref: Ref;
}

/**
 * One version of a community's statute (vedtekter), in force from `effectiveFrom`.
 *
 * @example
 * ```ts
 * import { presets } from 'helsefellesskap';
 * const statute: Statute = presets.vestfold;
 * statute.bodies.map((body) => body.name);
 * ```
 * @category Model
 */
export interface Statute {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly sections: Readonly<Record<Ref, Section>>;
  readonly parties: readonly Party[];
  /** Groups of kommuner that seats are filled from. */
  readonly areas?: readonly Area[];
  readonly participants: readonly Participant[];
  readonly bodies: readonly Body[];
  readonly matters: readonly Matter[];
  readonly ratification: readonly RatificationRule[];
  readonly amendment: Amendment;
  readonly membership: Membership;
  /**
   * The rule a council's own vote (a kommunestyre's or a fylkesting's) is checked against: an
   * election to a seat, and a ratification whose rule states no `council` of its own.
   * @defaultValue `kommunelovenDefaults`
   */
  readonly council?: CouncilRule;
  /** Dispute-resolution boards beyond the community (tvisteløsningsnemnder), local and national. */
  readonly disputeBoards?: readonly DisputeBoard[];
}
