import {
  addDays,
  type Body,
  type GovernanceEvent,
  type LeadershipRule,
  type Party,
  type Seat,
  type Statute,
} from '../../src/index.js';

const member = ['attend', 'speak', 'propose', 'vote'] as const;

/** A voting seat held for one party, on its side. */
export function partySeat(party: Party, count = 1): Seat {
  return {
    id: party.id,
    role: party.kind,
    party: party.id,
    count,
    rights: member,
    bloc: party.kind === 'kommune' ? 'kommunesiden' : 'helseforetakssiden',
  };
}

/** A consensus body of the given tier, with one seat per party and an optional leadership rule. */
export function body(
  id: string,
  tier: Body['tier'],
  seats: readonly Seat[],
  leadership?: LeadershipRule,
  escalatesTo?: string,
): Body {
  return {
    id,
    name: id.toUpperCase(),
    tier,
    seats,
    quorum: {
      counts: 'present',
      threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
      ref: '§1',
    },
    decision: { kind: 'consensus', reservationBlocks: false, ref: '§1' },
    mandate: { decides: ['pathway', 'statute-amendment'], recommends: [], ref: '§1' },
    ...(escalatesTo === undefined ? {} : { escalatesTo }),
    noticeDays: 7,
    ...(leadership === undefined ? {} : { leadership }),
    ref: '§1',
  };
}

const kommune = (id: string, kommunenummer: string): Party => ({
  kind: 'kommune',
  id,
  name: id,
  kommunenummer,
  organ: 'kommunestyre',
});
const hf = (id: string): Party => ({ kind: 'helseforetak', id, name: id, organ: 'styre' });

/** A statute with the given parties and bodies (test data, not a real community's statute). */
export function statuteOf(id: string, parties: readonly Party[], bodies: readonly Body[]): Statute {
  return {
    id,
    title: id,
    version: '1',
    effectiveFrom: '2020-01-01',
    sections: { '§1': { title: 'Alt' }, '§4': { title: 'Ledelse', status: 'assumption' } },
    parties,
    participants: [],
    bodies,
    matters: [
      { id: 'pathway', name: 'Pasientforløp', level: 'strategic', commits: false },
      { id: 'statute-amendment', name: 'Vedtektsendring', level: 'overarching', commits: false },
    ],
    ratification: [],
    amendment: { matter: 'statute-amendment', body: bodies[0]?.id ?? 'ssu', ref: '§1' },
    membership: { withdrawalNoticeMonths: 12, ref: '§1' },
  };
}

export const agderParties: readonly Party[] = [
  kommune('arendal', '4203'),
  kommune('kristiansand', '4204'),
  hf('sshf'),
];
export const osloParties: readonly Party[] = [
  kommune('oslo', '0301'),
  hf('ous'),
  hf('ahus'),
  hf('diakonhjemmet'),
];

/** Appoints `${body}-${party}-${i}` to each party's seat of `body`, on `at`. */
export function appoint(statute: Statute, bodyId: string, at = '2020-01-01'): GovernanceEvent[] {
  const found = statute.bodies.find((b) => b.id === bodyId) as Body;
  return found.seats.flatMap((seat) =>
    Array.from(
      { length: seat.count },
      (_, i): GovernanceEvent => ({
        type: 'member-appointed',
        at,
        member: `${bodyId}-${seat.id}-${i + 1}`,
        body: bodyId,
        seat: seat.id,
      }),
    ),
  );
}

/** A meeting of `bodyId` on `date` with one case, attendance, everyone present voting for, and the case concluded. */
export function meetingWithCase(
  bodyId: string,
  date: string,
  present: readonly string[],
  chair?: string,
): GovernanceEvent[] {
  const meeting = `${bodyId}-${date}`;
  const proposal = `${bodyId.toUpperCase()}-${date}`;
  return [
    {
      type: 'meeting-convened',
      at: addDays(date, -14),
      meeting,
      body: bodyId,
      date,
      ...(chair === undefined ? {} : { chair }),
    },
    {
      type: 'proposal-submitted',
      at: addDays(date, -14),
      proposal,
      body: bodyId,
      matter: 'pathway',
      meeting,
    },
    { type: 'attendance-recorded', at: date, meeting, present },
    ...present.map(
      (m): GovernanceEvent => ({ type: 'vote-cast', at: date, proposal, member: m, vote: 'for' }),
    ),
    { type: 'proposal-concluded', at: date, proposal },
  ];
}
