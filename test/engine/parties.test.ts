import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type GovernanceEvent,
  type RatificationRecorded,
  replay,
  requirements,
  type Statute,
  scenario,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { bergen, privateHospitals } from './_bergen.js';
import { pmAppointments, pmDecision, vedtak, withRatification } from './_pm.js';

function run(statute: Statute, events: readonly GovernanceEvent[]) {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return state;
}

function rejected(statute: Statute, before: readonly GovernanceEvent[], event: GovernanceEvent) {
  const state = run(statute, before);
  const { state: next, outcome } = apply(state, event);
  expect(Object.is(next, state)).toBe(true);
  if (outcome.kind !== 'rejected') throw new Error(`expected ${event.type} to be rejected`);
  return outcome.reasons;
}

/** The minimal statute with a fylkeskommune among its parties, which a budget must be ratified by. */
const withFylke: Statute = withRatification(
  {
    requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }, { kind: 'parties', parties: ['fylket'] }],
  },
  {
    ...minimalStatute,
    parties: [
      ...minimalStatute.parties,
      {
        kind: 'fylkeskommune',
        id: 'fylket',
        name: 'Fylkeskommunen',
        fylkesnummer: '99',
        organ: 'fylkesting',
      },
    ],
  },
);

const fylkesting = (extra: Partial<RatificationRecorded> = {}): RatificationRecorded => ({
  type: 'ratification-recorded',
  at: '2024-03-10',
  proposal: 'B-1',
  party: 'fylket',
  organ: 'fylkesting',
  decision: 'adopted',
  ...extra,
});

describe('a fylkeskommune as a party', () => {
  const decided = [
    ...pmAppointments,
    ...pmDecision('B-1', '2024-02-01'),
    vedtak('B-1', 'hf', '2024-03-01'),
    vedtak('B-1', 'a', '2024-03-01'),
    vedtak('B-1', 'b', '2024-03-01'),
  ];

  it('ratifies by its fylkesting, and the decision waits for it', () => {
    expect(assess(run(withFylke, decided), 'B-1')).toMatchObject({
      status: 'pending-ratification',
      ratification: { missing: ['fylket'] },
    });
    expect(assess(run(withFylke, [...decided, fylkesting()]), 'B-1')).toMatchObject({
      status: 'in-force',
      ratification: { metOn: '2024-03-10' },
    });
  });

  it.each(['kommunestyre', 'styre'] as const)('rejects a vedtak by a %s', (organ) => {
    expect(rejected(withFylke, decided, fylkesting({ organ }))).toEqual([
      { code: 'ratification.wrong-organ', params: { party: 'fylket', organ, expected: 'fylkesting' } },
    ]);
  });

  it('has its fylkesting’s vote checked by the same council rule as a kommunestyre’s', () => {
    const tie = { members: 35, present: 34, for: 17, against: 17 };
    run(withFylke, [...decided, fylkesting({ councilVote: { ...tie, chairVote: 'for' } })]);
    expect(
      rejected(withFylke, decided, fylkesting({ councilVote: { ...tie, chairVote: 'against' } })),
    ).toEqual([
      {
        code: 'ratification.vote-contradicts',
        params: { party: 'fylket', decision: 'adopted', code: 'council.tie-chair-against' },
        ref: 'koml. § 11-9',
      },
    ]);
    expect(
      rejected(
        withFylke,
        decided,
        fylkesting({ councilVote: { members: 35, present: 20, for: 12, against: 7 } }),
      ),
    ).toMatchObject([{ code: 'ratification.invalid-council-vote', params: { code: 'council.abstention' } }]);
  });

  it('is not asked by every-kommune, which stays the kommuner', () => {
    const statute = withRatification({ requires: [{ kind: 'every-kommune' }] }, withFylke);
    const events = decided.filter((e) => !(e.type === 'ratification-recorded' && e.party === 'hf'));
    expect(assess(run(statute, events), 'B-1').status).toBe('in-force');
    expect(rejected(statute, events, fylkesting()).map((r) => r.code)).toEqual(['ratification.not-ratifier']);
  });

  it('is recorded with its fylkesting by the scenario builder', () => {
    const s = scenario(withFylke).record(...pmAppointments, ...pmDecision('B-1', '2024-02-01'));
    s.on('2024-03-01').ratify('B-1', ['hf', 'a', 'b', 'fylket']);
    expect(s.events.at(-1)).toMatchObject({ party: 'fylket', organ: 'fylkesting' });
    expect(s.report('B-1').status).toBe('in-force');
  });
});

describe('private hospitals as parties (Bergensområdet)', () => {
  const kommuner = bergen.parties.filter((p) => p.kind === 'kommune').map((p) => p.id);
  const hospitals = privateHospitals.map(([id]) => id);
  const appointments: GovernanceEvent[] = [
    ...kommuner.map((party) => ({ seat: 'kommune', party, member: `pm-${party}` })),
    { seat: 'hf', party: 'helse-bergen', member: 'pm-hb-1' },
    { seat: 'hf', party: 'helse-bergen', member: 'pm-hb-2' },
    ...hospitals.map((party) => ({ seat: party, party, member: `pm-${party}` })),
  ].map(({ seat, party, member }) => ({
    type: 'member-appointed',
    at: '2022-09-01',
    member,
    body: 'pm',
    seat,
    party,
  }));
  const members = appointments.flatMap((e) => (e.type === 'member-appointed' ? [e.member] : []));
  const decision: GovernanceEvent[] = [
    ...appointments,
    { type: 'meeting-convened', at: '2022-09-01', meeting: 'pm-1', body: 'pm', date: '2022-10-01' },
    {
      type: 'proposal-submitted',
      at: '2022-09-01',
      proposal: 'PM-1',
      body: 'pm',
      matter: 'samarbeidsavtale',
      meeting: 'pm-1',
    },
    { type: 'attendance-recorded', at: '2022-10-01', meeting: 'pm-1', present: members },
    ...members.map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2022-10-01',
        proposal: 'PM-1',
        member,
        vote: 'for',
      }),
    ),
    { type: 'proposal-concluded', at: '2022-10-01', proposal: 'PM-1' },
  ];
  const adopt = (party: string, at = '2022-11-01'): GovernanceEvent => ({
    type: 'ratification-recorded',
    at,
    proposal: 'PM-1',
    party,
    organ: bergen.parties.find((p) => p.id === party)?.organ ?? 'kommunestyre',
    decision: 'adopted',
  });
  const byPublicParties = [...kommuner, 'helse-bergen'].map((p) => adopt(p));

  it('are named ratifiers: an amendment of the agreement waits for their boards', () => {
    const state = run(bergen, [...decision, ...byPublicParties]);
    expect(assess(state, 'PM-1')).toMatchObject({
      status: 'pending-ratification',
      binds: [],
      ratification: { missing: hospitals },
    });
    const options = requirements(state, 'PM-1').options;
    expect(
      options.map((o) => o.all.map((f) => (f.kind === 'ratification' ? f.party : f.member)).sort()),
    ).toEqual([[...hospitals].sort()]);
  });

  it('come into force on the day the last board adopts, binding every party', () => {
    const last = hospitals.map((p, i) => adopt(p, `2022-12-0${i + 1}`));
    const report = assess(run(bergen, [...decision, ...byPublicParties, ...last]), 'PM-1');
    expect(report).toMatchObject({ status: 'in-force', ratification: { metOn: '2022-12-05' } });
    expect([...report.binds].sort()).toEqual(bergen.parties.map((p) => p.id).sort());
  });

  it('ratify by their styre, not by a kommunestyre', () => {
    expect(
      rejected(bergen, decision, { ...adopt('haraldsplass'), organ: 'kommunestyre' } as GovernanceEvent),
    ).toEqual([
      {
        code: 'ratification.wrong-organ',
        params: { party: 'haraldsplass', organ: 'kommunestyre', expected: 'styre' },
      },
    ]);
  });

  it('hold their own seats, which a kommune cannot fill', () => {
    const wrong: GovernanceEvent = {
      type: 'member-appointed',
      at: '2022-09-01',
      member: 'x',
      body: 'pm',
      seat: 'haraldsplass',
      party: 'bergen',
    };
    expect(rejected(bergen, [], wrong).map((r) => r.code)).toEqual(['seat.wrong-party']);
  });
});

describe('joinings recorded out of date order', () => {
  const founding: Statute = {
    ...minimalStatute,
    membership: { ...minimalStatute.membership, founding: ['hf', 'a'] },
  };

  it('refuses a joining dated before one already on record, which would overlap it (found by fuzzing)', () => {
    const reasons = rejected(founding, [{ type: 'party-joined', at: '2029-10-01', party: 'b' }], {
      type: 'party-joined',
      at: '2029-04-16',
      party: 'b',
    });
    expect(reasons).toEqual([
      expect.objectContaining({ code: 'party.joined-later', params: { party: 'b', from: '2029-10-01' } }),
    ]);
  });
});
