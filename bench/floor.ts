/**
 * The floor: a hand-written mutable reducer doing the same work as the library on the benchmark
 * mix — the same lookups and checks (meeting exists, case open, member seated with stemmerett,
 * one vote each, attendance by members) and the same bookkeeping — with Maps and no immutability.
 */
import type { GovernanceEvent } from '../src/index.js';

interface Case {
  open: boolean;
  meeting: string;
  votes: Map<string, string>;
}

export function floorReplay(events: readonly GovernanceEvent[]): { applied: number; rejected: number } {
  const seated = new Map<string, { body: string; seat: string; from: string }>();
  const meetings = new Map<string, { body: string; date: string; present: Set<string> }>();
  const cases = new Map<string, Case>();
  let applied = 0;
  let rejected = 0;
  for (const event of events) {
    let ok = true;
    switch (event.type) {
      case 'member-appointed':
        if (seated.has(event.member)) ok = false;
        else seated.set(event.member, { body: event.body, seat: event.seat, from: event.at });
        break;
      case 'meeting-convened':
        if (meetings.has(event.meeting) || event.date < event.at) ok = false;
        else meetings.set(event.meeting, { body: event.body, date: event.date, present: new Set() });
        break;
      case 'proposal-submitted': {
        const meeting = meetings.get(event.meeting);
        if (cases.has(event.proposal) || meeting === undefined || meeting.body !== event.body) ok = false;
        else cases.set(event.proposal, { open: true, meeting: event.meeting, votes: new Map() });
        break;
      }
      case 'attendance-recorded': {
        const meeting = meetings.get(event.meeting);
        if (meeting === undefined || event.present.some((m) => seated.get(m)?.body !== meeting.body))
          ok = false;
        else meeting.present = new Set(event.present);
        break;
      }
      case 'vote-cast': {
        const c = cases.get(event.proposal);
        const meeting = c === undefined ? undefined : meetings.get(c.meeting);
        const member = seated.get(event.member);
        if (
          c === undefined ||
          meeting === undefined ||
          !c.open ||
          event.at < meeting.date ||
          member?.body !== meeting.body ||
          c.votes.has(event.member)
        )
          ok = false;
        else c.votes.set(event.member, event.vote);
        break;
      }
      case 'proposal-concluded': {
        const c = cases.get(event.proposal);
        if (c === undefined || !c.open) ok = false;
        else c.open = false;
        break;
      }
      default:
        ok = false;
    }
    if (ok) applied += 1;
    else rejected += 1;
  }
  return { applied, rejected };
}
