/**
 * The notice check: was the meeting called far enough ahead?
 *
 * @module
 */
import { daysBetween } from '../../model/dates.js';
import { isNotStated } from '../../model/notStated.js';
import type { HeldCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The notice check (innkalling): how many days ahead the meeting was called, how many the body
 * requires, and how many are missing; where the statute states no notice, only how many days
 * ahead it was called (`notice.not-stated`, always ok).
 *
 * @example
 * ```ts
 * const notice = report.checks.find((c): c is NoticeCheck => c.id === 'notice');
 * notice?.params.missing; // 3
 * ```
 * @category Assess
 */
export type NoticeCheck =
  | CheckOf<
      'notice',
      'notice.ok' | 'notice.short',
      { readonly days: number; readonly required: number; readonly missing: number }
    >
  | CheckOf<'notice', 'notice.not-stated', { readonly days: number }>;

/** The notice check of a case. @internal */
export function checkNotice({ body, meeting }: HeldCase): NoticeCheck {
  const days = daysBetween(meeting.noticeDate, meeting.date);
  if (isNotStated(body.noticeDays)) {
    return { id: 'notice', ok: true, ref: body.noticeDays.ref, code: 'notice.not-stated', params: { days } };
  }
  const ok = days >= body.noticeDays;
  return {
    id: 'notice',
    ok,
    ref: body.ref,
    code: ok ? 'notice.ok' : 'notice.short',
    params: { days, required: body.noticeDays, missing: Math.max(0, body.noticeDays - days) },
  };
}
