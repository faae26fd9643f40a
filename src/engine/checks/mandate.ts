/**
 * The mandate check: may the body decide this kind of matter?
 *
 * @module
 */
import type { BodyId, MatterId, ProposalId } from '../../model/ids.js';
import type { Body, Tier } from '../../model/statute.js';
import type { CaseContext, KnownCase } from '../resolveCase.js';
import type { CheckOf } from './types.js';

/**
 * The mandate check: the body decides the matter, may only recommend it, settles it after an
 * escalation from the body below (where the statute names it as the place disputes are settled),
 * or has no mandate for it (ultra vires); a matter that commits
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
 * matter, is settled here when the body decides that kind of matter itself, or when the statute
 * names it as the place where disputes are settled (`mandate.settlesDisputes`); otherwise the
 * body may only recommend it on, or has no mandate for it. @internal
 */
export function checkMandate({ body, matter, source }: KnownCase): MandateCheck {
  const from = source?.body;
  const escalated =
    from !== undefined &&
    from.escalatesTo === body.id &&
    (from.mandate.decides.includes(matter.id) || from.mandate.recommends.includes(matter.id));
  const own = body.mandate.decides.includes(matter.id);
  const settlement = escalated && !own ? body.mandate.settlesDisputes : undefined;
  const decides = own || settlement !== undefined;
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
  return {
    id: 'mandate',
    ok: decides || recommends,
    ref: settlement?.ref ?? body.mandate.ref,
    code:
      settlement !== undefined
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
 * What a case of the body produces, by its mandate check: a `decision` of its own, or, on a
 * matter it only recommends (or has no mandate for), a `recommendation` or `advice`, as its
 * mandate's route says (a recommendation when it states none).
 *
 * @example
 * ```ts
 * const kind: CaseKind = 'advice';
 * ```
 * @category Assess
 */
export type CaseKind = 'decision' | 'recommendation' | 'advice';

/** What a case produces, by its mandate check and its body. @internal */
export function kindOf(mandate: MandateCheck, body: Body): CaseKind {
  if (mandate.code !== 'mandate.recommends' && mandate.code !== 'mandate.outside') return 'decision';
  return body.mandate.recommendsTo?.as === 'advice' ? 'advice' : 'recommendation';
}
