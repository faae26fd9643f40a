import { describe, expect, it } from 'vitest';
import {
  apply,
  assess,
  type GovernanceEvent,
  presets,
  replay,
  type State,
  type Statute,
} from '../../src/index.js';
import { appointSsu } from './_vestfold.js';

// The Vestfold SSU with two observers added: KS "med tale- og forslagsrett", and Pasient- og
// brukerombudet with talerett only (the two kinds of observer seat the communities' pages name).
const statute: Statute = {
  ...presets.vestfold,
  participants: [
    ...presets.vestfold.participants,
    { role: 'ks', name: 'KS', ref: 'ssu' },
    { role: 'pobo', name: 'Pasient- og brukerombudet', ref: 'ssu' },
  ],
  bodies: presets.vestfold.bodies.map((b) =>
    b.id === 'ssu'
      ? {
          ...b,
          seats: [
            ...b.seats,
            { id: 'ks', role: 'ks', count: 1, rights: ['attend', 'speak', 'propose'] },
            { id: 'pobo', role: 'pobo', count: 1, rights: ['attend', 'speak'] },
          ],
        }
      : b,
  ),
};

const setup: GovernanceEvent[] = [
  ...appointSsu(),
  { type: 'member-appointed', at: '2024-01-01', member: 'ssu-ks', body: 'ssu', seat: 'ks' },
  { type: 'member-appointed', at: '2024-01-01', member: 'ssu-pobo', body: 'ssu', seat: 'pobo' },
  { type: 'meeting-convened', at: '2024-02-28', meeting: 'ssu-2024-03', body: 'ssu', date: '2024-03-14' },
];

function table(
  state: State,
  tabledBy: NonNullable<Extract<GovernanceEvent, { type: 'proposal-submitted' }>['tabledBy']>,
) {
  return apply(state, {
    type: 'proposal-submitted',
    at: '2024-02-28',
    proposal: 'SSU-7',
    body: 'ssu',
    matter: 'patient-pathway',
    meeting: 'ssu-2024-03',
    tabledBy,
  });
}

describe('forslagsrett: who may table a case', () => {
  const { state } = replay(statute, setup);

  it('an observer med tale- og forslagsrett may table, and the report says who did', () => {
    const { state: next, outcome } = table(state, { kind: 'member', member: 'ssu-ks' });
    expect(outcome.kind).toBe('applied');
    expect(assess(next, 'SSU-7').tabledBy).toEqual({ kind: 'member', member: 'ssu-ks' });
  });

  it('an observer with talerett only may not: rejected, citing the seat, and the state is unchanged', () => {
    const { state: next, outcome } = table(state, { kind: 'member', member: 'ssu-pobo' });
    expect(next).toBe(state);
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'proposal.no-forslagsrett', params: { member: 'ssu-pobo', seat: 'pobo' } }],
    });
  });

  it('a voting member may table; someone who does not sit on the body may not', () => {
    expect(table(state, { kind: 'member', member: 'ssu-horten' }).outcome.kind).toBe('applied');
    expect(table(state, { kind: 'member', member: 'pm-horten-1' }).outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'proposal.tabler-not-member', params: { member: 'pm-horten-1', body: 'ssu' } }],
    });
  });

  it('the secretariat may table, and another body of the statute may send a case on', () => {
    expect(table(state, { kind: 'secretariat' }).outcome.kind).toBe('applied');
    expect(table(state, { kind: 'body', body: 'pm' }).outcome.kind).toBe('applied');
    expect(table(state, { kind: 'body', body: 'nowhere' }).outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'body.unknown' }],
    });
  });

  it('a case without a recorded tabler is accepted as before, and its report has no tabledBy', () => {
    const { state: next } = apply(state, {
      type: 'proposal-submitted',
      at: '2024-02-28',
      proposal: 'SSU-8',
      body: 'ssu',
      matter: 'patient-pathway',
      meeting: 'ssu-2024-03',
    });
    expect(assess(next, 'SSU-8')).not.toHaveProperty('tabledBy');
  });
});
