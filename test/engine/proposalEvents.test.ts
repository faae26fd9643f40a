import { describe, expect, it } from 'vitest';
import { type GovernanceEvent, getMeeting, getProposal, type Reason, type Statute } from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { accepts, pmAdopted, pmOnly, rejects, run, setup } from './_cases.js';

// Invented test data: the fixture statute and the members, meetings and cases of ./_cases.ts.

const state = run(minimalStatute, setup);

const submit = (changes: Record<string, unknown> = {}): GovernanceEvent =>
  ({
    type: 'proposal-submitted',
    at: '2024-02-01',
    proposal: 'SSU-2',
    body: 'ssu',
    matter: 'pathway',
    meeting: 'ssu-1',
    ...changes,
  }) as GovernanceEvent;

/** SSU-1 concluded on 2024-03-05 with no one present: not quorate, so the SSU did not decide it. */
const failed = run(minimalStatute, [
  ...setup,
  { type: 'proposal-concluded', at: '2024-03-05', proposal: 'SSU-1' },
]);
const escalated = accepts(failed, {
  type: 'proposal-escalated',
  at: '2024-03-06',
  proposal: 'SSU-1',
  to: 'pm',
});

describe('proposal-submitted: every reason a case cannot be put, in order', () => {
  it('names the meeting’s body, the unknown body and the unknown matter together', () => {
    rejects(state, submit({ body: 'zz', matter: 'zz' }), [
      { code: 'proposal.wrong-body', params: { meeting: 'ssu-1', meetingBody: 'ssu', body: 'zz' } },
      { code: 'body.unknown', params: { body: 'zz' } },
      { code: 'proposal.unknown-matter', params: { matter: 'zz' } },
    ]);
  });

  it('rejects a case at a meeting of a body the version in force that day no longer has', () => {
    const later = accepts(state, { type: 'statute-adopted', at: '2024-02-01', statute: pmOnly });
    // A tabling member is not judged against a body that is not there.
    rejects(later, submit({ tabledBy: { kind: 'member', member: 'ssu-a' } }), [
      { code: 'body.unknown', params: { body: 'ssu' } },
    ]);
  });

  it('records the case as put, with its title, tabler and closed ground, on the meeting’s agenda', () => {
    const next = accepts(
      state,
      submit({
        title: 'Forløp',
        tabledBy: { kind: 'member', member: 'ssu-a' },
        closed: { ground: 'offl. § 13' },
      }),
    );
    expect(getProposal(next, 'SSU-2')).toStrictEqual({
      id: 'SSU-2',
      seq: state.seq,
      body: 'ssu',
      matter: 'pathway',
      meeting: 'ssu-1',
      date: '2024-03-05',
      title: 'Forløp',
      submittedAt: '2024-02-01',
      phase: 'open',
      votes: {},
      recused: {},
      tabledBy: { kind: 'member', member: 'ssu-a' },
      closed: { ground: 'offl. § 13' },
      ratifications: {},
    });
    expect(getMeeting(next, 'ssu-1')?.agenda).toStrictEqual(['SSU-1', 'SSU-2']);
  });
});

describe('proposal-submitted: who tabled it', () => {
  it('lets the secretariat or a body of the statute table a case, not a body it does not have', () => {
    accepts(state, submit({ tabledBy: { kind: 'secretariat' } }));
    accepts(state, submit({ tabledBy: { kind: 'body', body: 'fsu' } }));
    rejects(state, submit({ tabledBy: { kind: 'body', body: 'zz' } }), [
      { code: 'body.unknown', params: { body: 'zz' } },
    ]);
  });

  it('rejects a member of another body, citing the body', () => {
    rejects(state, submit({ tabledBy: { kind: 'member', member: 'pm-a' } }), [
      { code: 'proposal.tabler-not-member', params: { member: 'pm-a', body: 'ssu' }, ref: '§2' },
    ]);
  });

  it('rejects a member whose seat has no forslagsrett, citing the seat, else the body', () => {
    rejects(state, submit({ tabledBy: { kind: 'member', member: 'ssu-gp' } }), [
      { code: 'proposal.no-forslagsrett', params: { member: 'ssu-gp', seat: 'gp' }, ref: '§2' },
    ]);
    // Invented: the fastlege seat with a section of its own.
    const cited: Statute = {
      ...minimalStatute,
      bodies: minimalStatute.bodies.map((b) =>
        b.id === 'ssu' ? { ...b, seats: b.seats.map((s) => (s.id === 'gp' ? { ...s, ref: '§3' } : s)) } : b,
      ),
    };
    rejects(run(cited, setup), submit({ tabledBy: { kind: 'member', member: 'ssu-gp' } }), [
      { code: 'proposal.no-forslagsrett', params: { member: 'ssu-gp', seat: 'gp' }, ref: '§3' },
    ]);
  });
});

describe('proposal-submitted: a case taken up from an escalation', () => {
  const upward = (changes: Record<string, unknown> = {}) =>
    submit({ proposal: 'PM-2', body: 'pm', meeting: 'pm-1', escalatedFrom: 'SSU-1', ...changes });

  it('rejects an unknown source', () => {
    rejects(escalated, upward({ escalatedFrom: 'zz' }), [
      { code: 'escalation.unknown-source', params: { proposal: 'zz' } },
    ]);
  });

  it('rejects a source not escalated, escalated to another body, or already taken up', () => {
    rejects(failed, upward(), [
      { code: 'escalation.source-not-escalated', params: { proposal: 'SSU-1', body: 'pm' } },
    ]);
    rejects(escalated, submit({ proposal: 'SSU-2', escalatedFrom: 'SSU-1' }), [
      { code: 'escalation.source-not-escalated', params: { proposal: 'SSU-1', body: 'ssu' } },
    ]);
    const taken = accepts(escalated, upward());
    rejects(taken, upward({ proposal: 'PM-3' }), [
      { code: 'escalation.source-not-escalated', params: { proposal: 'SSU-1', body: 'pm' } },
    ]);
  });

  it('rejects another matter than the source’s', () => {
    rejects(escalated, upward({ matter: 'budget' }), [
      {
        code: 'escalation.wrong-matter',
        params: { proposal: 'SSU-1', matter: 'budget', sourceMatter: 'pathway' },
      },
    ]);
  });

  it('links the source to the case that takes it up', () => {
    const taken = accepts(escalated, upward());
    expect(getProposal(taken, 'SSU-1')?.escalation).toStrictEqual({ to: 'pm', at: '2024-03-06', as: 'PM-2' });
    expect(getProposal(taken, 'PM-2')?.escalatedFrom).toBe('SSU-1');
  });
});

describe('proposal-discussed: the first stage, at a meeting held or by the secretariat', () => {
  const discuss = (changes: Record<string, unknown>): GovernanceEvent =>
    ({ type: 'proposal-discussed', at: '2024-03-01', proposal: 'SSU-1', ...changes }) as GovernanceEvent;

  it('rejects a first stage at a meeting and by the secretariat at once, or neither', () => {
    const where: Reason[] = [{ code: 'proposal.discussed-where', params: { proposal: 'SSU-1' } }];
    rejects(state, discuss({ meeting: 'pm-1', by: 'secretariat' }), where);
    rejects(state, discuss({}), where);
  });

  it('rejects an unknown meeting, or one not yet held, and takes it on its day', () => {
    rejects(state, discuss({ meeting: 'zz' }), [{ code: 'meeting.unknown', params: { meeting: 'zz' } }]);
    rejects(state, discuss({ at: '2024-02-29', meeting: 'pm-1' }), [
      { code: 'meeting.not-held', params: { meeting: 'pm-1', date: '2024-03-01' } },
    ]);
    const next = accepts(state, discuss({ at: '2024-03-01', meeting: 'pm-1' }));
    expect(getProposal(next, 'SSU-1')?.firstStages).toStrictEqual([
      { meeting: 'pm-1', body: 'pm', date: '2024-03-01' },
    ]);
  });

  it('records the secretariat’s first stage on its day, after any earlier one', () => {
    const once = accepts(state, discuss({ at: '2024-03-01', meeting: 'pm-1' }));
    const twice = accepts(once, discuss({ at: '2024-03-02', by: 'secretariat' }));
    expect(getProposal(twice, 'SSU-1')?.firstStages).toStrictEqual([
      { meeting: 'pm-1', body: 'pm', date: '2024-03-01' },
      { by: 'secretariat', date: '2024-03-02' },
    ]);
  });

  it('rejects a first stage of a concluded case', () => {
    rejects(failed, discuss({ by: 'secretariat' }), [
      { code: 'proposal.closed', params: { proposal: 'SSU-1', phase: 'concluded' } },
    ]);
  });
});

describe('proposal-concluded', () => {
  it('rejects a conclusion before the meeting is held, and takes it on the day', () => {
    rejects(state, { type: 'proposal-concluded', at: '2024-03-04', proposal: 'SSU-1' }, [
      { code: 'meeting.not-held', params: { meeting: 'ssu-1', date: '2024-03-05' } },
    ]);
    const next = accepts(state, { type: 'proposal-concluded', at: '2024-03-05', proposal: 'SSU-1' });
    expect(getProposal(next, 'SSU-1')).toMatchObject({ phase: 'concluded', concludedAt: '2024-03-05' });
    expect(next.recordedUntil).toStrictEqual({ ssu: '2024-03-05' });
  });

  it('rejects a conclusion of a decision the secretariat made, which is concluded as made', () => {
    const decided = accepts(state, {
      type: 'secretariat-decided',
      at: '2024-02-01',
      proposal: 'S-1',
      body: 'ssu',
      matter: 'pathway',
    });
    rejects(decided, { type: 'proposal-concluded', at: '2024-02-02', proposal: 'S-1' }, [
      { code: 'proposal.closed', params: { proposal: 'S-1', phase: 'concluded' } },
    ]);
  });
});

describe('a case whose body the version in force on its meeting day no longer has', () => {
  it('rejects a vote, naming the body and the version', () => {
    const later = accepts(state, { type: 'statute-adopted', at: '2024-02-01', statute: pmOnly });
    rejects(later, { type: 'vote-cast', at: '2024-03-05', proposal: 'SSU-1', member: 'ssu-a', vote: 'for' }, [
      { code: 'body.unknown', params: { body: 'ssu', version: '2' } },
    ]);
    // An amendment names the case it rests on as unknown.
    rejects(later, { type: 'statute-amended', at: '2024-03-05', proposal: 'SSU-1', statute: pmOnly }, [
      { code: 'amendment.unknown-proposal', params: { proposal: 'SSU-1' } },
    ]);
  });
});

describe('events after a case is concluded', () => {
  it('rejects an escalation to another body than the one the body escalates to', () => {
    rejects(failed, { type: 'proposal-escalated', at: '2024-03-06', proposal: 'SSU-1', to: 'fsu' }, [
      { code: 'escalation.wrong-target', params: { to: 'fsu', expected: 'pm' }, ref: '§2' },
    ]);
    rejects(escalated, { type: 'proposal-escalated', at: '2024-03-07', proposal: 'SSU-1', to: 'pm' }, [
      { code: 'proposal.escalated', params: { proposal: 'SSU-1', to: 'pm' } },
    ]);
  });

  it('rejects forwarding a recommendation of a body with no route, citing its mandate', () => {
    // Invented: a PM that may also recommend on pathways, with nowhere to send them.
    const recommends: Statute = {
      ...minimalStatute,
      bodies: minimalStatute.bodies.map((b) =>
        b.id === 'pm' ? { ...b, mandate: { ...b.mandate, recommends: ['pathway'] } } : b,
      ),
    };
    const adopted = run(recommends, [
      ...setup,
      submit({ proposal: 'PM-2', body: 'pm', meeting: 'pm-1' }),
      ...pmAdopted.map((e) => ('proposal' in e ? { ...e, proposal: 'PM-2' } : e) as GovernanceEvent),
    ]);
    rejects(adopted, { type: 'proposal-forwarded', at: '2024-03-02', proposal: 'PM-2', to: 'ssu' }, [
      { code: 'forward.no-route', params: { body: 'pm' }, ref: '§1' },
    ]);
  });

  it('rejects a ratification dated before the decision, and takes one on its day', () => {
    const ratify = (at: string, changes: Record<string, unknown> = {}): GovernanceEvent =>
      ({
        type: 'ratification-recorded',
        at,
        proposal: 'PM-1',
        party: 'a',
        organ: 'kommunestyre',
        decision: 'adopted',
        ...changes,
      }) as GovernanceEvent;
    const late = run(minimalStatute, [
      ...setup,
      ...pmAdopted.map((e) =>
        e.type === 'proposal-concluded' ? ({ ...e, at: '2024-03-03' } as GovernanceEvent) : e,
      ),
    ]);
    rejects(late, ratify('2024-03-02'), [
      { code: 'ratification.before-decision', params: { proposal: 'PM-1', decided: '2024-03-03' } },
    ]);
    const ratified = accepts(late, ratify('2024-03-03', { caseNumber: 'PS 12/24' }));
    expect(getProposal(ratified, 'PM-1')?.ratifications).toStrictEqual({
      a: [{ at: '2024-03-03', organ: 'kommunestyre', decision: 'adopted', caseNumber: 'PS 12/24' }],
    });
    // A helseforetak's styre is no council: a council vote it records cannot be counted.
    const vote = { members: 9, present: 9, for: 9, against: 0 };
    rejects(late, ratify('2024-03-03', { party: 'hf', organ: 'styre', councilVote: vote }), [
      {
        code: 'ratification.invalid-council-vote',
        params: { party: 'hf', code: 'council.not-a-council' },
        ref: 'koml. § 11-9',
      },
    ]);
  });
});

describe('secretariat-decided', () => {
  it('rejects a case id that is no id', () => {
    rejects(
      state,
      { type: 'secretariat-decided', at: '2024-02-01', proposal: '', body: 'ssu', matter: 'pathway' },
      [{ code: 'event.invalid-id', params: { field: 'proposal', value: '' } }],
    );
  });
});
