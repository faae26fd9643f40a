import { events } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import {
  apply,
  type GovernanceEvent,
  type Outcome,
  presets,
  type ReasonCode,
  replay,
  type Statute,
  safeParseEvent,
} from '../../src/index.js';
import { minimalStatute, propertyRunsCapped } from '../fixtures.js';
import { fc, prop } from '../prop.js';
import { appointSsu, ssuMeeting } from './_vestfold.js';

/**
 * "Rejected on shape": the first reason is one of the codes of the structural check that runs
 * before any case validator (`validateEvent`: not an object, an unknown type; then the check
 * compiled from the event schemas: a wrong date in `at`, a wrong, missing or unknown field, a
 * string that is not an id), or `statute.invalid` for a field that carries a statute, which is
 * checked in that same step, as `safeParseEvent` checks it. A case validator never gives these
 * codes for an event whose shape is right (a validator that threw would show up as
 * `event.malformed` and break the property), so they are exactly apply's verdict on shape.
 */
const shapeCodes: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'event.malformed',
  'event.unknown-type',
  'event.invalid-date',
  'event.invalid-id',
  'event.unknown-field',
  'statute.invalid',
]);
const rejectedOnShape = (outcome: Outcome): boolean =>
  outcome.kind === 'rejected' && shapeCodes.has(outcome.reasons[0].code);

const { state } = replay(presets.vestfold, [...appointSsu(), ...ssuMeeting()]);

const later = (statute: Statute, effectiveFrom: string): Statute => ({ ...statute, effectiveFrom });
/** Valid events that the testing kit's `events()` does not write. */
const extras: GovernanceEvent[] = [
  { type: 'statute-adopted', at: '2024-06-01', statute: later(presets.vestfold, '2024-07-01') },
  { type: 'statute-adopted', at: '2024-06-01', statute: minimalStatute },
  {
    type: 'statute-amended',
    at: '2024-06-01',
    proposal: 'PM-1',
    statute: later(presets.vestfold, '2024-07-01'),
  },
  {
    type: 'vote-cast',
    at: '2024-03-14',
    proposal: 'SSU-7',
    member: 'ssu-horten',
    vote: 'against',
    reservation: 'Nei',
  },
  {
    type: 'ratification-recorded',
    at: '2024-05-02',
    proposal: 'SSU-7',
    party: 'horten',
    organ: 'kommunestyre',
    decision: 'adopted',
    caseNumber: '24/31',
    councilVote: { members: 27, present: 27, for: 20, against: 7, election: false, chairVote: 'for' },
  },
  {
    type: 'proposal-submitted',
    at: '2024-03-01',
    proposal: 'SSU-9',
    body: 'ssu',
    matter: 'procedure',
    meeting: 'ssu-2024-03',
    title: 'Rutine',
    escalatedFrom: 'FSU-1',
    id: 'evt-1',
  },
  {
    type: 'meeting-convened',
    at: '2024-03-01',
    meeting: 'ssu-9',
    body: 'ssu',
    date: '2024-03-20',
    chair: 'ssu-horten',
  },
  {
    type: 'member-appointed',
    at: '2024-03-01',
    member: 'ssu-x',
    body: 'ssu',
    seat: 'horten',
    name: 'Kari',
    party: 'horten',
    appointedBy: 'kommunedirektør',
  },
];

const statutes: Statute[] = [presets.vestfold, presets.nationalTemplate, minimalStatute];
const valid: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...extras),
  fc
    .constantFrom(...statutes)
    .chain((statute) => events(statute, { maxEvents: 10 }))
    .chain((log) => fc.constantFrom(...log)),
);

const fields = [
  'type',
  'at',
  'id',
  'statute',
  'proposal',
  'party',
  'member',
  'body',
  'meeting',
  'date',
  'present',
  'vote',
  'reservation',
  'title',
  'to',
  'organ',
  'decision',
  'councilVote',
  'caseNumber',
  'colour',
];
const awkward = fc.constantFrom<unknown>(
  '',
  ' ',
  'ssu ',
  ' ssu',
  'a b',
  '__proto__',
  'toString',
  'x'.repeat(201),
  'x'.repeat(10_001),
  '2023-02-29',
  '2024-3-14',
  '2024-03-14T00:00',
  'soon',
  'vote-cast',
  'for',
  'styre',
  0,
  -1,
  1.5,
  Number.NaN,
  null,
  undefined,
  [],
  ['ssu-horten', ''],
  {},
  { members: 3, present: 3, for: 2, against: 1 },
  { members: 3, present: 3, for: 2, against: -1 },
);

type Mutation = (event: Record<string, unknown>) => unknown;
/** One change to an event: each may or may not break its shape. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom<Mutation>(
    (e) => e,
    (e) => JSON.parse(JSON.stringify(e).replace(/^\{/, '{"__proto__":{"x":1},')),
    (e) => JSON.parse(JSON.stringify(e).replace(/^\{/, '{"constructor":1,')),
    (e) => JSON.parse(JSON.stringify(e).replace(/"councilVote":\{(?=")/, '"councilVote":{"prototype":1,')),
    (e) => JSON.parse(JSON.stringify(e).replace(/"statute":\{(?=")/, '"statute":{"__proto__":{},')),
    (e) => (typeof e.statute === 'object' ? { ...e, statute: { ...(e.statute as object), title: '' } } : e),
    (e) => (typeof e.statute === 'object' ? { ...e, statute: { ...(e.statute as object), parties: [] } } : e),
    (e) => [e],
  ),
  fc.constantFrom(...fields).map(
    (key): Mutation =>
      (e) => {
        const { [key]: _, ...rest } = e;
        return rest;
      },
  ),
  fc.tuple(fc.constantFrom(...fields), fc.oneof(awkward, fc.jsonValue({ maxDepth: 2 }))).map(
    ([key, value]): Mutation =>
      (e) => ({ ...e, [key]: value }),
  ),
);
const inputs = fc.oneof(
  valid,
  fc
    .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([event, changes]) =>
      changes.reduce<unknown>(
        (e, change) => (typeof e === 'object' && e !== null && !Array.isArray(e) ? change(e as never) : e),
        event,
      ),
    ),
  fc.jsonValue({ maxDepth: 2 }),
);

// FC_RUNS=20000 stresses this property; FC_SEED (test/setup.ts) replays a failure.
const runs = { numRuns: Math.max(2000, Number(process.env.FC_RUNS ?? 2000)) };

describe('apply and safeParseEvent', () => {
  let parsed = 0;
  prop([inputs], runs)('reject the same inputs on shape', (input) => {
    const result = apply(state, input as GovernanceEvent);
    const ok = safeParseEvent(input).success;
    if (ok) parsed += 1;
    expect(rejectedOnShape(result.outcome)).toBe(!ok);
    if (rejectedOnShape(result.outcome)) expect(result.state).toBe(state);
  });

  it.skipIf(propertyRunsCapped)('met events of both verdicts', () => {
    expect(parsed).toBeGreaterThan(300);
  });

  it('reports the first wrong field, naming it', () => {
    const reasons = (input: unknown) => {
      const { outcome } = apply(state, input as GovernanceEvent);
      return outcome.kind === 'rejected' ? outcome.reasons : [];
    };
    const vote = {
      type: 'vote-cast',
      at: '2024-03-14',
      proposal: 'SSU-7',
      member: 'ssu-horten',
      vote: 'for',
    };
    expect(reasons({ ...vote, colour: 'red' })).toEqual([
      { code: 'event.unknown-field', params: { type: 'vote-cast', field: 'colour' } },
    ]);
    expect(reasons(JSON.parse('{"__proto__":{},"type":"vote-cast"}'))[0]?.code).toBe('event.invalid-date');
    expect(reasons(JSON.parse(`{"__proto__":{},${JSON.stringify(vote).slice(1)}`))).toEqual([
      { code: 'event.unknown-field', params: { type: 'vote-cast', field: '__proto__' } },
    ]);
    expect(reasons({ ...vote, reservation: '' })).toEqual([
      { code: 'event.malformed', params: { field: 'reservation', expected: 'a non-empty string' } },
    ]);
    expect(reasons({ ...vote, member: 'ssu horten ' })).toEqual([
      { code: 'event.invalid-id', params: { field: 'member', value: 'ssu horten ' } },
    ]);
    expect(reasons({ ...vote, at: '2024-02-30' })).toEqual([
      { code: 'event.invalid-date', params: { at: '2024-02-30' } },
    ]);
    expect(
      reasons({
        type: 'ratification-recorded',
        at: '2024-05-02',
        proposal: 'SSU-7',
        party: 'horten',
        organ: 'kommunestyre',
        decision: 'adopted',
        councilVote: { members: 27, present: 27, for: 20, against: 7.5 },
      }),
    ).toEqual([
      { code: 'event.malformed', params: { field: 'councilVote.against', expected: 'a whole number' } },
    ]);
  });

  it('gives statute.invalid for a statute that is not valid, before looking for the amending case', () => {
    const { outcome } = apply(state, {
      type: 'statute-amended',
      at: '2024-06-01',
      proposal: 'nowhere',
      statute: { ...presets.vestfold, title: '' },
    });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reasons: [{ code: 'statute.invalid', params: { path: 'title' } }],
    });
  });
});
