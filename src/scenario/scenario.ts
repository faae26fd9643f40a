/**
 * A fluent builder that writes events, for scripts, tests and what-if analyses.
 *
 * @module
 */
import { assess } from '../assess/assess.js';
import { explainReason } from '../assess/explain.js';
import type { DecisionReport } from '../assess/types.js';
import { apply } from '../engine/apply.js';
import type { DecisionStatus } from '../engine/checks/evaluateCase.js';
import type { GovernanceEvent } from '../engine/events.js';
import type { Reason } from '../engine/reasons.js';
import { replay } from '../engine/replay.js';
import { getProposal, initialState, type State } from '../engine/state.js';
import { own, setOwn } from '../model/_own.js';
import { addDays, type IsoDate } from '../model/dates.js';
import { isNotStated } from '../model/notStated.js';

/** Days of notice a scenario gives where the statute states none. */
const DEFAULT_NOTICE_DAYS = 14;

import type { BodyId, MatterId, MeetingId, MemberId, PartyId, ProposalId } from '../model/ids.js';
import type { Statute } from '../model/statute.js';
import type { CouncilVote } from '../rules/evaluateCouncilVote.js';
import type { VoteChoice } from '../rules/types.js';

/**
 * Thrown by a {@link Scenario} step that the engine rejects: the message explains every reason,
 * and `reasons` and `event` hold them as data.
 *
 * @example
 * ```ts
 * try { scenario(presets.vestfold).on('2024-03-14').vote('SSU-7', { stranger: 'for' }); }
 * catch (e) { if (e instanceof ScenarioError) console.log(e.reasons[0]?.code); }
 * ```
 * @category Scenario
 */
export class ScenarioError extends Error {
  readonly event: GovernanceEvent;
  readonly reasons: readonly Reason[];
  constructor(event: GovernanceEvent, reasons: readonly Reason[]) {
    super(
      `scenario: ${event.type} on ${event.at} was rejected: ${reasons.map((r) => explainReason(r, { locale: 'en' })).join('; ')}`,
    );
    this.name = 'ScenarioError';
    this.event = event;
    this.reasons = reasons;
  }
}

/**
 * A scenario saved as JSON: its name, the statute, the events, and the statuses expected at the
 * end. Replay it with {@link runScenario}.
 *
 * @example
 * ```ts
 * const saved: SavedScenario = JSON.parse(readFileSync('ssu-pathway.json', 'utf8'));
 * runScenario(saved).mismatches; // [] when every expectation holds
 * ```
 * @category Scenario
 */
export interface SavedScenario {
  readonly name: string;
  readonly statute: Statute;
  readonly events: readonly GovernanceEvent[];
  readonly expected: Readonly<Record<ProposalId, DecisionStatus>>;
}

/**
 * Options of {@link Scenario.convene}.
 *
 * @example
 * ```ts
 * const options: ConveneOptions = { meeting: 'ssu-2024-03', noticeDays: 14, chair: 'ssu-horten' };
 * ```
 * @category Scenario
 */
export interface ConveneOptions {
  /**
   * The meeting's id.
   * @defaultValue `<body>-<date>`
   */
  readonly meeting?: string;
  /**
   * Days between the notice and the meeting; the meeting is held on the current date.
   * @defaultValue the body's `noticeDays`, or 14 where the statute states none (a scenario's
   * input; no check is made against it)
   */
  readonly noticeDays?: number;
  readonly chair?: MemberId;
}

/**
 * The scenario builder returned by {@link scenario}. Every step writes one or more events dated
 * with the current date (`on`), applies them at once, and throws a {@link ScenarioError} if the
 * engine rejects one: scripts fail loudly, at the step that is wrong. The builder only writes
 * events; `report`, {@link whatIf}, {@link requirements} and {@link compareStatutes} read them.
 *
 * @example
 * ```ts
 * const s: Scenario = scenario(presets.helgeland).on('2023-06-20').join('vefsn', 'rana');
 * s.events.length; // 2
 * ```
 * @category Scenario
 */
export class Scenario {
  readonly statute: Statute;
  #state: State;
  #events: GovernanceEvent[] = [];
  #date: IsoDate;
  #meeting: string | undefined;
  #proposal: ProposalId | undefined;
  #expected: Record<ProposalId, DecisionStatus> = {};

  /** @internal */
  constructor(statute: Statute) {
    this.#state = initialState(statute);
    this.statute = this.#state.statutes[0] as Statute;
    this.#date = this.statute.effectiveFrom;
  }

  /** The events written so far (plain JSON). */
  get events(): readonly GovernanceEvent[] {
    return [...this.#events];
  }

  /** The state after the events written so far. */
  get state(): State {
    return this.#state;
  }

  /** The current date. */
  get date(): IsoDate {
    return this.#date;
  }

  /**
   * Applies events as they are; throws {@link ScenarioError} on the first rejection.
   *
   * @example
   * ```ts
   * scenario(presets.vestfold).record({ type: 'party-withdrew', at: '2025-01-15', party: 'larvik' });
   * ```
   */
  record(...events: GovernanceEvent[]): this {
    for (const event of events) {
      const { state, outcome } = apply(this.#state, event);
      if (outcome.kind === 'rejected') throw new ScenarioError(event, outcome.reasons);
      this.#state = state;
      this.#events.push(event);
    }
    return this;
  }

  /**
   * Sets the date of the next steps.
   *
   * @example
   * ```ts
   * s.on('2024-03-14').vote('SSU-7', { 'ssu-horten': 'for' });
   * ```
   */
  on(date: IsoDate): this {
    this.#date = date;
    return this;
  }

  /**
   * Appoints members to a seat of a body.
   *
   * @example
   * ```ts
   * s.appoint('ssu', 'siv', ['siv-1', 'siv-2'], { appointedBy: 'administrerende direktør' });
   * ```
   */
  appoint(
    body: BodyId,
    seat: string,
    members: readonly MemberId[],
    options: { party?: PartyId; appointedBy?: string } = {},
  ): this {
    return this.record(
      ...members.map(
        (member): GovernanceEvent => ({
          type: 'member-appointed',
          at: this.#date,
          member,
          body,
          seat,
          ...(options.party === undefined ? {} : { party: options.party }),
          ...(options.appointedBy === undefined ? {} : { appointedBy: options.appointedBy }),
        }),
      ),
    );
  }

  /**
   * Parties join (their kommunestyre or board adopted the statute).
   *
   * @example
   * ```ts
   * s.on('2023-06-20').join('vefsn', 'rana');
   * ```
   */
  join(...parties: PartyId[]): this {
    return this.record(
      ...parties.map((party): GovernanceEvent => ({ type: 'party-joined', at: this.#date, party })),
    );
  }

  /**
   * A party joins by its council's vote (its kommunestyre's or fylkesting's), which is checked by
   * the statute's council rule: a 10–10 tie with the møteleder against is rejected (a
   * {@link ScenarioError}), as any step the engine rejects.
   *
   * @example
   * ```ts
   * s.on('2023-06-20').joinByVote('traena', { members: 21, present: 20, for: 10, against: 10, chairVote: 'for' });
   * ```
   */
  joinByVote(party: PartyId, councilVote: CouncilVote, options: { readonly caseNumber?: string } = {}): this {
    return this.record({
      type: 'party-joined',
      at: this.#date,
      party,
      councilVote,
      ...(options.caseNumber === undefined ? {} : { caseNumber: options.caseNumber }),
    });
  }

  /**
   * A party gives notice of withdrawal; it leaves when the statute's notice runs out, or on
   * `effective` (required where the statute states no notice period).
   *
   * @example
   * ```ts
   * s.on('2025-01-15').withdraw('traena', { effective: '2026-01-15' });
   * ```
   */
  withdraw(party: PartyId, options: { readonly effective?: IsoDate } = {}): this {
    return this.record({
      type: 'party-withdrew',
      at: this.#date,
      party,
      ...(options.effective === undefined ? {} : { effective: options.effective }),
    });
  }

  /**
   * Convenes a meeting of a body on the current date, with notice given `noticeDays` before.
   *
   * @example
   * ```ts
   * s.on('2024-03-14').convene('ssu', { chair: 'ssu-horten' });
   * ```
   */
  convene(body: BodyId, options: ConveneOptions = {}): this {
    const stated = this.statute.bodies.find((b) => b.id === body)?.noticeDays;
    const days =
      options.noticeDays ?? (stated === undefined || isNotStated(stated) ? DEFAULT_NOTICE_DAYS : stated);
    const meeting = options.meeting ?? `${body}-${this.#date}`;
    this.record({
      type: 'meeting-convened',
      at: addDays(this.#date, -days),
      meeting,
      body,
      date: this.#date,
      ...(options.chair === undefined ? {} : { chair: options.chair }),
    });
    this.#meeting = meeting;
    return this;
  }

  /**
   * Records who attended the last convened meeting (or `meeting`).
   *
   * @example
   * ```ts
   * s.attend(['ssu-horten', 'siv-1']);
   * ```
   */
  attend(present: readonly MemberId[], meeting: string | undefined = this.#meeting): this {
    return this.record({
      type: 'attendance-recorded',
      at: this.#date,
      meeting: meeting ?? '',
      present: [...present],
    });
  }

  /**
   * Puts a case on the agenda of the last convened meeting; its body is the meeting's.
   *
   * @example
   * ```ts
   * s.propose('SSU-7', 'patient-pathway', { title: 'Pasientforløp for skrøpelige eldre' });
   * ```
   */
  propose(
    proposal: ProposalId,
    matter: MatterId,
    options: { title?: string; meeting?: string; escalatedFrom?: ProposalId } = {},
  ): this {
    const meeting = options.meeting ?? this.#meeting ?? '';
    const body = this.#bodyOfMeeting(meeting);
    this.record({
      type: 'proposal-submitted',
      at: this.#date,
      proposal,
      body,
      matter,
      meeting,
      ...(options.title === undefined ? {} : { title: options.title }),
      ...(options.escalatedFrom === undefined ? {} : { escalatedFrom: options.escalatedFrom }),
    });
    this.#proposal = proposal;
    return this;
  }

  #bodyOfMeeting(meeting: string): BodyId {
    const convened = this.#events.find((e) => e.type === 'meeting-convened' && e.meeting === meeting);
    return convened?.type === 'meeting-convened' ? convened.body : '';
  }

  /**
   * Votes on a case: `{ member: 'for' | 'against' | 'abstain' }`, in order.
   *
   * @example
   * ```ts
   * s.vote('SSU-7', { 'ssu-horten': 'for', 'siv-3': 'against' });
   * ```
   */
  vote(
    proposal: ProposalId,
    votes: Readonly<Record<MemberId, VoteChoice>>,
    reservations: Readonly<Record<MemberId, string>> = {},
  ): this {
    return this.record(
      ...Object.entries(votes).map(([member, vote]): GovernanceEvent => {
        const reservation = own(reservations, member);
        return {
          type: 'vote-cast',
          at: this.#date,
          proposal,
          member,
          vote,
          ...(reservation === undefined ? {} : { reservation }),
        };
      }),
    );
  }

  /**
   * Closes a case for votes (the last proposed, by default).
   *
   * @example
   * ```ts
   * s.conclude('SSU-7');
   * ```
   */
  conclude(proposal: ProposalId | undefined = this.#proposal): this {
    return this.record({ type: 'proposal-concluded', at: this.#date, proposal: proposal ?? '' });
  }

  /**
   * Defers an open case with no votes (the last proposed, by default) to a later meeting of its
   * body; the meeting it was on counts as a first stage under a two-stage rule.
   *
   * @example
   * ```ts
   * s.on('2024-03-14').defer('ssu-2024-06', 'SSU-7');
   * ```
   */
  defer(meeting: MeetingId, proposal: ProposalId | undefined = this.#proposal): this {
    return this.record({ type: 'proposal-deferred', at: this.#date, proposal: proposal ?? '', meeting });
  }

  /**
   * Records the first stage of a case (drøfting): held by the secretariat on the current date,
   * or at a meeting that has taken place.
   *
   * @example
   * ```ts
   * s.on('2024-02-20').discuss('SSU-7', 'secretariat');
   * s.on('2024-03-14').discuss('PM-1', { meeting: 'ssu-2024-03' });
   * ```
   */
  discuss(proposal: ProposalId, where: 'secretariat' | { readonly meeting: MeetingId }): this {
    return this.record({
      type: 'proposal-discussed',
      at: this.#date,
      proposal,
      ...(where === 'secretariat' ? { by: 'secretariat' as const } : { meeting: where.meeting }),
    });
  }

  /**
   * Records a minor matter the secretariat decided on the current date on `body`'s behalf, with
   * no meeting; `amount` is its economic consequence in whole kroner. Whether it lies within what
   * the body lets the secretariat decide is for the case's `secretariat` check to say.
   *
   * @example
   * ```ts
   * s.on('2024-04-02').secretariatDecides('SEK-3', 'au', 'operational', { amount: 25_000, title: 'Fagdag' });
   * ```
   */
  secretariatDecides(
    proposal: ProposalId,
    body: BodyId,
    matter: MatterId,
    options: { readonly amount?: number; readonly title?: string } = {},
  ): this {
    return this.record({
      type: 'secretariat-decided',
      at: this.#date,
      proposal,
      body,
      matter,
      ...(options.title === undefined ? {} : { title: options.title }),
      ...(options.amount === undefined ? {} : { amount: options.amount }),
    });
  }

  /**
   * Passes an adopted recommendation or advice on to the next stop of its route: the body it
   * travels through (an arbeidsutvalg), then the body it is for.
   *
   * @example
   * ```ts
   * s.on('2024-04-02').forward('FU-1', 'au').on('2024-04-10').forward('FU-1', 'ssu');
   * ```
   */
  forward(proposal: ProposalId, to: BodyId): this {
    return this.record({ type: 'proposal-forwarded', at: this.#date, proposal, to });
  }

  /**
   * Records a dispute board's statement on a decision: `mediation` before it is in force, or an
   * advisory statement on a `dispute` over it once it is. It binds no one.
   *
   * @example
   * ```ts
   * s.on('2024-09-01').statement('nasjonal-tvistelosningsnemnd', 'PM-2', 'dispute', 'Avtalen bør forstås slik …');
   * ```
   */
  statement(board: string, proposal: ProposalId, kind: 'mediation' | 'dispute', text?: string): this {
    return this.record({
      type: 'statement-recorded',
      at: this.#date,
      board,
      proposal,
      kind,
      ...(text === undefined ? {} : { text }),
    });
  }

  /**
   * Escalates a case to the body its body escalates to.
   *
   * @example
   * ```ts
   * s.on('2024-03-20').escalate('SSU-7');
   * ```
   */
  escalate(proposal: ProposalId, to?: BodyId): this {
    const record = getProposal(this.#state, proposal);
    const target = to ?? this.statute.bodies.find((b) => b.id === record?.body)?.escalatesTo ?? '';
    return this.record({ type: 'proposal-escalated', at: this.#date, proposal, to: target });
  }

  /**
   * Records parties' vedtak on a decision, each by its own organ (a kommune's kommunestyre, a
   * fylkeskommune's fylkesting, the styre of the HF or of a private hospital).
   *
   * @example
   * ```ts
   * s.on('2024-05-02').ratify('PM-3', ['vefsn', 'rana']).ratify('PM-3', ['traena'], 'rejected');
   * ```
   */
  ratify(
    proposal: ProposalId,
    parties: readonly PartyId[],
    decision: 'adopted' | 'rejected' = 'adopted',
    options: { caseNumber?: string; councilVote?: CouncilVote } = {},
  ): this {
    return this.record(
      ...parties.map((party): GovernanceEvent => {
        return {
          type: 'ratification-recorded',
          at: this.#date,
          proposal,
          party,
          organ: this.statute.parties.find((p) => p.id === party)?.organ ?? 'kommunestyre',
          decision,
          ...(options.caseNumber === undefined ? {} : { caseNumber: options.caseNumber }),
          ...(options.councilVote === undefined ? {} : { councilVote: options.councilVote }),
        };
      }),
    );
  }

  /**
   * Records a new statute version brought in by an amendment proposal that is in force.
   *
   * @example
   * ```ts
   * s.on('2025-01-01').amend('PM-4', { ...statute, version: '2', effectiveFrom: '2025-01-01' });
   * ```
   */
  amend(proposal: ProposalId, statute: Statute): this {
    return this.record({ type: 'statute-amended', at: this.#date, proposal, statute });
  }

  /**
   * The decision report of a case now (see `assess`).
   *
   * @example
   * ```ts
   * s.report('SSU-7').status; // 'escalated'
   * ```
   */
  report(proposal: ProposalId, asOf?: IsoDate): DecisionReport {
    return assess(this.#state, proposal, asOf === undefined ? {} : { asOf });
  }

  /**
   * Notes the status a case should have at the end; saved with {@link Scenario.toJSON}.
   *
   * @example
   * ```ts
   * s.expect('SSU-7', 'escalated');
   * ```
   */
  expect(proposal: ProposalId, status: DecisionStatus): this {
    setOwn(this.#expected, proposal, status);
    return this;
  }

  /**
   * The scenario as JSON: name, statute, events and expected statuses.
   *
   * @example
   * ```ts
   * writeFileSync('scenario.json', JSON.stringify(s.toJSON('SSU pathway')));
   * ```
   */
  toJSON(name: string = this.statute.title): SavedScenario {
    return { name, statute: this.statute, events: this.events, expected: { ...this.#expected } };
  }
}

/**
 * Starts a scenario on a statute: a fluent builder that writes events.
 *
 * @param statute - the statute (checked)
 * @returns the builder
 * @throws {@link StatuteError} when the statute is not valid
 * @example
 * ```ts
 * const s = scenario(presets.vestfold)
 *   .on('2024-01-01').appoint('ssu', 'horten', ['horten-1'], { appointedBy: 'kommunedirektør' })
 *   .on('2024-03-14').convene('ssu').propose('SSU-7', 'patient-pathway')
 *   .attend(['horten-1']).vote('SSU-7', { 'horten-1': 'for' }).conclude();
 * s.report('SSU-7').status;
 * ```
 * @category Scenario
 */
export function scenario(statute: Statute): Scenario {
  return new Scenario(statute);
}

/**
 * Replays a saved scenario and compares each case's status with the expected one.
 *
 * @returns the final state and each mismatch (`[]` when all hold)
 * @throws {@link StatuteError} when the saved statute is not valid
 * @example
 * ```ts
 * const { mismatches } = runScenario(JSON.parse(text));
 * if (mismatches.length > 0) process.exitCode = 1;
 * ```
 * @category Scenario
 */
export function runScenario(saved: SavedScenario): {
  state: State;
  mismatches: { proposal: ProposalId; expected: DecisionStatus; actual: DecisionStatus | 'unknown' }[];
} {
  const { state } = replay(saved.statute, saved.events);
  const mismatches = Object.entries(saved.expected).flatMap(([proposal, expected]) => {
    const actual: DecisionStatus | 'unknown' =
      getProposal(state, proposal) === undefined ? 'unknown' : assess(state, proposal).status;
    return actual === expected ? [] : [{ proposal, expected, actual }];
  });
  return { state, mismatches };
}
