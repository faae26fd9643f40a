import { describe, expect, it } from 'vitest';
import { apply, explainReason, type GovernanceEvent, presets, replay } from '../../src/index.js';
import { fc, prop } from '../prop.js';
import { appointSsu, ssuMeeting } from './_vestfold.js';

const { state } = replay(presets.vestfold, [...appointSsu(), ...ssuMeeting()]);

describe('apply with malformed events', () => {
  it.each([
    ['null', null, '(event)', 'an object'],
    ['a number', 42, '(event)', 'an object'],
    [
      'a vote without a proposal',
      { type: 'vote-cast', at: '2024-03-14', member: 'ssu-horten', vote: 'for' },
      'proposal',
      'a string',
    ],
    [
      'a vote of an unknown kind',
      { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'ssu-horten', vote: 'yes' },
      'vote',
      'one of for, against, abstain',
    ],
    [
      'attendance as a number',
      { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: 5 },
      'present',
      'a list of strings',
    ],
    [
      'a meeting on no date',
      { type: 'meeting-convened', at: '2024-03-14', meeting: 'm', body: 'ssu', date: 'soon' },
      'date',
      'a date written YYYY-MM-DD',
    ],
    [
      'a reservation that is not text',
      {
        type: 'vote-cast',
        at: '2024-03-14',
        proposal: 'SSU-7',
        member: 'ssu-horten',
        vote: 'for',
        reservation: { x: 1 },
      },
      'reservation',
      'a string',
    ],
    ['a numeric id', { type: 'party-joined', at: '2024-03-14', party: 'larvik', id: 7 }, 'id', 'a string'],
  ])('rejects %s, naming the field, and keeps the state', (_name, event, field, expected) => {
    const result = apply(state, event as unknown as GovernanceEvent);
    expect(result.state).toBe(state);
    expect(result.outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'event.malformed', params: { field, expected } }],
    });
    if (result.outcome.kind === 'rejected')
      expect(explainReason(result.outcome.reasons[0], { locale: 'en' })).toBe(
        `field ${field} must be ${expected}`,
      );
  });

  const types = [
    'statute-adopted',
    'statute-amended',
    'party-joined',
    'party-withdrew',
    'member-appointed',
    'member-left',
    'meeting-convened',
    'attendance-recorded',
    'member-recused',
    'proposal-submitted',
    'proposal-withdrawn',
    'vote-cast',
    'proposal-concluded',
    'proposal-escalated',
    'ratification-recorded',
  ];
  const fields = [
    'at',
    'id',
    'statute',
    'proposal',
    'party',
    'caseNumber',
    'member',
    'body',
    'seat',
    'name',
    'appointedBy',
    'meeting',
    'date',
    'chair',
    'present',
    'reason',
    'matter',
    'title',
    'escalatedFrom',
    'vote',
    'reservation',
    'to',
    'organ',
    'decision',
    'councilVote',
  ];
  const value = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      '2024-03-14',
      'SSU-7',
      'ssu-horten',
      'ssu',
      'larvik',
      'for',
      'kommunestyre',
      'adopted',
      'horten',
      ['ssu-horten'],
    ),
  );
  const event = fc
    .tuple(fc.constantFrom(...types), fc.dictionary(fc.constantFrom(...fields), value))
    .map(([type, rest]) => ({ ...rest, type }));

  prop([fc.array(event, { maxLength: 12 })], { numRuns: 1000 })(
    'never throw, and a rejection keeps the state, for any fields',
    (log) => {
      let current = state;
      for (const e of log) {
        const result = apply(current, e as unknown as GovernanceEvent);
        if (result.outcome.kind === 'rejected') expect(result.state).toBe(current);
        current = result.state;
      }
      expect(replay(presets.vestfold, log as unknown as GovernanceEvent[]).outcomes).toHaveLength(log.length);
    },
  );
});
