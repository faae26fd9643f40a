import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type Check,
  explain,
  type GovernanceEvent,
  type MemberAppointed,
  parseStatute,
  replay,
  type SeatsCheck,
  type Statute,
  seatedMembers,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { bergen, ssuFromAreas } from './_bergen.js';

const appoint = (member: string, seat: string, extra: Partial<MemberAppointed> = {}): MemberAppointed => ({
  type: 'member-appointed',
  at: '2022-09-01',
  member,
  body: 'ssu',
  seat,
  ...extra,
});

function run(statute: Statute, events: readonly GovernanceEvent[]) {
  const { state, outcomes } = replay(statute, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return state;
}

/** Applies one more event, which must be rejected with the state unchanged; returns its reasons. */
function rejected(statute: Statute, before: readonly GovernanceEvent[], event: GovernanceEvent) {
  const state = run(statute, before);
  const { state: next, outcome } = apply(state, event);
  expect(Object.is(next, state)).toBe(true);
  if (outcome.kind !== 'rejected') throw new Error(`expected ${event.type} to be rejected`);
  return outcome.reasons;
}

describe('a seat of an area', () => {
  it('is a statute the library accepts (Bergensområdet, from saman.no)', () => {
    expect(parseStatute(bergen).areas?.map((a) => a.id)).toEqual([
      'nordhordland',
      'voss',
      'bergensregionen',
      'bergen',
    ]);
  });

  it('is filled by any kommune of the area', () => {
    const state = run(bergen, [appoint('nh-1', 'nordhordland', { party: 'nordhordland-a' })]);
    const other = run(bergen, [appoint('nh-1', 'nordhordland', { party: 'nordhordland-b' })]);
    expect(seatedMembers(state, 'ssu', '2022-09-01').map((m) => m.tenure.party)).toEqual(['nordhordland-a']);
    expect(seatedMembers(other, 'ssu', '2022-09-01').map((m) => m.tenure.party)).toEqual(['nordhordland-b']);
  });

  it('rejects an appointment from a kommune outside the area, citing the seat', () => {
    const reasons = rejected(bergen, [], appoint('nh-1', 'voss', { party: 'nordhordland-a' }));
    expect(reasons).toEqual([
      {
        code: 'seat.outside-area',
        params: { seat: 'voss', area: 'voss', party: 'nordhordland-a' },
        ref: 'ssu',
      },
    ]);
  });

  it('rejects a party of another kind for an area seat', () => {
    const reasons = rejected(bergen, [], appoint('hb-1', 'voss', { party: 'helse-bergen' }));
    expect(reasons.map((r) => r.code)).toEqual(['seat.wrong-party', 'seat.outside-area']);
  });

  it('needs the party the member represents', () => {
    const reasons = rejected(bergen, [], appoint('x', 'voss'));
    expect(reasons).toEqual([
      { code: 'seat.party-required', params: { seat: 'voss', area: 'voss' }, ref: 'ssu' },
    ]);
  });

  it('lets one kommune hold two seats: Bergen appoints 2 to the SSU', () => {
    const state = run(bergen, ssuFromAreas);
    const fromBergen = seatedMembers(state, 'ssu', '2022-09-01').filter((m) => m.tenure.party === 'bergen');
    expect(fromBergen.map((m) => m.member.id)).toEqual(['bergen-1', 'bergen-2']);
    const reasons = rejected(bergen, ssuFromAreas, appoint('bergen-3', 'bergen', { party: 'bergen' }));
    expect(reasons.map((r) => r.code)).toEqual(['seat.full']);
  });

  describe('appointed by the area’s authority (a regionråd)', () => {
    const statute: Statute = {
      ...minimalStatute,
      areas: [
        {
          id: 'indre',
          name: 'Indre',
          kind: 'regionråd',
          parties: ['a'],
          appointedBy: 'regionrådet',
          ref: '§2',
        },
      ],
      bodies: minimalStatute.bodies.map((b) =>
        b.id === 'ssu'
          ? { ...b, seats: b.seats.map((s) => (s.id === 'k' ? { ...s, area: 'indre' } : s)) }
          : b,
      ),
    };
    const at = (appointedBy?: string) =>
      appoint('k', 'k', {
        at: '2024-01-01',
        party: 'a',
        ...(appointedBy === undefined ? {} : { appointedBy }),
      });

    it('accepts the regionråd, or an appointment that names no authority', () => {
      run(statute, [at('regionrådet')]);
      run(statute, [at()]);
    });

    it('rejects another authority, citing the area', () => {
      expect(rejected(statute, [], at('kommunedirektør'))).toEqual([
        {
          code: 'seat.wrong-authority',
          params: { seat: 'k', expected: 'regionrådet', got: 'kommunedirektør' },
          ref: '§2',
        },
      ]);
    });

    it('rejects a kommune of the statute that is outside the area', () => {
      expect(rejected(statute, [], { ...at(), party: 'b' }).map((r) => r.code)).toEqual([
        'seat.outside-area',
      ]);
    });
  });
});

describe('the seats check', () => {
  /** An SSU meeting deciding a handlingsplan with `members` appointed, all present and for. */
  function ssuReport(members: readonly string[]) {
    const appointed = ssuFromAreas.filter((e) => e.type === 'member-appointed' && members.includes(e.member));
    const events: GovernanceEvent[] = [
      ...appointed,
      { type: 'meeting-convened', at: '2022-09-01', meeting: 'ssu-1', body: 'ssu', date: '2022-10-01' },
      {
        type: 'proposal-submitted',
        at: '2022-09-01',
        proposal: 'SSU-1',
        body: 'ssu',
        matter: 'handlingsplan',
        meeting: 'ssu-1',
      },
      { type: 'attendance-recorded', at: '2022-10-01', meeting: 'ssu-1', present: [...members] },
      ...members.map(
        (member): GovernanceEvent => ({
          type: 'vote-cast',
          at: '2022-10-01',
          proposal: 'SSU-1',
          member,
          vote: 'for',
        }),
      ),
      { type: 'proposal-concluded', at: '2022-10-01', proposal: 'SSU-1' },
    ];
    const report = assess(run(bergen, events), 'SSU-1');
    const seats = report.checks.find((c: Check): c is SeatsCheck => c.id === 'seats');
    if (seats === undefined) throw new Error('no seats check');
    return { report, seats };
  }

  it('reports the vacant seats of each area, by area', () => {
    const { seats, report } = ssuReport(['bergen-1', 'voss-1']);
    expect(seats.params.vacancies).toEqual([
      { seat: 'nordhordland', area: 'nordhordland', bloc: 'kommunesiden', vacant: 1 },
      { seat: 'bergen', area: 'bergen', bloc: 'kommunesiden', vacant: 1 },
      { seat: 'bergensregionen', area: 'bergensregionen', bloc: 'kommunesiden', vacant: 1 },
      { seat: 'hf', bloc: 'helseforetakssiden', vacant: 5 },
    ]);
    expect(explain(report, { locale: 'en' })).toContain('1 on bergen (area bergen, the kommune side)');
    expect(explain(report, { locale: 'nb' })).toContain(
      '1 på nordhordland (område nordhordland, kommunesiden)',
    );
  });

  it('reports no area vacancy once every area has filled its seats', () => {
    const { seats } = ssuReport(['bergen-1', 'bergen-2', 'nh-1', 'voss-1', 'br-1']);
    expect(seats.params.vacancies.filter((v) => v.area !== undefined)).toEqual([]);
    expect(seats.params.seated).toBe(5);
  });
});
