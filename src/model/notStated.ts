/**
 * A value the statute's sources do not state.
 *
 * @module
 */
import type { Ref } from './ids.js';

/**
 * A rule the statute does not state: its sources are silent, and the library checks nothing
 * against an invented number. Distinct from an assumption, which is a number chosen where the
 * sources are silent and marked in the section it cites. `ref` names the section that says what
 * was looked for.
 *
 * @example
 * ```ts
 * const quorum: NotStated = { kind: 'not-stated', ref: 'vedtaksførhet' };
 * ```
 * @category Model
 */
export interface NotStated {
  readonly kind: 'not-stated';
  readonly ref: Ref;
}

/**
 * Whether a rule or number is {@link NotStated} by the statute.
 *
 * @example
 * ```ts
 * import { isNotStated, presets } from 'helsefellesskap';
 * const pm = presets.vestfold.bodies[0];
 * isNotStated(pm.noticeDays); // true: the agreement's text was not available
 * ```
 * @category Model
 */
export function isNotStated(value: unknown): value is NotStated {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'not-stated';
}
