/**
 * The first day a ratification rule holds, found in one pass over the days something changes
 * (a vedtak, a membership beginning or ending), with running counts per requirement: each day
 * costs only what changed on it, so a decision with many vedtak on many days is not judged from
 * scratch day after day.
 *
 * @internal
 * @module
 */
import { own } from '../model/_own.js';
import type { IsoDate } from '../model/dates.js';
import type { PartyId } from '../model/ids.js';
import type { RatificationRequirement, RatificationRule } from '../model/rules.js';
import type { Party, Statute } from '../model/statute.js';
import { requiredCount } from '../rules/fraction.js';
import { isPartyMember, type ProposalRecord, type Ratification, type State } from './state.js';

/** One requirement's running counts: what it is measured against, and what has been got. */
interface Tally {
  readonly requirement: RatificationRequirement;
  readonly named: ReadonlySet<PartyId> | undefined;
  base: number;
  got: number;
}

/** What a party weighs in a requirement: 0 when it is not one the requirement counts. */
function weight(tally: Tally, party: Party): number {
  const req = tally.requirement;
  if (req.kind === 'helseforetak') return party.kind === 'helseforetak' ? 1 : 0;
  if (req.kind === 'parties') return tally.named?.has(party.id) === true ? 1 : 0;
  if (party.kind !== 'kommune') return 0;
  return req.kind === 'share-of-population' ? (party.population ?? 0) : 1;
}

/** Whether a requirement holds on its counts, as `evaluateRequirement` judges it. */
function holds(tally: Tally): boolean {
  const req = tally.requirement;
  const required =
    req.kind === 'parties'
      ? req.parties.length
      : req.kind === 'share-of-kommuner' || req.kind === 'share-of-population'
        ? Math.max(1, requiredCount(req.threshold, tally.base))
        : tally.base;
  return tally.got >= required;
}

/** The vedtak that counts among a party's vedtak dated `date`: the last one recorded. */
function lastOn(history: readonly Ratification[], date: IsoDate): Ratification | undefined {
  let found: Ratification | undefined;
  for (const vedtak of history) if (vedtak.at === date) found = vedtak;
  return found;
}

/**
 * The first of `dates` (ascending) on which every requirement of `rule` holds, counting the
 * statute's parties that are members that day and each party's latest vedtak on or before it;
 * `undefined` when it holds on none. Equal, day by day, to judging each day from scratch. @internal
 */
export function firstDayMet(
  state: State,
  statute: Statute,
  rule: RatificationRule,
  proposal: ProposalRecord,
  dates: readonly IsoDate[],
): IsoDate | undefined {
  const first = dates[0];
  if (first === undefined) return undefined;
  const tallies: Tally[] = rule.requires.map((requirement) => ({
    requirement,
    named: requirement.kind === 'parties' ? new Set(requirement.parties) : undefined,
    base: 0,
    got: 0,
  }));
  const member = new Map<PartyId, boolean>();
  const adopted = new Map<PartyId, boolean>();
  const byId = new Map(statute.parties.map((p) => [p.id, p] as const));
  const count = (party: Party, sign: 1 | -1) => {
    if (member.get(party.id) !== true) return;
    for (const tally of tallies) {
      const w = weight(tally, party);
      tally.base += sign * w;
      if (adopted.get(party.id) === true) tally.got += sign * w;
    }
  };
  // The first day, judged in full.
  for (const party of statute.parties) {
    member.set(party.id, isPartyMember(state, party.id, first));
    let latest: Ratification | undefined;
    for (const vedtak of own(proposal.ratifications, party.id) ?? [])
      if (vedtak.at <= first && (latest === undefined || vedtak.at >= latest.at)) latest = vedtak;
    adopted.set(party.id, latest?.decision === 'adopted');
    count(party, 1);
  }
  if (tallies.every(holds)) return first;
  // Each later day: only the parties whose vedtak or membership changes on it.
  const changes = changesByDay(state, statute, proposal, first);
  for (const date of dates.slice(1)) {
    for (const [id, vedtak] of changes.get(date) ?? []) {
      const party = byId.get(id) as Party;
      count(party, -1);
      member.set(id, isPartyMember(state, id, date));
      if (vedtak !== undefined) adopted.set(id, vedtak.decision === 'adopted');
      count(party, 1);
    }
    if (tallies.every(holds)) return date;
  }
  return undefined;
}

/**
 * For each day after `first`, the statute's parties whose membership may change on it or who
 * have a vedtak dated on it, with the vedtak that counts from that day (`undefined`: none new).
 */
function changesByDay(
  state: State,
  statute: Statute,
  proposal: ProposalRecord,
  first: IsoDate,
): Map<IsoDate, Map<PartyId, Ratification | undefined>> {
  const out = new Map<IsoDate, Map<PartyId, Ratification | undefined>>();
  const mark = (date: IsoDate, party: PartyId, vedtak?: Ratification) => {
    if (date <= first) return;
    const day = out.get(date) ?? new Map<PartyId, Ratification | undefined>();
    out.set(date, day);
    if (vedtak !== undefined || !day.has(party)) day.set(party, vedtak ?? day.get(party));
  };
  for (const party of statute.parties) {
    const history = own(proposal.ratifications, party.id) ?? [];
    for (const vedtak of history) mark(vedtak.at, party.id, lastOn(history, vedtak.at));
    for (const period of own(state.parties, party.id)?.periods ?? []) {
      mark(period.from, party.id);
      if (period.to !== undefined) mark(period.to, party.id);
    }
  }
  return out;
}
