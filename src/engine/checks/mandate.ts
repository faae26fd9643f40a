/**
 * The mandate check: may the body decide this kind of matter?
 *
 * @module
 */
import type { BodyId, MatterId, ProposalId } from '../../model/ids.js';
import type { Tier } from '../../model/statute.js';
import type { CaseContext, KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The mandate check: the body decides the matter, may only recommend it, settles it after an
 * escalation from the body below, or has no mandate for it (ultra vires); a matter that commits
 * the parties decided below the partnerskapsmøte; or a body or matter that the statute version in
 * force on the meeting date no longer has.
 *
 * @example
 * ```ts
 * const mandate = report.checks.find((c): c is MandateCheck => c.id === 'mandate');
 * mandate?.code; // 'mandate.recommends'
 * ```
 * @category Assess
 */
export type MandateCheck =
  | CheckOf<
      'mandate',
      'mandate.decides' | 'mandate.recommends' | 'mandate.escalated' | 'mandate.outside',
      {
        readonly matter: MatterId;
        readonly body: BodyId;
        readonly from?: BodyId;
        readonly proposal?: ProposalId;
      }
    >
  | CheckOf<'mandate', 'mandate.commits-below-top', { readonly matter: MatterId; readonly tier: Tier }>
  | CheckOf<
      'mandate',
      'mandate.body-unknown' | 'mandate.matter-unknown',
      { readonly body: BodyId; readonly matter: MatterId; readonly version: string }
    >;

/** The mandate check of a case whose body or matter the version in force does not have. @internal */
export function checkUnknownMandate({ body, proposal, statute }: CaseContext): MandateCheck {
  return {
    id: 'mandate',
    ok: false,
    ref: statute.amendment.ref,
    code: body === undefined ? 'mandate.body-unknown' : 'mandate.matter-unknown',
    params: { body: proposal.body, matter: proposal.matter, version: statute.version },
  };
}

/**
 * The mandate check of a case. A case escalated from the body below, whose mandate covers the
 * matter, may be settled here. @internal
 */
export function checkMandate({ body, matter, source }: KnownCase): MandateCheck {
  const from = source?.body;
  const escalated =
    from !== undefined &&
    from.escalatesTo === body.id &&
    (from.mandate.decides.includes(matter.id) || from.mandate.recommends.includes(matter.id));
  const own = body.mandate.decides.includes(matter.id);
  const decides = own || escalated;
  const recommends = !decides && body.mandate.recommends.includes(matter.id);
  if (decides && matter.commits && body.tier !== 1) {
    return {
      id: 'mandate',
      ok: false,
      ref: matter.ref ?? body.mandate.ref,
      code: 'mandate.commits-below-top',
      params: { matter: matter.id, tier: body.tier },
    };
  }
  const settles = escalated && !own;
  return {
    id: 'mandate',
    ok: decides || recommends,
    ref: settles ? from.ref : body.mandate.ref,
    code: settles
      ? 'mandate.escalated'
      : decides
        ? 'mandate.decides'
        : recommends
          ? 'mandate.recommends'
          : 'mandate.outside',
    params: {
      matter: matter.id,
      body: body.id,
      ...(source === undefined ? {} : { from: source.proposal.body, proposal: source.proposal.id }),
    },
  };
}

/**
 * Whether the mandate makes the case a decision of its body or only a recommendation upward
 * (a matter outside the mandate counts as a recommendation). @internal
 */
export function kindOf(mandate: MandateCheck): 'decision' | 'recommendation' {
  return mandate.code === 'mandate.recommends' || mandate.code === 'mandate.outside'
    ? 'recommendation'
    : 'decision';
}
