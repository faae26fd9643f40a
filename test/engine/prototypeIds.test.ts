import { afterEach, describe, expect, it } from 'vitest';
import { eventSchemas } from '../../src/engine/_eventSchema.js';
import {
  apply,
  type GovernanceEvent,
  getMember,
  getProposal,
  initialState,
  leadershipOn,
  presets,
  replay,
  requirements,
  type State,
  type Statute,
  safeParseEvent,
  scenario,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';
import { kommuner as helgeland, helgelandBudget } from '../scenario/_helgeland.js';
import { bergen, ssuFromAreas } from './_bergen.js';
import {
  changedSince,
  type IdKind,
  idsOf,
  inheritedNames,
  objectPrototypeNames,
  prototypeSnapshot,
  type Renaming,
  renameStatute,
  renamingBy,
  renamingTo,
  underRenaming,
} from './_renameIds.js';
import {
  perParty,
  personal,
  ssuMeeting as varaMeeting,
  members as varaMembers,
  votes,
} from './_substitutes.js';

// Ids may be named after members of Object.prototype (only `__proto__`, `constructor` and
// `prototype` are refused). Records keyed by ids must never find, or write into, what an
// object inherits.

const pristine = prototypeSnapshot();

/** The built-in prototypes' own properties (and those of their functions) that differ from the start. */
const changedPrototypes = (): string[] => changedSince(pristine);

afterEach(() => {
  expect(changedPrototypes()).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
    [...objectPrototypeNames, '__proto__', 'constructor'].sort(),
  );
  expect(Object.hasOwn({ a: 1 }, 'a')).toBe(true);
});

const member = ['attend', 'speak', 'propose', 'vote'] as const;

/** The PM of the minimal statute seated: two kommune members (parties a and b), two from the HF. */
const pmSeated: GovernanceEvent[] = [
  { type: 'member-appointed', at: '2024-01-02', member: 'pm-a', body: 'pm', seat: 'k', party: 'a' },
  { type: 'member-appointed', at: '2024-01-02', member: 'pm-b', body: 'pm', seat: 'k', party: 'b' },
  { type: 'member-appointed', at: '2024-01-02', member: 'pm-h1', body: 'pm', seat: 'h' },
  { type: 'member-appointed', at: '2024-01-02', member: 'pm-h2', body: 'pm', seat: 'h' },
];

/**
 * A PM meeting on 2024-02-20 with two budgets: `budget-1` adopted by all present (one with a
 * reservation), `budget-2` left open with one vote; then the vedtak of `ratifiers` on budget-1.
 */
function budgetMeeting(present: readonly string[], ratifiers: readonly string[]): GovernanceEvent[] {
  const organ = (party: string) => (party === 'hf' ? 'styre' : 'kommunestyre');
  return [
    {
      type: 'meeting-convened',
      at: '2024-02-01',
      meeting: 'pm-1',
      body: 'pm',
      date: '2024-02-20',
      chair: 'pm-a',
    },
    ...['budget-1', 'budget-2'].map(
      (proposal): GovernanceEvent => ({
        type: 'proposal-submitted',
        at: '2024-02-01',
        proposal,
        body: 'pm',
        matter: 'budget',
        meeting: 'pm-1',
        tabledBy: { kind: 'member', member: 'pm-a' },
      }),
    ),
    { type: 'attendance-recorded', at: '2024-02-20', meeting: 'pm-1', present },
    ...present.map(
      (m, i): GovernanceEvent => ({
        type: 'vote-cast',
        at: '2024-02-20',
        proposal: 'budget-1',
        member: m,
        vote: 'for',
        ...(i === 1 ? { reservation: 'Dissens til protokollen' } : {}),
      }),
    ),
    { type: 'vote-cast', at: '2024-02-20', proposal: 'budget-2', member: 'pm-h1', vote: 'for' },
    { type: 'member-recused', at: '2024-02-20', proposal: 'budget-2', member: 'pm-h2' },
    { type: 'proposal-concluded', at: '2024-02-20', proposal: 'budget-1' },
    ...ratifiers.map(
      (party): GovernanceEvent => ({
        type: 'ratification-recorded',
        at: '2024-03-01',
        proposal: 'budget-1',
        party,
        organ: organ(party),
        decision: 'adopted',
      }),
    ),
  ];
}

const pmLog = [...pmSeated, ...budgetMeeting(['pm-a', 'pm-b', 'pm-h1', 'pm-h2'], ['a', 'b', 'hf'])];

/** What the tests ask of the final state, beyond the outcomes and reports. */
const budgetDetails = (
  state: Parameters<typeof requirements>[0],
  name: (kind: IdKind, id: string) => string,
) => ({
  open: requirements(state, name('proposal', 'budget-2')),
  votes: getProposal(state, name('proposal', 'budget-1'))?.votes,
  reservations: getProposal(state, name('proposal', 'budget-1'))?.reservations,
  ratifications: getProposal(state, name('proposal', 'budget-1'))?.ratifications,
  chair: getMember(state, name('member', 'pm-a')),
});

/** Runs the log with plain ids and renamed, and expects the same verdicts up to the renaming. */
function expectSameUnder(
  statute: Statute,
  events: readonly GovernanceEvent[],
  rename: Renaming,
  extra: (state: State, name: (kind: IdKind, id: string) => string) => unknown = budgetDetails,
) {
  const { ordinary, renamed } = underRenaming(statute, events, rename, extra);
  expect(renamed).toEqual(ordinary);
  expect(renamed.roundTrips).toBe(true);
  return renamed;
}

const rejections = (outcomes: readonly unknown[]) =>
  outcomes.filter((o) => (o as { kind: string }).kind === 'rejected');

describe('ids named after members of Object.prototype', () => {
  it('a body hasOwnProperty with a member call leaves Object.prototype.hasOwnProperty.call working', () => {
    const rename = renamingBy({ body: { pm: 'hasOwnProperty' }, member: { 'pm-a': 'call' } });
    const run = expectSameUnder(minimalStatute, pmLog, rename);
    expect(rejections(run.outcomes)).toEqual([]);
    expect(Object.prototype.hasOwnProperty.call).toBe(Function.prototype.call);
    expect(Object.getOwnPropertyNames(Object.prototype.hasOwnProperty).sort()).toEqual(['length', 'name']);
    expect(run.reports[0]).toMatchObject({
      proposal: 'budget-1',
      body: 'hasOwnProperty',
      status: 'in-force',
    });
  });

  it('a party toString replays, and its valid vedtak applies, by replay and by apply', () => {
    const rename = renamingBy({ party: { a: 'toString', b: 'valueOf', hf: 'hasOwnProperty' } });
    const run = expectSameUnder(minimalStatute, pmLog, rename);
    expect(rejections(run.outcomes)).toEqual([]);
    expect(rejections(run.folded.outcomes)).toEqual([]);
    expect(run.reports[0]).toMatchObject({
      status: 'in-force',
      binds: expect.arrayContaining(['toString', 'valueOf', 'hasOwnProperty']),
    });
  });

  it('proposals, meetings, members, seats, matters, refs and rules may be named so too', () => {
    const rename = renamingBy({
      proposal: { 'budget-1': 'valueOf', 'budget-2': 'toString' },
      meeting: { 'pm-1': 'toString' },
      member: {
        'pm-a': '__defineGetter__',
        'pm-b': '__lookupSetter__',
        'pm-h1': 'propertyIsEnumerable',
        'pm-h2': 'isPrototypeOf',
      },
      seat: { k: 'hasOwnProperty', h: 'toLocaleString' },
      matter: { budget: 'valueOf' },
      ref: { '§1': 'toString', '§2': 'valueOf' },
      rule: { r: 'isPrototypeOf' },
      party: { a: '__defineSetter__' },
    });
    const run = expectSameUnder(minimalStatute, pmLog, rename);
    expect(rejections(run.outcomes)).toEqual([]);
    expect(run.extra).toMatchObject({
      votes: { __defineGetter__: 'for', __lookupSetter__: 'for' },
      reservations: { __lookupSetter__: 'Dissens til protokollen' },
    });
    expect(Object.keys((run.extra as { votes: object }).votes).sort()).toEqual([
      '__defineGetter__',
      '__lookupSetter__',
      'isPrototypeOf',
      'propertyIsEnumerable',
    ]);
  });

  it('parties added by a later statute version: statute-adopted, party-joined, member-appointed, ratification-recorded', () => {
    const kommune = (id: string, n: string) =>
      ({ kind: 'kommune', id, name: id, kommunenummer: n, population: 500, organ: 'kommunestyre' }) as const;
    const next: Statute = {
      ...minimalStatute,
      version: '2',
      effectiveFrom: '2024-01-15',
      parties: [...minimalStatute.parties, kommune('c', '1003'), kommune('d', '1004')],
      bodies: minimalStatute.bodies.map((b) =>
        b.id === 'pm'
          ? { ...b, seats: b.seats.map((s) => (s.id === 'k' ? { ...s, count: 4, rights: member } : s)) }
          : b,
      ),
      membership: { ...minimalStatute.membership, founding: ['hf', 'a', 'b', 'c'] },
    };
    const log: GovernanceEvent[] = [
      ...pmSeated,
      { type: 'statute-adopted', at: '2024-01-10', statute: next },
      { type: 'party-joined', at: '2024-01-20', party: 'd', caseNumber: '24/3' },
      { type: 'member-appointed', at: '2024-01-21', member: 'pm-c', body: 'pm', seat: 'k', party: 'c' },
      { type: 'member-appointed', at: '2024-01-21', member: 'pm-d', body: 'pm', seat: 'k', party: 'd' },
      ...budgetMeeting(['pm-a', 'pm-b', 'pm-c', 'pm-d', 'pm-h1', 'pm-h2'], ['a', 'b', 'c', 'd', 'hf']),
      { type: 'party-withdrew', at: '2024-04-01', party: 'd' },
    ];
    for (const names of [
      { c: 'toString', d: 'valueOf' },
      { c: 'hasOwnProperty', d: 'propertyIsEnumerable' },
      { c: '__lookupGetter__', d: 'toLocaleString' },
    ]) {
      const run = expectSameUnder(minimalStatute, log, renamingBy({ party: names }));
      expect(rejections(run.outcomes)).toEqual([]);
      expect(rejections(run.folded.outcomes)).toEqual([]);
      expect(run.reports[0]).toMatchObject({
        status: 'in-force',
        binds: expect.arrayContaining([names.c, names.d]),
      });
    }
  });

  it('refuses only __proto__, constructor and prototype as ids', () => {
    const state = replay(minimalStatute, pmSeated).state;
    for (const id of ['__proto__', 'constructor', 'prototype']) {
      const event = { type: 'party-joined', at: '2024-02-01', party: id } as GovernanceEvent;
      expect(apply(state, event).outcome).toMatchObject({
        kind: 'rejected',
        reasons: [{ code: 'event.invalid-id', params: { field: 'party', value: id } }],
      });
    }
    const fresh = initialState(minimalStatute);
    expect(apply(fresh, { type: 'party-joined', at: '2024-02-01', party: 'toString' }).outcome).toMatchObject(
      {
        reasons: [{ code: 'party.unknown', params: { party: 'toString' } }],
      },
    );
  });

  it('the scenario builder takes no reservation a member named toString does not have', () => {
    const s = scenario(renameAll(minimalStatute, { pm: 'valueOf' }, { a: 'toString' }))
      .on('2024-01-02')
      .appoint('valueOf', 'k', ['toString', 'valueOf'])
      .on('2024-02-20')
      .convene('valueOf')
      .propose('hasOwnProperty', 'budget')
      .attend(['toString', 'valueOf'])
      .vote('hasOwnProperty', { toString: 'for' as const, valueOf: 'for' as const }, { valueOf: 'Dissens' })
      .expect('hasOwnProperty', 'adopted');
    const cast = s.events.filter((e) => e.type === 'vote-cast');
    expect(cast.map((e) => ('reservation' in e ? e.reservation : undefined))).toEqual([undefined, 'Dissens']);
    expect(Object.keys(s.toJSON().expected)).toEqual(['hasOwnProperty']);
  });
});

/** The statute with bodies and parties renamed. */
function renameAll(
  statute: Statute,
  bodies: Record<string, string>,
  parties: Record<string, string>,
): Statute {
  return renameStatute(statute, renamingBy({ body: bodies, party: parties }));
}

describe('every id of a fixture named after an inherited member', () => {
  /** Object.prototype's names first, in a fixed shuffle, then those of functions, arrays and strings. */
  const inherited = (kind: IdKind, count: number) => {
    const shift = kind.length % objectPrototypeNames.length;
    const first = [...objectPrototypeNames.slice(shift), ...objectPrototypeNames.slice(0, shift)];
    return [...first, ...inheritedNames.filter((n) => !first.includes(n))].slice(0, count);
  };
  const cases: [string, Statute, GovernanceEvent[]][] = [
    ['the minimal statute', minimalStatute, pmLog],
    [
      'Helgeland with ratifications',
      presets.helgeland,
      [
        ...helgelandBudget()
          .on('2024-05-02')
          .ratify('PM-3', helgeland.slice(0, 3))
          .ratify('PM-3', helgeland.slice(3, 4), 'rejected').events,
        {
          type: 'leadership-elected',
          at: '2024-04-10',
          body: 'pm',
          role: 'leder',
          member: `pm-${helgeland[0]}`,
          from: '2024-04-10',
        },
      ],
    ],
    ['Bergen, with areas and private hospitals', bergen, ssuFromAreas],
    [
      'a personal vara',
      personal,
      [
        ...varaMembers,
        {
          type: 'substitute-appointed',
          at: '2024-01-02',
          member: 'vara-h',
          body: 'ssu',
          seat: 'horten',
          for: 'ssu-horten',
        },
        ...varaMeeting(),
        {
          type: 'substitute-attending',
          at: '2024-03-10',
          member: 'vara-h',
          body: 'ssu',
          for: 'ssu-horten',
          meeting: 'ssu-2024-03',
        },
        ...votes('SSU-7', ['vara-h', 'ssu-siv-1']),
      ],
    ],
    [
      'ordered vara lists per party',
      perParty,
      [
        ...varaMembers,
        {
          type: 'substitute-appointed',
          at: '2024-01-02',
          member: 'vara-1',
          body: 'ssu',
          seat: 'horten',
          rank: 1,
        },
        {
          type: 'substitute-appointed',
          at: '2024-01-02',
          member: 'vara-2',
          body: 'ssu',
          seat: 'horten',
          rank: 2,
        },
        ...varaMeeting(),
        {
          type: 'substitute-attending',
          at: '2024-03-10',
          member: 'vara-2',
          body: 'ssu',
          for: 'ssu-horten',
          from: '2024-03-01',
          to: '2024-06-30',
        },
      ],
    ],
  ];

  it.each(cases)('%s gives the same verdicts', (_name, statute, events) => {
    const rename = renamingTo(idsOf(statute, events), inherited);
    const leadership = (
      state: Parameters<typeof leadershipOn>[0],
      name: (kind: IdKind, id: string) => string,
    ) => statute.bodies.map((b) => leadershipOn(state, name('body', b.id), '2024-06-01'));
    const run = expectSameUnder(statute, events, rename, leadership);
    expect(rejections(run.outcomes)).toEqual([]);
  });
});

describe('apply rejects what parseEvent rejects: unknown keys, inherited names among them, and empty text', () => {
  const base: GovernanceEvent[] = [
    {
      type: 'statute-adopted',
      at: '2024-06-01',
      statute: { ...minimalStatute, effectiveFrom: '2024-07-01' },
    },
    {
      type: 'statute-amended',
      at: '2024-06-01',
      proposal: 'budget-1',
      statute: { ...minimalStatute, effectiveFrom: '2024-07-01' },
    },
    { type: 'party-joined', at: '2024-02-01', party: 'a' },
    { type: 'party-withdrew', at: '2024-02-01', party: 'a' },
    { type: 'member-appointed', at: '2024-02-01', member: 'm', body: 'pm', seat: 'k', party: 'a' },
    { type: 'member-left', at: '2024-02-01', member: 'pm-a', body: 'pm' },
    { type: 'meeting-convened', at: '2024-02-01', meeting: 'pm-2', body: 'pm', date: '2024-02-20' },
    { type: 'attendance-recorded', at: '2024-02-20', meeting: 'pm-1', present: ['pm-a'] },
    { type: 'member-recused', at: '2024-02-20', proposal: 'budget-2', member: 'pm-a' },
    {
      type: 'proposal-submitted',
      at: '2024-02-01',
      proposal: 'p',
      body: 'pm',
      matter: 'budget',
      meeting: 'pm-1',
      title: 'Budsjett',
    },
    { type: 'proposal-withdrawn', at: '2024-02-20', proposal: 'budget-2' },
    { type: 'proposal-deferred', at: '2024-02-20', proposal: 'budget-2', meeting: 'pm-2024' },
    { type: 'proposal-discussed', at: '2024-02-20', proposal: 'budget-2', by: 'secretariat' },
    {
      type: 'secretariat-decided',
      at: '2024-02-21',
      proposal: 'sek-1',
      body: 'pm',
      matter: 'budget',
      title: 'Fagdag',
      amount: 1000,
    },
    {
      type: 'vote-cast',
      at: '2024-02-20',
      proposal: 'budget-2',
      member: 'pm-a',
      vote: 'against',
      reservation: 'Nei',
    },
    { type: 'proposal-concluded', at: '2024-02-20', proposal: 'budget-2' },
    { type: 'proposal-escalated', at: '2024-02-21', proposal: 'budget-2', to: 'pm' },
    { type: 'proposal-forwarded', at: '2024-02-21', proposal: 'budget-2', to: 'pm' },
    {
      type: 'statement-recorded',
      at: '2024-02-21',
      board: 'nemnd',
      proposal: 'budget-2',
      kind: 'mediation',
      text: 'Partene bør møtes igjen.',
    },
    {
      type: 'ratification-recorded',
      at: '2024-03-01',
      proposal: 'budget-1',
      party: 'a',
      organ: 'kommunestyre',
      decision: 'adopted',
    },
    { type: 'substitute-appointed', at: '2024-02-01', member: 'v', body: 'pm', seat: 'k', rank: 1 },
    { type: 'substitute-attending', at: '2024-02-20', member: 'v', body: 'pm', for: 'pm-a', meeting: 'pm-1' },
    {
      type: 'leadership-elected',
      at: '2024-02-01',
      body: 'pm',
      role: 'leder',
      member: 'pm-a',
      from: '2024-02-01',
    },
  ];
  const state = replay(minimalStatute, pmLog).state;

  it('covers every event type', () => {
    const types = new Set(base.map((e) => e.type));
    expect(types.size).toBe(base.length);
    expect([...types].sort()).toEqual(Object.keys(eventSchemas).sort());
  });

  const withKey = (event: GovernanceEvent, key: string): unknown =>
    JSON.parse(`{${JSON.stringify(key)}:1,${JSON.stringify(event).slice(1)}`);

  it.each(base.map((e) => [e.type, e] as const))('%s with an unknown key', (_type, event) => {
    for (const key of ['toString', '__proto__', 'constructor', 'prototype', 'valueOf', 'hasOwnProperty']) {
      const input = withKey(event, key);
      expect(Object.hasOwn(input as object, key)).toBe(true);
      const result = apply(state, input as GovernanceEvent);
      expect(result.state).toBe(state);
      expect(result.outcome).toEqual({
        kind: 'rejected',
        type: event.type,
        reasons: [{ code: 'event.unknown-field', params: { type: event.type, field: key } }],
      });
      expect(safeParseEvent(input).success).toBe(false);
    }
  });

  it.each([
    ['title', base.find((e) => e.type === 'proposal-submitted')],
    ['reservation', base.find((e) => e.type === 'vote-cast')],
    ['caseNumber', base.find((e) => e.type === 'party-joined')],
    ['reason', base.find((e) => e.type === 'member-recused')],
    ['name', base.find((e) => e.type === 'member-appointed')],
  ])('an empty %s', (field, event) => {
    const input = { ...event, [field]: '' };
    const result = apply(state, input as GovernanceEvent);
    expect(result.state).toBe(state);
    expect(result.outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'event.malformed', params: { field, expected: 'a non-empty string' } }],
    });
    expect(safeParseEvent(input).success).toBe(false);
  });

  it('and each base event has a valid shape', () => {
    for (const event of base) expect(safeParseEvent(event).success).toBe(true);
  });
});
