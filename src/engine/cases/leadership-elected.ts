import type { Draft } from 'immer';
import { ownSlot } from '../../model/_own.js';
import type { IsoDate } from '../../model/dates.js';
import type { LeadershipElected } from '../events.js';
import { endOf, termsOf } from '../leadership.js';
import { type Reason, reason } from '../reasons.js';
import type { BodyLeadership, LeadershipRole, LeadershipTerm, State } from '../state.js';
import { statuteAt } from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { type Case, tenureOn } from './_case.js';

const otherRole: Readonly<Record<LeadershipRole, LeadershipRole>> = {
  leder: 'nestleder',
  nestleder: 'leder',
};

/** The terms of a role with `term` put in by `from`, replacing a term that starts the same day. */
function withTerm(terms: readonly LeadershipTerm[], term: LeadershipTerm): LeadershipTerm[] {
  const kept = terms.filter((t) => t.from !== term.from);
  const at = kept.findIndex((t) => t.from > term.from);
  return at < 0 ? [...kept, term] : [...kept.slice(0, at), term, ...kept.slice(at)];
}

/** Whether `[a, aEnd)` and `[b, bEnd)` share a day (an open end runs for ever). */
function overlaps(a: IsoDate, aEnd: IsoDate | undefined, b: IsoDate, bEnd: IsoDate | undefined): boolean {
  return (aEnd === undefined || b < aEnd) && (bEnd === undefined || a < bEnd);
}

/** Whether the member would hold both roles on some day once the term is recorded. */
function holdsBoth(state: State, event: LeadershipElected): boolean {
  const term: LeadershipTerm = { member: event.member, from: event.from };
  const own = withTerm(termsOf(state, event.body, event.role), { ...term, ...toOf(event) });
  const i = own.findIndex((t) => t.from === event.from);
  const end = endOf(own, i);
  const other = termsOf(state, event.body, otherRole[event.role]);
  return other.some(
    (t, j) => t.member === event.member && overlaps(event.from, end, t.from, endOf(other, j)),
  );
}

function toOf(event: LeadershipElected): { to?: IsoDate } {
  return event.to === undefined ? {} : { to: event.to };
}

/**
 * `leadership-elected`: a member is elected or appointed leder or nestleder of a body for a
 * term. Rejected only for what cannot be true: no statute version or no such body on `from`, a
 * term that ends before it begins, a member without a seat on the body on `from`, or a member
 * who would be leder and nestleder at once. A term that does not fit the leadership rule is
 * recorded (the log says what happened) and flagged by the report's leadership check.
 * @internal
 */
export const leadershipElectedCase: Case<LeadershipElected> = {
  validate(state, event) {
    const statute = statuteAt(state, event.from);
    if (statute === undefined) return [reason('statute.no-version', { date: event.from })];
    const body = bodyOf(statute, event.body);
    if (body === undefined) return [reason('body.unknown', { body: event.body, version: statute.version })];
    const ref = body.leadership?.ref ?? body.ref;
    const reasons: Reason[] = [];
    if (event.to !== undefined && event.to <= event.from)
      reasons.push(reason('leadership.empty-term', { from: event.from, to: event.to }, ref));
    if (tenureOn(state, body, event.member, event.from) === undefined)
      reasons.push(reason('member.not-seated', { member: event.member, body: body.id }, body.ref));
    else if (holdsBoth(state, event))
      reasons.push(
        reason(
          'leadership.both-roles',
          { member: event.member, body: body.id, role: event.role, other: otherRole[event.role] },
          ref,
        ),
      );
    return reasons;
  },
  mutate(draft, event) {
    draft.leadership ??= {};
    const all = draft.leadership as Record<string, Draft<BodyLeadership>>;
    const record = ownSlot(all, event.body, () => ({ leder: [], nestleder: [] }));
    const term: LeadershipTerm = { member: event.member, from: event.from, ...toOf(event) };
    record[event.role] = withTerm(record[event.role], term);
  },
};
