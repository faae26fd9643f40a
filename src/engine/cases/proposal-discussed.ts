import type { ProposalDiscussed } from '../events.js';
import { reason } from '../reasons.js';
import { type FirstStageRecord, getMeeting, type State } from '../state.js';
import type { Case } from './_case.js';
import { draftProposal, openCaseOf } from './_proposal.js';

/** The first stage an event records, once it is known to be valid. */
function stageOf(state: State, event: ProposalDiscussed): FirstStageRecord {
  if (event.meeting === undefined) return { by: 'secretariat', date: event.at };
  const meeting = getMeeting(state, event.meeting);
  return { meeting: event.meeting, body: meeting?.body ?? '', date: meeting?.date ?? event.at };
}

/**
 * `proposal-discussed`: the first stage of an open case (drøfting) was held at a meeting that
 * has taken place (of any body), or by the secretariat. Whether it counts is for the
 * `two-stage` check of the case to say. @internal
 */
export const proposalDiscussedCase: Case<ProposalDiscussed> = {
  validate(state, event) {
    const found = openCaseOf(state, event.proposal);
    if ('reasons' in found) return found.reasons;
    if ((event.meeting === undefined) === (event.by === undefined))
      return [reason('proposal.discussed-where', { proposal: event.proposal })];
    if (event.meeting === undefined) return [];
    const meeting = getMeeting(state, event.meeting);
    if (meeting === undefined) return [reason('meeting.unknown', { meeting: event.meeting })];
    return event.at < meeting.date
      ? [reason('meeting.not-held', { meeting: meeting.id, date: meeting.date })]
      : [];
  },
  mutate(draft, event, base) {
    const proposal = draftProposal(draft, event.proposal);
    proposal.firstStages ??= [];
    proposal.firstStages.push(stageOf(base, event));
  },
};
