/**
 * Guidance checks on a statute: what the national guidance and the communities' own practice
 * advise, apart from the issues that make a statute invalid.
 *
 * @module
 */
import type { Bloc, Statute } from '../model/statute.js';
import { lintMessages, lintSources } from './_lintText.js';
import { type BodyView, readBodies } from './_readBodies.js';
import type {
  StatuteWarning,
  StatuteWarningCode,
  StatuteWarningOf,
  StatuteWarningParams,
} from './warnings.js';

const blocs: readonly Bloc[] = ['kommunesiden', 'helseforetakssiden'];

function warning<C extends StatuteWarningCode>(
  code: C,
  body: BodyView,
  params: StatuteWarningParams[C],
): StatuteWarningOf<C> {
  return {
    code,
    path: ['bodies', body.index],
    params,
    message: lintMessages[code](params),
    source: lintSources[code],
  };
}

function hasRole(body: BodyView, role: string): boolean {
  return body.seats.some((seat) => seat.role === role && seat.count > 0);
}

/** The tiers 1–3 at which no body has a fastlege seat (a tier without bodies is not one). */
function tiersWithoutFastlege(bodies: readonly BodyView[]): ReadonlySet<number> {
  const withBodies = new Set<number>(bodies.map((b) => b.tier));
  const withFastlege = new Set<number>(bodies.filter((b) => hasRole(b, 'fastlege')).map((b) => b.tier));
  return new Set([1, 2, 3].filter((tier) => withBodies.has(tier) && !withFastlege.has(tier)));
}

function votingSeats(body: BodyView, bloc: Bloc): number {
  return body.seats.filter((s) => s.votes && s.bloc === bloc).reduce((n, s) => n + s.count, 0);
}

/** The warnings about one body's seats, in the order of the codes. */
function seatWarnings(body: BodyView, noFastlege: ReadonlySet<number>): StatuteWarning[] {
  const out: StatuteWarning[] = [];
  if (body.tier !== 4 && noFastlege.has(body.tier)) {
    out.push(warning('lint.no-fastlege', body, { body: body.id, tier: body.tier }));
  }
  if (!hasRole(body, 'bruker')) out.push(warning('lint.no-bruker', body, { body: body.id, tier: body.tier }));
  if (body.tier === 2) {
    const kommunesiden = votingSeats(body, 'kommunesiden');
    const helseforetakssiden = votingSeats(body, 'helseforetakssiden');
    if (kommunesiden !== helseforetakssiden) {
      out.push(warning('lint.ssu-parity', body, { body: body.id, kommunesiden, helseforetakssiden }));
    }
  }
  for (const bloc of blocs) {
    const seats = body.seats.filter((s) => s.bloc === bloc && s.count > 0);
    if (seats.length > 0 && !seats.some((s) => s.votes)) {
      const places = seats.reduce((n, s) => n + s.count, 0);
      out.push(warning('lint.bloc-without-votes', body, { body: body.id, bloc, seats: places }));
    }
  }
  return out;
}

/** The bodies a body's matters go on to: where it escalates, and where its recommendations travel. */
function linksOf(body: BodyView): string[] {
  return body.escalatesTo === undefined ? [...body.routeTo] : [body.escalatesTo, ...body.routeTo];
}

/**
 * Whether `body` is cut off from the structure: neither its `escalatesTo` nor the route of its
 * recommendations (`via`, `body`) names another body of the statute, and no other body's
 * escalation or route names it (an arbeidsutvalg that advice only travels through is reached).
 * A path reaches a body exactly when its last step does, so looking one step back is enough.
 */
function isCutOff(body: BodyView, bodies: readonly BodyView[]): boolean {
  const others = bodies.filter((b) => b.index !== body.index && b.id !== body.id);
  const own = linksOf(body);
  const goes = others.some((b) => own.includes(b.id));
  const reached = others.some((b) => linksOf(b).includes(body.id));
  return !goes && !reached;
}

/**
 * The guidance a statute does not follow, as typed warnings, each with the path of the body it
 * is about, an English message and the source of the guidance:
 *
 * - `lint.no-fastlege`: no body at one of the tiers 1–3 has a fastlege seat (one warning per
 *   body of that tier; a tier the statute has no body at is not warned about);
 * - `lint.no-bruker`: a body, at any tier, has no bruker seat;
 * - `lint.ssu-parity`: an SSU (tier 2) has more voting seats on one side than on the other;
 * - `lint.bloc-without-votes`: a bloc has seats on a body but none with the right to vote;
 * - `lint.unreachable-body`: a body below tier 1 escalates nowhere and recommends to no body, and
 *   no body escalates or recommends to it (or sends its advice through it).
 *
 * A seat counts when its `count` is positive, whatever its rights; sides are read from `bloc`
 * only, as the decision and quorum rules read them. The warnings come in the order of the
 * bodies, and for each body in the order above. A warning never makes a statute invalid; see
 * docs/lint.md for each check and its source.
 *
 * This is a pure function: it never changes its input, and never throws, even for a value that
 * is not a valid statute (what it cannot read as a body or a seat is left out).
 *
 * @param statute - the statute, best one that {@link parseStatute} returned
 * @returns every warning, or an empty array
 * @example
 * ```ts
 * import { formatPath, lintStatute, presets } from 'helsefellesskap';
 * for (const w of lintStatute(presets.vestfold)) {
 *   console.log(`${formatPath(w.path)}: ${w.message} (${w.source.citation})`);
 * }
 * ```
 * @category Statute
 */
export function lintStatute(statute: Statute): StatuteWarning[] {
  const bodies = readBodies(statute);
  const noFastlege = tiersWithoutFastlege(bodies);
  return bodies.flatMap((body) => {
    const out = seatWarnings(body, noFastlege);
    if (body.tier !== 1 && isCutOff(body, bodies)) {
      out.push(warning('lint.unreachable-body', body, { body: body.id, tier: body.tier }));
    }
    return out;
  });
}
