/**
 * The route check: where a recommendation or advice a body adopted has travelled.
 *
 * @module
 */
import type { IsoDate } from '../../model/dates.js';
import type { BodyId } from '../../model/ids.js';
import type { Body, RecommendationRoute } from '../../model/statute.js';
import type { KnownCase } from '../resolveCase.js';
import type { ProposalRecord } from '../state.js';
import type { CheckOf } from './types.js';

/**
 * The route check, on a recommendation or advice its body adopted: `route.awaiting` (not passed
 * on yet; `next` is where it goes first), `route.via` (with the body it travels through, which
 * passes it on without making it its own decision) or `route.delivered` (with the body it is
 * for, on `at`). Never procedural: it says where the matter is, not whether it is valid.
 *
 * @example
 * ```ts
 * const route = report.checks.find((c): c is RouteCheck => c.id === 'route');
 * route?.code; // 'route.via'
 * ```
 * @category Assess
 */
export type RouteCheck = CheckOf<
  'route',
  'route.awaiting' | 'route.via' | 'route.delivered',
  {
    readonly to: BodyId;
    readonly via?: BodyId;
    readonly as: RecommendationRoute['as'];
    /** Where it goes next (awaiting) or where it lies (via, delivered). */
    readonly next: BodyId;
    readonly at?: IsoDate;
  }
>;

/**
 * The route of a body's recommendations: its mandate's `recommendsTo`, or else a recommendation
 * to the body it escalates to; `undefined` when the statute gives it nowhere to go. @internal
 */
export function routeOf(body: Body): RecommendationRoute | undefined {
  const route = body.mandate.recommendsTo;
  if (route !== undefined) return route;
  return body.escalatesTo === undefined
    ? undefined
    : { body: body.escalatesTo, as: 'recommendation', ref: body.mandate.ref };
}

/** The stops of a route, in order: `via` (if any), then the body it is for. */
function stopsOf(route: RecommendationRoute): BodyId[] {
  return route.via === undefined ? [route.body] : [route.via, route.body];
}

/**
 * The stop a recommendation goes to next, or `undefined` once it has reached the body it is for.
 * @internal
 */
export function nextStop(route: RecommendationRoute, proposal: ProposalRecord): BodyId | undefined {
  const reached = new Set((proposal.forwarded ?? []).map((f) => f.to));
  return stopsOf(route).find((stop) => !reached.has(stop));
}

/** The route check of an adopted recommendation or advice, or `undefined` when it has no route. @internal */
export function checkRoute({ body, proposal, asOf }: KnownCase): RouteCheck | undefined {
  const route = routeOf(body);
  if (route === undefined) return undefined;
  const stops = stopsOf(route);
  const passed = (proposal.forwarded ?? []).filter((f) => f.at <= asOf && stops.includes(f.to));
  const last = passed.at(-1);
  const base = { to: route.body, ...(route.via === undefined ? {} : { via: route.via }), as: route.as };
  const code =
    last === undefined ? 'route.awaiting' : last.to === route.body ? 'route.delivered' : 'route.via';
  return {
    id: 'route',
    ok: true,
    ref: route.ref,
    code,
    params: {
      ...base,
      next: last?.to ?? (stops[0] as BodyId),
      ...(last === undefined ? {} : { at: last.at }),
    },
  };
}
