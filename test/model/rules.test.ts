import { describe, expect, it } from 'vitest';
import { kommunelovenDefaults } from '../../src/index.js';

describe('kommunelovenDefaults', () => {
  it('is the council rule its TSDoc states, citing koml. § 11-9', () => {
    // At least half the members present and voting, stemmeplikt, more than half of the votes cast
    // for, the chair's casting vote on a tie outside elections, lot in elections.
    expect(kommunelovenDefaults).toStrictEqual({
      quorum: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
      voteDuty: true,
      majority: { fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
      tieBreak: 'chair',
      electionTie: 'lot',
      ref: 'koml. § 11-9',
    });
  });
});
