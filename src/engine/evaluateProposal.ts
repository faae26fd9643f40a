/**
 * The decision report of one proposal: every check, with the numbers, citing the statute.
 *
 * @module
 */
import { daysBetween, type IsoDate } from '../model/dates.js';
import type { BodyId, MatterId, MeetingId, PartyId, ProposalId, Ref } from '../model/ids.js';
import type { Bloc, Body, Statute, Tier } from '../model/statute.js';
import { evaluateDecision } from '../rules/evaluateDecision.js';
import { evaluateQuorum } from '../rules/evaluateQuorum.js';
import type { Roll, RollEntry, RuleOutcome } from '../rules/types.js';
import {
  latestVedtak,
  type RatificationStatus,
  ratificationRuleFor,
  ratificationStatus,
} from './ratificationStatus.js';
import {
  getMeeting,
  getProposal,
  isPartyMember,
  type MeetingRecord,
  type ProposalRecord,
  type State,
  seatedMembers,
  statuteAt,
} from './state.js';

/**
 * What a check is about.
 *
 * @example
 * ```ts
 * const id: CheckId = 'quorum';
 * ```
 * @category Assess
 */
export type CheckId =
  | 'mandate'
  | 'seats'
  | 'notice'
  | 'quorum'
  | 'recusal'
  | 'decision-rule'
  | 'escalation'
  | 'ratification'
  | 'deadline';

/**
 * One check of a decision, passed or not: its `id`, `ok`, the `ref` it rests on, a stable `code`
 * and the numbers in `params`. Quorum and decision-rule checks also carry the rule's full
 * `outcome` (with per-bloc and per-rule children).
 *
 * @example
 * ```ts
 * const quorum = report.checks.find((c) => c.id === 'quorum');
 * quorum?.params.missing; // 1
 * ```
 * @category Assess
 */
export interface Check {
  readonly id: CheckId;
  readonly ok: boolean;
  readonly ref: Ref;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly outcome?: RuleOutcome;
}

/**
 * Where a decision stands:
 * `open` (votes being cast), `adopted` (by the body; binds no one by itself), `pending-ratification`,
 * `in-force` (bound by delegation or ratification), `rejected` (failed its decision rule),
 * `invalid` (a procedural check failed: mandate, seats, notice or quorum), `escalated` (gone up
 * to a higher body), `lapsed` (the ratification deadline passed) or `withdrawn`.
 *
 * @example
 * ```ts
 * const status: DecisionStatus = 'pending-ratification';
 * ```
 * @category Assess
 */
export type DecisionStatus =
  | 'open'
  | 'adopted'
  | 'pending-ratification'
  | 'in-force'
  | 'rejected'
  | 'invalid'
  | 'escalated'
  | 'lapsed'
  | 'withdrawn';

/**
 * Where an escalated matter lies now: the body it went up to, and, once it is on that body's
 * agenda, the case there and its status.
 *
 * @example
 * ```ts
 * report.liesWith; // { body: 'pm', proposal: 'PM-2024-2', status: 'in-force' }
 * ```
 * @category Assess
 */
export interface LiesWith {
  readonly body: BodyId;
  readonly proposal?: ProposalId;
  readonly status?: DecisionStatus;
}

/**
 * The report on one decision: its status, whether it is valid at its tier, the body and tier,
 * the statute version it was judged under (the one in force on the meeting date), every check
 * (passed ones included), the ratification status and the parties it binds.
 *
 * @example
 * ```ts
 * const report = assess(state, 'SSU-7');
 * report.status; // 'escalated'
 * report.checks.filter((c) => !c.ok).map((c) => `${c.code} (${c.ref})`);
 * ```
 * @category Assess
 */
export interface DecisionReport {
  readonly proposal: ProposalId;
  readonly title?: string;
  readonly body: BodyId;
  readonly bodyName: string;
  readonly tier: Tier;
  readonly matter: MatterId;
  readonly meeting: MeetingId;
  readonly date: IsoDate;
  readonly asOf: IsoDate;
  readonly statuteVersion: string;
  readonly status: DecisionStatus;
  readonly valid: boolean;
  /** `decision` when the body decides the matter, `recommendation` when it only recommends it. */
  readonly kind: 'decision' | 'recommendation';
  readonly checks: readonly Check[];
  readonly ratification?: RatificationStatus;
  readonly binds: readonly PartyId[];
  readonly liesWith?: LiesWith;
}

/** The roll of a body for a case. @internal */
export function rollFor(state: State, body: Body, meeting: MeetingRecord, proposal: ProposalRecord): Roll {
  const seats = new Map(body.seats.map((s) => [s.id, s] as const));
  const entries: RollEntry[] = [];
  for (const { member, tenure } of seatedMembers(state, body.id, meeting.date)) {
    const seat = seats.get(tenure.seat);
    if (seat === undefined) continue;
    const vote = Object.hasOwn(proposal.votes, member.id) ? proposal.votes[member.id] : undefined;
    const reserved = proposal.reservations !== undefined && Object.hasOwn(proposal.reservations, member.id);
    const recused = Object.hasOwn(proposal.recused, member.id);
    entries.push({
      member: member.id,
      ...(seat.bloc === undefined ? {} : { bloc: seat.bloc }),
      voting: seat.rights.includes('vote'),
      present: meeting.present?.[member.id] === true,
      ...(recused ? { recused: true } : {}),
      ...(vote === undefined ? {} : { vote }),
      ...(reserved ? { reservation: true } : {}),
    });
  }
  const blocs = [
    ...new Set(
      body.seats.filter((s) => s.rights.includes('vote') && s.bloc !== undefined).map((s) => s.bloc as Bloc),
    ),
  ].sort();
  return { entries, ...(meeting.chair === undefined ? {} : { chair: meeting.chair }), blocs };
}

/** The checks a decision needs to be valid before its rule is counted. */
const proceduralChecks: ReadonlySet<CheckId> = new Set(['mandate', 'seats', 'notice', 'quorum']);

function ruleCheck(id: CheckId, outcome: RuleOutcome): Check {
  return {
    id,
    ok: outcome.ok,
    ref: outcome.ref,
    code: outcome.code,
    params: {
      base: outcome.base,
      baseCount: outcome.baseCount,
      required: outcome.required,
      got: outcome.got,
      missing: outcome.missing,
      spare: outcome.spare,
    },
    outcome,
  };
}

/**
 * Evaluates a proposal. `asOf` defaults to the latest date in the state. Returns `undefined`
 * for an unknown proposal. @internal
 */
export function evaluateProposal(
  state: State,
  id: ProposalId,
  asOf?: IsoDate,
  depth = 0,
): DecisionReport | undefined {
  const proposal = getProposal(state, id);
  if (proposal === undefined) return undefined;
  const meeting = getMeeting(state, proposal.meeting) as MeetingRecord;
  const statute = statuteAt(state, meeting.date) ?? (state.statutes[0] as Statute);
  const body = statute.bodies.find((b) => b.id === proposal.body);
  const matter = statute.matters.find((m) => m.id === proposal.matter);
  const when = asOf ?? state.lastAt;
  const checks: Check[] = [];

  if (body === undefined || matter === undefined) {
    // The version in force on the meeting date no longer has this body or matter.
    checks.push({
      id: 'mandate',
      ok: false,
      ref: statute.amendment.ref,
      code: body === undefined ? 'mandate.body-unknown' : 'mandate.matter-unknown',
      params: { body: proposal.body, matter: proposal.matter, version: statute.version },
    });
    return {
      proposal: id,
      ...(proposal.title === undefined ? {} : { title: proposal.title }),
      body: proposal.body,
      bodyName: body?.name ?? proposal.body,
      tier: body?.tier ?? 4,
      matter: proposal.matter,
      meeting: meeting.id,
      date: meeting.date,
      asOf: when,
      statuteVersion: statute.version,
      status: proposal.phase === 'withdrawn' ? 'withdrawn' : proposal.phase === 'open' ? 'open' : 'invalid',
      valid: false,
      kind: 'decision',
      checks,
      binds: [],
    };
  }

  // Mandate: decides, only recommends, or outside (ultra vires); a matter that commits the
  // parties must be decided at tier 1.
  // A case escalated from a body below, whose mandate covers the matter, may be settled here.
  const source =
    proposal.escalatedFrom === undefined ? undefined : getProposal(state, proposal.escalatedFrom);
  const sourceBody = source === undefined ? undefined : statute.bodies.find((b) => b.id === source.body);
  const escalated =
    sourceBody !== undefined &&
    sourceBody.escalatesTo === body.id &&
    (sourceBody.mandate.decides.includes(matter.id) || sourceBody.mandate.recommends.includes(matter.id));
  const decides = body.mandate.decides.includes(matter.id) || escalated;
  const recommends = !decides && body.mandate.recommends.includes(matter.id);
  if (decides && matter.commits && body.tier !== 1) {
    checks.push({
      id: 'mandate',
      ok: false,
      ref: matter.ref ?? body.mandate.ref,
      code: 'mandate.commits-below-top',
      params: { matter: matter.id, tier: body.tier },
    });
  } else {
    checks.push({
      id: 'mandate',
      ok: decides || recommends,
      ref:
        escalated && !body.mandate.decides.includes(matter.id) ? (sourceBody as Body).ref : body.mandate.ref,
      code:
        escalated && !body.mandate.decides.includes(matter.id)
          ? 'mandate.escalated'
          : decides
            ? 'mandate.decides'
            : recommends
              ? 'mandate.recommends'
              : 'mandate.outside',
      params: {
        matter: matter.id,
        body: body.id,
        ...(source === undefined ? {} : { from: source.body, proposal: source.id }),
      },
    });
  }

  // Seats: no seat holds more members than it has places (an amendment can shrink a seat).
  const seated = seatedMembers(state, body.id, meeting.date);
  const overfilled = body.seats.filter(
    (s) => seated.filter(({ tenure }) => tenure.seat === s.id).length > s.count,
  );
  const votingSeats = body.seats.filter((s) => s.rights.includes('vote')).reduce((n, s) => n + s.count, 0);
  const votingSeated = seated.filter(({ tenure }) =>
    body.seats.find((s) => s.id === tenure.seat)?.rights.includes('vote'),
  ).length;
  checks.push({
    id: 'seats',
    ok: overfilled.length === 0,
    ref: body.ref,
    code: overfilled.length === 0 ? 'seats.ok' : 'seats.overfilled',
    params: {
      seats: votingSeats,
      seated: votingSeated,
      vacant: Math.max(0, votingSeats - votingSeated),
      overfilled: overfilled.map((s) => s.id).join(', '),
    },
  });

  const days = daysBetween(meeting.noticeDate, meeting.date);
  checks.push({
    id: 'notice',
    ok: days >= body.noticeDays,
    ref: body.ref,
    code: days >= body.noticeDays ? 'notice.ok' : 'notice.short',
    params: { days, required: body.noticeDays, missing: Math.max(0, body.noticeDays - days) },
  });

  const roll = rollFor(state, body, meeting, proposal);
  const quorum = evaluateQuorum(body.quorum, roll);
  checks.push(ruleCheck('quorum', quorum));

  const recused = Object.keys(proposal.recused).sort();
  checks.push({
    id: 'recusal',
    ok: true,
    ref: body.ref,
    code: recused.length === 0 ? 'recusal.none' : 'recusal.recorded',
    params: { count: recused.length, members: recused.join(', ') },
  });

  const decision = evaluateDecision(body.decision, roll);
  checks.push(ruleCheck('decision-rule', decision));

  let liesWith: LiesWith | undefined;
  if (proposal.escalation !== undefined) {
    const next =
      proposal.escalation.as === undefined || depth > 8
        ? undefined
        : evaluateProposal(state, proposal.escalation.as, asOf, depth + 1);
    liesWith =
      next === undefined
        ? { body: proposal.escalation.to }
        : {
            ...(next.liesWith ?? { body: next.body }),
            ...(next.liesWith === undefined ? { proposal: next.proposal, status: next.status } : {}),
          };
    checks.push({
      id: 'escalation',
      ok: true,
      ref: body.ref,
      code: proposal.escalation.as === undefined ? 'escalation.awaiting' : 'escalation.submitted',
      params: {
        to: proposal.escalation.to,
        at: proposal.escalation.at,
        ...(proposal.escalation.as === undefined ? {} : { as: proposal.escalation.as }),
      },
    });
  }

  const procedural = checks.every((c) => c.ok || !proceduralChecks.has(c.id));
  const valid = procedural && decision.ok;
  const kind = decides ? 'decision' : 'recommendation';
  const members = statute.parties.filter((p) => isPartyMember(state, p.id, when)).map((p) => p.id);
  let status: DecisionStatus;
  let binds: PartyId[] = [];
  let ratification: RatificationStatus | undefined;

  if (proposal.phase === 'withdrawn') status = 'withdrawn';
  else if (proposal.phase === 'open') status = 'open';
  else if (!procedural) status = 'invalid';
  else if (!decision.ok) status = proposal.escalation === undefined ? 'rejected' : 'escalated';
  else if (kind === 'recommendation') status = proposal.escalation === undefined ? 'adopted' : 'escalated';
  else {
    const rule = ratificationRuleFor(statute, matter.id);
    const decidedOn = proposal.concludedAt ?? meeting.date;
    if (body.delegation?.matters.includes(matter.id) === true) {
      status = 'in-force';
      binds = members;
      checks.push({
        id: 'ratification',
        ok: true,
        ref: body.delegation.ref,
        code: 'ratification.delegated',
        params: { body: body.id },
      });
    } else if (rule !== undefined) {
      ratification = ratificationStatus(state, statute, rule, proposal, decidedOn, when);
      checks.push({
        id: 'ratification',
        ok: ratification.met,
        ref: rule.ref,
        code: ratification.met ? 'ratification.met' : 'ratification.pending',
        params: {
          required: ratification.required.length,
          adopted: ratification.adopted.length,
          rejected: ratification.rejected.length,
          missing: ratification.missing.length,
          effect: rule.effect,
        },
      });
      if (ratification.deadline !== undefined) {
        const ok = ratification.met || !ratification.lapsed;
        checks.push({
          id: 'deadline',
          ok,
          ref: rule.ref,
          code: ratification.met ? 'deadline.met' : ok ? 'deadline.running' : 'deadline.passed',
          params: { deadline: ratification.deadline, days: rule.deadlineDays ?? 0 },
        });
      }
      if (ratification.met) {
        status = 'in-force';
        const vedtak = latestVedtak(proposal, when);
        binds =
          rule.effect === 'all-or-nothing'
            ? members
            : members.filter((p) => vedtak.get(p)?.decision === 'adopted');
      } else status = ratification.lapsed ? 'lapsed' : 'pending-ratification';
    } else status = 'adopted';
  }

  return {
    proposal: id,
    ...(proposal.title === undefined ? {} : { title: proposal.title }),
    body: body.id,
    bodyName: body.name,
    tier: body.tier,
    matter: matter.id,
    meeting: meeting.id,
    date: meeting.date,
    asOf: when,
    statuteVersion: statute.version,
    status,
    valid,
    kind,
    checks,
    ...(ratification === undefined ? {} : { ratification }),
    binds,
    ...(liesWith === undefined ? {} : { liesWith }),
  };
}
