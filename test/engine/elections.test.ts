import { describe, expect, it } from 'vitest';
import {
  apply,
  type CouncilVote,
  explainReason,
  initialState,
  kommunelovenDefaults,
  type MemberAppointed,
  type Statute,
  seatedMembers,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { fc, prop } from '../prop.js';

/** Kommune a's kommunestyre elects `member` to the SSU's kommune seat by `election`. */
const elected = (election: CouncilVote, extra: Partial<MemberAppointed> = {}): MemberAppointed => ({
  type: 'member-appointed',
  at: '2024-01-10',
  member: 'kari',
  body: 'ssu',
  seat: 'k',
  party: 'a',
  election,
  ...extra,
});

const tie: CouncilVote = { members: 27, present: 26, for: 13, against: 13 };

function appoint(event: MemberAppointed, statute: Statute = minimalStatute) {
  const state = initialState(statute);
  const result = apply(state, event);
  const seated = seatedMembers(result.state, 'ssu', '2024-01-10').map((m) => m.member.id);
  if (result.outcome.kind === 'applied') return { seated, reasons: [] };
  expect(Object.is(result.state, state)).toBe(true);
  return { seated, reasons: result.outcome.reasons };
}

describe('an appointment by a kommunestyre’s election', () => {
  it('seats the member a majority elected', () => {
    expect(appoint(elected({ members: 27, present: 27, for: 15, against: 12 }))).toEqual({
      seated: ['kari'],
      reasons: [],
    });
  });

  it('lets present members abstain: stemmeplikt does not reach an election', () => {
    expect(appoint(elected({ members: 27, present: 20, for: 12, against: 3 })).seated).toEqual(['kari']);
  });

  it('decides a tie by the lot recorded: for elects', () => {
    expect(appoint(elected({ ...tie, lot: 'for' })).seated).toEqual(['kari']);
  });

  it('leaves the seat unfilled when the lot fell against', () => {
    const { seated, reasons } = appoint(elected({ ...tie, lot: 'against' }));
    expect(seated).toEqual([]);
    expect(reasons).toEqual([
      {
        code: 'member.not-elected',
        params: {
          member: 'kari',
          seat: 'k',
          party: 'a',
          code: 'council.tie-lot-against',
          members: 27,
          present: 26,
          for: 13,
          against: 13,
          lot: 'against',
        },
        ref: 'koml. § 11-9',
      },
    ]);
  });

  it('leaves the seat unfilled on a tie with no lot recorded', () => {
    const { seated, reasons } = appoint(elected(tie));
    expect(seated).toEqual([]);
    expect(reasons).toMatchObject([
      { code: 'member.not-elected', params: { code: 'council.tie-lot-missing' } },
    ]);
    expect(explainReason(reasons[0] as (typeof reasons)[number], { locale: 'en' })).toContain(
      'decided by lot, never by the chair',
    );
    expect(explainReason(reasons[0] as (typeof reasons)[number], { locale: 'nb' })).toContain(
      'avgjøres ved loddtrekning, aldri av møteleder',
    );
  });

  it('never lets the møteleder’s casting vote decide', () => {
    expect(appoint(elected({ ...tie, chairVote: 'for' })).reasons).toMatchObject([
      { params: { code: 'council.tie-lot-missing' } },
    ]);
    expect(appoint(elected({ ...tie, chairVote: 'against', lot: 'for' })).seated).toEqual(['kari']);
  });

  it('reads the vote as an election whatever its own election flag says', () => {
    expect(appoint(elected({ ...tie, election: false, chairVote: 'for' })).reasons).toMatchObject([
      { params: { code: 'council.tie-lot-missing' } },
    ]);
  });

  it('leaves the seat unfilled when too few members voted', () => {
    expect(appoint(elected({ members: 27, present: 10, for: 8, against: 2 })).reasons).toMatchObject([
      { code: 'member.not-elected', params: { code: 'council.no-quorum', present: 10 } },
    ]);
  });

  it('needs a party whose organ is a council', () => {
    const event = elected({ members: 9, present: 9, for: 9, against: 0 }, { seat: 'h', party: 'hf' });
    expect(appoint(event).reasons).toEqual([
      {
        code: 'member.not-elected',
        params: { member: 'kari', seat: 'h', code: 'council.not-a-council' },
        ref: 'koml. § 11-9',
      },
    ]);
  });

  it('is checked by the statute’s own council rule when it states one', () => {
    const statute: Statute = {
      ...minimalStatute,
      council: {
        ...kommunelovenDefaults,
        quorum: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
        ref: '§2',
      },
    };
    const vote = { members: 27, present: 15, for: 10, against: 5 };
    expect(appoint(elected(vote)).seated).toEqual(['kari']);
    expect(appoint(elected(vote), statute).reasons).toMatchObject([
      { code: 'member.not-elected', params: { code: 'council.no-quorum' }, ref: '§2' },
    ]);
  });

  prop(
    [
      fc.integer({ min: 1, max: 60 }).chain((members) =>
        fc.record({
          members: fc.constant(members),
          present: fc.integer({ min: 0, max: members }),
          for: fc.integer({ min: 0, max: members }),
          against: fc.integer({ min: 0, max: members }),
          lot: fc.option(fc.constantFrom('for' as const, 'against' as const), { nil: undefined }),
        }),
      ),
      fc.constantFrom('for' as const, 'against' as const),
    ],
    { numRuns: 1000 },
  )('elects the same member whatever the chair voted', (vote, chairVote) => {
    const { lot, ...counts } = vote;
    const base: CouncilVote = lot === undefined ? counts : { ...counts, lot };
    const without = appoint(elected(base));
    const withChair = appoint(elected({ ...base, chairVote }));
    expect(withChair).toEqual(without);
  });
});
