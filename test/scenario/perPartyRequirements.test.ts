import { describe, expect, it } from 'vitest';
import type { PerPartyStatus } from '../../src/engine/perPartyStatus.js';
import type { RatificationStatus } from '../../src/engine/ratificationStatus.js';
import { perPartyRequirements } from '../../src/scenario/_perPartyRequirements.js';

// A per-party rule of two kommuner, a and b, with hf as the counterparty (test data).
const on = (party: string) => ({ party, on: '2024-05-01' });
const ratification = (party: string) => ({ kind: 'ratification', party });
const status = (adopted: string[], met: boolean): RatificationStatus => ({
  rule: 'r',
  ref: '§8',
  effect: 'per-party',
  evaluatedOn: '2024-06-01',
  required: ['hf', 'a', 'b'],
  adopted,
  rejected: [],
  missing: [],
  requirements: [],
  met,
  lapsed: false,
});
const perParty = (p: Partial<PerPartyStatus>): PerPartyStatus => ({
  counterparty: ['hf'],
  inForce: [],
  awaitingCounterparty: [],
  rejected: [],
  pending: [],
  lapsed: [],
  ...p,
});

describe('what a per-party decision still needs', () => {
  it('with no vedtak yet: the helseforetak and any one party, each party its own and the hf’s', () => {
    expect(perPartyRequirements(status([], false), perParty({ pending: ['a', 'b'] }))).toEqual({
      goal: 'in-force',
      satisfied: false,
      options: [
        {
          all: [ratification('hf')],
          choose: [{ count: 1, of: [ratification('a'), ratification('b')] }],
          size: 2,
        },
      ],
      parties: [
        { party: 'a', needs: [ratification('a'), ratification('hf')] },
        { party: 'b', needs: [ratification('b'), ratification('hf')] },
      ],
      exhaustive: true,
      evaluations: 2,
    });
  });

  it('with one party left: the helseforetak and that party, both as required', () => {
    const r = perPartyRequirements(status([], false), perParty({ pending: ['b'] }));
    expect(r.options).toEqual([{ all: [ratification('hf'), ratification('b')], choose: [], size: 2 }]);
  });

  it('with a party waiting for the hf: the hf alone, and the waiting party needs only the hf', () => {
    const r = perPartyRequirements(
      status(['a'], false),
      perParty({ awaitingCounterparty: [on('a')], pending: ['b'] }),
    );
    expect(r.options).toEqual([{ all: [ratification('hf')], choose: [], size: 1 }]);
    expect(r.parties).toEqual([
      { party: 'a', needs: [ratification('hf')] },
      { party: 'b', needs: [ratification('b'), ratification('hf')] },
    ]);
    expect(r).not.toHaveProperty('blocked');
  });

  it('once the hf has adopted: a party needs only its own vedtak; one that said no is listed', () => {
    const r = perPartyRequirements(
      status(['hf', 'a'], true),
      perParty({ inForce: [on('a')], rejected: [on('b')] }),
    );
    expect(r).toEqual({
      goal: 'in-force',
      satisfied: true,
      options: [{ all: [], choose: [], size: 0 }],
      parties: [{ party: 'b', needs: [ratification('b')] }],
      exhaustive: true,
      evaluations: 1,
    });
  });

  it('with the hf adopted and one party’s no: that party alone can still bring it into force', () => {
    const r = perPartyRequirements(status(['hf'], false), perParty({ rejected: [on('b')] }));
    expect(r.options).toEqual([{ all: [ratification('b')], choose: [], size: 1 }]);
    expect(r.satisfied).toBe(false);
  });

  it('with every party lapsed: blocked, with the rule’s section, and nothing to choose', () => {
    const r = perPartyRequirements(status([], false), perParty({ lapsed: ['a', 'b'] }));
    expect(r).toEqual({
      goal: 'in-force',
      satisfied: false,
      options: [],
      parties: [],
      exhaustive: true,
      evaluations: 0,
      blocked: { code: 'ratification.unreachable', ref: '§8' },
    });
  });

  it('lists parties waiting, then those that said no, then those pending', () => {
    const r = perPartyRequirements(
      status(['c'], false),
      perParty({ awaitingCounterparty: [on('c')], rejected: [on('b')], pending: ['a'] }),
    );
    expect(r.parties.map((p) => p.party)).toEqual(['c', 'b', 'a']);
  });
});
