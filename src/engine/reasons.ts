/**
 * Why an event was rejected.
 *
 * @module
 */
import type { Ref } from '../model/ids.js';
import { formatPath, type InputIssue } from '../statute/issues.js';

/**
 * The machine code of a rejection reason. Render it with `explainReason` (Norwegian or English).
 *
 * @example
 * ```ts
 * const code: ReasonCode = 'vote.observer';
 * ```
 * @category Engine
 */
export type ReasonCode =
  | 'event.unknown-type'
  | 'event.invalid-date'
  | 'event.invalid-id'
  | 'event.malformed'
  | 'event.unknown-field'
  | 'event.duplicate-id'
  | 'statute.other-community'
  | 'statute.not-later'
  | 'statute.invalid'
  | 'statute.no-version'
  | 'statute.rewrites-record'
  | 'amendment.unknown-proposal'
  | 'amendment.wrong-matter'
  | 'amendment.not-in-force'
  | 'party.unknown'
  | 'party.already-member'
  | 'party.joined-later'
  | 'party.not-joined'
  | 'party.not-member'
  | 'party.notice-given'
  | 'party.notice-too-short'
  | 'party.withdrawal-date-required'
  | 'party.rewrites-record'
  | 'body.unknown'
  | 'seat.unknown'
  | 'seat.full'
  | 'seat.wrong-party'
  | 'seat.party-required'
  | 'seat.wrong-authority'
  | 'seat.outside-area'
  | 'member.already-seated'
  | 'member.not-seated'
  | 'member.rewrites-record'
  | 'member.not-elected'
  | 'meeting.exists'
  | 'meeting.unknown'
  | 'meeting.before-notice'
  | 'meeting.chair-not-member'
  | 'meeting.not-held'
  | 'attendance.not-member'
  | 'proposal.exists'
  | 'proposal.unknown'
  | 'proposal.unknown-matter'
  | 'proposal.wrong-body'
  | 'proposal.closed'
  | 'proposal.not-concluded'
  | 'proposal.escalated'
  | 'proposal.tabler-not-member'
  | 'proposal.no-forslagsrett'
  | 'proposal.defer-not-later'
  | 'proposal.defer-after-votes'
  | 'proposal.discussed-where'
  | 'recusal.not-member'
  | 'recusal.twice'
  | 'vote.not-member'
  | 'vote.observer'
  | 'vote.twice'
  | 'vote.recused'
  | 'escalation.no-target'
  | 'escalation.wrong-target'
  | 'escalation.not-failed'
  | 'escalation.unknown-source'
  | 'escalation.source-not-escalated'
  | 'escalation.wrong-matter'
  | 'forward.not-recommendation'
  | 'forward.no-route'
  | 'forward.delivered'
  | 'forward.wrong-body'
  | 'statement.unknown-board'
  | 'statement.not-a-decision'
  | 'statement.not-in-force'
  | 'statement.in-force'
  | 'statement.local-first'
  | 'ratification.unknown-party'
  | 'ratification.wrong-organ'
  | 'ratification.not-required'
  | 'ratification.not-adopted'
  | 'ratification.before-decision'
  | 'ratification.not-member'
  | 'ratification.not-ratifier'
  | 'ratification.invalid-council-vote'
  | 'ratification.vote-contradicts'
  | 'substitute.not-provided'
  | 'substitute.personal'
  | 'substitute.ordered'
  | 'substitute.for-not-seated'
  | 'substitute.rank-taken'
  | 'substitute.already-appointed'
  | 'substitute.is-member'
  | 'substitute.not-substitute'
  | 'substitute.not-eligible'
  | 'substitute.member-present'
  | 'substitute.taken'
  | 'substitute.busy'
  | 'substitute.when'
  | 'substitute.wrong-body'
  | 'leadership.empty-term'
  | 'leadership.both-roles';

/**
 * One reason an event was rejected: a `code`, the names and numbers behind it in `params`, and
 * the statute section it rests on (`ref`) where a rule is behind it.
 *
 * @example
 * ```ts
 * const reason: Reason = { code: 'seat.full', params: { body: 'ssu', seat: 'horten', count: 1 }, ref: 'ssu' };
 * ```
 * @category Engine
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly params: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  readonly ref?: Ref;
}

/**
 * What happened to an event: `applied`, or `rejected` with at least one reason (the state is
 * then unchanged). `eventId` is the event's own id; the log position of `events[i]` in a replay
 * from a state is `state.position + i`.
 *
 * @example
 * ```ts
 * const { outcome } = apply(state, event);
 * if (outcome.kind === 'rejected') console.log(outcome.reasons.map((r) => r.code));
 * ```
 * @category Engine
 */
export type Outcome =
  | { readonly kind: 'applied'; readonly type: string; readonly eventId?: string }
  | {
      readonly kind: 'rejected';
      readonly type: string;
      readonly eventId?: string;
      readonly reasons: readonly [Reason, ...Reason[]];
    };

/** @internal */
export function reason(
  code: ReasonCode,
  params: Record<string, string | number | boolean | readonly string[]> = {},
  ref?: string,
): Reason {
  return ref === undefined ? { code, params } : { code, params, ref };
}

/**
 * The reason a statute is refused: how many issues it has, and the first with its path, its
 * English `message`, its `issueCode` and each of its params as `issue.<name>`, so that the
 * reason can be written in any locale.
 *
 * @internal
 */
export function statuteInvalid(issues: readonly [InputIssue, ...InputIssue[]]): Reason {
  const [first] = issues;
  const params: Record<string, string | number> = {
    issues: issues.length,
    path: formatPath(first.path),
    message: first.message,
    issueCode: first.code,
  };
  for (const [key, value] of Object.entries(first.params)) params[`issue.${key}`] = value;
  return reason('statute.invalid', params);
}
