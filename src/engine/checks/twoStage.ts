/**
 * The two-stage check: was a case that the statute has decided in two stages first discussed
 * before the meeting that decided it?
 *
 * @module
 */
import type { IsoDate } from '../../model/dates.js';
import type { BodyId, MatterId, MeetingId } from '../../model/ids.js';
import type { FirstStage } from '../../model/statute.js';
import type { HeldCase } from '../resolveCase.js';
import type { FirstStageRecord } from '../state.js';
import type { CheckOf } from './types.js';

/**
 * Who held a first stage: the deciding body itself at an earlier meeting, the secretariat, or
 * another body (by its id).
 *
 * @example
 * ```ts
 * const by: FirstStageBy = 'secretariat';
 * ```
 * @category Assess
 */
export type FirstStageBy = 'same-body' | 'secretariat' | BodyId;

/**
 * The two-stage check (drøfting, then vedtak), for a case whose body decides its matter in two
 * stages ({@link TwoStageRule}): `two-stage.held` names the first stage that counts (the oldest
 * one before the deciding meeting, by an organ the rule allows); `two-stage.missing` says that
 * no first stage was held before the deciding meeting (the case was decided at the meeting where
 * it was first tabled); `two-stage.not-allowed` that the first stages on record were held by
 * organs the rule does not allow. Both failures make the case invalid.
 *
 * @example
 * ```ts
 * const check = report.checks.find((c): c is TwoStageCheck => c.id === 'two-stage');
 * if (check?.code === 'two-stage.missing') console.log(`${check.params.matter} needs a first stage`);
 * ```
 * @category Assess
 */
export type TwoStageCheck =
  | CheckOf<
      'two-stage',
      'two-stage.held',
      {
        readonly by: FirstStageBy;
        readonly date: IsoDate;
        readonly meeting?: MeetingId;
        readonly decidedAt: MeetingId;
      }
    >
  | CheckOf<
      'two-stage',
      'two-stage.missing' | 'two-stage.not-allowed',
      {
        readonly matter: MatterId;
        readonly decidedAt: MeetingId;
        readonly date: IsoDate;
        /** Who may hold the first stage. */
        readonly allowed: readonly FirstStageBy[];
        /** Who held the first stages on record before the deciding meeting. */
        readonly heldBy: readonly FirstStageBy[];
      }
    >;

const defaultStages: readonly FirstStage[] = [{ kind: 'same-body' }];

function byOf(stage: FirstStage): FirstStageBy {
  return stage.kind === 'body' ? stage.body : stage.kind;
}

function heldByOf(record: FirstStageRecord, body: BodyId): FirstStageBy {
  if ('by' in record) return 'secretariat';
  return record.body === body ? 'same-body' : record.body;
}

/** The two-stage check of a case, where its body has a two-stage rule for its matter. @internal */
export function checkTwoStage({ body, matter, proposal, meeting }: HeldCase): TwoStageCheck | undefined {
  const rule = body.twoStage;
  if (rule === undefined || !rule.matters.includes(matter.id)) return undefined;
  const allowed = (rule.firstStage ?? defaultStages).map(byOf);
  const before = (proposal.firstStages ?? []).filter((r) => r.date < proposal.date);
  const held = before.find((r) => allowed.includes(heldByOf(r, body.id)));
  const base = { id: 'two-stage', ref: rule.ref } as const;
  if (held !== undefined) {
    return {
      ...base,
      ok: true,
      code: 'two-stage.held',
      params: {
        by: heldByOf(held, body.id),
        date: held.date,
        ...('meeting' in held ? { meeting: held.meeting } : {}),
        decidedAt: meeting.id,
      },
    };
  }
  const heldBy = [...new Set(before.map((r) => heldByOf(r, body.id)))];
  return {
    ...base,
    ok: false,
    code: heldBy.length === 0 ? 'two-stage.missing' : 'two-stage.not-allowed',
    params: { matter: matter.id, decidedAt: meeting.id, date: proposal.date, allowed, heldBy },
  };
}
