import { own, ownSlot, setOwn } from '../../model/_own.js';
import { isValidId } from '../../model/ids.js';
import type { Body, Seat, Statute, SubstitutionRule } from '../../model/statute.js';
import { trieGet, trieSet } from '../_trie.js';
import type { SubstituteAppointed } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { getMember, type MemberRecord, type State, type SubstituteTenure, statuteAt } from '../state.js';
import { bodyOf, seatOf } from '../statuteIndex.js';
import { listOf, seatTenure, substituteTenure } from '../substitutes.js';
import type { Case } from './_case.js';

/** Every person ever made a vara on a body. @internal */
export function substitutesOf(state: State, body: string): string[] {
  return Object.keys(own(state.bodySubstitutes, body) ?? {}).sort();
}

/** Why the vara's place does not fit a personal rule: `for` must name a member holding the seat. */
function personalReasons(state: State, event: SubstituteAppointed, body: Body, ref: string): Reason[] {
  if (event.for === undefined || event.rank !== undefined)
    return [reason('substitute.personal', { body: body.id, member: event.member }, ref)];
  const tenure = seatTenure(getMember(state, event.for), body, event.at);
  return tenure?.seat === event.seat
    ? []
    : [reason('substitute.for-not-seated', { member: event.for, seat: event.seat, body: body.id }, ref)];
}

/** Why the vara's place does not fit an ordered rule: a rank, unique on its list. */
function orderedReasons(
  state: State,
  event: SubstituteAppointed,
  body: Body,
  seat: Seat,
  rule: SubstitutionRule,
): Reason[] {
  if (event.rank === undefined || event.for !== undefined)
    return [reason('substitute.ordered', { body: body.id, member: event.member }, rule.ref)];
  if (
    rule.kind === 'ordered' &&
    rule.per === 'party' &&
    seat.party === undefined &&
    event.party === undefined
  )
    return [reason('seat.party-required', { seat: seat.id }, rule.ref)];
  const list = listOf(rule, seat, event.party);
  for (const id of substitutesOf(state, body.id)) {
    const held = substituteTenure(getMember(state, id), body, event.at);
    const heldSeat = held === undefined ? undefined : seatOf(body, held.seat);
    if (held?.rank === event.rank && heldSeat !== undefined && listOf(rule, heldSeat, held.party) === list)
      return [
        reason('substitute.rank-taken', { body: body.id, list, rank: event.rank, holder: id }, rule.ref),
      ];
  }
  return [];
}

function bodyAndSeat(
  statute: Statute,
  event: SubstituteAppointed,
): { body: Body; seat: Seat; rule: SubstitutionRule } | { reasons: Reason[] } {
  const body = bodyOf(statute, event.body);
  if (body === undefined)
    return { reasons: [reason('body.unknown', { body: event.body, version: statute.version })] };
  if (body.substitutes === undefined)
    return { reasons: [reason('substitute.not-provided', { body: body.id }, body.ref)] };
  const seat = seatOf(body, event.seat);
  if (seat === undefined)
    return { reasons: [reason('seat.unknown', { body: body.id, seat: event.seat }, body.ref)] };
  return { body, seat, rule: body.substitutes };
}

/**
 * `substitute-appointed`: a person is made a vara on a body for a seat class, under the body's
 * vara rule (`substitutes`). A vara is not a member and holds no seat. @internal
 */
export const substituteAppointedCase: Case<SubstituteAppointed> = {
  validate(state, event) {
    if (!isValidId(event.member))
      return [reason('event.invalid-id', { field: 'member', value: event.member })];
    const statute = statuteAt(state, event.at);
    if (statute === undefined) return [reason('statute.no-version', { date: event.at })];
    const found = bodyAndSeat(statute, event);
    if ('reasons' in found) return found.reasons;
    const { body, seat, rule } = found;
    if (event.party !== undefined && !statute.parties.some((p) => p.id === event.party))
      return [reason('party.unknown', { party: event.party })];
    const record = getMember(state, event.member);
    if (seatTenure(record, body, event.at) !== undefined)
      return [reason('substitute.is-member', { member: event.member, body: body.id }, rule.ref)];
    if (substituteTenure(record, body, event.at) !== undefined)
      return [reason('substitute.already-appointed', { member: event.member, body: body.id }, rule.ref)];
    return rule.kind === 'personal'
      ? personalReasons(state, event, body, rule.ref)
      : orderedReasons(state, event, body, seat, rule);
  },
  mutate(draft, event) {
    const tenure: SubstituteTenure = {
      body: event.body,
      seat: event.seat,
      ...(event.party === undefined ? {} : { party: event.party }),
      ...(event.for === undefined ? {} : { for: event.for }),
      ...(event.rank === undefined ? {} : { rank: event.rank }),
      from: event.at,
    };
    const existing = trieGet(draft.members, event.member) as
      | (MemberRecord & { substitutions?: SubstituteTenure[]; name?: string })
      | undefined;
    if (existing === undefined) {
      const record: MemberRecord = {
        id: event.member,
        ...(event.name === undefined ? {} : { name: event.name }),
        tenures: [],
        substitutions: [tenure],
      };
      trieSet<MemberRecord>(draft.members, event.member, record);
    } else {
      existing.substitutions ??= [];
      existing.substitutions.push(tenure);
      if (event.name !== undefined) existing.name = event.name;
    }
    draft.bodySubstitutes ??= {};
    const index = draft.bodySubstitutes as Record<string, Record<string, true>>;
    setOwn(
      ownSlot(index, event.body, () => ({})),
      event.member,
      true,
    );
  },
};
