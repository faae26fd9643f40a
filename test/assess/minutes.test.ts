import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type GovernanceEvent,
  listMeetings,
  minutes,
  minutesRecord,
  parseEvent,
  presets,
  replay,
  type State,
  UnknownMeetingError,
} from '../../src/index.js';
import { members, personal, ssuMeeting } from '../engine/_substitutes.js';
import { appointPm, pmMembers } from '../engine/_vestfold.js';

const ssuPresent = [
  'ssu-holmestrand',
  'ssu-tonsberg',
  'ssu-sandefjord',
  'ssu-faerder',
  ...[1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`),
  'ssu-fastlege-1',
  'ssu-bruker-1',
  'vara-horten',
];

/**
 * A Vestfold SSU meeting (with a personal vara rule, assumed for the test): a vara for Horten,
 * Larvik away, Færder's member inhabil in SSU-7, a bruker against it with a dissens, so the
 * vote is split; then a PM meeting that adopts a budget which goes on to every kommunestyre and
 * the HF board.
 */
function meetings(): State {
  const events: GovernanceEvent[] = [
    ...members,
    ...appointPm(),
    {
      type: 'substitute-appointed',
      at: '2024-01-02',
      member: 'vara-horten',
      body: 'ssu',
      seat: 'horten',
      for: 'ssu-horten',
    },
    ...ssuMeeting(),
    {
      type: 'proposal-submitted',
      at: '2024-02-28',
      proposal: 'SSU-8',
      body: 'ssu',
      matter: 'procedure',
      meeting: 'ssu-2024-03',
      title: 'Prosedyre for utskrivning',
      tabledBy: { kind: 'secretariat' },
    },
    {
      type: 'substitute-attending',
      at: '2024-03-10',
      member: 'vara-horten',
      body: 'ssu',
      for: 'ssu-horten',
      meeting: 'ssu-2024-03',
    },
    { type: 'attendance-recorded', at: '2024-03-14', meeting: 'ssu-2024-03', present: ssuPresent },
    {
      type: 'member-recused',
      at: '2024-03-14',
      proposal: 'SSU-7',
      member: 'ssu-faerder',
      reason: 'styreleder i en leverandør',
    },
    ...ssuPresent
      .filter((m) => m !== 'ssu-faerder')
      .map(
        (member): GovernanceEvent =>
          member === 'ssu-bruker-1'
            ? {
                type: 'vote-cast',
                at: '2024-03-14',
                proposal: 'SSU-7',
                member,
                vote: 'against',
                reservation: 'Brukerne er ikke hørt.',
              }
            : { type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member, vote: 'for' },
      ),
    { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-7' },
    ...ssuPresent.map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-03-14',
        proposal: 'SSU-8',
        member,
        vote: 'for',
      }),
    ),
    { type: 'proposal-concluded', at: '2024-03-14', proposal: 'SSU-8' },
    {
      type: 'proposal-submitted',
      at: '2024-03-14',
      proposal: 'SSU-9',
      body: 'ssu',
      matter: 'appointment',
      meeting: 'ssu-2024-03',
      title: 'Ansettelse av samhandlingssjef',
      closed: { ground: 'offl. § 25' },
    },
    { type: 'meeting-convened', at: '2024-04-01', meeting: 'pm-2024-05', body: 'pm', date: '2024-05-02' },
    {
      type: 'proposal-submitted',
      at: '2024-04-01',
      proposal: 'PM-1',
      body: 'pm',
      matter: 'budget',
      meeting: 'pm-2024-05',
      title: 'Budsjett 2025',
    },
    { type: 'attendance-recorded', at: '2024-05-02', meeting: 'pm-2024-05', present: [...pmMembers] },
    ...pmMembers.map(
      (member): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-05-02',
        proposal: 'PM-1',
        member,
        vote: 'for',
      }),
    ),
    { type: 'proposal-concluded', at: '2024-05-02', proposal: 'PM-1' },
    {
      type: 'ratification-recorded',
      at: '2024-05-20',
      proposal: 'PM-1',
      party: 'siv',
      organ: 'styre',
      decision: 'adopted',
    },
  ];
  const { state, outcomes } = replay(personal, events);
  expect(outcomes.filter((o) => o.kind === 'rejected')).toEqual([]);
  return state;
}

describe('the minutes of a meeting', () => {
  const state = meetings();

  it('record who met, the vara and for whom, forfall, and each case with its vote', () => {
    const record = minutesRecord(state, 'ssu-2024-03');
    expect(record.substitutes.map((s) => [s.substitute.member, s.for])).toEqual([
      ['vara-horten', 'ssu-horten'],
    ]);
    expect(record.absent.map((p) => p.member)).toEqual(
      expect.arrayContaining(['ssu-horten', 'ssu-larvik', 'ssu-fastlege-2', 'ssu-bruker-2']),
    );
    const [ssu7, ssu8] = record.items;
    expect(ssu7).toMatchObject({
      number: '1/24',
      votes: { for: 11, against: 1, abstain: 0, split: true },
      reservations: [{ member: 'ssu-bruker-1', text: 'Brukerne er ikke hørt.' }],
      recused: [{ member: 'ssu-faerder', ground: 'styreleder i en leverandør' }],
    });
    expect(ssu7?.status).not.toBe('adopted');
    expect(ssu8).toMatchObject({
      number: '2/24',
      votes: { split: false },
      status: 'adopted',
      tabledBy: { kind: 'secretariat' },
    });
  });

  it('show a closed case by its ground, without its title', () => {
    const closed = minutesRecord(state, 'ssu-2024-03').items[2];
    expect(closed).toMatchObject({ proposal: 'SSU-9', closed: 'offl. § 25', title: null });
    const text = minutes(state, 'ssu-2024-03');
    expect(text).toContain('## Sak 3/24: Unntatt offentlighet');
    expect(text).toContain('Behandlet for lukkede dører: offl. § 25');
    expect(text).not.toContain('Ansettelse av samhandlingssjef');
  });

  it('say what goes on to the parties’ own organs', () => {
    const [pm1] = minutesRecord(state, 'pm-2024-05').items;
    expect(pm1?.status).toBe('pending-ratification');
    expect(pm1?.ratification?.parties).toEqual([
      'horten',
      'holmestrand',
      'tonsberg',
      'sandefjord',
      'larvik',
      'faerder',
    ]);
  });

  it.each(['nb', 'nn', 'en'] as const)('as a draft in Markdown (%s), stored for review', async (locale) => {
    for (const meeting of ['ssu-2024-03', 'pm-2024-05'])
      await expect(minutes(state, meeting, { locale })).toMatchFileSnapshot(
        `../golden/minutes/${meeting}.${locale}.md`,
      );
  });

  it('number the cases in the format the statute sets for the body', () => {
    const numbered = {
      ...personal,
      bodies: personal.bodies.map((b) =>
        b.id === 'ssu' ? { ...b, caseNumberFormat: 'PS {body}-{n}/{yyyy}' } : b,
      ),
    };
    const { state: other } = replay(numbered, [...members, ...ssuMeeting()]);
    expect(minutesRecord(other, 'ssu-2024-03').items.map((i) => i.number)).toEqual(['PS ssu-1/2024']);
  });

  it('refuse a meeting the state does not have, and a language the library does not write', () => {
    expect(() => minutes(state, 'nope')).toThrow(UnknownMeetingError);
    expect(() => minutes(state, 'ssu-2024-03', { locale: 'de' as never })).toThrow(/locale/);
  });
});

describe('the minutes of the Helgeland demo’s meetings', () => {
  const root = join(import.meta.dirname, '..', '..');
  const demo = execFileSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'examples', 'helgeland.ts'), '--events'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .map((line) => parseEvent(JSON.parse(line)));
  const { state } = replay(presets.helgeland, demo);

  it.each(['nb', 'nn', 'en'] as const)('are stored for review (%s)', async (locale) => {
    const meetings = listMeetings(state).map((m) => m.id);
    expect(meetings.length).toBeGreaterThan(0);
    for (const meeting of meetings)
      await expect(minutes(state, meeting, { locale })).toMatchFileSnapshot(
        `../golden/minutes/demo-${meeting}.${locale}.md`,
      );
  });
});
