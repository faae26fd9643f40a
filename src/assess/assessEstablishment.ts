/**
 * Whether enough kommuner have joined for the community to count as established.
 *
 * @module
 */

import { isPartyMember, type State, statuteAt } from '../engine/state.js';
import type { IsoDate } from '../model/dates.js';
import type { PartyId, Ref } from '../model/ids.js';
import type { Threshold } from '../model/rules.js';
import { requiredCount } from '../rules/fraction.js';
import { checkedAsOf } from './_inputOptions.js';

/**
 * The establishment report: of the kommuner the statute lists (`base`), how many have joined
 * (`got`), how many are `required` by the statute's threshold, which have `joined` and which
 * are still `notJoined`, and whether the threshold is `met`.
 *
 * @example
 * ```ts
 * const report = assessEstablishment(state, { asOf: '2023-12-31' });
 * report?.met; // false
 * report?.notJoined; // ['bindal', 'vega', …]
 * ```
 * @category Assess
 */
export interface EstablishmentReport {
  readonly ref: Ref;
  readonly threshold: Threshold;
  readonly asOf: IsoDate;
  readonly base: number;
  readonly required: number;
  readonly got: number;
  readonly missing: number;
  readonly met: boolean;
  readonly joined: readonly PartyId[];
  readonly notJoined: readonly PartyId[];
}

/**
 * Whether the community is established as of a date under its statute's `membership.establishment`
 * threshold (Helgeland: two thirds of the kommuner), counted over the kommuner the statute version
 * in force lists. Returns `undefined` when the statute states no such threshold. This is a pure
 * function.
 *
 * @throws {@link InputError} when `asOf` is not an ISO date that exists
 * @example
 * ```ts
 * const report = assessEstablishment(state);
 * if (report && !report.met) console.log(`${report.missing} more kommuner needed`);
 * ```
 * @category Assess
 */
export function assessEstablishment(
  state: State,
  options: { readonly asOf?: IsoDate } = {},
): EstablishmentReport | undefined {
  const asOf = checkedAsOf(options.asOf) ?? state.lastAt;
  const statute = statuteAt(state, asOf) ?? state.statutes[0];
  const rule = statute?.membership.establishment;
  if (statute === undefined || rule === undefined) return undefined;
  const kommuner = statute.parties.filter((p) => p.kind === 'kommune');
  const joined = kommuner.filter((k) => isPartyMember(state, k.id, asOf)).map((k) => k.id);
  const notJoined = kommuner.filter((k) => !joined.includes(k.id)).map((k) => k.id);
  const required = Math.max(1, requiredCount(rule.threshold, kommuner.length));
  return {
    ref: rule.ref,
    threshold: rule.threshold,
    asOf,
    base: kommuner.length,
    required,
    got: joined.length,
    missing: Math.max(0, required - joined.length),
    met: joined.length >= required,
    joined,
    notJoined,
  };
}
