import { describe, expect, it } from 'vitest';
import {
  assess,
  type Check,
  type CheckId,
  explain,
  type GovernanceEvent,
  replay,
  requirements,
  type Statute,
} from '../../src/index.js';
import { appointPm, pmMembers, vestfoldStated } from './_vestfold.js';

const check = <I extends CheckId>(report: ReturnType<typeof assess>, id: I) =>
  report.checks.find((c): c is Extract<Check, { id: I }> => c.id === id);

/** A PM-1 budget case on the Vestfold partnerskapsmøte's agenda, `members` appointed and `present` attending. */
function pmCase(members: readonly string[], present: readonly string[]): GovernanceEvent[] {
  return [
    ...appointPm().filter((e) => e.type === 'member-appointed' && members.includes(e.member)),
    { type: 'meeting-convened', at: '2024-05-01', meeting: 'pm-2024', body: 'pm', date: '2024-06-01' },
    {
      type: 'proposal-submitted',
      at: '2024-05-01',
      proposal: 'PM-1',
      body: 'pm',
      matter: 'budget',
      meeting: 'pm-2024',
    },
    { type: 'attendance-recorded', at: '2024-06-01', meeting: 'pm-2024', present: [...present] },
  ];
}

/** A budget in the Vestfold partnerskapsmøte (18 voting seats) with `members` appointed, all present and for. */
function pmBudget(members: readonly string[], statute: Statute = vestfoldStated, recused: string[] = []) {
  const events: GovernanceEvent[] = [
    ...pmCase(members, members),
    ...recused.map(
      (member): GovernanceEvent => ({ type: 'member-recused', at: '2024-06-01', proposal: 'PM-1', member }),
    ),
    ...members
      .filter((m) => !recused.includes(m))
      .map(
        (member): GovernanceEvent => ({
          type: 'vote-cast',
          at: '2024-06-01',
          proposal: 'PM-1',
          member,
          vote: 'for',
        }),
      ),
    { type: 'proposal-concluded', at: '2024-06-01', proposal: 'PM-1' },
  ];
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return assess(state, 'PM-1');
}

/** The first `n` members, taking the kommune side and the HF side in turn so both are represented. */
const firstOf = (n: number): string[] => {
  const hf = pmMembers.filter((m) => m.startsWith('pm-siv'));
  const rest = pmMembers.filter((m) => !hf.includes(m));
  return [...hf, ...rest].slice(0, n);
};

const inOffice: Statute = {
  ...vestfoldStated,
  bodies: vestfoldStated.bodies.map((b) => (b.id === 'pm' ? { ...b, membersCounted: 'in-office' } : b)),
};

describe('vacancies: "the members" are the seats the body shall have', () => {
  it('with 8 of 18 seats filled, all present and for, the partnerskapsmøte is not quorate', () => {
    const report = pmBudget(firstOf(8));
    expect(report).toMatchObject({ status: 'invalid', valid: false });
    expect(check(report, 'seats')).toMatchObject({ ok: true, params: { seats: 18, seated: 8, vacant: 10 } });
    expect(check(report, 'quorum')).toMatchObject({
      ok: false,
      code: 'quorum.short',
      params: { base: 'seats', baseCount: 18, required: 9, got: 8, missing: 1 },
    });
  });

  it('with 9 of 18 filled it is quorate, and the seats check names every vacant seat and its side', () => {
    const report = pmBudget(firstOf(9));
    expect(report).toMatchObject({ status: 'pending-ratification', valid: true });
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 18, required: 9, got: 9 });
    expect(check(report, 'seats')?.params.vacancies).toEqual([
      { seat: 'sandefjord', bloc: 'kommunesiden', vacant: 1 },
      { seat: 'larvik', bloc: 'kommunesiden', vacant: 2 },
      { seat: 'faerder', bloc: 'kommunesiden', vacant: 2 },
      { seat: 'fastlege', vacant: 2 },
      { seat: 'bruker', vacant: 2 },
    ]);
    // The fastlege and bruker seats vote but belong to neither side: the report says so.
    expect(check(report, 'seats')?.params).toMatchObject({
      withoutSide: 4,
      withoutSideRoles: ['fastlege', 'bruker'],
    });
    expect(explain(report, { locale: 'nb' }).split('\n')[3]).toBe(
      '  ✓ Sammensetning: 9 av 18 plasser med stemmerett er besatt (4 av de 18 hører ikke til noen side: fastlege, bruker); ledig: 1 på sandefjord (kommunesiden), 2 på larvik (kommunesiden), 2 på faerder (kommunesiden), 2 på fastlege, 2 på bruker (partnerskapsmøtet)',
    );
    expect(explain(report, { locale: 'en' }).split('\n')[5]).toBe(
      '  ✓ Quorum: 9 of 18 voting seats counted; 9 needed (vedtaksførhet)',
    );
  });

  it('with all 18 filled nothing is vacant', () => {
    const report = pmBudget(pmMembers);
    expect(check(report, 'seats')?.params).toMatchObject({ seated: 18, vacant: 0, vacancies: [] });
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 18, got: 18 });
  });

  it('the quick start case: 2 of 18 filled is not quorate, however the two vote', () => {
    const report = pmBudget(['pm-horten-1', 'pm-siv-1']);
    expect(report.status).toBe('invalid');
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 18, required: 9, got: 2, missing: 7 });
  });

  it('a statute that counts the members in office judges the same 2 against 2', () => {
    const report = pmBudget(['pm-horten-1', 'pm-siv-1'], inOffice);
    expect(report).toMatchObject({ status: 'pending-ratification', valid: true });
    expect(check(report, 'quorum')?.params).toMatchObject({
      base: 'seated',
      baseCount: 2,
      required: 1,
      got: 2,
    });
  });
});

describe('recused members: left out of the base, or counted as absent', () => {
  const ten = firstOf(10);
  it('by default a recused member is left out: 9 of 17', () => {
    const report = pmBudget(ten, vestfoldStated, [ten[9] as string]);
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 17, required: 9, got: 9 });
    expect(report.valid).toBe(true);
  });

  it('counted as absent, two recused leave 8 present of 18: one short', () => {
    const absent: Statute = {
      ...vestfoldStated,
      bodies: vestfoldStated.bodies.map((b) => (b.id === 'pm' ? { ...b, recusedCount: 'absent' } : b)),
    };
    const report = pmBudget(ten, absent, [ten[9] as string, ten[8] as string]);
    expect(check(report, 'quorum')?.params).toMatchObject({ baseCount: 18, required: 9, got: 8, missing: 1 });
    expect(report.valid).toBe(false);
    expect(check(report, 'recusal')?.params).toMatchObject({
      members: [ten[9], ten[8]].sort(),
      counted: 'absent',
    });
    expect(explain(report, { locale: 'en' })).toContain('2 members recused');
    expect(explain(report, { locale: 'en' })).toContain('counted as members who are absent');
  });

  it('counted as absent, a recused member is never offered as a vote that would save the case', () => {
    const absent: Statute = {
      ...vestfoldStated,
      bodies: vestfoldStated.bodies.map((b) => (b.id === 'pm' ? { ...b, recusedCount: 'absent' } : b)),
    };
    const twelve = firstOf(12);
    const recused = twelve[11] as string;
    const events: GovernanceEvent[] = [
      ...pmCase(twelve, twelve.slice(0, 8)),
      { type: 'member-recused', at: '2024-06-01', proposal: 'PM-1', member: recused },
    ];
    const { state } = replay(absent, events);
    const options = requirements(state, 'PM-1').options;
    expect(options.length).toBeGreaterThan(0);
    const named = JSON.stringify(options);
    expect(named).not.toContain(recused);
    expect(named).toContain(twelve[10] as string);
  });
});
