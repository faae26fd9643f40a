import { checkInvariants, invariants } from 'helsefellesskap/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as assessing from '../../src/assess/assess.js';
import {
  assessAll,
  type DecisionReport,
  type GovernanceEvent,
  replay,
  type State,
  type Statute,
  scenario,
} from '../../src/index.js';
import { innlandet } from '../engine/_innlandet.js';
import { revisionAdopted, ssuMembers, stavanger, vedtak } from '../engine/_stavanger.js';
import { personal, ssuMeeting, members as ssuSeats, votes } from '../engine/_substitutes.js';
import { clone } from '../fixtures.js';
import { recordOf } from './_records.js';

/**
 * A community on the Innlandet test statute (not a real sequence of meetings; invented for these
 * tests): PM-1, a budget the PM adopts on 2024-02-20 and every party ratifies on 2024-03-01;
 * PM-2, an open case at the same meeting; SSU-1, a procedure the SSU recommends; FU-1, advice of
 * the fagutvalg, forwarded to the arbeidsutvalg; SEK-1, a matter the secretariat decided.
 */
function community(): State {
  const s = scenario(innlandet).on('2024-01-10');
  s.appoint('pm', 'kommune', ['pm-k'], { party: 'kommune-a' }).appoint('pm', 'hf', ['pm-h']);
  s.appoint('ssu', 'kommune', ['ssu-k'], { party: 'kommune-a' }).appoint('ssu', 'hf', ['ssu-h']);
  s.appoint('fagutvalg-rus', 'kommune', ['fu-k'], { party: 'kommune-a' }).appoint('fagutvalg-rus', 'hf', [
    'fu-h',
  ]);
  s.on('2024-02-20').convene('pm').attend(['pm-k', 'pm-h']).propose('PM-1', 'budget');
  s.vote('PM-1', { 'pm-k': 'for', 'pm-h': 'for' }).conclude().propose('PM-2', 'budget');
  s.on('2024-02-21').convene('ssu').attend(['ssu-k', 'ssu-h']).propose('SSU-1', 'procedure');
  s.vote('SSU-1', { 'ssu-k': 'for', 'ssu-h': 'for' }).conclude();
  s.on('2024-02-22').convene('fagutvalg-rus').attend(['fu-k', 'fu-h']).propose('FU-1', 'procedure');
  s.vote('FU-1', { 'fu-k': 'for', 'fu-h': 'for' }).conclude();
  s.on('2024-03-01').ratify('PM-1', ['kommune-a', 'kommune-b', 'kommune-c', 'hf']);
  s.on('2024-03-02').secretariatDecides('SEK-1', 'au', 'operational', { amount: 100 });
  s.on('2024-03-03').forward('FU-1', 'au');
  return s.state;
}

/** FSU-1 fails and goes up to the SSU, where SSU-1 continues it (invented for these tests). */
function escalated(continued = true): State {
  const s = scenario(innlandet).on('2024-01-10');
  for (const body of ['ssu', 'fsu'])
    s.appoint(body, 'kommune', [`${body}-k`], { party: 'kommune-a' }).appoint(body, 'hf', [`${body}-h`]);
  s.on('2024-02-20').convene('fsu').propose('FSU-1', 'procedure');
  s.vote('FSU-1', { 'fsu-k': 'for', 'fsu-h': 'against' }).conclude();
  s.on('2024-02-21').escalate('FSU-1');
  if (continued) s.on('2024-03-05').convene('ssu').propose('SSU-1', 'procedure', { escalatedFrom: 'FSU-1' });
  return s.state;
}

/**
 * The Vestfold SSU with a personal vara (the test statute of test/engine/_substitutes.ts): the
 * vara for Horten stands in for ssu-horten at the meeting of 2024-03-14 and votes on SSU-7.
 */
function withVara(): State {
  const present = ['vara-horten', ...[1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`), 'ssu-fastlege-1'];
  const events: GovernanceEvent[] = [
    ...ssuSeats,
    {
      type: 'substitute-appointed',
      at: '2024-01-02',
      member: 'vara-horten',
      body: 'ssu',
      seat: 'horten',
      for: 'ssu-horten',
    },
    ...ssuMeeting(),
    {
      type: 'substitute-attending',
      at: '2024-03-10',
      member: 'vara-horten',
      body: 'ssu',
      for: 'ssu-horten',
      meeting: 'ssu-2024-03',
    },
    { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present },
    ...votes('SSU-7', present),
    { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' },
  ];
  return applied(personal, events);
}

/** Replays a log that must apply in full. */
function applied(statute: Statute, events: readonly GovernanceEvent[]): State {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toStrictEqual([]);
  return state;
}

/** A writable copy of a state, broken by `breakIt` on purpose. */
function broken(state: State, breakIt: (copy: any) => void): State {
  const copy = clone(state);
  breakIt(copy);
  return copy;
}

const run = (name: string, state: unknown) => {
  const check = invariants[name];
  if (check === undefined) throw new Error(`no invariant ${name}`);
  return check(state as State);
};

const violations = (invariant: string, ...details: string[]) =>
  details.map((detail) => ({ invariant, detail }));

/**
 * Runs an invariant on a state whose reports are edited by `edit` before the invariant reads
 * them: a faulty assessment, stood in for by hand, since a sound one always agrees with the
 * record it reads.
 */
function withReports(name: string, state: State, edit: (report: DecisionReport) => DecisionReport) {
  const reports = assessAll(state).map(edit);
  const faulty = vi.spyOn(assessing, 'assessAll').mockReturnValue(reports);
  try {
    return run(name, state);
  } finally {
    faulty.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

const state = community();

describe('the states these tests break', () => {
  it('keep every invariant, and have what each one looks at', () => {
    expect(assessAll(state).map((r) => [r.proposal, r.kind, r.status, r.valid])).toStrictEqual([
      ['PM-1', 'decision', 'in-force', true],
      ['PM-2', 'decision', 'open', false],
      ['SSU-1', 'recommendation', 'recommended', true],
      ['FU-1', 'advice', 'advised', true],
      ['SEK-1', 'decision', 'invalid', false],
    ]);
    expect(checkInvariants(state)).toStrictEqual([]);
    expect(checkInvariants(escalated())).toStrictEqual([]);
    expect(checkInvariants(escalated(false))).toStrictEqual([]);
    expect(checkInvariants(withVara())).toStrictEqual([]);
  });

  it('a JSON copy keeps every invariant but frozen', () => {
    expect(checkInvariants(clone(state))).toStrictEqual(violations('frozen', 'state'));
  });
});

describe('json', () => {
  const json = (breakIt: (copy: any) => void) => run('json', broken(state, breakIt));
  const changes = violations('json', 'the state changes through JSON');

  it('holds on plain data', () => {
    expect(json(() => {})).toStrictEqual([]);
  });

  it('fails on a key that holds undefined, deep in a case', () => {
    expect(json((s) => (recordOf(s, 'PM-1').title = undefined))).toStrictEqual(changes);
  });

  it('fails on an undefined in an array, which JSON writes as null', () => {
    expect(json((s) => (s.statutes[0].bodies[0].mandate.decides[0] = undefined))).toStrictEqual(changes);
  });

  it('fails on a function, and on a number JSON cannot write', () => {
    expect(json((s) => (recordOf(s, 'PM-1').votes.later = () => 'for'))).toStrictEqual(changes);
    expect(json((s) => (recordOf(s, 'SEK-1').amount = Number.NaN))).toStrictEqual(changes);
  });

  it('fails on an object JSON writes as an array', () => {
    // A value invented for the test: no own keys, and a JSON form that is an empty list.
    class Listed {
      toJSON() {
        return [];
      }
    }
    expect(json((s) => (recordOf(s, 'PM-1').votes = new Listed()))).toStrictEqual(changes);
  });

  it('fails on an object whose JSON form has a key the object only inherits', () => {
    // A value invented for the test: one own key, `mine`; its JSON form has one key, `theirs`,
    // which the object has from its prototype with the same value.
    class Inherits {
      mine = 1;
      toJSON() {
        return { theirs: 1 };
      }
    }
    (Inherits.prototype as unknown as { theirs: number }).theirs = 1;
    expect(json((s) => (recordOf(s, 'PM-1').votes = new Inherits()))).toStrictEqual(changes);
  });
});

describe('json, on values JSON writes as something else', () => {
  const json = (breakIt: (copy: any) => void) => run('json', broken(state, breakIt));
  const changes = violations('json', 'the state changes through JSON');

  it('fails on a Map, a Set and a class instance, which JSON writes as plain objects', () => {
    // Values invented for the test, each with no own keys JSON would write.
    class Tenure {
      declare readonly from: string;
    }
    expect(json((s) => (recordOf(s, 'PM-1').votes = new Map([['pm-k', 'for']])))).toStrictEqual(changes);
    expect(json((s) => (recordOf(s, 'PM-1').votes = new Set(['pm-k'])))).toStrictEqual(changes);
    expect(json((s) => (recordOf(s, 'PM-1').votes = new Tenure()))).toStrictEqual(changes);
    expect(json((s) => (recordOf(s, 'PM-1').votes = Object.create(null)))).toStrictEqual([]);
  });

  it('fails, and does not throw, on a value JSON cannot write at all', () => {
    expect(json((s) => (recordOf(s, 'SEK-1').amount = 100n))).toStrictEqual(
      violations('json', 'the state cannot be written as JSON: Do not know how to serialize a BigInt'),
    );
  });
});

describe('frozen', () => {
  it('names the first object in key order that is not frozen, however deep', () => {
    const parties = state.parties as Record<string, { periods: readonly object[] }>;
    // Hand-built: the state and its parties frozen, but the HF's periods and kommune-a's record not.
    const hf = Object.freeze({ periods: [{ from: '2020-01-01' }] });
    const thawed = Object.freeze({
      ...state,
      parties: Object.freeze({ ...parties, hf, 'kommune-a': { periods: [] } }),
    });
    expect(run('frozen', thawed)).toStrictEqual(violations('frozen', 'state.parties.hf.periods'));
    const deeper = Object.freeze({
      ...state,
      parties: Object.freeze({
        ...parties,
        hf: Object.freeze({ periods: Object.freeze([{ from: '2020-01-01' }]) }),
      }),
    });
    expect(run('frozen', deeper)).toStrictEqual(violations('frozen', 'state.parties.hf.periods.0'));
  });
});

describe('votes-by-seated-members', () => {
  const check = (breakIt: (copy: any) => void, from = state) =>
    run('votes-by-seated-members', broken(from, breakIt));

  it('fails on a vote on a decision of the secretariat, which has no meeting to vote at', () => {
    expect(check((s) => (recordOf(s, 'SEK-1').votes = { 'pm-k': 'for' }))).toStrictEqual(
      violations('votes-by-seated-members', 'SEK-1: no meeting (secretariat)'),
    );
  });

  it('fails on a case whose meeting is not on record, votes or none', () => {
    expect(check((s) => (recordOf(s, 'PM-2').meeting = 'pm-nowhere'))).toStrictEqual(
      violations('votes-by-seated-members', 'PM-2: no meeting pm-nowhere'),
    );
  });

  it('counts a seat from its first day and up to the day before it ends (the meeting is 2024-02-20)', () => {
    const tenure = (changes: object) => (s: any) => {
      const member = recordOf(s, 'pm-k', 'tenures');
      member.tenures = [{ ...member.tenures[0], ...changes }];
    };
    const unseated = violations('votes-by-seated-members', 'PM-1: pm-k');
    expect(check(tenure({ from: '2024-02-20' }))).toStrictEqual([]);
    expect(check(tenure({ from: '2024-02-21' }))).toStrictEqual(unseated);
    expect(check(tenure({ to: '2024-02-21' }))).toStrictEqual([]);
    expect(check(tenure({ to: '2024-02-20' }))).toStrictEqual(unseated);
    expect(check(tenure({ body: 'ssu' }))).toStrictEqual(unseated);
  });

  it('fails on the votes of a case whose body the statute does not have', () => {
    expect(check((s) => (recordOf(s, 'PM-1').body = 'nowhere'))).toStrictEqual(
      violations('votes-by-seated-members', 'PM-1: pm-k', 'PM-1: pm-h'),
    );
  });

  it('counts a vara who stands in for a member at the meeting, and no vara who does not', () => {
    const vara = withVara();
    expect(run('votes-by-seated-members', vara)).toStrictEqual([]);
    expect(check((s) => (recordOf(s, 'vara-horten', 'standsIn').standsIn = []), vara)).toStrictEqual(
      violations('votes-by-seated-members', 'SSU-7: vara-horten'),
    );
  });
});

describe('known-parties', () => {
  const check = (breakIt: (copy: any) => void) => run('known-parties', broken(state, breakIt));
  const adopted = [{ at: '2024-03-01', organ: 'kommunestyre', decision: 'adopted' }];

  it('names a party the statute does not have, and no more when there are fewer ratifiers than parties', () => {
    expect(
      check((s) => (recordOf(s, 'PM-1').ratifications = { 'kommune-a': adopted, nobody: adopted })),
    ).toStrictEqual(violations('known-parties', 'PM-1: nobody'));
  });

  it('knows no party on a case dated before every statute version (the statute is in force from 2020-01-01)', () => {
    expect(check((s) => (recordOf(s, 'PM-1').date = '2020-01-01'))).toStrictEqual([]);
    expect(check((s) => (recordOf(s, 'PM-1').date = '2019-12-31'))).toStrictEqual(
      violations(
        'known-parties',
        'PM-1: kommune-a',
        'PM-1: kommune-b',
        'PM-1: kommune-c',
        'PM-1: hf',
        'PM-1: more ratifiers than parties',
      ),
    );
  });
});

describe('binds-adopters', () => {
  /**
   * PM-1 with mixed vedtak (invented for the test): kommune-a and the HF adopt it, kommune-b
   * rejects it, kommune-c adopts it but its membership ends on 2024-03-02, before the date of
   * the reports (the state's last event, 2024-03-03).
   */
  const mixed = broken(state, (s) => {
    recordOf(s, 'PM-1').ratifications['kommune-b'] = [
      { at: '2024-03-01', organ: 'kommunestyre', decision: 'rejected' },
    ];
    s.parties['kommune-c'].periods = [{ from: '2020-01-01', to: '2024-03-02' }];
  });

  it('holds on what the engine decides: all four bound once all adopted, none while one rejects', () => {
    expect(assessAll(mixed)[0]?.binds).toStrictEqual([]);
    expect(run('binds-adopters', mixed)).toStrictEqual([]);
    expect(run('binds-adopters', state)).toStrictEqual([]);
  });

  it('fails on a report that binds a party that rejected it, has left, or never decided', () => {
    const bindsAll = (r: DecisionReport) =>
      r.proposal === 'PM-1' ? { ...r, binds: ['hf', 'kommune-a', 'kommune-b', 'kommune-c', 'kommune-x'] } : r;
    expect(withReports('binds-adopters', mixed, bindsAll)).toStrictEqual(
      violations('binds-adopters', 'PM-1: kommune-b', 'PM-1: kommune-c', 'PM-1: kommune-x'),
    );
  });

  it('reads each vedtak as of the report’s date: from the day it was made (2024-03-01)', () => {
    const on = (asOf: string) => (r: DecisionReport) => (r.proposal === 'PM-1' ? { ...r, asOf } : r);
    expect(withReports('binds-adopters', state, on('2024-03-01'))).toStrictEqual([]);
    expect(withReports('binds-adopters', state, on('2024-02-29'))).toStrictEqual(
      violations('binds-adopters', 'PM-1: hf', 'PM-1: kommune-a', 'PM-1: kommune-b', 'PM-1: kommune-c'),
    );
  });

  it('leaves reports under another effect, or with no ratification, alone', () => {
    const edit = (r: DecisionReport): DecisionReport =>
      r.ratification === undefined
        ? { ...r, binds: ['kommune-x'] }
        : { ...r, binds: ['kommune-x'], ratification: { ...r.ratification, effect: 'all-or-nothing' } };
    expect(withReports('binds-adopters', state, edit)).toStrictEqual([]);
  });
});

describe('binds-per-party', () => {
  const setup = [...ssuMembers, ...revisionAdopted];
  const id = 'SSU-2024-4';
  /** The Stavanger test statute with a deadline of 60 days, 2024-05-13 (an assumption for the test). */
  const withDeadline: Statute = {
    ...stavanger,
    ratification: [{ ...(stavanger.ratification[0] as Statute['ratification'][number]), deadlineDays: 60 }],
  };
  const inForce = applied(stavanger, [
    ...setup,
    vedtak('sandnes', '2024-04-18'),
    vedtak('sola', '2024-04-25', 'rejected'),
    vedtak('helse-stavanger', '2024-05-02'),
  ]);
  const awaitingHf = applied(stavanger, [...setup, vedtak('sandnes', '2024-04-18')]);

  it('holds on what the engine decides: the kommuner that adopted, with the HF, once the HF has', () => {
    const hfOnly = applied(stavanger, [...setup, vedtak('helse-stavanger', '2024-05-02')]);
    const hfRejects = applied(stavanger, [
      ...setup,
      vedtak('sandnes', '2024-04-18'),
      vedtak('helse-stavanger', '2024-05-02', 'rejected'),
    ]);
    const cases = [inForce, awaitingHf, hfOnly, hfRejects];
    expect(cases.map((s) => assessAll(s)[0]?.binds)).toStrictEqual([
      ['helse-stavanger', 'sandnes'],
      [],
      [],
      [],
    ]);
    expect(cases.map((s) => run('binds-per-party', s))).toStrictEqual([[], [], [], []]);
  });

  it('holds where a party that adopted has left, or the HF has, by the date of the report', () => {
    // Invented: a withdrawal taking effect on 2024-05-20, after the deadline; a late vedtak on 2024-06-01.
    const leaves = (party: string): GovernanceEvent[] => [
      ...setup,
      vedtak('sandnes', '2024-04-18'),
      vedtak('helse-stavanger', '2024-05-02'),
      { type: 'party-withdrew', at: '2024-05-10', party, effective: '2024-05-20' },
      vedtak('kvitsoy', '2024-06-01'),
    ];
    const sandnesLeft = applied(withDeadline, leaves('sandnes'));
    const hfLeft = applied(withDeadline, leaves('helse-stavanger'));
    expect([sandnesLeft, hfLeft].map((s) => assessAll(s)[0]?.binds)).toStrictEqual([[], ['sandnes']]);
    expect(run('binds-per-party', sandnesLeft)).toStrictEqual([]);
    expect(run('binds-per-party', hfLeft)).toStrictEqual([]);
  });

  it('fails on a report that leaves out the HF, or binds a kommune that rejected it', () => {
    const binds = (parties: string[]) => (r: DecisionReport) => ({ ...r, binds: parties });
    expect(withReports('binds-per-party', inForce, binds(['sandnes']))).toStrictEqual(
      violations('binds-per-party', `${id}: helse-stavanger`),
    );
    expect(
      withReports('binds-per-party', inForce, binds(['helse-stavanger', 'sandnes', 'sola'])),
    ).toStrictEqual(violations('binds-per-party', `${id}: sola`));
  });

  it('fails on a report that binds a kommune before the HF has adopted', () => {
    expect(withReports('binds-per-party', awaitingHf, (r) => ({ ...r, binds: ['sandnes'] }))).toStrictEqual(
      violations('binds-per-party', `${id}: sandnes`),
    );
  });

  it('fails on a status that does not follow from whether the rule is met', () => {
    const status = (s: DecisionReport['status']) => (r: DecisionReport) => ({ ...r, status: s });
    expect(withReports('binds-per-party', inForce, status('pending-ratification'))).toStrictEqual(
      violations('binds-per-party', `${id}: status pending-ratification`),
    );
    expect(withReports('binds-per-party', awaitingHf, status('in-force'))).toStrictEqual(
      violations('binds-per-party', `${id}: status in-force`),
    );
  });

  it('leaves reports under another effect alone, and a case dated before every statute version', () => {
    expect(withReports('binds-per-party', state, (r) => ({ ...r, binds: ['kommune-x'] }))).toStrictEqual([]);
    const early = broken(inForce, (s) => (recordOf(s, id).date = '2021-08-15'));
    expect(assessAll(early)[0]?.ratification?.effect).toBe('per-party');
    expect(run('binds-per-party', early)).toStrictEqual([]);
  });
});

describe('statutes-ordered', () => {
  const versions = (...dates: string[]) =>
    broken(state, (s) => {
      s.statutes = dates.map((effectiveFrom, i) => ({ ...s.statutes[0], version: `v${i}`, effectiveFrom }));
    });

  it('holds when each version comes into force at least a day after the one before', () => {
    expect(run('statutes-ordered', versions('2020-01-01', '2020-01-02', '2024-01-01'))).toStrictEqual([]);
  });

  it('names each version that is not later than the one before it', () => {
    expect(
      run('statutes-ordered', versions('2020-01-01', '2024-01-01', '2023-12-31', '2023-12-31')),
    ).toStrictEqual(violations('statutes-ordered', 'v2 after v1', 'v3 after v2'));
  });
});

describe('votes-within-seats', () => {
  const seats = (...counts: number[]) =>
    broken(state, (s) => {
      const pm = s.statutes[0].bodies.find((b: { id: string }) => b.id === 'pm');
      pm.seats = counts.map((count, i) => ({ ...pm.seats[0], id: `seat-${i}`, count }));
    });

  it('holds with as many votes as seats, counted over every seat', () => {
    expect(run('votes-within-seats', seats(2))).toStrictEqual([]);
    expect(run('votes-within-seats', seats(1, 1))).toStrictEqual([]);
  });

  it('fails with one vote more than the seats', () => {
    expect(run('votes-within-seats', seats(1))).toStrictEqual(
      violations('votes-within-seats', 'PM-1: 2 votes, 1 seats'),
    );
  });

  it('leaves a case of a body the statute does not have to other invariants', () => {
    expect(
      run(
        'votes-within-seats',
        broken(state, (s) => (recordOf(s, 'PM-1').body = 'nowhere')),
      ),
    ).toStrictEqual([]);
  });
});

describe('escalation-lies-once', () => {
  const check = (breakIt: (copy: any) => void) => run('escalation-lies-once', broken(escalated(), breakIt));

  it('holds for an escalation no case has taken up yet', () => {
    expect(run('escalation-lies-once', escalated(false))).toStrictEqual([]);
  });

  it('fails when the case continuing it sits at another body than the one it went to', () => {
    expect(check((s) => (recordOf(s, 'SSU-1').body = 'pm'))).toStrictEqual(
      violations('escalation-lies-once', 'FSU-1: continued at pm, not ssu'),
    );
  });

  it('fails when the case said to continue it is not on record, and the one that does is left unnamed', () => {
    expect(check((s) => (recordOf(s, 'FSU-1').escalation.as = 'SSU-9'))).toStrictEqual(
      violations(
        'escalation-lies-once',
        'FSU-1: SSU-9 does not continue it',
        'SSU-1: FSU-1 does not lie with it',
      ),
    );
  });

  it('fails, from each end, when a case names a source that does not lie with it', () => {
    expect(check((s) => delete recordOf(s, 'FSU-1').escalation.as)).toStrictEqual(
      violations('escalation-lies-once', 'SSU-1: FSU-1 does not lie with it'),
    );
    expect(check((s) => (recordOf(s, 'SSU-1').escalatedFrom = 'FSU-9'))).toStrictEqual(
      violations(
        'escalation-lies-once',
        'FSU-1: SSU-1 does not continue it',
        'SSU-1: FSU-9 does not lie with it',
      ),
    );
  });
});

describe('advice-never-binds', () => {
  it('fails on a vedtak recorded against advice', () => {
    const ratifiedAdvice = broken(state, (s) => {
      recordOf(s, 'FU-1').ratifications = { hf: [{ at: '2024-03-01', organ: 'styre', decision: 'adopted' }] };
    });
    expect(run('advice-never-binds', ratifiedAdvice)).toStrictEqual(
      violations('advice-never-binds', 'FU-1: advice advised, ratified'),
    );
  });

  it('fails on a recommendation reported as binding, or with any status only a decision has', () => {
    const ssu = (changes: Partial<DecisionReport>) => (r: DecisionReport) =>
      r.proposal === 'SSU-1' ? { ...r, ...changes } : r;
    expect(withReports('advice-never-binds', state, ssu({ binds: ['hf'] }))).toStrictEqual(
      violations('advice-never-binds', 'SSU-1: recommendation recommended'),
    );
    for (const status of ['adopted', 'pending-ratification', 'in-force', 'lapsed'] as const) {
      expect(withReports('advice-never-binds', state, ssu({ status }))).toStrictEqual(
        violations('advice-never-binds', `SSU-1: recommendation ${status}`),
      );
    }
  });
});

describe('a report of a case the record does not have', () => {
  // A report renamed by hand to a case that is not on record.
  const renamed = (id: string, binds: string[]) => (r: DecisionReport) =>
    r.proposal === id ? { ...r, proposal: `${id}-ghost`, binds } : r;

  it('is judged by the report alone where the report says enough: advice that binds', () => {
    expect(withReports('advice-never-binds', state, renamed('FU-1', ['hf']))).toStrictEqual(
      violations('advice-never-binds', 'FU-1-ghost: advice advised'),
    );
  });

  it('is left alone where an invariant would read the case’s vedtak', () => {
    expect(withReports('vedtak-on-valid-decisions', state, renamed('SEK-1', []))).toStrictEqual([]);
    expect(withReports('binds-adopters', state, renamed('PM-1', ['kommune-x']))).toStrictEqual([]);
  });
});

describe('phase-dates', () => {
  const check = (id: string, changes: object) =>
    run(
      'phase-dates',
      broken(state, (s) => Object.assign(recordOf(s, id), changes)),
    );

  it('holds for a case concluded on the day it is dated, and for a withdrawn one', () => {
    expect(check('PM-1', { date: '2024-02-20', concludedAt: '2024-02-20' })).toStrictEqual([]);
    expect(check('PM-2', { phase: 'withdrawn', withdrawnAt: '2024-02-25' })).toStrictEqual([]);
  });

  it('fails on a conclusion a day before the case’s date', () => {
    expect(check('PM-1', { date: '2024-02-21' })).toStrictEqual(
      violations('phase-dates', 'PM-1: concluded, concluded 2024-02-20, withdrawn undefined'),
    );
  });

  it('fails on an open case with a conclusion or a withdrawal', () => {
    expect(check('PM-2', { concludedAt: '2024-02-20' })).toStrictEqual(
      violations('phase-dates', 'PM-2: open, concluded 2024-02-20, withdrawn undefined'),
    );
    expect(check('PM-2', { withdrawnAt: '2024-02-25' })).toStrictEqual(
      violations('phase-dates', 'PM-2: open, concluded undefined, withdrawn 2024-02-25'),
    );
  });

  it('fails on a concluded case also withdrawn, and a withdrawn one concluded or with no date', () => {
    expect(check('PM-1', { withdrawnAt: '2024-02-25' })).toStrictEqual(
      violations('phase-dates', 'PM-1: concluded, concluded 2024-02-20, withdrawn 2024-02-25'),
    );
    expect(check('PM-1', { phase: 'withdrawn', withdrawnAt: '2024-02-25' })).toStrictEqual(
      violations('phase-dates', 'PM-1: withdrawn, concluded 2024-02-20, withdrawn 2024-02-25'),
    );
    expect(check('PM-2', { phase: 'withdrawn' })).toStrictEqual(
      violations('phase-dates', 'PM-2: withdrawn, concluded undefined, withdrawn undefined'),
    );
  });
});

describe('open-cases-untouched', () => {
  const check = (changes: object) =>
    run(
      'open-cases-untouched',
      broken(state, (s) => Object.assign(recordOf(s, 'PM-2'), changes)),
    );

  it('holds for an open case with empty lists of forwardings and statements', () => {
    expect(check({ forwarded: [], statements: [] })).toStrictEqual([]);
  });

  it('names each thing an open case cannot have yet', () => {
    const escalation = { to: 'ssu', at: '2024-02-21' };
    const forwarded = [{ to: 'ssu', at: '2024-02-21' }];
    const statements = [{ at: '2024-02-21', board: 'lokal-nemnd', kind: 'mediation' }];
    expect(check({ escalation })).toStrictEqual(
      violations('open-cases-untouched', 'PM-2: open, with an escalation'),
    );
    expect(check({ forwarded })).toStrictEqual(
      violations('open-cases-untouched', 'PM-2: open, with forwarding'),
    );
    expect(check({ statements })).toStrictEqual(
      violations('open-cases-untouched', 'PM-2: open, with statements'),
    );
    expect(
      check({
        ratifications: { hf: [{ at: '2024-03-01', organ: 'styre', decision: 'adopted' }] },
        escalation,
        forwarded,
        statements,
      }),
    ).toStrictEqual(
      violations('open-cases-untouched', 'PM-2: open, with vedtak, an escalation, forwarding, statements'),
    );
  });
});

describe('vedtak-after-decision', () => {
  const hf = (at: string) => ({ hf: [{ at, organ: 'styre', decision: 'adopted' }] });
  const check = (id: string, changes: object, drop?: string) =>
    run(
      'vedtak-after-decision',
      broken(state, (s) => {
        const record = recordOf(s, id);
        Object.assign(record, changes);
        if (drop !== undefined) delete record[drop];
      }),
    );

  it('holds for a vedtak on the day of the conclusion (2024-02-20)', () => {
    expect(check('PM-1', { ratifications: hf('2024-02-20') })).toStrictEqual([]);
  });

  it('fails on a vedtak on a case that is not concluded', () => {
    expect(check('PM-2', { ratifications: hf('2024-03-01') })).toStrictEqual(
      violations('vedtak-after-decision', 'PM-2: hf on 2024-03-01, open'),
    );
  });

  it('dates a conclusion with no date by the case’s own date', () => {
    expect(check('PM-1', { ratifications: hf('2024-02-20') }, 'concludedAt')).toStrictEqual([]);
    expect(check('PM-1', { ratifications: hf('2024-02-19') }, 'concludedAt')).toStrictEqual(
      violations('vedtak-after-decision', 'PM-1: hf on 2024-02-19, concluded'),
    );
  });
});

describe('vedtak-on-valid-decisions', () => {
  const vedtakOn = (id: string) =>
    broken(state, (s) => {
      recordOf(s, id).ratifications = { hf: [{ at: '2024-03-05', organ: 'styre', decision: 'adopted' }] };
    });

  it('fails on a vedtak on a valid recommendation', () => {
    expect(run('vedtak-on-valid-decisions', vedtakOn('SSU-1'))).toStrictEqual(
      violations('vedtak-on-valid-decisions', 'SSU-1: vedtak on a recommendation that is valid'),
    );
  });

  it('fails on a vedtak on a decision that is not valid', () => {
    expect(run('vedtak-on-valid-decisions', vedtakOn('SEK-1'))).toStrictEqual(
      violations('vedtak-on-valid-decisions', 'SEK-1: vedtak on a decision that is not valid'),
    );
  });
});

describe('agenda-lists-cases', () => {
  const meeting = (s: any) => recordOf(s, 'pm-2024-02-20', 'agenda');

  it('fails on every case of a meeting that has no agenda', () => {
    expect(
      run(
        'agenda-lists-cases',
        broken(state, (s) => delete meeting(s).agenda),
      ),
    ).toStrictEqual(
      violations(
        'agenda-lists-cases',
        'PM-1: not on the agenda of pm-2024-02-20',
        'PM-2: not on the agenda of pm-2024-02-20',
      ),
    );
  });

  it('fails on a case put to a meeting that is not on record', () => {
    expect(
      run(
        'agenda-lists-cases',
        broken(state, (s) => {
          recordOf(s, 'PM-2').meeting = 'pm-nowhere';
          meeting(s).agenda = ['PM-1'];
        }),
      ),
    ).toStrictEqual(violations('agenda-lists-cases', 'PM-2: not on the agenda of pm-nowhere'));
  });
});

describe('attendance-by-members', () => {
  const check = (breakIt: (copy: any) => void, from = state) =>
    run('attendance-by-members', broken(from, breakIt));
  const meeting = (s: any) => recordOf(s, 'pm-2024-02-20', 'agenda');

  it('holds for a vara standing in, and a meeting with no attendance recorded', () => {
    expect(run('attendance-by-members', withVara())).toStrictEqual([]);
    expect(check((s) => delete meeting(s).present)).toStrictEqual([]);
  });

  it('fails on a member whose seat ended before the meeting', () => {
    expect(
      check((s) => {
        const member = recordOf(s, 'pm-k', 'tenures');
        member.tenures = [{ ...member.tenures[0], to: '2024-02-20' }];
      }),
    ).toStrictEqual(violations('attendance-by-members', 'pm-2024-02-20: pm-k present without a seat'));
  });

  it('leaves a meeting of a body the statute does not have to other invariants', () => {
    expect(
      check((s) => {
        meeting(s).body = 'nowhere';
        meeting(s).present = { stranger: true };
      }),
    ).toStrictEqual([]);
  });
});

describe('secretariat-decides-alone', () => {
  const check = (id: string, changes: object) =>
    run(
      'secretariat-decides-alone',
      broken(state, (s) => Object.assign(recordOf(s, id), changes)),
    );
  const unsound = violations(
    'secretariat-decides-alone',
    'SEK-1: votes, recusals or a phase a decision of the secretariat cannot have',
  );

  it('fails on a case held at a meeting but said to be decided by the secretariat', () => {
    expect(check('PM-1', { decidedBy: 'secretariat' })).toStrictEqual(
      violations('secretariat-decides-alone', 'PM-1: meeting pm-2024-02-20, decided by secretariat'),
    );
  });

  it('fails on a decision of the secretariat with a recusal, still open, or concluded on another day', () => {
    expect(check('SEK-1', { recused: { 'pm-k': true } })).toStrictEqual(unsound);
    expect(check('SEK-1', { phase: 'open' })).toStrictEqual(unsound);
    expect(check('SEK-1', { concludedAt: '2024-03-03' })).toStrictEqual(unsound);
  });
});

describe('tenures-disjoint and periods-disjoint', () => {
  const tenures = (...periods: object[]) =>
    run(
      'tenures-disjoint',
      broken(state, (s) => {
        recordOf(s, 'pm-k', 'tenures').tenures = periods.map((p) => ({ body: 'pm', seat: 'kommune', ...p }));
      }),
    );
  const periods = (...list: object[]) =>
    run(
      'periods-disjoint',
      broken(state, (s) => (s.parties['kommune-b'].periods = list)),
    );

  it('hold for periods in any order that meet end to start', () => {
    expect(tenures({ from: '2024-06-01' }, { from: '2024-01-10', to: '2024-06-01' })).toStrictEqual([]);
    expect(periods({ from: '2024-06-01' }, { from: '2020-01-01', to: '2024-06-01' })).toStrictEqual([]);
  });

  it('hold for tenures on different bodies at once', () => {
    expect(tenures({ from: '2024-01-10' }, { body: 'ssu', from: '2024-01-10' })).toStrictEqual([]);
  });

  it('fail on a day of overlap, whatever the order, and on two starts on one day', () => {
    const overlapping = violations('tenures-disjoint', 'pm-k: overlapping tenures on pm');
    expect(tenures({ from: '2024-06-01' }, { from: '2024-01-10', to: '2024-06-02' })).toStrictEqual(
      overlapping,
    );
    expect(
      tenures({ from: '2024-01-10', to: '2024-03-01' }, { from: '2024-01-10', to: '2024-03-01' }),
    ).toStrictEqual(overlapping);
    expect(periods({ from: '2024-06-01' }, { from: '2020-01-01', to: '2024-06-02' })).toStrictEqual(
      violations('periods-disjoint', 'kommune-b: overlapping membership periods'),
    );
  });
});

describe('seq-unique', () => {
  const seq = (n: number) =>
    run(
      'seq-unique',
      broken(state, (s) => (recordOf(s, 'PM-1').seq = n)),
    );

  it('holds for a sequence number just below the state’s, and fails on the state’s own', () => {
    expect(state.seq).toBe(31);
    expect(seq(30)).toStrictEqual([]);
    expect(seq(31)).toStrictEqual(violations('seq-unique', 'PM-1: seq 31, state at 31'));
  });

  it('names the second case with a number another case has', () => {
    expect(seq(12)).toStrictEqual(violations('seq-unique', 'PM-2: seq 12 as PM-1'));
  });
});
