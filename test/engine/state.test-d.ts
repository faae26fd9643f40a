import { describe, expectTypeOf, it } from 'vitest';
import {
  type Collection,
  getMeeting,
  getProposal,
  initialState,
  listProposals,
  type MeetingRecord,
  type MemberRecord,
  type ProposalRecord,
  presets,
  type State,
} from '../../src/index.js';

const state = initialState(presets.vestfold);

describe('the state’s collections', () => {
  it('have an opaque type of their own', () => {
    expectTypeOf<State['proposals']>().toEqualTypeOf<Collection<ProposalRecord>>();
    expectTypeOf<State['meetings']>().toEqualTypeOf<Collection<MeetingRecord>>();
    expectTypeOf<State['members']>().toEqualTypeOf<Collection<MemberRecord>>();
  });

  it('cannot be read by hand', () => {
    // @ts-expect-error the records are read through getProposal, not by key
    state.proposals['SSU-7'];
    // @ts-expect-error the same for a property
    state.meetings.m1;
    // @ts-expect-error and for members
    state.members['ssu-horten'];
  });

  it('are read through the accessors', () => {
    expectTypeOf(getProposal(state, 'SSU-7')).toEqualTypeOf<ProposalRecord | undefined>();
    expectTypeOf(getMeeting(state, 'm1')).toEqualTypeOf<MeetingRecord | undefined>();
    expectTypeOf(listProposals(state)).toEqualTypeOf<ProposalRecord[]>();
  });
});
