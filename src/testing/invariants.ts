/**
 * Invariants every reachable state must satisfy.
 *
 * @module
 */
import { assessAll } from '../assess/assess.js';
import { trieValues } from '../engine/_trie.js';
import { latestVedtak } from '../engine/ratificationStatus.js';
import { getMeeting, getMember, getProposal, isPartyMember, type State, statuteAt } from '../engine/state.js';
import { bodyOf } from '../engine/statuteIndex.js';
import { standingIn } from '../engine/substitutes.js';
import { caseInvariants } from './_caseInvariants.js';
import { structureInvariants } from './_structureInvariants.js';

/**
 * A broken invariant: which one, and where.
 *
 * @example
 * ```ts
 * const violation: Violation = { invariant: 'votes-by-seated-members', detail: 'case-1: stranger' };
 * ```
 * @category Testing
 */
export interface Violation {
  readonly invariant: string;
  readonly detail: string;
}

/** Whether a value is a plain array, or an object whose prototype is `Object`'s or none. */
function plain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}

/** Whether `a` (parsed from JSON) holds what `b` does, and `b` is plain data (no Map, Set, class). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || !plain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function firstUnfrozen(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Object.isFrozen(value)) return path;
  for (const key of Object.keys(value)) {
    const found = firstUnfrozen((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The statuses only a decision can have. */
const decisionStatuses = new Set(['adopted', 'pending-ratification', 'in-force', 'lapsed']);

/**
 * The invariants, each a function from a state to its violations:
 * - `json`: the state equals its JSON round-trip (plain data: no Map, Date, undefined, class);
 * - `frozen`: every object in the state is frozen;
 * - `votes-by-seated-members`: every vote was cast by a member seated on the case's body on the
 *   meeting date;
 * - `known-parties`: every ratification is by a party of the statute, at most one history per party;
 * - `binds-adopters`: under `binds-ratifiers`, a decision binds only parties whose latest vedtak
 *   adopted it, and never a party that is not a member;
 * - `binds-per-party`: under `per-party`, a decision binds a member exactly when its latest vedtak
 *   and every helseforetak's (by the deadline, if there is one) adopted it, whatever the others
 *   did, and then binds the helseforetak too;
 * - `statutes-ordered`: statute versions in order of `effectiveFrom`, no two on the same day;
 * - `votes-within-seats`: no case has more votes than its body has seats;
 * - `escalation-lies-once`: an escalated case is continued by at most one case, at the body it
 *   went to, and that case names it as its source (and the other way round);
 * - `advice-never-binds`: a recommendation or advice binds no one, has no decision's status
 *   (adopted, pending, in force, lapsed) and no ratification recorded against it;
 * - `phase-dates`: an open case has no conclusion or withdrawal date, a concluded one its
 *   conclusion on or after its date, a withdrawn one its withdrawal;
 * - `open-cases-untouched`: an open case has no vedtak, escalation, forwarding or statement;
 * - `vedtak-after-decision`: vedtak lie only on concluded cases, dated on or after the conclusion;
 * - `vedtak-on-valid-decisions`: a case with vedtak recorded is a valid decision (no vedtak on a
 *   decision outside its body's mandate, a failed one, or a recommendation);
 * - `agenda-lists-cases`: every case put to a meeting is on its agenda, every item a case;
 * - `attendance-by-members`: everyone recorded present at a meeting held a seat on its body on
 *   the day, or stood in as vara;
 * - `secretariat-decides-alone`: a case has no meeting exactly when the secretariat decided it,
 *   and then has no votes or recusals and was concluded as made;
 * - `tenures-disjoint`: a member's tenures on a body never overlap;
 * - `periods-disjoint`: a party's membership periods never overlap;
 * - `seq-unique`: every case has its own sequence number, below the state's.
 *
 * @example
 * ```ts
 * invariants.frozen(state); // [] when every object is frozen
 * ```
 * @category Testing
 */
export const invariants: Readonly<Record<string, (state: State) => Violation[]>> = {
  json: (state) => {
    let text: string;
    try {
      text = JSON.stringify(state);
    } catch (error) {
      // A bigint or a cycle: JSON cannot write the state at all.
      return [
        { invariant: 'json', detail: `the state cannot be written as JSON: ${(error as Error).message}` },
      ];
    }
    return jsonEqual(JSON.parse(text), state)
      ? []
      : [{ invariant: 'json', detail: 'the state changes through JSON' }];
  },
  frozen: (state) => {
    const path = firstUnfrozen(state, 'state');
    return path === undefined ? [] : [{ invariant: 'frozen', detail: path }];
  },
  'votes-by-seated-members': (state) => {
    const out: Violation[] = [];
    for (const proposal of trieValues(state.proposals)) {
      const votes = Object.keys(proposal.votes).length;
      // A decision the secretariat made has no meeting, and so no one to vote on it.
      const meeting = proposal.meeting === undefined ? undefined : getMeeting(state, proposal.meeting);
      if (meeting === undefined) {
        if (proposal.meeting !== undefined || votes > 0)
          out.push({
            invariant: 'votes-by-seated-members',
            detail: `${proposal.id}: no meeting ${proposal.meeting ?? '(secretariat)'}`,
          });
        continue;
      }
      const body = bodyOf(statuteAt(state, meeting.date), proposal.body);
      for (const member of Object.keys(proposal.votes)) {
        const seated =
          getMember(state, member)?.tenures.some(
            (t) =>
              t.body === proposal.body &&
              t.from <= meeting.date &&
              (t.to === undefined || meeting.date < t.to),
          ) === true ||
          // a vara standing in for a member at the meeting holds that member's seat
          (body !== undefined && standingIn(state, body, member, meeting) !== undefined);
        if (!seated) out.push({ invariant: 'votes-by-seated-members', detail: `${proposal.id}: ${member}` });
      }
    }
    return out;
  },
  'known-parties': (state) => {
    const out: Violation[] = [];
    for (const proposal of trieValues(state.proposals)) {
      const statute = statuteAt(state, proposal.date);
      const known = new Set(statute?.parties.map((p) => p.id) ?? []);
      const ratifiers = Object.keys(proposal.ratifications);
      for (const party of ratifiers)
        if (!known.has(party)) out.push({ invariant: 'known-parties', detail: `${proposal.id}: ${party}` });
      if (ratifiers.length > known.size)
        out.push({ invariant: 'known-parties', detail: `${proposal.id}: more ratifiers than parties` });
    }
    return out;
  },
  'binds-adopters': (state) => {
    const out: Violation[] = [];
    for (const report of assessAll(state)) {
      if (report.ratification?.effect !== 'binds-ratifiers') continue;
      const proposal = getProposal(state, report.proposal);
      if (proposal === undefined) continue;
      const vedtak = latestVedtak(proposal, report.asOf);
      for (const party of report.binds) {
        if (vedtak.get(party)?.decision !== 'adopted' || !isPartyMember(state, party, report.asOf)) {
          out.push({ invariant: 'binds-adopters', detail: `${report.proposal}: ${party}` });
        }
      }
    }
    return out;
  },
  'binds-per-party': (state) => {
    const out: Violation[] = [];
    for (const report of assessAll(state)) {
      const r = report.ratification;
      if (r?.effect !== 'per-party') continue;
      const proposal = getProposal(state, report.proposal);
      const statute = statuteAt(state, report.date);
      if (proposal === undefined || statute === undefined) continue;
      const vedtak = latestVedtak(proposal, r.evaluatedOn);
      const adopted = (party: string) => vedtak.get(party)?.decision === 'adopted';
      const hfs = statute.parties.filter((p) => p.kind === 'helseforetak').map((p) => p.id);
      const member = (party: string) => isPartyMember(state, party, report.asOf);
      const bound = hfs.every(adopted)
        ? r.required.filter((p) => !hfs.includes(p) && adopted(p) && member(p))
        : [];
      const expected = new Set(bound.length === 0 ? [] : [...bound, ...hfs.filter(member)]);
      const got = new Set(report.binds);
      for (const party of new Set([...expected, ...got]))
        if (expected.has(party) !== got.has(party))
          out.push({ invariant: 'binds-per-party', detail: `${report.proposal}: ${party}` });
      if ((report.status === 'in-force') !== r.met)
        out.push({ invariant: 'binds-per-party', detail: `${report.proposal}: status ${report.status}` });
    }
    return out;
  },
  ...structureInvariants,
  'advice-never-binds': (state) => {
    const out: Violation[] = [];
    for (const report of assessAll(state)) {
      if (report.kind === 'decision') continue;
      const proposal = getProposal(state, report.proposal);
      const ratified = Object.keys(proposal?.ratifications ?? {}).length > 0;
      if (report.binds.length > 0 || decisionStatuses.has(report.status) || ratified)
        out.push({
          invariant: 'advice-never-binds',
          detail: `${report.proposal}: ${report.kind} ${report.status}${ratified ? ', ratified' : ''}`,
        });
    }
    return out;
  },
  ...caseInvariants,
};

/**
 * Runs every invariant on a state and returns the violations (none for a sound state).
 *
 * @example
 * ```ts
 * const { state } = replay(presets.vestfold, log);
 * expect(checkInvariants(state)).toEqual([]);
 * ```
 * @category Testing
 */
export function checkInvariants(state: State): Violation[] {
  return Object.values(invariants).flatMap((check) => check(state));
}
