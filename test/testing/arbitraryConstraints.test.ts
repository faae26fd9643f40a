import { events, scenario } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { type GovernanceEvent, replay, type Statute } from '../../src/index.js';
import { bergen } from '../engine/_bergen.js';
import { fc } from '../prop.js';

const kommuner = (s: Statute) => s.parties.filter((p) => p.kind === 'kommune').length;
const appointments = (log: readonly GovernanceEvent[]) =>
  log.filter(
    (e): e is Extract<GovernanceEvent, { type: 'member-appointed' }> => e.type === 'member-appointed',
  );

describe('the events arbitrary on a statute with areas', () => {
  // The Bergensområdet test statute: its SSU seats are filled from areas, each of its own kommuner.
  const logs = fc.sample(events(bergen), { numRuns: 40, seed: 5 });

  it('fills a seat of an area with a kommune of that area, and a plain kommune seat from all of them', () => {
    const parties = new Map(logs.flatMap(appointments).map((e) => [e.member, e.party]));
    expect(Object.fromEntries([...parties].sort(([a], [b]) => (a < b ? -1 : 1)))).toStrictEqual({
      'pm-betanien-0': 'betanien',
      'pm-haraldsplass-0': 'haraldsplass',
      'pm-hf-0': 'helse-bergen',
      'pm-hf-1': 'helse-bergen',
      'pm-kommune-0': 'bergen',
      'pm-kommune-1': 'nordhordland-a',
      'pm-kommune-2': 'nordhordland-b',
      'pm-nks-olaviken-0': 'nks-olaviken',
      'pm-solli-dps-0': 'solli-dps',
      'pm-voss-dps-bjorkeli-0': 'voss-dps-bjorkeli',
      'ssu-bergen-0': 'bergen',
      'ssu-bergen-1': 'bergen',
      'ssu-bergensregionen-0': 'bergensregionen-a',
      'ssu-hf-0': 'helse-bergen',
      'ssu-hf-1': 'helse-bergen',
      'ssu-hf-2': 'helse-bergen',
      'ssu-nordhordland-0': 'nordhordland-a',
      'ssu-voss-0': 'voss-a',
    });
  });

  it('writes appointments the engine accepts', () => {
    for (const log of logs) {
      const { outcomes } = replay(bergen, appointments(log));
      expect(outcomes.filter((o) => o.kind === 'rejected')).toStrictEqual([]);
    }
  });
});

describe('the scenario arbitrary', () => {
  const counts = (constraints: Parameters<typeof scenario>[0]) =>
    new Set(
      fc.sample(scenario(constraints), { numRuns: 60, seed: 2 }).map(({ statute }) => kommuner(statute)),
    );

  it('passes the fewest and most kommuner on to its statutes', () => {
    expect(counts({ minKommuner: 3, maxKommuner: 3 })).toStrictEqual(new Set([3]));
    expect(counts({ minKommuner: 7 })).toStrictEqual(new Set([7, 8]));
    expect(counts({ maxKommuner: 2 })).toStrictEqual(new Set([1, 2]));
    expect(counts({})).toStrictEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  });

  it('refuses impossible kommune counts at construction, as the statute arbitrary does', () => {
    expect(() => scenario({ minKommuner: 9 })).toThrow(
      new RangeError(
        'statute: minKommuner (9) must be at least 1 and at most maxKommuner (8), which is at most 9000',
      ),
    );
    expect(() => scenario({ maxKommuner: 0 })).toThrow(RangeError);
  });

  it('passes the sizes of the log on to the events of each statute', () => {
    const samples = fc.sample(scenario({ maxEvents: 0, maxMeetings: 1, maxProposals: 1, maxPerSeat: 1 }), {
      numRuns: 30,
      seed: 4,
    });
    for (const { events: log } of samples) {
      expect(log.filter((e) => e.type !== 'member-appointed').map((e) => e.type)).toStrictEqual([
        'meeting-convened',
        'proposal-submitted',
      ]);
      expect(appointments(log).filter((e) => !e.member.endsWith('-0'))).toStrictEqual([]);
    }
    expect(() => scenario({ maxEvents: -1 })).toThrow(
      new RangeError('events: maxEvents must be a whole number ≥ 0, got -1'),
    );
  });
});
