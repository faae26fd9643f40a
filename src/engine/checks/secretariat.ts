/**
 * The secretariat check: does a minor matter the secretariat decided lie within what the body
 * lets it decide?
 *
 * @module
 */
import type { BodyId, MatterId } from '../../model/ids.js';
import type { KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The secretariat check of a decision the secretariat made on a body's behalf
 * ({@link SecretariatDelegation}): `secretariat.within` when the body lets it decide the matter
 * and the amount is within the limit; `secretariat.not-delegated` when the body lets it decide
 * no such matter; `secretariat.over-limit` when the amount is above the limit;
 * `secretariat.amount-unstated` when the delegation has a limit and the decision states no
 * amount to hold against it. Each failure makes the decision invalid.
 *
 * @example
 * ```ts
 * const check = report.checks.find((c): c is SecretariatCheck => c.id === 'secretariat');
 * if (check?.code === 'secretariat.over-limit') console.log(check.params.amount, check.params.maxAmount);
 * ```
 * @category Assess
 */
export type SecretariatCheck =
  | CheckOf<
      'secretariat',
      'secretariat.within',
      {
        readonly body: BodyId;
        readonly matter: MatterId;
        readonly amount?: number;
        readonly maxAmount?: number;
      }
    >
  | CheckOf<'secretariat', 'secretariat.not-delegated', { readonly body: BodyId; readonly matter: MatterId }>
  | CheckOf<
      'secretariat',
      'secretariat.over-limit',
      { readonly body: BodyId; readonly amount: number; readonly maxAmount: number }
    >
  | CheckOf<
      'secretariat',
      'secretariat.amount-unstated',
      { readonly body: BodyId; readonly maxAmount: number }
    >;

/**
 * The secretariat check of a case the secretariat decided, against the delegation of the body
 * in the statute version in force on the decision's date. @internal
 */
export function checkSecretariat({ body, matter, proposal }: KnownCase): SecretariatCheck {
  const delegated = body.secretariat;
  if (delegated === undefined || !delegated.matters.includes(matter.id))
    return {
      id: 'secretariat',
      ok: false,
      ref: delegated?.ref ?? body.ref,
      code: 'secretariat.not-delegated',
      params: { body: body.id, matter: matter.id },
    };
  const { maxAmount, ref } = delegated;
  const amount = proposal.amount;
  if (maxAmount !== undefined && amount === undefined)
    return {
      id: 'secretariat',
      ok: false,
      ref,
      code: 'secretariat.amount-unstated',
      params: { body: body.id, maxAmount },
    };
  if (maxAmount !== undefined && amount !== undefined && amount > maxAmount)
    return {
      id: 'secretariat',
      ok: false,
      ref,
      code: 'secretariat.over-limit',
      params: { body: body.id, amount, maxAmount },
    };
  return {
    id: 'secretariat',
    ok: true,
    ref,
    code: 'secretariat.within',
    params: {
      body: body.id,
      matter: matter.id,
      ...(amount === undefined ? {} : { amount }),
      ...(maxAmount === undefined ? {} : { maxAmount }),
    },
  };
}
