import { setOwn } from '../../model/_own.js';
import { trieGet } from '../_trie.js';
import type { AttendanceRecorded } from '../events.js';
import { reason } from '../reasons.js';
import { getMeeting, type MeetingRecord, statuteAt } from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { type Case, memberPresent, substitutedAt, tenureOn } from './_case.js';
import { markRecorded } from './_record.js';

/** `attendance-recorded`: who was present at a meeting (replaces an earlier record). @internal */
export const attendanceRecordedCase: Case<AttendanceRecorded> = {
  validate(state, event) {
    const meeting = getMeeting(state, event.meeting);
    if (meeting === undefined) return [reason('meeting.unknown', { meeting: event.meeting })];
    if (event.at < meeting.date)
      return [reason('meeting.not-held', { meeting: meeting.id, date: meeting.date })];
    const body = bodyOf(statuteAt(state, meeting.date), meeting.body);
    if (body === undefined) return [reason('body.unknown', { body: meeting.body })];
    const strangers = event.present.filter(
      (member) => tenureOn(state, body, member, meeting.date, meeting) === undefined,
    );
    if (strangers.length > 0)
      return [reason('attendance.not-member', { members: strangers, body: body.id }, body.ref)];
    // A member for whom a vara stands in has forfall: the two never both attend.
    for (const member of event.present) {
      const substitute = substitutedAt(state, body, member, meeting);
      if (substitute !== undefined) return [memberPresent(member, substitute, meeting, body)];
    }
    return [];
  },
  mutate(draft, event) {
    const meeting = trieGet<MeetingRecord>(draft.meetings, event.meeting) as unknown as MeetingRecord & {
      present?: Record<string, true>;
    };
    const present: Record<string, true> = {};
    for (const member of event.present) setOwn(present, member, true);
    meeting.present = present;
    markRecorded(draft, meeting.body, meeting.date);
  },
};
