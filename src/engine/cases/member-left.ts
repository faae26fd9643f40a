import { trieGet } from '../_trie.js';
import type { MemberLeft } from '../events.js';
import { reason } from '../reasons.js';
import { getMember, statuteAt } from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { substituteTenure } from '../substitutes.js';
import { type Case, tenureOn } from './_case.js';
import { rewritesMembers } from './_record.js';

/** `member-left`: a member (or a vara) leaves a body. @internal */
export const memberLeftCase: Case<MemberLeft> = {
  validate(state, event) {
    const body = bodyOf(statuteAt(state, event.at), event.body);
    if (body === undefined) return [reason('body.unknown', { body: event.body })];
    if (
      tenureOn(state, body, event.member, event.at) === undefined &&
      substituteTenure(getMember(state, event.member), body, event.at) === undefined
    ) {
      return [reason('member.not-seated', { member: event.member, body: body.id })];
    }
    return rewritesMembers(state, body.id, event.at);
  },
  mutate(draft, event) {
    const member = trieGet(draft.members, event.member) as unknown as {
      tenures: { body: string; from: string; to?: string }[];
    };
    const tenure = member.tenures.find(
      (t) => t.body === event.body && t.from <= event.at && (t.to === undefined || event.at < t.to),
    );
    if (tenure !== undefined) tenure.to = event.at;
    // A vara leaves the body's vara arrangement the same way.
    const vara = (
      member as { substitutions?: { body: string; from: string; to?: string }[] }
    ).substitutions?.find(
      (t) => t.body === event.body && t.from <= event.at && (t.to === undefined || event.at < t.to),
    );
    if (vara !== undefined) vara.to = event.at;
  },
};
