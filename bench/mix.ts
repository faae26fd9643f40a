/**
 * A realistic, deterministic event mix for benchmarks: the Vestfold SSU with its 16 members,
 * meeting every few days with three cases each; attendance, 16 votes per case, conclusions; about
 * 1 % of events are rejected (a second vote by the same member).
 */
import { addDays, type GovernanceEvent } from '../src/index.js';

export const members: readonly string[] = [
  ...['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder'].map((k) => `ssu-${k}`),
  ...[1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`),
  'ssu-fastlege-1',
  'ssu-fastlege-2',
  'ssu-bruker-1',
  'ssu-bruker-2',
];

export function appointments(): GovernanceEvent[] {
  return members.map((member) => {
    const seat = member.startsWith('ssu-siv') ? 'siv' : member.replace(/^ssu-/, '').replace(/-\d$/, '');
    return { type: 'member-appointed', at: '2022-01-01', member, body: 'ssu', seat };
  });
}

/**
 * At least `n` events (cut to exactly `n`), the last case left open. `openCase` names a case that
 * is open at the end, for single-event benchmarks.
 */
export function mix(n: number): { events: GovernanceEvent[]; openCase: string; cases: number } {
  const events: GovernanceEvent[] = appointments();
  let meeting = 0;
  let cases = 0;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  while (events.length < n) {
    const date = addDays('2022-02-01', meeting);
    const id = `m${meeting}`;
    events.push({ type: 'meeting-convened', at: addDays(date, -14), meeting: id, body: 'ssu', date });
    const agenda = [0, 1, 2].map((i) => `c${cases + i}`);
    for (const proposal of agenda) {
      events.push({
        type: 'proposal-submitted',
        at: addDays(date, -14),
        proposal,
        body: 'ssu',
        matter: 'patient-pathway',
        meeting: id,
      });
    }
    cases += agenda.length;
    events.push({ type: 'attendance-recorded', at: date, meeting: id, present: members });
    for (const proposal of agenda) {
      for (const member of members) {
        const vote = random() < 0.02 ? 'against' : 'for';
        events.push({ type: 'vote-cast', at: date, proposal, member, vote });
        if (random() < 0.012) events.push({ type: 'vote-cast', at: date, proposal, member, vote: 'for' });
      }
      events.push({ type: 'proposal-concluded', at: date, proposal });
    }
    meeting += 1;
  }
  // Leave one case open at the end.
  const date = addDays('2022-02-01', meeting);
  events.length = Math.max(0, n - 3);
  events.push(
    { type: 'meeting-convened', at: addDays(date, -14), meeting: 'open-meeting', body: 'ssu', date },
    {
      type: 'proposal-submitted',
      at: addDays(date, -14),
      proposal: 'open-case',
      body: 'ssu',
      matter: 'patient-pathway',
      meeting: 'open-meeting',
    },
    { type: 'attendance-recorded', at: date, meeting: 'open-meeting', present: members },
  );
  return { events, openCase: 'open-case', cases: cases + 1 };
}
