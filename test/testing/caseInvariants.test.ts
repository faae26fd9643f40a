import { checkInvariants, invariants } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { assess, type State, scenario } from '../../src/index.js';
import { innlandet } from '../engine/_innlandet.js';
import { recordOf } from './_records.js';

/**
 * PM-1, a budget the PM adopts and every party ratifies; PM-2, an open case; SEK-1, a matter
 * the secretariat decided (outside any delegation, so invalid, but on record).
 */
function community(): State {
  const s = scenario(innlandet).on('2024-01-10');
  s.appoint('pm', 'kommune', ['pm-k'], { party: 'kommune-a' }).appoint('pm', 'hf', ['pm-h']);
  s.on('2024-02-20').convene('pm').attend(['pm-k', 'pm-h']).propose('PM-1', 'budget');
  s.vote('PM-1', { 'pm-k': 'for', 'pm-h': 'for' }).conclude().propose('PM-2', 'budget');
  s.on('2024-03-01').ratify('PM-1', ['kommune-a', 'kommune-b', 'kommune-c', 'hf']);
  s.on('2024-03-02').secretariatDecides('SEK-1', 'au', 'operational', { amount: 100 });
  return s.state;
}

/** A writable JSON copy of a state, for breaking on purpose. */
const copy = (state: State) => JSON.parse(JSON.stringify(state));

const run = (name: string, state: unknown) =>
  (invariants[name] as (s: State) => { invariant: string; detail: string }[])(state as State);

describe('case invariants, each shown able to fail', () => {
  const state = community();

  it('hold on a state the reducer built, which has what each one looks at', () => {
    expect(assess(state, 'PM-1').status).toBe('in-force');
    expect(assess(state, 'PM-2').status).toBe('open');
    expect(assess(state, 'SEK-1').decidedBy).toBe('secretariat');
    expect(checkInvariants(state)).toEqual([]);
    expect(Object.keys(invariants)).toHaveLength(20);
  });

  it('phase-dates: a concluded case with no date of conclusion', () => {
    const broken = copy(state);
    delete recordOf(broken, 'PM-1').concludedAt;
    expect(run('phase-dates', broken)).toEqual([
      { invariant: 'phase-dates', detail: 'PM-1: concluded, concluded undefined, withdrawn undefined' },
    ]);
  });

  it('open-cases-untouched: a vedtak on an open case', () => {
    const broken = copy(state);
    recordOf(broken, 'PM-2').ratifications = {
      hf: [{ at: '2024-03-01', organ: 'styre', decision: 'adopted' }],
    };
    expect(run('open-cases-untouched', broken)).toEqual([
      { invariant: 'open-cases-untouched', detail: 'PM-2: open, with vedtak' },
    ]);
  });

  it('vedtak-after-decision: a vedtak dated before the decision', () => {
    const broken = copy(state);
    const ratifications = recordOf(broken, 'PM-1').ratifications as Record<string, { at: string }[]>;
    (ratifications.hf?.[0] as { at: string }).at = '2024-02-19';
    expect(run('vedtak-after-decision', broken)).toEqual([
      { invariant: 'vedtak-after-decision', detail: 'PM-1: hf on 2024-02-19, concluded 2024-02-20' },
    ]);
  });

  it('vedtak-on-valid-decisions: the statute on record no longer lets the PM decide budgets', () => {
    const broken = copy(state);
    const mandate = broken.statutes[0].bodies.find((b: { id: string }) => b.id === 'pm').mandate;
    mandate.decides = mandate.decides.filter((m: string) => m !== 'budget');
    expect(run('vedtak-on-valid-decisions', broken)).toEqual([
      {
        invariant: 'vedtak-on-valid-decisions',
        detail: 'PM-1: vedtak on a recommendation that is not valid',
      },
    ]);
  });

  it('agenda-lists-cases: a case missing from its meeting’s agenda', () => {
    const broken = copy(state);
    const meeting = recordOf(broken, 'pm-2024-02-20', 'agenda');
    meeting.agenda = ['PM-1', 'NOPE'];
    expect(run('agenda-lists-cases', broken)).toEqual([
      { invariant: 'agenda-lists-cases', detail: 'PM-2: not on the agenda of pm-2024-02-20' },
      { invariant: 'agenda-lists-cases', detail: 'pm-2024-02-20: no case NOPE' },
    ]);
  });

  it('attendance-by-members: someone present with no seat', () => {
    const broken = copy(state);
    const meeting = recordOf(broken, 'pm-2024-02-20', 'agenda');
    meeting.present = { ...(meeting.present as object), stranger: true };
    expect(run('attendance-by-members', broken)).toEqual([
      { invariant: 'attendance-by-members', detail: 'pm-2024-02-20: stranger present without a seat' },
    ]);
  });

  it('secretariat-decides-alone: a vote on a decision of the secretariat, and a case with neither', () => {
    const broken = copy(state);
    recordOf(broken, 'SEK-1').votes = { 'pm-k': 'for' };
    delete recordOf(broken, 'PM-2').meeting;
    expect(run('secretariat-decides-alone', broken)).toEqual([
      { invariant: 'secretariat-decides-alone', detail: 'PM-2: meeting undefined, decided by undefined' },
      {
        invariant: 'secretariat-decides-alone',
        detail: 'SEK-1: votes, recusals or a phase a decision of the secretariat cannot have',
      },
    ]);
  });

  it('tenures-disjoint: two tenures on one body at once', () => {
    const broken = copy(state);
    const member = recordOf(broken, 'pm-k', 'tenures');
    member.tenures = [...(member.tenures as object[]), { body: 'pm', seat: 'kommune', from: '2024-02-01' }];
    expect(run('tenures-disjoint', broken)).toEqual([
      { invariant: 'tenures-disjoint', detail: 'pm-k: overlapping tenures on pm' },
    ]);
  });

  it('periods-disjoint: a party joined twice with no end between', () => {
    const broken = copy(state);
    broken.parties['kommune-b'].periods.push({ from: '2024-01-01' });
    expect(run('periods-disjoint', broken)).toEqual([
      { invariant: 'periods-disjoint', detail: 'kommune-b: overlapping membership periods' },
    ]);
  });

  it('seq-unique: two cases with one sequence number', () => {
    const broken = copy(state);
    recordOf(broken, 'PM-2').seq = recordOf(broken, 'PM-1').seq;
    expect(run('seq-unique', broken).map((v) => v.invariant)).toEqual(['seq-unique']);
  });
});

describe('the record invariants, each shown able to fail', () => {
  const state = community();

  it('json: a value JSON cannot carry', () => {
    const broken = copy(state);
    broken.lastAt = new Date(0);
    expect(run('json', broken)).toEqual([{ invariant: 'json', detail: 'the state changes through JSON' }]);
  });

  it('frozen: a copy nobody froze', () => {
    expect(run('frozen', copy(state))).toEqual([{ invariant: 'frozen', detail: 'state' }]);
  });

  it('votes-by-seated-members: a vote by someone with no seat', () => {
    const broken = copy(state);
    recordOf(broken, 'PM-2').votes = { stranger: 'for' };
    expect(run('votes-by-seated-members', broken)).toEqual([
      { invariant: 'votes-by-seated-members', detail: 'PM-2: stranger' },
    ]);
  });

  it('known-parties: a vedtak by a party the statute does not have', () => {
    const broken = copy(state);
    const ratifications = recordOf(broken, 'PM-1').ratifications as Record<string, unknown>;
    ratifications.nobody = [{ at: '2024-03-01', organ: 'kommunestyre', decision: 'adopted' }];
    expect(run('known-parties', broken)).toEqual([
      { invariant: 'known-parties', detail: 'PM-1: nobody' },
      { invariant: 'known-parties', detail: 'PM-1: more ratifiers than parties' },
    ]);
  });
});
