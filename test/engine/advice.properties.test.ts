import fc from 'fast-check';
import { events } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { assessAll, getProposal, listProposals, replay } from '../../src/index.js';
import { innlandet } from './_innlandet.js';

describe('advice in generated logs', () => {
  it('generated logs reach advice, forwarding along the route and statements, so the properties see them', () => {
    const seen = { advised: 0, via: 0, delivered: 0, statements: 0 };
    for (const log of fc.sample(events(innlandet), { numRuns: 500, seed: 7 })) {
      const { state } = replay(innlandet, log);
      for (const report of assessAll(state)) {
        if (report.status === 'advised') seen.advised++;
        const route = report.checks.find((c) => c.id === 'route')?.code;
        if (route === 'route.via') seen.via++;
        if (route === 'route.delivered') seen.delivered++;
      }
      for (const p of listProposals(state))
        seen.statements += getProposal(state, p.id)?.statements?.length ?? 0;
    }
    expect(seen.advised).toBeGreaterThan(0);
    expect(seen.via + seen.delivered).toBeGreaterThan(0);
    expect(seen.statements).toBeGreaterThan(0);
  });
});
