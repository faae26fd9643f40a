import { describe, expect, it } from 'vitest';
import { assess, explain, type GovernanceEvent, presets, replay } from '../../src/index.js';

// Cases on the Finnmark preset, whose SU and PM are written from Finnmarkssykehuset's pages
// (docs/presets.md): the facts the assertions rest on are the verified ones.
const statute = presets.finnmark;
const su = statute.bodies.find((b) => b.id === 'su');
const kommuneSeats = ['hammerfest', 'alta', 'vadso', 'gamvik', 'karasjok'];
const observers = [
  'brukerutvalget',
  'pasient-og-brukerombud',
  'ansatt-fin',
  'ansatt-kommune',
  'fylkeslege',
  'ks',
  'uit',
];
const hfMembers = [1, 2, 3, 4, 5].map((i) => `fin-${i}`);
const voting = [...kommuneSeats.map((k) => `su-${k}`), ...hfMembers];

function suCase(
  matter: string,
  votes: Record<string, 'for' | 'against'>,
  tabledBy?: string,
): GovernanceEvent[] {
  return [
    ...kommuneSeats.map(
      (k): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: `su-${k}`,
        body: 'su',
        seat: k,
      }),
    ),
    ...hfMembers.map(
      (m): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: m,
        body: 'su',
        seat: 'fin',
      }),
    ),
    ...observers.map(
      (o): GovernanceEvent => ({
        type: 'member-appointed',
        at: '2024-01-01',
        member: `su-${o}`,
        body: 'su',
        seat: o,
      }),
    ),
    { type: 'meeting-convened', at: '2024-02-20', meeting: 'su-2024-03', body: 'su', date: '2024-03-05' },
    {
      type: 'proposal-submitted',
      at: '2024-02-20',
      proposal: 'SU-4',
      body: 'su',
      matter,
      meeting: 'su-2024-03',
      ...(tabledBy === undefined ? {} : { tabledBy: { kind: 'member' as const, member: tabledBy } }),
    },
    {
      type: 'attendance-recorded',
      at: '2024-03-05',
      meeting: 'su-2024-03',
      present: [...voting, ...observers.map((o) => `su-${o}`)],
    },
    ...Object.entries(votes).map(
      ([member, vote]): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-03-05',
        proposal: 'SU-4',
        member,
        vote,
      }),
    ),
    { type: 'proposal-concluded', at: '2024-03-05', proposal: 'SU-4' },
  ];
}

const allFor = Object.fromEntries(voting.map((m) => [m, 'for' as const]));

describe('Finnmark SU: 5 + 5 members and seven with møte- og talerett', () => {
  it('has ten voting seats, five a side, and seven observers who speak but do not vote or propose', () => {
    const seats = su?.seats ?? [];
    const votingSeats = seats.filter((s) => s.rights.includes('vote'));
    expect(votingSeats.filter((s) => s.bloc === 'kommunesiden').reduce((n, s) => n + s.count, 0)).toBe(5);
    expect(votingSeats.filter((s) => s.bloc === 'helseforetakssiden').reduce((n, s) => n + s.count, 0)).toBe(
      5,
    );
    const rest = seats.filter((s) => !s.rights.includes('vote'));
    expect(rest.map((s) => s.id)).toEqual(observers);
    for (const s of rest) expect(s.rights).toEqual(['attend', 'speak']);
  });

  it('binds both sides on adoption of a delegated matter, with no ratification', () => {
    const { state } = replay(statute, suCase('patient-pathway', allFor));
    const report = assess(state, 'SU-4');
    expect(report).toMatchObject({ status: 'in-force', valid: true });
    expect(report.binds).toHaveLength(statute.parties.length);
    expect(report.checks.find((c) => c.id === 'ratification')).toMatchObject({ ref: 'su-delegasjon' });
  });

  it('is not stopped by an observer against: consensus counts the ten', () => {
    const { state } = replay(statute, suCase('patient-pathway', { ...allFor, 'su-ks': 'against' }));
    expect(assess(state, 'SU-4').status).toBe('in-force');
  });

  it('is stopped by one member against, and the case can go up to the partnerskapsmøte', () => {
    const { state } = replay(statute, suCase('patient-pathway', { ...allFor, 'su-alta': 'against' }));
    const report = assess(state, 'SU-4');
    expect(report.status).toBe('rejected');
    expect(explain(report, { locale: 'nb' })).toContain(
      'ikke konsensus: 1 medlem med stemmerett stemte imot (su-delegasjon)',
    );
  });

  it('lets no observer with møte- og talerett table a case: no forslagsrett', () => {
    const events = suCase('patient-pathway', allFor, 'su-ks');
    const { outcomes } = replay(statute, events);
    const at = events.findIndex((e) => e.type === 'proposal-submitted');
    expect(outcomes[at]).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'proposal.no-forslagsrett', ref: 'su-observatører' }],
    });
  });

  it('lets a member table a case', () => {
    const { state } = replay(statute, suCase('patient-pathway', allFor, 'su-vadso'));
    expect(assess(state, 'SU-4').tabledBy).toEqual({ kind: 'member', member: 'su-vadso' });
  });

  it('only recommends what commits the parties: that goes to the partnerskapsmøte', () => {
    const { state } = replay(statute, suCase('budget', allFor));
    expect(assess(state, 'SU-4')).toMatchObject({ kind: 'recommendation', status: 'recommended', binds: [] });
  });
});

describe('Finnmark SU: vara from Måsøy, Nordkapp and Kautokeino for the kommune side', () => {
  // Three vara for five kommune members: one list for the side (an assumption the preset marks).
  const varaList: GovernanceEvent[] = ['masoy', 'nordkapp', 'kautokeino'].map((k, i) => ({
    type: 'substitute-appointed',
    at: '2024-01-01',
    member: `vara-${k}`,
    body: 'su',
    seat: 'alta',
    rank: i + 1,
  }));
  const standIn: GovernanceEvent = {
    type: 'substitute-attending',
    at: '2024-03-01',
    member: 'vara-masoy',
    body: 'su',
    for: 'su-vadso',
    meeting: 'su-2024-03',
  };
  /** The SU case with the Vadsø member away and the Måsøy vara present instead, all for. */
  function withVara(): GovernanceEvent[] {
    const events = suCase('patient-pathway', {});
    const convened = events.findIndex((e) => e.type === 'proposal-submitted');
    const present = [...voting.filter((m) => m !== 'su-vadso'), 'vara-masoy'];
    return [
      ...events.slice(0, convened + 1),
      ...varaList,
      standIn,
      { type: 'attendance-recorded', at: '2024-03-05', meeting: 'su-2024-03', present },
      ...present.map(
        (member): GovernanceEvent => ({
          type: 'vote-cast',
          at: '2024-03-05',
          proposal: 'SU-4',
          member,
          vote: 'for',
        }),
      ),
      { type: 'proposal-concluded', at: '2024-03-05', proposal: 'SU-4' },
    ];
  }

  it('a vara holds the absent member’s seat: the decision is by all ten, and in force', () => {
    const { state, outcomes } = replay(statute, withVara());
    expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
    const report = assess(state, 'SU-4');
    expect(report.status).toBe('in-force');
    expect(report.checks.find((c) => c.id === 'seats')?.params).toMatchObject({
      standingIn: [{ substitute: 'vara-masoy', for: 'su-vadso' }],
    });
  });

  it('a vara cannot meet for a member who is present', () => {
    const events = suCase('patient-pathway', allFor);
    const attended = events.findIndex((e) => e.type === 'attendance-recorded');
    const { outcomes } = replay(statute, [...events.slice(0, attended + 1), ...varaList, standIn]);
    expect(outcomes.at(-1)).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'substitute.member-present' }],
    });
  });
});
