/**
 * The leadership check: who chaired the meeting, in which role, and whether the leder is from
 * the side (or party) the statute's leadership rule says should lead on the meeting date.
 *
 * @module
 */
import type { IsoDate } from '../../model/dates.js';
import type { MemberId, PartyId } from '../../model/ids.js';
import type { Bloc } from '../../model/statute.js';
import { type LeaderInOffice, type LeadershipOnDate, leadershipOn } from '../leadership.js';
import type { HeldCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * In which role the chair (møteleder) chaired: as `leder`, as `nestleder`, as someone `other`
 * than either, or `none` (no chair recorded).
 *
 * @example
 * ```ts
 * const as: ChairedAs = 'nestleder';
 * ```
 * @category Assess
 */
export type ChairedAs = 'leder' | 'nestleder' | 'other' | 'none';

/**
 * The leadership check. It fails (`ok: false`) for a leder from the side that should not lead
 * (`leadership.wrong-side`), a leder from the right side but not the party whose turn it is
 * (`leadership.wrong-party`), a leder and nestleder from the same side where they must come from
 * opposite sides (`leadership.same-side`), or a meeting chaired by someone who is neither leder
 * nor nestleder while one of them was there, or by the nestleder while the leder was
 * (`leadership.chair-not-leader`). It passes when the leder chaired (`leadership.ok`), the
 * nestleder stood in for a leder who was absent or not in office
 * (`leadership.deputy-standing-in`), someone else chaired with both away
 * (`leadership.acting-chair`), or no chair is recorded (`leadership.no-chair`). A failed
 * leadership check never makes a decision invalid: it is flagged, not counted as procedural.
 *
 * @example
 * ```ts
 * const leadership = report.checks.find((c): c is LeadershipCheck => c.id === 'leadership');
 * if (leadership?.code === 'leadership.wrong-side') console.log(leadership.params.expectedBloc);
 * ```
 * @category Assess
 */
export type LeadershipCheck = CheckOf<
  'leadership',
  | 'leadership.ok'
  | 'leadership.deputy-standing-in'
  | 'leadership.acting-chair'
  | 'leadership.no-chair'
  | 'leadership.wrong-side'
  | 'leadership.wrong-party'
  | 'leadership.same-side'
  | 'leadership.chair-not-leader',
  {
    readonly date: IsoDate;
    readonly chair?: MemberId;
    readonly chairedAs: ChairedAs;
    readonly expectedBloc?: Bloc;
    readonly expectedParty?: PartyId;
    readonly periodFrom?: IsoDate;
    readonly periodTo?: IsoDate;
    readonly leder?: MemberId;
    readonly lederBloc?: Bloc;
    readonly lederParty?: PartyId;
    readonly lederPresent: boolean;
    readonly nestleder?: MemberId;
    readonly nestlederBloc?: Bloc;
    readonly nestlederPresent: boolean;
  }
>;

type Params = LeadershipCheck['params'];

/** The params that describe the rule and the members in office. */
function describe(on: LeadershipOnDate, present: (m: MemberId) => boolean, chair: MemberId | undefined) {
  const { expected, leder, nestleder } = on;
  const chairedAs: ChairedAs =
    chair === undefined
      ? 'none'
      : chair === leder?.member
        ? 'leder'
        : chair === nestleder?.member
          ? 'nestleder'
          : 'other';
  const opt = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
  const params: Params = {
    date: on.date,
    ...opt('chair', chair),
    chairedAs,
    ...opt('expectedBloc', expected?.bloc),
    ...opt('expectedParty', expected?.party),
    ...opt('periodFrom', expected?.period?.from),
    ...opt('periodTo', expected?.period?.to),
    ...opt('leder', leder?.member),
    ...opt('lederBloc', leder?.bloc),
    ...opt('lederParty', leder?.party),
    lederPresent: leder !== undefined && present(leder.member),
    ...opt('nestleder', nestleder?.member),
    ...opt('nestlederBloc', nestleder?.bloc),
    nestlederPresent: nestleder !== undefined && present(nestleder.member),
  };
  return params;
}

/** The code of a check: the rule first (side, party, opposite sides), then who chaired. */
function codeOf(on: LeadershipOnDate, leder: LeaderInOffice | undefined, p: Params): LeadershipCheck['code'] {
  const { expected, nestleder } = on;
  if (expected !== undefined && leder !== undefined && leder.bloc !== expected.bloc)
    return 'leadership.wrong-side';
  if (expected?.party !== undefined && leder !== undefined && leder.party !== expected.party)
    return 'leadership.wrong-party';
  if (on.oppositeBlocs && leder?.bloc !== undefined && leder.bloc === nestleder?.bloc)
    return 'leadership.same-side';
  switch (p.chairedAs) {
    case 'none':
      return 'leadership.no-chair';
    case 'leder':
      return 'leadership.ok';
    case 'nestleder':
      return p.lederPresent ? 'leadership.chair-not-leader' : 'leadership.deputy-standing-in';
    default:
      return p.lederPresent || p.nestlederPresent ? 'leadership.chair-not-leader' : 'leadership.acting-chair';
  }
}

const failing: ReadonlySet<LeadershipCheck['code']> = new Set([
  'leadership.wrong-side',
  'leadership.wrong-party',
  'leadership.same-side',
  'leadership.chair-not-leader',
]);

/**
 * The leadership check of a case, or `undefined` where there is nothing to judge it by: no
 * leder or nestleder on record for the body on the meeting date, and no rule that says which
 * side should lead then. @internal
 */
export function checkLeadership(context: HeldCase): LeadershipCheck | undefined {
  const { state, body, meeting } = context;
  const on = leadershipOn(state, body.id, meeting.date);
  if (on === undefined) return undefined;
  if (on.expected === undefined && on.leder === undefined && on.nestleder === undefined) return undefined;
  const entries = context.roll.entries;
  const present = (member: MemberId) =>
    entries.some((e) => e.member === member && (e.present || e.vote !== undefined));
  const params = describe(on, present, meeting.chair);
  const code = codeOf(on, on.leder, params);
  return { id: 'leadership', ok: !failing.has(code), ref: on.ref, code, params };
}
