import { scenario as generated } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { assessAll, getProposal, replay, statuteAt } from '../../src/index.js';
import { fc, prop } from '../prop.js';

describe('generated logs and the secretariat', () => {
  it('reach the secretariat’s decisions, within the limits and outside them, so the properties see them', () => {
    const seen = { within: 0, failed: 0 };
    for (const { statute, events: log } of fc.sample(generated(), { numRuns: 300, seed: 11 })) {
      const { state } = replay(statute, log);
      for (const report of assessAll(state)) {
        const check = report.checks.find((c) => c.id === 'secretariat');
        if (check === undefined) continue;
        if (check.ok) seen.within++;
        else seen.failed++;
      }
    }
    expect(seen.within).toBeGreaterThan(0);
    expect(seen.failed).toBeGreaterThan(0);
  });

  prop([generated()], { numRuns: 1000 })(
    'a decision by the secretariat is valid exactly when its body lets it decide the matter and the amount is within the limit',
    ({ statute, events: log }) => {
      const { state } = replay(statute, log);
      for (const report of assessAll(state)) {
        if (report.decidedBy !== 'secretariat') continue;
        const proposal = getProposal(state, report.proposal);
        const body = statuteAt(state, report.date)?.bodies.find((b) => b.id === report.body);
        const delegated = body?.secretariat;
        const max = delegated?.maxAmount;
        const within =
          delegated?.matters.includes(report.matter) === true &&
          (max === undefined || (proposal?.amount !== undefined && proposal.amount <= max));
        expect(report.valid).toBe(within);
        expect(report.meeting).toBeUndefined();
        if (!within) expect(report.binds).toEqual([]);
      }
    },
  );
});
