import {
  apply,
  type GovernanceEvent,
  type PartyId,
  type RatificationRequirement,
  replay,
  type State,
  type Statute,
  type Threshold,
} from '../../src/index.js';
import { pmAppointments, pmDecision, vedtak, withRatification } from '../engine/_pm.js';
import { minimalStatute } from '../fixtures.js';

/** Kommune ids: `a` and `b` (who sit in the PM of the minimal statute), then `k2`, `k3`, … */
export const kommuneId = (i: number): PartyId => (i === 0 ? 'a' : i === 1 ? 'b' : `k${i}`);

/** Test data, not real kommuner: `n` distinct populations between 1 000 and about 60 000. */
export const distinctPopulations = (n: number): number[] =>
  Array.from({ length: n }, (_, i) => 1000 + ((i * 7919) % 50021) + i);

/** "More than half of the population" (or `comparison` of `numerator/denominator`). */
export const populationShare = (
  numerator = 1,
  denominator = 2,
  comparison: Threshold['comparison'] = 'moreThan',
): RatificationRequirement => ({
  kind: 'share-of-population',
  threshold: { kind: 'share', fraction: { numerator, denominator }, comparison },
});

/** The minimal statute with one HF and a kommune per population, under these requirements. */
export function kommunerStatute(
  populations: readonly number[],
  requires: readonly RatificationRequirement[],
): Statute {
  const hf = minimalStatute.parties[0];
  if (hf === undefined) throw new Error('the minimal statute has an HF first');
  return withRatification(
    { requires, effect: 'binds-ratifiers' },
    {
      ...minimalStatute,
      parties: [
        hf,
        ...populations.map((population, i) => ({
          kind: 'kommune' as const,
          id: kommuneId(i),
          name: `Kommune ${i}`,
          kommunenummer: String(1000 + i),
          population,
          organ: 'kommunestyre' as const,
        })),
      ],
    },
  );
}

/** A budget B-1 decided on 2024-02-01 and adopted by `adopted` on 2024-03-01. */
export function decided(statute: Statute, adopted: readonly PartyId[]): State {
  const log: GovernanceEvent[] = [
    ...pmAppointments,
    ...pmDecision('B-1', '2024-02-01'),
    ...adopted.map((party) => vedtak('B-1', party, '2024-03-01')),
  ];
  const { state, outcomes } = replay(statute, log);
  const rejected = outcomes.filter((o) => o.kind === 'rejected');
  if (rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(rejected)}`);
  return state;
}

/** The state after these parties adopt too, on 2024-04-01. */
export function afterAdopting(state: State, parties: readonly PartyId[]): State {
  return parties.reduce((s, party) => apply(s, vedtak('B-1', party, '2024-04-01')).state, state);
}
