import { describe, expect, it } from 'vitest';
import {
  apply,
  explainReason,
  type GovernanceEvent,
  initialState,
  presets,
  runScenario,
  type Scenario,
  ScenarioError,
  type Statute,
  scenario,
} from '../../src/index.js';
import { clone, minimalStatute } from '../fixtures.js';

/**
 * The events one builder call records; when the engine rejects one, the applied ones and then the
 * event it built, so each call's event is pinned whether or not the statute allows it.
 */
function built(s: Scenario, call: (s: Scenario) => unknown): GovernanceEvent[] {
  const before = s.events.length;
  try {
    call(s);
    return s.events.slice(before);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return [...s.events.slice(before), error.event];
  }
}

/** The minimal statute with m1 and m2 on the SSU, its meeting on 2024-03-14 and case SSU-1 on it. */
const withCase = () =>
  scenario(minimalStatute)
    .on('2024-01-02')
    .appoint('ssu', 'k', ['m1', 'm2'])
    .on('2024-03-14')
    .convene('ssu', { meeting: 'ssu-1' })
    .propose('SSU-1', 'pathway', { title: 'Forløp' });

describe('the scenario builder writes each event whole', () => {
  it('starts on the statute’s first day, with no events', () => {
    const s = scenario(minimalStatute);
    expect(s.date).toBe('2024-01-01');
    expect(s.events).toEqual([]);
    expect(s.statute).toEqual(minimalStatute);
    expect(s.state.seq).toBe(0);
    expect(s.on('2024-02-03').date).toBe('2024-02-03');
  });

  it('gives a copy of its events, so a caller cannot change them', () => {
    const s = scenario(minimalStatute).appoint('pm', 'k', ['m1']);
    (s.events as GovernanceEvent[]).push({ type: 'party-joined', at: '2024-01-01', party: 'b' });
    expect(s.events).toHaveLength(1);
  });

  it('appoints each member to the seat, with a party and who appointed them only when given', () => {
    const s = scenario(minimalStatute).on('2024-01-05');
    expect(built(s, (b) => b.appoint('pm', 'k', ['m1', 'm2']))).toStrictEqual([
      { type: 'member-appointed', at: '2024-01-05', member: 'm1', body: 'pm', seat: 'k' },
      { type: 'member-appointed', at: '2024-01-05', member: 'm2', body: 'pm', seat: 'k' },
    ]);
    expect(
      built(s, (b) => b.appoint('pm', 'k', ['m3'], { party: 'a', appointedBy: 'kommunestyret' })),
    ).toEqual([
      {
        type: 'member-appointed',
        at: '2024-01-05',
        member: 'm3',
        body: 'pm',
        seat: 'k',
        party: 'a',
        appointedBy: 'kommunestyret',
      },
    ]);
  });

  it('joins parties, by a council vote with its case number when given', () => {
    // Helgeland's kommuner are members once they have joined (the preset starts with none).
    const s = scenario(presets.helgeland).on('2023-06-20');
    expect(built(s, (b) => b.join('vega', 'traena'))).toStrictEqual([
      { type: 'party-joined', at: '2023-06-20', party: 'vega' },
      { type: 'party-joined', at: '2023-06-20', party: 'traena' },
    ]);
    const vote = { members: 21, present: 20, for: 12, against: 8 };
    expect(built(s, (b) => b.joinByVote('rana', vote))).toStrictEqual([
      { type: 'party-joined', at: '2023-06-20', party: 'rana', councilVote: vote },
    ]);
    expect(built(s, (b) => b.joinByVote('luroy', vote, { caseNumber: '23/41' }))).toStrictEqual([
      { type: 'party-joined', at: '2023-06-20', party: 'luroy', councilVote: vote, caseNumber: '23/41' },
    ]);
    expect(s.events).toHaveLength(4);
  });

  it('withdraws a party, with the date it takes effect only when given', () => {
    const s = scenario(minimalStatute).on('2024-06-01');
    expect(built(s, (b) => b.withdraw('a'))).toStrictEqual([
      { type: 'party-withdrew', at: '2024-06-01', party: 'a' },
    ]);
    expect(built(s, (b) => b.withdraw('b', { effective: '2025-06-01' }))).toStrictEqual([
      { type: 'party-withdrew', at: '2024-06-01', party: 'b', effective: '2025-06-01' },
    ]);
  });

  it('convenes a meeting the body’s notice days before, named after body and date unless named', () => {
    const s = scenario(minimalStatute).on('2024-03-14');
    expect(built(s, (b) => b.convene('ssu'))).toStrictEqual([
      {
        type: 'meeting-convened',
        at: '2024-03-07',
        meeting: 'ssu-2024-03-14',
        body: 'ssu',
        date: '2024-03-14',
      },
    ]);
    expect(built(s, (b) => b.convene('pm', { meeting: 'pm-1', chair: 'm1' }))).toStrictEqual([
      {
        type: 'meeting-convened',
        at: '2024-02-29',
        meeting: 'pm-1',
        body: 'pm',
        date: '2024-03-14',
        chair: 'm1',
      },
    ]);
    expect(built(s, (b) => b.convene('pm', { meeting: 'pm-2', noticeDays: 0 }))).toStrictEqual([
      { type: 'meeting-convened', at: '2024-03-14', meeting: 'pm-2', body: 'pm', date: '2024-03-14' },
    ]);
  });

  it('gives fourteen days’ notice where the statute says the notice is not stated', () => {
    const notStated: Statute = clone(minimalStatute);
    (notStated.bodies[1] as unknown as { noticeDays: unknown }).noticeDays = {
      kind: 'not-stated',
      ref: '§2',
    };
    expect(built(scenario(notStated).on('2024-03-15'), (b) => b.convene('ssu'))[0]?.at).toBe('2024-03-01');
  });

  it('convenes a body the statute does not name with fourteen days’ notice, for the engine to refuse', () => {
    expect(built(scenario(minimalStatute).on('2024-03-15'), (b) => b.convene('nobody'))).toStrictEqual([
      {
        type: 'meeting-convened',
        at: '2024-03-01',
        meeting: 'nobody-2024-03-15',
        body: 'nobody',
        date: '2024-03-15',
      },
    ]);
  });

  it('records attendance at the last meeting convened, or at the one named', () => {
    const s = withCase();
    expect(built(s, (b) => b.attend(['m1', 'm2']))).toStrictEqual([
      { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-1', present: ['m1', 'm2'] },
    ]);
    expect(built(s, (b) => b.attend(['m3'], 'ssu-9'))).toStrictEqual([
      { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-9', present: ['m3'] },
    ]);
    expect(built(scenario(minimalStatute), (b) => b.attend(['m1']))).toStrictEqual([
      { type: 'attendance-recorded', at: '2024-01-01', meeting: '', present: ['m1'] },
    ]);
  });

  it('proposes a case to the body of the meeting it is on, the last convened unless named', () => {
    expect(withCase().events.at(-1)).toEqual({
      type: 'proposal-submitted',
      at: '2024-03-14',
      proposal: 'SSU-1',
      body: 'ssu',
      matter: 'pathway',
      meeting: 'ssu-1',
      title: 'Forløp',
    });
    const s = withCase().convene('pm', { meeting: 'pm-1' });
    expect(
      built(s, (b) => b.propose('SSU-2', 'pathway', { meeting: 'ssu-1', escalatedFrom: 'FSU-1' })),
    ).toEqual([
      {
        type: 'proposal-submitted',
        at: '2024-03-14',
        proposal: 'SSU-2',
        body: 'ssu',
        matter: 'pathway',
        meeting: 'ssu-1',
        escalatedFrom: 'FSU-1',
      },
    ]);
    expect(built(scenario(minimalStatute), (b) => b.propose('X', 'pathway'))).toStrictEqual([
      {
        type: 'proposal-submitted',
        at: '2024-01-01',
        proposal: 'X',
        body: '',
        matter: 'pathway',
        meeting: '',
      },
    ]);
    expect(built(s, (b) => b.propose('Y', 'pathway', { meeting: 'never-convened' }))[0]).toMatchObject({
      body: '',
    });
  });

  it('casts each vote on the case, with a reservation only for the member who made one', () => {
    const s = withCase();
    expect(built(s, (b) => b.vote('SSU-1', { m1: 'for', m2: 'against' }, { m2: 'Forbehold' }))).toStrictEqual(
      [
        { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-1', member: 'm1', vote: 'for' },
        {
          type: 'vote-cast',
          at: '2024-03-14',
          proposal: 'SSU-1',
          member: 'm2',
          vote: 'against',
          reservation: 'Forbehold',
        },
      ],
    );
    expect(s.events.slice(-2).map((e) => e.type)).toStrictEqual(['vote-cast', 'vote-cast']);
    // A reservation keyed by a name of Object.prototype is no reservation of that member.
    expect(
      built(withCase(), (b) => b.vote('SSU-1', { toString: 'for' } as Record<string, 'for'>)),
    ).toStrictEqual([
      { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-1', member: 'toString', vote: 'for' },
    ]);
  });

  it('concludes and defers the last case proposed, or the one named', () => {
    expect(built(withCase(), (b) => b.conclude())).toStrictEqual([
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-1' },
    ]);
    expect(built(withCase(), (b) => b.conclude('SSU-9'))).toStrictEqual([
      { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-9' },
    ]);
    expect(built(scenario(minimalStatute), (b) => b.conclude())).toStrictEqual([
      { type: 'proposal-concluded', at: '2024-01-01', proposal: '' },
    ]);
    expect(built(withCase(), (b) => b.defer('ssu-2'))).toStrictEqual([
      { type: 'proposal-deferred', at: '2024-03-14', proposal: 'SSU-1', meeting: 'ssu-2' },
    ]);
    expect(built(withCase(), (b) => b.defer('ssu-2', 'SSU-9'))).toStrictEqual([
      { type: 'proposal-deferred', at: '2024-03-14', proposal: 'SSU-9', meeting: 'ssu-2' },
    ]);
    expect(built(scenario(minimalStatute), (b) => b.defer('ssu-2'))).toStrictEqual([
      { type: 'proposal-deferred', at: '2024-01-01', proposal: '', meeting: 'ssu-2' },
    ]);
  });

  it('records a first stage held by the secretariat or at a meeting', () => {
    expect(built(withCase(), (b) => b.discuss('SSU-1', 'secretariat'))).toStrictEqual([
      { type: 'proposal-discussed', at: '2024-03-14', proposal: 'SSU-1', by: 'secretariat' },
    ]);
    expect(built(withCase(), (b) => b.discuss('SSU-1', { meeting: 'ssu-1' }))).toStrictEqual([
      { type: 'proposal-discussed', at: '2024-03-14', proposal: 'SSU-1', meeting: 'ssu-1' },
    ]);
  });

  it('records a secretariat decision, with an amount and a title only when given', () => {
    const s = scenario(minimalStatute).on('2024-04-02');
    expect(built(s, (b) => b.secretariatDecides('SEK-1', 'ssu', 'pathway'))).toStrictEqual([
      { type: 'secretariat-decided', at: '2024-04-02', proposal: 'SEK-1', body: 'ssu', matter: 'pathway' },
    ]);
    expect(
      built(s, (b) => b.secretariatDecides('SEK-2', 'ssu', 'pathway', { amount: 25_000, title: 'Fagdag' })),
    ).toEqual([
      {
        type: 'secretariat-decided',
        at: '2024-04-02',
        proposal: 'SEK-2',
        body: 'ssu',
        matter: 'pathway',
        title: 'Fagdag',
        amount: 25_000,
      },
    ]);
  });

  it('forwards a case, and records a board’s statement with its text only when given', () => {
    expect(built(withCase(), (b) => b.forward('SSU-1', 'pm'))).toStrictEqual([
      { type: 'proposal-forwarded', at: '2024-03-14', proposal: 'SSU-1', to: 'pm' },
    ]);
    expect(built(withCase(), (b) => b.statement('nemnd', 'SSU-1', 'mediation'))).toStrictEqual([
      { type: 'statement-recorded', at: '2024-03-14', board: 'nemnd', proposal: 'SSU-1', kind: 'mediation' },
    ]);
    expect(built(withCase(), (b) => b.statement('nemnd', 'SSU-1', 'dispute', 'Slik'))).toStrictEqual([
      {
        type: 'statement-recorded',
        at: '2024-03-14',
        board: 'nemnd',
        proposal: 'SSU-1',
        kind: 'dispute',
        text: 'Slik',
      },
    ]);
  });

  it('escalates to the body the case’s body escalates to, or to the one named', () => {
    expect(built(withCase(), (b) => b.escalate('SSU-1'))).toStrictEqual([
      { type: 'proposal-escalated', at: '2024-03-14', proposal: 'SSU-1', to: 'pm' },
    ]);
    expect(built(withCase(), (b) => b.escalate('SSU-1', 'fsu'))).toStrictEqual([
      { type: 'proposal-escalated', at: '2024-03-14', proposal: 'SSU-1', to: 'fsu' },
    ]);
    // No such case, or a body that escalates nowhere: the event names no body.
    expect(built(withCase(), (b) => b.escalate('SSU-9'))).toStrictEqual([
      { type: 'proposal-escalated', at: '2024-03-14', proposal: 'SSU-9', to: '' },
    ]);
    const pmCase = scenario(minimalStatute).on('2024-03-14').convene('pm').propose('PM-1', 'budget');
    expect(built(pmCase, (b) => b.escalate('PM-1'))).toStrictEqual([
      { type: 'proposal-escalated', at: '2024-03-14', proposal: 'PM-1', to: '' },
    ]);
  });

  it('ratifies in each party’s own organ, adopted unless said, with a case number and vote when given', () => {
    const s = withCase().on('2024-05-01');
    expect(built(s, (b) => b.ratify('SSU-1', ['hf', 'a']))).toStrictEqual([
      {
        type: 'ratification-recorded',
        at: '2024-05-01',
        proposal: 'SSU-1',
        party: 'hf',
        organ: 'styre',
        decision: 'adopted',
      },
    ]);
    const vote = { members: 11, present: 11, for: 10, against: 1 };
    expect(
      built(withCase(), (b) =>
        b.ratify('SSU-1', ['b'], 'rejected', { caseNumber: '24/9', councilVote: vote }),
      ),
    ).toEqual([
      {
        type: 'ratification-recorded',
        at: '2024-03-14',
        proposal: 'SSU-1',
        party: 'b',
        organ: 'kommunestyre',
        decision: 'rejected',
        caseNumber: '24/9',
        councilVote: vote,
      },
    ]);
    // A party the statute does not name is recorded as a kommunestyre's vedtak (and rejected).
    expect(built(withCase(), (b) => b.ratify('SSU-1', ['nowhere']))[0]).toMatchObject({
      party: 'nowhere',
      organ: 'kommunestyre',
    });
  });

  it('amends the statute by a case', () => {
    const amended: Statute = { ...minimalStatute, version: '2' };
    expect(built(withCase(), (b) => b.amend('SSU-1', amended))).toStrictEqual([
      { type: 'statute-amended', at: '2024-03-14', proposal: 'SSU-1', statute: amended },
    ]);
  });
});

describe('a rejected step', () => {
  it('throws with the event and every reason, and leaves state and events as they were', () => {
    const s = withCase();
    const { state, events } = s;
    let error: unknown;
    try {
      s.vote('SSU-1', { stranger: 'for' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const e = error as ScenarioError;
    expect(e.name).toBe('ScenarioError');
    expect(e.event).toEqual({
      type: 'vote-cast',
      at: '2024-03-14',
      proposal: 'SSU-1',
      member: 'stranger',
      vote: 'for',
    });
    expect(e.reasons.length).toBeGreaterThan(0);
    expect(e.message).toMatch(/^scenario: vote-cast on 2024-03-14 was rejected: /);
    expect(s.state).toBe(state);
    expect(s.events).toEqual(events);
  });

  it('joins every reason into the message, in English, separated by semicolons', () => {
    const start = initialState(minimalStatute);
    const reasonsOf = (event: GovernanceEvent) => {
      const { outcome } = apply(start, event);
      return outcome.kind === 'rejected' ? outcome.reasons : [];
    };
    const vote: GovernanceEvent = {
      type: 'vote-cast',
      at: '2024-01-01',
      proposal: 'P',
      member: 'm',
      vote: 'for',
    };
    const attend: GovernanceEvent = {
      type: 'attendance-recorded',
      at: '2024-01-01',
      meeting: 'x',
      present: [],
    };
    const error = new ScenarioError(vote, [...reasonsOf(vote), ...reasonsOf(attend)]);
    expect(error.reasons.map((r) => r.code)).toStrictEqual(['proposal.unknown', 'meeting.unknown']);
    expect(error.message).toBe(
      `scenario: vote-cast on 2024-01-01 was rejected: ${error.reasons.map((r) => explainReason(r, { locale: 'en' })).join('; ')}`,
    );
    expect(error.message.split('; ')).toHaveLength(2);
  });

  it('stops at the first rejected event of several, keeping those before it', () => {
    const s = scenario(presets.helgeland).on('2023-06-20');
    expect(() =>
      s.record(
        { type: 'party-joined', at: '2023-06-20', party: 'vega' },
        { type: 'party-joined', at: '2023-06-20', party: 'nowhere' },
        { type: 'party-joined', at: '2023-06-20', party: 'traena' },
      ),
    ).toThrow(ScenarioError);
    expect(s.events).toEqual([{ type: 'party-joined', at: '2023-06-20', party: 'vega' }]);
    expect(s.state.seq).toBe(1);
  });
});

describe('a saved scenario', () => {
  it('is named after the statute unless named, and keeps what was expected of each case', () => {
    const s = withCase().expect('SSU-1', 'open');
    const saved = s.toJSON();
    expect(saved).toEqual({
      name: 'Test community',
      statute: s.statute,
      events: s.events,
      expected: { 'SSU-1': 'open' },
    });
    expect(s.expect('SSU-1', 'adopted').toJSON('x').expected).toEqual({ 'SSU-1': 'adopted' });
    expect(saved.expected).toEqual({ 'SSU-1': 'open' });
  });

  it('reports a case it does not know as unknown, and nothing when all is as expected', () => {
    const saved = withCase().expect('SSU-1', 'open').toJSON();
    expect(runScenario(saved).mismatches).toEqual([]);
    expect(runScenario({ ...saved, expected: { 'SSU-9': 'open' } }).mismatches).toEqual([
      { proposal: 'SSU-9', expected: 'open', actual: 'unknown' },
    ]);
    expect(runScenario(saved).state.seq).toBe(4);
  });

  it('reports as of a date when one is given', () => {
    const s = withCase();
    expect(s.report('SSU-1').proposal).toBe('SSU-1');
    expect(s.report('SSU-1').asOf).toBe('2024-03-14');
    expect(s.report('SSU-1', '2024-05-01').asOf).toBe('2024-05-01');
  });
});
