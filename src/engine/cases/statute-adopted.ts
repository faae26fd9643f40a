import type { Draft } from 'immer';
import { ownSlot } from '../../model/_own.js';
import type { Statute } from '../../model/statute.js';
import { checkEventStatute } from '../_eventStatute.js';
import type { StatuteAdopted } from '../events.js';
import { type Reason, reason, statuteInvalid } from '../reasons.js';
import type { MembershipPeriod, State } from '../state.js';
import type { Case } from './_case.js';
import { recordedUntil } from './_record.js';

/** Reasons a statute cannot become the next version. @internal */
export function checkNextVersion(state: State, statute: Statute): Reason[] {
  const parsed = checkEventStatute(statute);
  if (!parsed.success) return [statuteInvalid(parsed.issues)];
  const reasons: Reason[] = [];
  if (parsed.data.id !== state.community)
    reasons.push(reason('statute.other-community', { id: parsed.data.id, community: state.community }));
  const latest = state.statutes[state.statutes.length - 1];
  if (latest !== undefined && parsed.data.effectiveFrom <= latest.effectiveFrom) {
    reasons.push(
      reason('statute.not-later', { effectiveFrom: parsed.data.effectiveFrom, latest: latest.effectiveFrom }),
    );
  }
  const until = recordedUntil(state);
  if (until !== undefined && parsed.data.effectiveFrom <= until) {
    reasons.push(
      reason('statute.rewrites-record', { effectiveFrom: parsed.data.effectiveFrom, recordedUntil: until }),
    );
  }
  return reasons;
}

/**
 * Adds a checked statute as the newest version; its founding parties become members from the day
 * it takes effect, unless they are members then or later (a party still serving its notice keeps
 * it, and no two of a party's periods overlap). @internal
 */
export function addVersion(draft: Draft<State>, statute: Statute): void {
  const parsed = checkEventStatute(statute);
  if (!parsed.success) return;
  const version = parsed.data;
  (draft.statutes as Statute[]).push(version);
  const parties = draft.parties as Record<string, { periods: MembershipPeriod[] }>;
  for (const party of version.parties) ownSlot(parties, party.id, () => ({ periods: [] }));
  for (const id of version.membership.founding ?? []) {
    const record = ownSlot(parties, id, () => ({ periods: [] }));
    const memberThenOrLater = record.periods.some((p) => p.to === undefined || version.effectiveFrom < p.to);
    if (!memberThenOrLater) record.periods.push({ from: version.effectiveFrom });
  }
}

/** `statute-adopted`: a new version of the community's statute. @internal */
export const statuteAdoptedCase: Case<StatuteAdopted> = {
  validate: (state, event) => checkNextVersion(state, event.statute),
  mutate: (draft, event) => addVersion(draft, event.statute),
};
