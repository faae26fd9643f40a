import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { eventSchemas } from '../../src/engine/_eventSchema.js';
import {
  type AttendanceRecorded,
  attendanceRecorded,
  type EventCreator,
  type EventPayload,
  type EventType,
  type GovernanceEvent,
  type MeetingConvened,
  type MemberAppointed,
  type MemberLeft,
  type MemberRecused,
  meetingConvened,
  memberAppointed,
  memberLeft,
  memberRecused,
  type PartyJoined,
  type PartyWithdrew,
  type ProposalConcluded,
  type ProposalEscalated,
  type ProposalSubmitted,
  type ProposalWithdrawn,
  partyJoined,
  partyWithdrew,
  proposalConcluded,
  proposalEscalated,
  proposalSubmitted,
  proposalWithdrawn,
  type RatificationRecorded,
  ratificationRecorded,
  type Statute,
  type StatuteAdopted,
  type StatuteAmended,
  statuteAdopted,
  statuteAmended,
  type VoteCast,
  voteCast,
} from '../../src/index.js';

/**
 * A type with `readonly` dropped at every depth, and `undefined` dropped from every property
 * (valibot writes an optional field `id?: string | undefined`, our interfaces `id?: string`;
 * which keys are optional still counts).
 */
type Plain<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { -readonly [K in keyof T]: Plain<Exclude<T[K], undefined>> }
    : T;

/** The output of an event's schema, made plain. */
type SchemaOf<K extends EventType> = Plain<v.InferOutput<(typeof eventSchemas)[K]>>;
/** An event interface, made plain. */
type EventOf<K extends EventType> = Plain<Extract<GovernanceEvent, { type: K }>>;

describe('the event interfaces and the event schemas', () => {
  it('describe the same event types', () => {
    expectTypeOf<keyof typeof eventSchemas>().toEqualTypeOf<EventType>();
  });

  it('have the same fields, of the same types, optional in the same places', () => {
    expectTypeOf<EventOf<'party-joined'>>().toEqualTypeOf<SchemaOf<'party-joined'>>();
    expectTypeOf<EventOf<'party-withdrew'>>().toEqualTypeOf<SchemaOf<'party-withdrew'>>();
    expectTypeOf<EventOf<'member-appointed'>>().toEqualTypeOf<SchemaOf<'member-appointed'>>();
    expectTypeOf<EventOf<'member-left'>>().toEqualTypeOf<SchemaOf<'member-left'>>();
    expectTypeOf<EventOf<'meeting-convened'>>().toEqualTypeOf<SchemaOf<'meeting-convened'>>();
    expectTypeOf<EventOf<'attendance-recorded'>>().toEqualTypeOf<SchemaOf<'attendance-recorded'>>();
    expectTypeOf<EventOf<'member-recused'>>().toEqualTypeOf<SchemaOf<'member-recused'>>();
    expectTypeOf<EventOf<'proposal-submitted'>>().toEqualTypeOf<SchemaOf<'proposal-submitted'>>();
    expectTypeOf<EventOf<'proposal-withdrawn'>>().toEqualTypeOf<SchemaOf<'proposal-withdrawn'>>();
    expectTypeOf<EventOf<'proposal-deferred'>>().toEqualTypeOf<SchemaOf<'proposal-deferred'>>();
    expectTypeOf<EventOf<'proposal-discussed'>>().toEqualTypeOf<SchemaOf<'proposal-discussed'>>();
    expectTypeOf<EventOf<'vote-cast'>>().toEqualTypeOf<SchemaOf<'vote-cast'>>();
    expectTypeOf<EventOf<'proposal-concluded'>>().toEqualTypeOf<SchemaOf<'proposal-concluded'>>();
    expectTypeOf<EventOf<'proposal-escalated'>>().toEqualTypeOf<SchemaOf<'proposal-escalated'>>();
    expectTypeOf<EventOf<'ratification-recorded'>>().toEqualTypeOf<SchemaOf<'ratification-recorded'>>();
    expectTypeOf<EventOf<'substitute-appointed'>>().toEqualTypeOf<SchemaOf<'substitute-appointed'>>();
    expectTypeOf<EventOf<'substitute-attending'>>().toEqualTypeOf<SchemaOf<'substitute-attending'>>();
  });

  it('agree on the statute events but for the statute, which the statute schema types as unknown', () => {
    // `statuteSchema` is declared `GenericSchema<unknown>` (it is recursive); the statute
    // itself is held to `Statute` by parseStatute's own tests.
    expectTypeOf<SchemaOf<'statute-adopted'>['statute']>().toBeUnknown();
    expectTypeOf<StatuteAdopted['statute']>().toEqualTypeOf<Statute>();
    expectTypeOf<Omit<EventOf<'statute-adopted'>, 'statute'>>().toEqualTypeOf<
      Omit<SchemaOf<'statute-adopted'>, 'statute'>
    >();
    expectTypeOf<Omit<EventOf<'statute-amended'>, 'statute'>>().toEqualTypeOf<
      Omit<SchemaOf<'statute-amended'>, 'statute'>
    >();
  });
});

describe('the event creators', () => {
  it('return their event type', () => {
    expectTypeOf(
      voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'for' }),
    ).toEqualTypeOf<VoteCast>();
    expectTypeOf(statuteAdopted).toEqualTypeOf<EventCreator<StatuteAdopted>>();
    expectTypeOf(statuteAmended).toEqualTypeOf<EventCreator<StatuteAmended>>();
    expectTypeOf(partyJoined).toEqualTypeOf<EventCreator<PartyJoined>>();
    expectTypeOf(partyWithdrew).toEqualTypeOf<EventCreator<PartyWithdrew>>();
    expectTypeOf(memberAppointed).toEqualTypeOf<EventCreator<MemberAppointed>>();
    expectTypeOf(memberLeft).toEqualTypeOf<EventCreator<MemberLeft>>();
    expectTypeOf(meetingConvened).toEqualTypeOf<EventCreator<MeetingConvened>>();
    expectTypeOf(attendanceRecorded).toEqualTypeOf<EventCreator<AttendanceRecorded>>();
    expectTypeOf(memberRecused).toEqualTypeOf<EventCreator<MemberRecused>>();
    expectTypeOf(proposalSubmitted).toEqualTypeOf<EventCreator<ProposalSubmitted>>();
    expectTypeOf(proposalWithdrawn).toEqualTypeOf<EventCreator<ProposalWithdrawn>>();
    expectTypeOf(proposalConcluded).toEqualTypeOf<EventCreator<ProposalConcluded>>();
    expectTypeOf(proposalEscalated).toEqualTypeOf<EventCreator<ProposalEscalated>>();
    expectTypeOf(ratificationRecorded).toEqualTypeOf<EventCreator<RatificationRecorded>>();
  });

  it('take the payload without its type, and check it', () => {
    expectTypeOf(voteCast).parameter(0).toEqualTypeOf<EventPayload<VoteCast>>();
    const maybe: string | undefined = undefined as string | undefined;
    // An optional field may be given as undefined, under exactOptionalPropertyTypes too.
    voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'for', reservation: maybe });
    // @ts-expect-error a required field may not be undefined
    voteCast({ at: '2024-03-14', proposal: undefined, member: 'm1', vote: 'for' });
    // @ts-expect-error a vote is for, against or abstain
    voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'yes' });
    // @ts-expect-error a vote needs its proposal
    voteCast({ at: '2024-03-14', member: 'm1', vote: 'for' });
  });

  it('carry their type as a literal', () => {
    expectTypeOf(voteCast.type).toEqualTypeOf<'vote-cast'>();
    expectTypeOf(ratificationRecorded.type).toEqualTypeOf<'ratification-recorded'>();
  });

  it('narrow an event with match', () => {
    const event = {} as GovernanceEvent;
    if (voteCast.match(event)) {
      expectTypeOf(event).toEqualTypeOf<VoteCast>();
      expectTypeOf(event.vote).toEqualTypeOf<'for' | 'against' | 'abstain'>();
    }
    if (attendanceRecorded.match(event)) expectTypeOf(event.present).toEqualTypeOf<readonly string[]>();
  });
});
