import { isValidId } from '../../model/ids.js';
import { trieGet, trieSet } from '../_trie.js';
import type { ProposalSubmitted } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import {
  getMeeting,
  getProposal,
  type MeetingRecord,
  type ProposalRecord,
  type State,
  statuteAt,
} from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { type Case, tenureOn } from './_case.js';
import { draftProposal } from './_proposal.js';

/**
 * Why the one who tabled a case may not: a member must sit on the body on the meeting date with
 * forslagsrett (`propose`) among the seat's rights; a body must be one the statute has. The
 * secretariat may always table (it prepares the cases).
 */
function tablerReasons(state: State, event: ProposalSubmitted, meeting: MeetingRecord): Reason[] {
  const by = event.tabledBy;
  const statute = statuteAt(state, meeting.date);
  if (by === undefined || by.kind === 'secretariat') return [];
  if (by.kind === 'body')
    return bodyOf(statute, by.body) === undefined ? [reason('body.unknown', { body: by.body })] : [];
  const body = bodyOf(statute, event.body);
  if (body === undefined) return [];
  const held = tenureOn(state, body, by.member, meeting.date, meeting);
  if (held === undefined)
    return [reason('proposal.tabler-not-member', { member: by.member, body: body.id }, body.ref)];
  if (held.seat?.rights.includes('propose') !== true)
    return [
      reason(
        'proposal.no-forslagsrett',
        { member: by.member, seat: held.tenure.seat },
        held.seat?.ref ?? body.ref,
      ),
    ];
  return [];
}

/**
 * `proposal-submitted`: a case is put to a body at a meeting. A matter outside the body's
 * mandate is accepted: the report says it is invalid (ultra vires), as real minutes would show.
 * @internal
 */
export const proposalSubmittedCase: Case<ProposalSubmitted> = {
  validate(state, event) {
    if (!isValidId(event.proposal))
      return [reason('event.invalid-id', { field: 'proposal', value: event.proposal })];
    if (getProposal(state, event.proposal) !== undefined)
      return [reason('proposal.exists', { proposal: event.proposal })];
    const meeting = getMeeting(state, event.meeting);
    if (meeting === undefined) return [reason('meeting.unknown', { meeting: event.meeting })];
    const reasons: Reason[] = [];
    if (meeting.body !== event.body)
      reasons.push(
        reason('proposal.wrong-body', { meeting: meeting.id, meetingBody: meeting.body, body: event.body }),
      );
    const statute = statuteAt(state, meeting.date);
    if (bodyOf(statute, event.body) === undefined) reasons.push(reason('body.unknown', { body: event.body }));
    if (statute?.matters.some((m) => m.id === event.matter) !== true)
      reasons.push(reason('proposal.unknown-matter', { matter: event.matter }));
    if (event.tabledBy !== undefined) reasons.push(...tablerReasons(state, event, meeting));
    if (event.escalatedFrom !== undefined) {
      const source = getProposal(state, event.escalatedFrom);
      if (source === undefined)
        reasons.push(reason('escalation.unknown-source', { proposal: event.escalatedFrom }));
      else if (source.escalation?.to !== event.body || source.escalation.as !== undefined) {
        reasons.push(reason('escalation.source-not-escalated', { proposal: source.id, body: event.body }));
      } else if (source.matter !== event.matter) {
        reasons.push(
          reason('escalation.wrong-matter', {
            proposal: source.id,
            matter: event.matter,
            sourceMatter: source.matter,
          }),
        );
      }
    }
    return reasons;
  },
  mutate(draft, event, base) {
    const record: ProposalRecord = {
      id: event.proposal,
      seq: draft.seq,
      body: event.body,
      matter: event.matter,
      meeting: event.meeting,
      date: (getMeeting(base, event.meeting) as MeetingRecord).date,
      ...(event.title === undefined ? {} : { title: event.title }),
      submittedAt: event.at,
      phase: 'open',
      votes: {},
      recused: {},
      ...(event.escalatedFrom === undefined ? {} : { escalatedFrom: event.escalatedFrom }),
      ...(event.tabledBy === undefined ? {} : { tabledBy: { ...event.tabledBy } }),
      ...(event.closed === undefined ? {} : { closed: { ground: event.closed.ground } }),
      ratifications: {},
    };
    trieSet<ProposalRecord>(draft.proposals, event.proposal, record);
    const meeting = trieGet(draft.meetings as never, event.meeting) as { agenda?: string[] };
    meeting.agenda ??= [];
    meeting.agenda.push(event.proposal);
    if (event.escalatedFrom !== undefined) {
      const source = draftProposal(draft, event.escalatedFrom);
      if (source.escalation !== undefined) source.escalation.as = event.proposal;
    }
  },
};
