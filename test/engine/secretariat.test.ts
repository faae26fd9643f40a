import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type Body,
  explain,
  getProposal,
  lintStatute,
  replay,
  type Statute,
  safeParseStatute,
  scenario,
} from '../../src/index.js';
import { innlandet } from './_innlandet.js';

// The test statute's arbeidsutvalg lets the secretariat decide its running matters up to
// 50 000 kr; the PM lets it decide budget matters up to 10 000 kr (both assumed, marked so).
const minor = { title: 'Sekretariatets fullmakt', text: 'Antatt i testene.', status: 'assumption' } as const;
const withMinor: Statute = {
  ...innlandet,
  sections: { ...innlandet.sections, sekretariat: minor },
  bodies: innlandet.bodies.map((b): Body => {
    if (b.id === 'au')
      return { ...b, secretariat: { matters: ['operational'], maxAmount: 50_000, ref: 'sekretariat' } };
    if (b.id === 'pm')
      return { ...b, secretariat: { matters: ['budget'], maxAmount: 10_000, ref: 'sekretariat' } };
    return b;
  }),
};

const checkOf = (statute: Statute, id: string, matter = 'operational', body = 'au', amount?: number) => {
  const s = scenario(statute).on('2024-04-02');
  s.secretariatDecides(id, body, matter, { title: 'Fagdag', ...(amount === undefined ? {} : { amount }) });
  return assess(s.state, id);
};

describe('minor matters the secretariat decides on a body’s behalf', () => {
  it('within the limits, stands as the body’s own decision: adopted, citing the delegation', () => {
    const report = checkOf(withMinor, 'SEK-1', 'operational', 'au', 25_000);
    expect(report.status).toBe('adopted');
    expect(report.valid).toBe(true);
    expect(report.decidedBy).toBe('secretariat');
    expect(report.meeting).toBeUndefined();
    expect(report.checks.map((c) => c.id)).toEqual(['mandate', 'secretariat']);
    expect(report.checks[1]).toMatchObject({
      ok: true,
      code: 'secretariat.within',
      ref: 'sekretariat',
      params: { amount: 25_000, maxAmount: 50_000 },
    });
    // Norwegian amounts group digits with a no-break space.
    const nb = explain(report).replaceAll('\u00a0', ' ');
    expect(nb).toContain('avgjort av sekretariatet 2024-04-02');
    expect(nb).toContain('innenfor 50 000 kr (denne: 25 000 kr)');
    expect(explain(report, { locale: 'en' })).toContain('within NOK 50,000 (this one: NOK 25,000)');
  });

  it('exactly on the limit is within it; one krone over is not, and the report says by how much', () => {
    expect(checkOf(withMinor, 'SEK-1', 'operational', 'au', 50_000).valid).toBe(true);
    const over = checkOf(withMinor, 'SEK-2', 'operational', 'au', 50_001);
    expect(over.status).toBe('invalid');
    expect(over.binds).toEqual([]);
    expect(over.checks[1]).toMatchObject({
      ok: false,
      code: 'secretariat.over-limit',
      params: { amount: 50_001, maxAmount: 50_000 },
    });
    expect(explain(over).replaceAll('\u00a0', ' ')).toContain('over grensen på 50 000 kr');
  });

  it('with a limit, a decision that states no amount is not valid', () => {
    const report = checkOf(withMinor, 'SEK-3');
    expect(report.status).toBe('invalid');
    expect(report.checks[1]?.code).toBe('secretariat.amount-unstated');
  });

  it('a matter the body has not delegated, or a body with no delegation, is not the secretariat’s to decide', () => {
    const notDelegated = checkOf(withMinor, 'SEK-4', 'procedure', 'fsu', 100);
    expect(notDelegated.status).toBe('invalid');
    expect(notDelegated.checks.find((c) => c.id === 'secretariat')).toMatchObject({
      ok: false,
      code: 'secretariat.not-delegated',
      ref: '§5',
    });
    const plain = checkOf(innlandet, 'SEK-5', 'operational', 'au', 100);
    expect(plain.checks[1]?.code).toBe('secretariat.not-delegated');
    expect(explain(plain, { locale: 'en' })).toContain('au has not let the secretariat decide');
  });

  it('a matter outside the body’s own mandate fails the mandate check as well', () => {
    const report = checkOf(withMinor, 'SEK-6', 'strategy', 'au', 100);
    expect(report.valid).toBe(false);
    expect(report.checks[0]).toMatchObject({ id: 'mandate', ok: false });
  });

  it('binds as the body’s decision would: a budget decision waits for the ratification rule', () => {
    const s = scenario(withMinor).on('2024-04-02');
    s.secretariatDecides('SEK-7', 'pm', 'budget', { amount: 8_000 });
    const report = assess(s.state, 'SEK-7');
    expect(report.valid).toBe(true);
    expect(report.status).toBe('pending-ratification');
    expect(report.checks.map((c) => c.id)).toEqual(['mandate', 'secretariat', 'ratification']);
  });

  it('is concluded as made: votes, attendance and a second decision under the same id are rejected', () => {
    const s = scenario(withMinor).on('2024-01-10').appoint('au', 'kommune', ['au-k'], { party: 'kommune-a' });
    s.on('2024-04-02').secretariatDecides('SEK-8', 'au', 'operational', { amount: 1 });
    const state = s.state;
    const vote = apply(state, {
      type: 'vote-cast',
      at: '2024-04-02',
      proposal: 'SEK-8',
      member: 'au-k',
      vote: 'for',
    });
    expect(vote.outcome.kind).toBe('rejected');
    expect(vote.state).toBe(state);
    if (vote.outcome.kind === 'rejected')
      expect(vote.outcome.reasons.map((r) => r.code)).toEqual(['proposal.closed']);
    const again = apply(state, {
      type: 'secretariat-decided',
      at: '2024-04-03',
      proposal: 'SEK-8',
      body: 'au',
      matter: 'operational',
    });
    expect(again.outcome.kind).toBe('rejected');
    if (again.outcome.kind === 'rejected')
      expect(again.outcome.reasons.map((r) => r.code)).toEqual(['proposal.exists']);
    expect(getProposal(state, 'SEK-8')).toMatchObject({
      phase: 'concluded',
      decidedBy: 'secretariat',
      amount: 1,
    });
  });

  it('rejects an unknown body or matter, and a negative or fractional amount, with the field named', () => {
    const state = replay(withMinor, []).state;
    const bad = apply(state, {
      type: 'secretariat-decided',
      at: '2024-04-02',
      proposal: 'SEK-9',
      body: 'nope',
      matter: 'nothing',
    });
    expect(bad.outcome.kind).toBe('rejected');
    expect(bad.state).toBe(state);
    if (bad.outcome.kind === 'rejected')
      expect(bad.outcome.reasons.map((r) => r.code)).toEqual(['body.unknown', 'proposal.unknown-matter']);
    for (const amount of [-1, 0.5]) {
      const odd = apply(state, {
        type: 'secretariat-decided',
        at: '2024-04-02',
        proposal: 'SEK-9',
        body: 'au',
        matter: 'operational',
        amount,
      });
      expect(odd.outcome.kind).toBe('rejected');
      if (odd.outcome.kind === 'rejected')
        expect(odd.outcome.reasons[0]).toMatchObject({
          code: 'event.malformed',
          params: { field: 'amount' },
        });
    }
  });
});

describe('the statute’s delegation to the secretariat', () => {
  it('may only pass on matters the body decides itself', () => {
    const bad: Statute = {
      ...withMinor,
      bodies: withMinor.bodies.map((b) =>
        b.id === 'au'
          ? { ...b, secretariat: { matters: ['operational', 'strategy'], ref: 'sekretariat' } }
          : b,
      ),
    };
    const result = safeParseStatute(bad);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          code: 'secretariat_beyond_mandate',
          path: ['bodies', 2, 'secretariat', 'matters', 1],
        }),
      );
  });

  it('is a valid statute as written, with nothing to lint', () => {
    expect(safeParseStatute(withMinor).success).toBe(true);
    expect(lintStatute(withMinor).filter((w) => JSON.stringify(w).includes('secretariat'))).toEqual([]);
  });
});
