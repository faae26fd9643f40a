import { type GovernanceEvent, presets, type Statute } from '../../src/index.js';
import { halfPresentEachSide } from '../../src/presets/_shapes.js';

export const kommuner = ['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder'] as const;

/** The 16 SSU members of the Vestfold preset, appointed on 2024-01-01. */
export function appointSsu(at = '2024-01-01'): GovernanceEvent[] {
  const events: GovernanceEvent[] = [];
  for (const k of kommuner) {
    events.push({
      type: 'member-appointed',
      at,
      member: `ssu-${k}`,
      body: 'ssu',
      seat: k,
      appointedBy: 'kommunedirektør',
    });
  }
  for (let i = 1; i <= 6; i++) {
    events.push({
      type: 'member-appointed',
      at,
      member: `ssu-siv-${i}`,
      body: 'ssu',
      seat: 'siv',
      appointedBy: 'administrerende direktør',
    });
  }
  for (const role of ['fastlege', 'bruker']) {
    for (let i = 1; i <= 2; i++)
      events.push({ type: 'member-appointed', at, member: `ssu-${role}-${i}`, body: 'ssu', seat: role });
  }
  return events;
}

/** The 18 members of the Vestfold partnerskapsmøte, every seat filled. */
export const pmMembers: readonly string[] = [
  ...kommuner.flatMap((k) => [`pm-${k}-1`, `pm-${k}-2`]),
  ...['siv', 'fastlege', 'bruker'].flatMap((seat) => [`pm-${seat}-1`, `pm-${seat}-2`]),
];

/** The 18 partnerskapsmøte members of the Vestfold preset, appointed on 2024-01-01. */
export function appointPm(at = '2024-01-01'): GovernanceEvent[] {
  return pmMembers.map((member) => ({
    type: 'member-appointed',
    at,
    member,
    body: 'pm',
    seat: member.slice(3, -2),
  }));
}

export const ssuMembers: readonly string[] = [
  ...kommuner.map((k) => `ssu-${k}`),
  ...[1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`),
  'ssu-fastlege-1',
  'ssu-fastlege-2',
  'ssu-bruker-1',
  'ssu-bruker-2',
];

/** A meeting on 2024-03-14 called on 2024-02-28 (15 days), with one patient pathway on its agenda. */
export function ssuMeeting(
  options: { proposal?: string; matter?: string; noticeDate?: string; chair?: string } = {},
): GovernanceEvent[] {
  return [
    {
      type: 'meeting-convened',
      at: options.noticeDate ?? '2024-02-28',
      meeting: 'ssu-2024-03',
      body: 'ssu',
      date: '2024-03-14',
      chair: options.chair ?? 'ssu-horten',
    },
    {
      type: 'proposal-submitted',
      at: '2024-02-28',
      proposal: options.proposal ?? 'SSU-7',
      body: 'ssu',
      matter: options.matter ?? 'patient-pathway',
      meeting: 'ssu-2024-03',
      title: 'Pasientforløp for skrøpelige eldre',
    },
  ];
}

/** Attendance of the given members, and each voting as given (default: for). */
export function attendAndVote(
  present: readonly string[],
  votes: Readonly<Record<string, 'for' | 'against' | 'abstain'>> = {},
  proposal = 'SSU-7',
): GovernanceEvent[] {
  return [
    { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present },
    ...present.map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-03-14',
        proposal,
        member,
        vote: votes[member] ?? 'for',
      }),
    ),
    { type: 'proposal-concluded', at: '2024-03-14', proposal },
  ];
}

/**
 * The Vestfold preset with a quorum and a notice period, which its sources do not state: half the
 * voting members present with at least one from each side, and 14 days' notice. The rules the
 * engine tests exercise need numbers; these are assumptions of the tests, not facts of Vestfold.
 */
export const vestfoldStated: Statute = {
  ...presets.vestfold,
  sections: {
    ...presets.vestfold.sections,
    vedtaksførhet: { title: 'Vedtaksførhet', text: 'Antatt i testene.', status: 'assumption' },
    innkalling: { title: 'Innkalling', text: '14 dager, antatt i testene.', status: 'assumption' },
  },
  bodies: presets.vestfold.bodies.map((body) => ({
    ...body,
    quorum: halfPresentEachSide('vedtaksførhet'),
    noticeDays: 14,
  })),
};
