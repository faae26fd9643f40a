/**
 * Where a decision ratified per party stands with each party: in force between the helseforetak
 * and a party from the later of their two vedtak, whatever the others do.
 *
 * @module
 */
import { own } from '../model/_own.js';
import { addDays, type IsoDate } from '../model/dates.js';
import type { PartyId } from '../model/ids.js';
import type { RatificationRule } from '../model/rules.js';
import type { Statute } from '../model/statute.js';
import { latestVedtak, type RatificationStatus, ratifiers } from './ratificationStatus.js';
import { isPartyMember, type ProposalRecord, type Ratification, type State } from './state.js';

/**
 * A party and a day: when a per-party decision came into force for it, or the day of its vedtak.
 *
 * @example
 * ```ts
 * const sandnes: PartyOn = { party: 'sandnes', on: '2024-05-02' };
 * ```
 * @category Assess
 */
export interface PartyOn {
  readonly party: PartyId;
  readonly on: IsoDate;
}

/**
 * Where a decision under a `per-party` ratification rule stands with each party that binds itself
 * to the helseforetak (the `counterparty`), on the day evaluated. Each party is in exactly one
 * list:
 * - `inForce`: the party and the helseforetak have both adopted it (their latest vedtak), in force
 *   from the later of the two;
 * - `awaitingCounterparty`: the party adopted it (on `on`), the helseforetak has not (yet);
 * - `rejected`: the party's latest vedtak rejected it (on `on`);
 * - `pending`: the party has not decided, and any deadline is still running;
 * - `lapsed`: the party had not decided by the deadline: lapsed for it only.
 *
 * The helseforetak's own vedtak is in the report's `adopted`, `rejected` and `missing`.
 *
 * @example
 * ```ts
 * const p = assess(state, 'SSU-2024-4').ratification?.perParty;
 * p?.inForce; // [{ party: 'sandnes', on: '2024-05-02' }]
 * p?.rejected; // [{ party: 'sola', on: '2024-04-18' }]
 * p?.pending; // ['kvitsoy', …]
 * ```
 * @category Assess
 */
export interface PerPartyStatus {
  /** The helseforetak each party binds itself to. */
  readonly counterparty: readonly PartyId[];
  readonly inForce: readonly PartyOn[];
  readonly awaitingCounterparty: readonly PartyOn[];
  readonly rejected: readonly PartyOn[];
  readonly pending: readonly PartyId[];
  readonly lapsed: readonly PartyId[];
}

/** A party's vedtak on or before `date`, in date order (those of one day in the order recorded). */
function historyOf(proposal: ProposalRecord, party: PartyId, date: IsoDate): Ratification[] {
  return (own(proposal.ratifications, party) ?? [])
    .filter((v) => v.at <= date)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The day from which a party's latest vedtak has adopted without a break: the first adoption of
 * the run of adoptions its history ends with, or `undefined` when its latest vedtak is not one.
 */
function adoptedSince(proposal: ProposalRecord, party: PartyId, date: IsoDate): IsoDate | undefined {
  const history = historyOf(proposal, party, date);
  let since: IsoDate | undefined;
  for (let i = history.length - 1; i >= 0 && (history[i] as Ratification).decision === 'adopted'; i--)
    since = (history[i] as Ratification).at;
  return since;
}

/** The later of two days. */
const later = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? b : a);

/**
 * The helseforetak a per-party rule binds the parties to: every helseforetak of the statute. With
 * none, each party is bound from its own adoption. @internal
 */
export function counterpartyOf(statute: Statute): PartyId[] {
  return statute.parties.filter((p) => p.kind === 'helseforetak').map((p) => p.id);
}

/**
 * The ratification status of a proposal under a `per-party` rule, adopted by its body on
 * `decidedOn`, as of `asOf`; after a deadline, as of the deadline (later vedtak do not count). It
 * is in force (`met`) once it is in force for one party, from the first such day (`metOn`), and
 * `lapsed` when the deadline passed before that. It has no collective requirements. @internal
 */
export function perPartyStatus(
  state: State,
  statute: Statute,
  rule: RatificationRule,
  proposal: ProposalRecord,
  decidedOn: IsoDate,
  asOf: IsoDate,
): RatificationStatus & { readonly perParty: PerPartyStatus } {
  const deadline = rule.deadlineDays === undefined ? undefined : addDays(decidedOn, rule.deadlineDays);
  const passed = deadline !== undefined && deadline < asOf;
  const last = passed ? deadline : asOf;
  const wanted = ratifiers(statute, rule);
  const required = statute.parties
    .filter((p) => wanted.has(p.id) && isPartyMember(state, p.id, last))
    .map((p) => p.id);
  const vedtak = latestVedtak(proposal, last);
  const counterparty = counterpartyOf(statute);
  // The day every helseforetak has adopted since, or undefined while one has not.
  let hub: IsoDate | undefined = '0000-01-01';
  for (const hf of counterparty) {
    const since = adoptedSince(proposal, hf, last);
    hub = hub === undefined || since === undefined ? undefined : later(hub, since);
  }
  const inForce: PartyOn[] = [];
  const awaitingCounterparty: PartyOn[] = [];
  const rejected: PartyOn[] = [];
  const pending: PartyId[] = [];
  const lapsed: PartyId[] = [];
  for (const party of required) {
    if (counterparty.includes(party)) continue;
    const latest = vedtak.get(party);
    if (latest === undefined) (passed ? lapsed : pending).push(party);
    else if (latest.decision === 'rejected') rejected.push({ party, on: latest.at });
    else {
      const since = adoptedSince(proposal, party, last) as IsoDate;
      if (hub === undefined) awaitingCounterparty.push({ party, on: since });
      else inForce.push({ party, on: later(since, hub) });
    }
  }
  const metOn = inForce.reduce<IsoDate | undefined>(
    (min, p) => (min === undefined || p.on < min ? p.on : min),
    undefined,
  );
  return {
    rule: rule.id,
    ref: rule.ref,
    effect: rule.effect,
    evaluatedOn: last,
    required,
    adopted: required.filter((p) => vedtak.get(p)?.decision === 'adopted'),
    rejected: required.filter((p) => vedtak.get(p)?.decision === 'rejected'),
    missing: required.filter((p) => !vedtak.has(p)),
    requirements: [],
    met: metOn !== undefined,
    ...(metOn === undefined ? {} : { metOn }),
    ...(deadline === undefined ? {} : { deadline }),
    lapsed: metOn === undefined && passed,
    perParty: { counterparty, inForce, awaitingCounterparty, rejected, pending, lapsed },
  };
}
