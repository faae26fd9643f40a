import { checkInvariants } from 'helsefellesskap/testing';
import { describe, expect } from 'vitest';
import {
  addDays,
  assess,
  type GovernanceEvent,
  type IsoDate,
  type Party,
  replay,
  type Statute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { fc, prop } from '../prop.js';
import { pmAppointments, pmDecision, vedtak, withRatification } from './_pm.js';

// The minimal statute with two more kommuner, under a per-party rule (sometimes with a deadline).
const extra: Party[] = ['c', 'd'].map((id, i) => ({
  kind: 'kommune',
  id,
  name: id.toUpperCase(),
  kommunenummer: String(1003 + i),
  population: 500,
  organ: 'kommunestyre',
}));
const base: Statute = { ...minimalStatute, parties: [...minimalStatute.parties, ...extra] };
const kommuner = ['a', 'b', 'c', 'd'];
const decided = '2024-02-01';
const setup = [...pmAppointments, ...pmDecision('B-1', decided)];
const asOf = '2025-06-01';

/** Vedtak after the decision, at most one per party and day, recorded in a shuffled order. */
const vedtakList = fc.uniqueArray(
  fc.record({
    party: fc.constantFrom('hf', ...kommuner),
    day: fc.integer({ min: 1, max: 240 }),
    adopted: fc.boolean(),
  }),
  { maxLength: 14, selector: (v) => `${v.party}@${v.day}` },
);
const deadlineDays = fc.option(fc.integer({ min: 10, max: 240 }), { nil: undefined });

/** Each party's vedtak by the deadline, by day: the oracle reads them without the engine. */
function history(
  list: readonly { party: string; day: number; adopted: boolean }[],
  party: string,
  last: number,
) {
  return list.filter((v) => v.party === party && v.day <= last).sort((x, y) => x.day - y.day);
}

/** The day from which a party's latest vedtak has adopted without a break, or undefined. */
function since(
  list: readonly { party: string; day: number; adopted: boolean }[],
  party: string,
  last: number,
) {
  const h = history(list, party, last);
  let day: number | undefined;
  for (let i = h.length - 1; i >= 0 && h[i]?.adopted === true; i--) day = h[i]?.day;
  return day;
}

const events = (list: readonly { party: string; day: number; adopted: boolean }[]): GovernanceEvent[] =>
  list.map((v) => vedtak('B-1', v.party, addDays(decided, v.day), v.adopted ? 'adopted' : 'rejected'));

describe('per-party ratification properties', () => {
  prop([vedtakList, deadlineDays, fc.infiniteStream(fc.nat())], { numRuns: 1000 })(
    'a party is bound exactly when it and the HF have adopted (latest vedtak counts), from the later of the two, whatever the others do and in any order',
    (list, deadline, randomness) => {
      const statute = withRatification(
        { requires: [], effect: 'per-party', ...(deadline === undefined ? {} : { deadlineDays: deadline }) },
        base,
      );
      const shuffled = [...list];
      const it = randomness[Symbol.iterator]();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (it.next().value as number) % (i + 1);
        [shuffled[i], shuffled[j]] = [
          shuffled[j] as (typeof list)[number],
          shuffled[i] as (typeof list)[number],
        ];
      }
      const { state, outcomes } = replay(statute, [...setup, ...events(shuffled)]);
      expect(outcomes.every((o) => o.kind === 'applied')).toBe(true);
      const report = assess(state, 'B-1', { asOf });
      const last = deadline ?? 240;
      const hf = since(list, 'hf', last);
      const bound = kommuner.filter((k) => hf !== undefined && since(list, k, last) !== undefined);
      expect(report.binds).toEqual(bound.length === 0 ? [] : ['hf', ...bound]);
      expect(report.status).toBe(
        bound.length > 0 ? 'in-force' : deadline !== undefined ? 'lapsed' : 'pending-ratification',
      );
      const from = (k: string): IsoDate =>
        addDays(decided, Math.max(hf as number, since(list, k, last) as number));
      expect(report.ratification?.perParty?.inForce).toEqual(
        bound.map((party) => ({ party, on: from(party) })),
      );
      // Whatever the others do: with only this kommune's and the HF's vedtak, its standing is the same.
      for (const k of kommuner) {
        const alone = list.filter((v) => v.party === k || v.party === 'hf');
        const r = assess(replay(statute, [...setup, ...events(alone)]).state, 'B-1', { asOf });
        expect(r.binds.includes(k)).toBe(bound.includes(k));
        expect(r.ratification?.perParty?.inForce.find((p) => p.party === k)).toEqual(
          bound.includes(k) ? { party: k, on: from(k) } : undefined,
        );
      }
      expect(checkInvariants(state)).toEqual([]);
    },
  );
});
