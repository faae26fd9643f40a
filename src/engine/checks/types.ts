/**
 * The shape every check of a case shares.
 *
 * @module
 */
import type { Ref } from '../../model/ids.js';

/**
 * One check of a decision, passed or not: what it is about (`id`), `ok`, the `ref` of the
 * statute section it rests on, a stable `code` and the typed `params` that carry the numbers.
 * Every check of a report is one of these, a union on `code`.
 *
 * @example
 * ```ts
 * type Notice = CheckOf<'notice', 'notice.ok' | 'notice.short', { readonly days: number }>;
 * ```
 * @category Assess
 */
export interface CheckOf<I extends string, C extends string, P> {
  readonly id: I;
  readonly ok: boolean;
  readonly ref: Ref;
  readonly code: C;
  readonly params: P;
}
