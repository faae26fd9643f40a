import { describe, expect, it } from 'vitest';
import { proposalSubmitted, safeParseEvent, voteCast } from '../../src/index.js';

describe('event creators', () => {
  it('leave out an optional field given as undefined, so the event parses and applies', () => {
    const reservation: string | undefined = undefined;
    const vote = voteCast({ at: '2024-03-14', proposal: 'SSU-7', member: 'm1', vote: 'for', reservation });
    expect(vote).toEqual({
      type: 'vote-cast',
      at: '2024-03-14',
      proposal: 'SSU-7',
      member: 'm1',
      vote: 'for',
    });
    expect(Object.hasOwn(vote, 'reservation')).toBe(false);
    expect(safeParseEvent(vote).success).toBe(true);
    const submitted = proposalSubmitted({
      at: '2024-02-28',
      proposal: 'PM-1',
      body: 'pm',
      matter: 'budget',
      meeting: 'pm-1',
      title: undefined,
      escalatedFrom: undefined,
    });
    expect(Object.keys(submitted)).toEqual(['type', 'at', 'proposal', 'body', 'matter', 'meeting']);
    const kept = voteCast({
      at: '2024-03-14',
      proposal: 'SSU-7',
      member: 'm1',
      vote: 'for',
      reservation: 'Nei',
    });
    expect(kept.reservation).toBe('Nei');
  });
});
