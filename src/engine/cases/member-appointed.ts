import { ownSlot, setOwn } from '../../model/_own.js';
import { isValidId } from '../../model/ids.js';
import { trieGet, trieSet } from '../_trie.js';
import type { MemberAppointed } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { type MemberRecord, seatedMembers, statuteAt, type Tenure } from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import { areaOf, areaReasons, electionReasons } from './_appointment.js';
import type { Case } from './_case.js';
import { rewritesMembers } from './_record.js';

/**
 * `member-appointed`: a person takes a seat on a body. A seat of an area is filled by a kommune
 * of the area, appointed by the area's authority when it states one; an appointment by election
 * must carry a vote that elects. @internal
 */
export const memberAppointedCase: Case<MemberAppointed> = {
  validate(state, event) {
    if (!isValidId(event.member))
      return [reason('event.invalid-id', { field: 'member', value: event.member })];
    const statute = statuteAt(state, event.at);
    if (statute === undefined) return [reason('statute.no-version', { date: event.at })];
    const body = bodyOf(statute, event.body);
    if (body === undefined) return [reason('body.unknown', { body: event.body, version: statute.version })];
    const seat = body.seats.find((s) => s.id === event.seat);
    if (seat === undefined) return [reason('seat.unknown', { body: body.id, seat: event.seat }, body.ref)];
    const ref = seat.ref ?? body.ref;
    const reasons: Reason[] = rewritesMembers(state, body.id, event.at);
    if (event.party !== undefined) {
      const party = statute.parties.find((p) => p.id === event.party);
      if (party === undefined) reasons.push(reason('party.unknown', { party: event.party }));
      else if (
        (seat.party !== undefined && seat.party !== party.id) ||
        (seat.party === undefined && party.kind !== seat.role)
      ) {
        reasons.push(
          reason(
            'seat.wrong-party',
            {
              seat: seat.id,
              party: party.id,
              role: seat.role,
              ...(seat.party === undefined ? {} : { seatParty: seat.party }),
            },
            ref,
          ),
        );
      }
    }
    const area = areaOf(statute, seat);
    if (area !== undefined) reasons.push(...areaReasons(seat, area, event));
    const authority = seat.appointedBy ?? area?.appointedBy;
    if (authority !== undefined && event.appointedBy !== undefined && authority !== event.appointedBy) {
      reasons.push(
        reason(
          'seat.wrong-authority',
          { seat: seat.id, expected: authority, got: event.appointedBy },
          seat.appointedBy === undefined ? (area?.ref ?? ref) : ref,
        ),
      );
    }
    reasons.push(...electionReasons(statute, seat, event));
    const holders = seatedMembers(state, body.id, event.at);
    if (holders.some(({ member }) => member.id === event.member)) {
      reasons.push(reason('member.already-seated', { member: event.member, body: body.id }));
    } else if (holders.filter(({ tenure }) => tenure.seat === seat.id).length >= seat.count) {
      reasons.push(reason('seat.full', { body: body.id, seat: seat.id, count: seat.count }, ref));
    }
    return reasons;
  },
  mutate(draft, event, base) {
    const statute = statuteAt(base, event.at);
    const seat = bodyOf(statute, event.body)?.seats.find((s) => s.id === event.seat);
    const party = seat?.party ?? event.party;
    const tenure: Tenure = {
      body: event.body,
      seat: event.seat,
      ...(party === undefined ? {} : { party }),
      ...(event.appointedBy === undefined ? {} : { appointedBy: event.appointedBy }),
      from: event.at,
    };
    const existing = trieGet(draft.members, event.member) as
      | (MemberRecord & { tenures: Tenure[]; name?: string })
      | undefined;
    if (existing === undefined) {
      const record: MemberRecord = {
        id: event.member,
        ...(event.name === undefined ? {} : { name: event.name }),
        tenures: [tenure],
      };
      trieSet<MemberRecord>(draft.members, event.member, record);
    } else {
      existing.tenures.push(tenure);
      if (event.name !== undefined) existing.name = event.name;
    }
    const index = draft.bodyMembers as Record<string, Record<string, true>>;
    setOwn(
      ownSlot(index, event.body, () => ({})),
      event.member,
      true,
    );
  },
};
