/**
 * What a decision ratified per party still needs: nothing collective, only each party's own
 * adoption and the helseforetak's.
 *
 * @internal
 * @module
 */
import type { PerPartyStatus } from '../engine/perPartyStatus.js';
import type { RatificationStatus } from '../engine/ratificationStatus.js';
import type { PartyId, Ref } from '../model/ids.js';
import type { Fact, FactSet } from './requirements.js';

/**
 * What one party still needs for a per-party decision to come into force for it: its own
 * organ's adoption (when its latest vedtak is not one) and the helseforetak's (when the
 * helseforetak has not adopted). A party that lapsed at the deadline is not listed: nothing can
 * bring it into force any more.
 *
 * @example
 * ```ts
 * const needs: PartyNeeds = {
 *   party: 'kvitsoy',
 *   needs: [{ kind: 'ratification', party: 'kvitsoy' }],
 * };
 * ```
 * @category Scenario
 */
export interface PartyNeeds {
  readonly party: PartyId;
  readonly needs: readonly Fact[];
}

const ratification = (party: PartyId): Fact => ({ kind: 'ratification', party });

/** The answer of `requirements` for a per-party decision that is pending or in force. @internal */
export function perPartyRequirements(
  status: RatificationStatus,
  perParty: PerPartyStatus,
): {
  goal: 'in-force';
  satisfied: boolean;
  options: FactSet[];
  parties: PartyNeeds[];
  exhaustive: true;
  evaluations: number;
  blocked?: { code: 'ratification.unreachable'; ref: Ref };
} {
  const adopted = new Set(status.adopted);
  const hub = perParty.counterparty.filter((hf) => !adopted.has(hf)).map(ratification);
  const open = [
    ...perParty.awaitingCounterparty.map((p) => p.party),
    ...perParty.rejected.map((p) => p.party),
    ...perParty.pending,
  ];
  const parties = open.map(
    (party): PartyNeeds => ({ party, needs: [...(adopted.has(party) ? [] : [ratification(party)]), ...hub] }),
  );
  const base = { goal: 'in-force' as const, parties, exhaustive: true as const, evaluations: parties.length };
  if (status.met) return { ...base, satisfied: true, options: [{ all: [], choose: [], size: 0 }] };
  // In force for nobody yet: the helseforetak, and one party, are enough (one already adopted
  // needs only the helseforetak).
  const waiting = perParty.awaitingCounterparty.length > 0;
  const others = open.filter((p) => !adopted.has(p)).map(ratification);
  const options: FactSet[] = waiting
    ? [{ all: hub, choose: [], size: hub.length }]
    : others.length === 0
      ? []
      : [
          others.length === 1
            ? { all: [...hub, ...others], choose: [], size: hub.length + 1 }
            : { all: hub, choose: [{ count: 1, of: others }], size: hub.length + 1 },
        ];
  if (options.length === 0)
    return {
      ...base,
      satisfied: false,
      options,
      blocked: { code: 'ratification.unreachable', ref: status.ref },
    };
  return { ...base, satisfied: false, options };
}
