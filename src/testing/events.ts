/**
 * An arbitrary of event logs for a statute, mixing events that apply with events that are
 * rejected, so that both paths are exercised.
 *
 * @module
 */
import fc from 'fast-check';
import type { GovernanceEvent } from '../engine/events.js';
import { addDays } from '../model/dates.js';
import type { Seat, Statute } from '../model/statute.js';

/**
 * Constraints for {@link events}.
 *
 * @example
 * ```ts
 * const constraints: EventsConstraints = { maxEvents: 40, maxMeetings: 2 };
 * ```
 * @category Testing
 */
export interface EventsConstraints {
  /**
   * Most events after the appointments, meetings and cases.
   * @defaultValue 60
   */
  readonly maxEvents?: number;
  /**
   * Most meetings.
   * @defaultValue 4
   */
  readonly maxMeetings?: number;
  /**
   * Most cases.
   * @defaultValue 6
   */
  readonly maxProposals?: number;
  /**
   * Most members appointed per seat (never more than the seat has places).
   * @defaultValue 3
   */
  readonly maxPerSeat?: number;
}

/** The constraints with their defaults, or a RangeError naming the first that is not a count. @internal */
export function eventsDefaults(constraints: EventsConstraints): Required<EventsConstraints> {
  const filled = { maxEvents: 60, maxMeetings: 4, maxProposals: 6, maxPerSeat: 3, ...constraints };
  for (const [key, value] of Object.entries(filled)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`events: ${key} must be a whole number ≥ 0, got ${value}`);
  }
  return filled;
}

const choice = fc.constantFrom(
  'for' as const,
  'for' as const,
  'for' as const,
  'against' as const,
  'abstain' as const,
);

/**
 * Event logs for a statute, in date order: appointments to its seats, meetings of its bodies,
 * cases of its matters, then attendance, votes, recusals, conclusions, escalations, withdrawals,
 * first stages, minor matters the secretariat decides, forwarding of advice, dispute boards'
 * statements, ratifications, joinings (some by a council vote) and withdrawals of parties, and
 * elections of leder and nestleder. Ids are drawn from small pools so that most
 * events meet real members and cases; some do not (strangers, wrong organs, votes after the
 * case is closed…), on purpose, so that rejections are exercised too. Every event is
 * schema-valid (`parseEvent` accepts it).
 *
 * @param statute - the statute the log is for
 * @param constraints - sizes
 * @throws {RangeError} at construction, for a constraint that is not a whole number ≥ 0
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { events } from 'helsefellesskap/testing';
 * fc.assert(fc.property(events(presets.vestfold), (log) => {
 *   const { state } = replay(presets.vestfold, log);
 *   return checkInvariants(state).length === 0;
 * }));
 * ```
 * @category Testing
 */
export function events(
  statute: Statute,
  constraints: EventsConstraints = {},
): fc.Arbitrary<GovernanceEvent[]> {
  const c = eventsDefaults(constraints);
  const start = statute.effectiveFrom;
  const kommuner = statute.parties.filter((p) => p.kind === 'kommune').map((p) => p.id);
  const parties = statute.parties.map((p) => p.id);
  const slots: { body: string; seat: Seat; i: number }[] = statute.bodies.flatMap((body) =>
    body.seats.flatMap((seat) =>
      Array.from({ length: Math.min(seat.count, c.maxPerSeat) }, (_, i) => ({ body: body.id, seat, i })),
    ),
  );
  const memberOf = (slot: { body: string; seat: Seat; i: number }) =>
    `${slot.body}-${slot.seat.id}-${slot.i}`;
  const members = [...slots.map(memberOf), 'stranger'];
  const bodies = statute.bodies.map((b) => b.id);
  const matters = statute.matters.map((m) => m.id);

  const appointments = fc.subarray(slots, { minLength: Math.min(slots.length, 2) }).map((chosen) =>
    chosen.map((slot): GovernanceEvent => {
      // A seat of an area is filled by a kommune of the area.
      const pool = statute.areas?.find((a) => a.id === slot.seat.area)?.parties ?? kommuner;
      const party =
        slot.seat.party ??
        (slot.seat.role === 'kommune' && pool.length > 0 ? pool[slot.i % pool.length] : undefined);
      return {
        type: 'member-appointed',
        at: start,
        member: memberOf(slot),
        body: slot.body,
        seat: slot.seat.id,
        ...(party === undefined ? {} : { party }),
        ...(slot.seat.appointedBy === undefined ? {} : { appointedBy: slot.seat.appointedBy }),
      };
    }),
  );
  const meetings = fc.array(
    fc.record({
      body: fc.constantFrom(...bodies),
      after: fc.integer({ min: 1, max: 200 }),
      notice: fc.integer({ min: 7, max: 30 }),
      chaired: fc.nat(),
    }),
    {
      minLength: 1,
      maxLength: Math.max(1, c.maxMeetings),
    },
  );
  const proposals = fc.array(
    fc.record({
      meeting: fc.nat(),
      matter: fc.constantFrom(...matters),
      decided: fc.nat(),
      inMandate: fc.constantFrom(true, true, true, false),
      otherBody: fc.constantFrom(false, false, false, false, true),
    }),
    {
      minLength: 1,
      maxLength: Math.max(1, c.maxProposals),
    },
  );
  const op = fc.record({
    kind: fc.constantFrom(
      'session',
      'session',
      'session',
      'attend',
      'vote',
      'vote',
      'vote',
      'vote',
      'conclude',
      'conclude',
      'recuse',
      'escalate',
      'withdraw',
      'defer',
      'discuss',
      'minor',
      'minor',
      'forward',
      'forward',
      'statement',
      'ratify',
      'ratify',
      'ratify',
      'ratify',
      'ratify',
      'join',
      'leave-party',
      'leave-body',
      'elect',
    ),
    a: fc.nat(),
    b: fc.nat(),
    day: fc.integer({ min: -3, max: 120 }),
    vote: choice,
    adopted: fc.boolean(),
    wrongOrgan: fc.constantFrom(false, false, false, true),
    subset: fc.array(fc.nat(), { maxLength: 12 }),
    /** In a session: who stays away (index into the body's members), and who votes against. */
    absent: fc.array(fc.nat(), { maxLength: 2 }),
    against: fc.array(fc.nat(), { maxLength: 1 }),
    outsider: fc.constantFrom(false, false, false, false, true),
  });
  const ops = fc.array(op, { maxLength: c.maxEvents });

  return fc
    .tuple(appointments, meetings, proposals, ops)
    .map(([appointed, meetingPlans, proposalPlans, opPlans]) => {
      const appointedTo = (body: string) =>
        appointed.flatMap((e) => (e.type === 'member-appointed' && e.body === body ? [e.member] : []));
      const meetingEvents = meetingPlans.map((m, i): GovernanceEvent & { type: 'meeting-convened' } => {
        const at = addDays(start, m.after);
        // Half the meetings record a chair, one of the body's own members.
        const own = appointedTo(m.body);
        const chair = m.chaired % 2 === 0 && own.length > 0 ? own[m.chaired % own.length] : undefined;
        return {
          type: 'meeting-convened',
          at,
          meeting: `meeting-${i}`,
          body: m.body,
          date: addDays(at, m.notice),
          ...(chair === undefined ? {} : { chair }),
        };
      });
      const proposalEvents = proposalPlans.map((p, i): GovernanceEvent & { type: 'proposal-submitted' } => {
        const meeting = meetingEvents[p.meeting % meetingEvents.length] as GovernanceEvent & {
          type: 'meeting-convened';
        };
        const body = p.otherBody
          ? (bodies[(bodies.indexOf(meeting.body) + 1) % bodies.length] as string)
          : meeting.body;
        const decides = statute.bodies.find((b) => b.id === body)?.mandate.decides ?? [];
        const matter =
          p.inMandate && decides.length > 0 ? (decides[p.decided % decides.length] as string) : p.matter;
        return {
          type: 'proposal-submitted',
          at: meeting.at,
          proposal: `case-${i}`,
          body,
          matter,
          meeting: meeting.meeting,
        };
      });
      const dateOf = (proposalIndex: number, day: number) => {
        const submitted = proposalEvents[proposalIndex % proposalEvents.length] as GovernanceEvent & {
          type: 'proposal-submitted';
        };
        const meeting = meetingEvents.find((m) => m.meeting === submitted.meeting) as GovernanceEvent & {
          type: 'meeting-convened';
        };
        return { submitted, meeting, at: addDays(meeting.date, day) };
      };
      const later: GovernanceEvent[] = opPlans.flatMap((o): GovernanceEvent[] => {
        const { submitted, meeting, at } = dateOf(o.a, o.day);
        const own = appointedTo(submitted.body);
        // Mostly a member of the case's own body; sometimes anyone, strangers included.
        const member = (
          o.outsider || own.length === 0 ? members[o.b % members.length] : own[o.b % own.length]
        ) as string;
        const party = parties[o.b % parties.length] as string;
        switch (o.kind) {
          case 'session': {
            const away = new Set(o.absent.map((i) => own[i % Math.max(1, own.length)]));
            const present = own.filter((m) => !away.has(m));
            const against = new Set(o.against.map((i) => present[i % Math.max(1, present.length)]));
            return [
              { type: 'attendance-recorded', at: meeting.date, meeting: meeting.meeting, present },
              ...present.map(
                (m): GovernanceEvent => ({
                  type: 'vote-cast',
                  at: meeting.date,
                  proposal: submitted.proposal,
                  member: m,
                  vote: against.has(m) ? 'against' : 'for',
                }),
              ),
              { type: 'proposal-concluded', at: meeting.date, proposal: submitted.proposal },
            ];
          }
          case 'attend':
            return [
              {
                type: 'attendance-recorded',
                at: meeting.date,
                meeting: meeting.meeting,
                present: [...new Set(o.subset.map((i) => members[i % members.length] as string))],
              },
            ];
          case 'vote':
            return [
              { type: 'vote-cast', at: meeting.date, proposal: submitted.proposal, member, vote: o.vote },
            ];
          case 'conclude':
            return [{ type: 'proposal-concluded', at: meeting.date, proposal: submitted.proposal }];
          case 'recuse':
            return [{ type: 'member-recused', at: meeting.date, proposal: submitted.proposal, member }];
          case 'escalate': {
            const body = statute.bodies.find((b) => b.id === submitted.body);
            return [
              {
                type: 'proposal-escalated',
                at,
                proposal: submitted.proposal,
                to: body?.escalatesTo ?? 'nowhere',
              },
            ];
          }
          case 'withdraw':
            return [{ type: 'proposal-withdrawn', at, proposal: submitted.proposal }];
          case 'defer': {
            const to = meetingEvents[o.b % meetingEvents.length] as { meeting: string };
            return [{ type: 'proposal-deferred', at, proposal: submitted.proposal, meeting: to.meeting }];
          }
          case 'discuss':
            return [
              o.adopted
                ? { type: 'proposal-discussed', at, proposal: submitted.proposal, by: 'secretariat' }
                : {
                    type: 'proposal-discussed',
                    at,
                    proposal: submitted.proposal,
                    meeting: (meetingEvents[o.b % meetingEvents.length] as { meeting: string }).meeting,
                  },
            ];
          case 'minor': {
            // The secretariat decides a matter itself on the case's body's behalf: mostly one
            // the body lets it decide, sometimes the case's own; with an amount or none.
            const delegated = statute.bodies.find((b) => b.id === submitted.body)?.secretariat?.matters;
            const matter = o.outsider
              ? submitted.matter
              : (delegated?.[o.b % delegated.length] ?? submitted.matter);
            return [
              {
                type: 'secretariat-decided',
                at,
                proposal: `sek-${o.a % 50}`,
                body: submitted.body,
                matter,
                ...(o.b % 3 === 0 ? {} : { amount: (o.b * 997) % 200_000 }),
              },
            ];
          }
          case 'forward': {
            // The stops of the case's route in order (via, then the body it is for), or, for an
            // outsider, one wrong stop: its own body.
            const body = statute.bodies.find((b) => b.id === submitted.body);
            const route = body?.mandate.recommendsTo;
            const stops = o.outsider
              ? [submitted.body]
              : [route?.via, route?.body ?? body?.escalatesTo].filter((id): id is string => id !== undefined);
            return stops.map(
              (to, i): GovernanceEvent => ({
                type: 'proposal-forwarded',
                at: addDays(at, i),
                proposal: submitted.proposal,
                to,
              }),
            );
          }
          case 'statement': {
            const boards = statute.disputeBoards ?? [];
            const board = boards.length === 0 ? 'no-board' : (boards[o.b % boards.length]?.id as string);
            const kind = o.adopted ? 'mediation' : 'dispute';
            return [{ type: 'statement-recorded', at, board, proposal: submitted.proposal, kind }];
          }
          case 'ratify': {
            const own = statute.parties.find((p) => p.id === party)?.organ ?? 'kommunestyre';
            const organ = o.wrongOrgan ? (own === 'styre' ? 'kommunestyre' : 'styre') : own;
            return [
              {
                type: 'ratification-recorded',
                at,
                proposal: submitted.proposal,
                party,
                organ,
                decision: o.adopted ? 'adopted' : 'rejected',
              },
            ];
          }
          case 'join':
            // A quarter of the joinings carry a council vote: a 10–10 tie the møteleder decides
            // either way (a helseforetak's is rejected, as it has no council).
            return [
              {
                type: 'party-joined',
                at,
                party,
                ...(o.wrongOrgan
                  ? {
                      councilVote: {
                        members: 21,
                        present: 20,
                        for: 10,
                        against: 10,
                        chairVote: o.adopted ? ('for' as const) : ('against' as const),
                      },
                    }
                  : {}),
              },
            ];
          case 'leave-party':
            // Half the withdrawals say when they take effect; where the statute states no notice, the rest are rejected.
            return [
              { type: 'party-withdrew', at, party, ...(o.adopted ? { effective: addDays(at, 365) } : {}) },
            ];
          case 'elect':
            return [
              {
                type: 'leadership-elected',
                at,
                body: submitted.body,
                role: o.adopted ? 'leder' : 'nestleder',
                member,
                from: meeting.date,
                ...(o.wrongOrgan ? { to: addDays(meeting.date, o.day) } : {}),
              },
            ];
          default:
            return [{ type: 'member-left', at, member, body: submitted.body }];
        }
      });
      const ordered = [...meetingEvents, ...proposalEvents, ...later].sort((x, y) =>
        x.at < y.at ? -1 : x.at > y.at ? 1 : 0,
      );
      return [...appointed, ...ordered];
    });
}
