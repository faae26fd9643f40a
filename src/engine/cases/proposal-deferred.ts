import { trieGet } from '../_trie.js';
import type { ProposalDeferred } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { getMeeting, type MeetingRecord } from '../state.js';
import type { Case } from './_case.js';
import { draftProposal, openCaseOf } from './_proposal.js';

/**
 * `proposal-deferred`: an open case with no votes goes to a later meeting of its body. When the
 * deferral is made at or after the meeting the case was on, that meeting is kept as a first
 * stage (the case was tabled there); a case moved before its meeting was never tabled there.
 * @internal
 */
export const proposalDeferredCase: Case<ProposalDeferred> = {
  validate(state, event) {
    const found = openCaseOf(state, event.proposal);
    if ('reasons' in found) return found.reasons;
    const { proposal } = found;
    const target = getMeeting(state, event.meeting);
    if (target === undefined) return [reason('meeting.unknown', { meeting: event.meeting })];
    const reasons: Reason[] = [];
    if (target.body !== proposal.body)
      reasons.push(
        reason('proposal.wrong-body', { meeting: target.id, meetingBody: target.body, body: proposal.body }),
      );
    if (target.date <= proposal.date)
      reasons.push(
        reason('proposal.defer-not-later', {
          proposal: proposal.id,
          meeting: target.id,
          date: target.date,
          from: proposal.date,
        }),
      );
    const votes = Object.keys(proposal.votes).length;
    if (votes > 0) reasons.push(reason('proposal.defer-after-votes', { proposal: proposal.id, votes }));
    return reasons;
  },
  mutate(draft, event, base) {
    const proposal = draftProposal(draft, event.proposal);
    const target = getMeeting(base, event.meeting) as MeetingRecord;
    if (event.at >= proposal.date && proposal.meeting !== undefined) {
      proposal.firstStages ??= [];
      proposal.firstStages.push({ meeting: proposal.meeting, body: proposal.body, date: proposal.date });
    }
    proposal.meeting = target.id;
    proposal.date = target.date;
    const meeting = trieGet(draft.meetings as never, target.id) as { agenda?: string[] };
    meeting.agenda ??= [];
    meeting.agenda.push(event.proposal);
  },
};
