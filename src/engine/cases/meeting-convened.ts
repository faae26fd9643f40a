import { isValidId } from '../../model/ids.js';
import { trieSet } from '../_trie.js';
import type { MeetingConvened } from '../events.js';
import { reason } from '../reasons.js';
import { getMeeting, type MeetingRecord, statuteAt } from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { type Case, tenureOn } from './_case.js';

/** `meeting-convened`: a meeting of a body is called. @internal */
export const meetingConvenedCase: Case<MeetingConvened> = {
  validate(state, event) {
    if (!isValidId(event.meeting))
      return [reason('event.invalid-id', { field: 'meeting', value: event.meeting })];
    if (getMeeting(state, event.meeting) !== undefined)
      return [reason('meeting.exists', { meeting: event.meeting })];
    const statute = statuteAt(state, event.date);
    if (statute === undefined) return [reason('statute.no-version', { date: event.date })];
    const body = bodyOf(statute, event.body);
    if (body === undefined) return [reason('body.unknown', { body: event.body, version: statute.version })];
    const reasons = [];
    if (event.date < event.at)
      reasons.push(reason('meeting.before-notice', { date: event.date, noticeDate: event.at }));
    if (event.chair !== undefined && tenureOn(state, body, event.chair, event.date) === undefined) {
      reasons.push(reason('meeting.chair-not-member', { member: event.chair, body: body.id }, body.ref));
    }
    return reasons;
  },
  mutate(draft, event) {
    const meeting: MeetingRecord = {
      id: event.meeting,
      seq: draft.seq,
      body: event.body,
      date: event.date,
      noticeDate: event.at,
      ...(event.chair === undefined ? {} : { chair: event.chair }),
    };
    trieSet<MeetingRecord>(draft.meetings, event.meeting, meeting);
  },
};
