import { describe, expect, it } from 'vitest';
import {
  apply,
  type CouncilVote,
  explainOutcome,
  explainReason,
  initialState,
  isPartyMember,
  namesOf,
  parseEvent,
  partyJoined,
  presets,
  ScenarioError,
  scenario,
} from '../../src/index.js';

// Helgeland: "Kommunene som ønsker å være med i Helsefelleskap Helgeland må vedta saken" (the
// 2021 OSO slides, docs/presets.md), and kommuneloven § 11-9: "møtelederens stemme avgjørende hvis
// antallet stemmer for og imot et forslag er likt". The 21-member kommunestyre of Træna and its
// 10–10 vote are hypothetical.
const statute = presets.helgeland;
const tie = (chairVote: 'for' | 'against'): CouncilVote => ({
  members: 21,
  present: 20,
  for: 10,
  against: 10,
  chairVote,
});
const start = initialState(statute);
const join = (councilVote: CouncilVote, party = 'traena') =>
  partyJoined({ at: '2023-06-20', party, caseNumber: '23/41', councilVote });

describe('joining by the kommunestyre’s vote (Helgeland)', () => {
  it('a 10–10 tie with the møteleder for: the kommune has joined, and the vote is on record', () => {
    const { state, outcome } = apply(start, join(tie('for')));
    expect(outcome.kind).toBe('applied');
    expect(isPartyMember(state, 'traena', '2023-06-20')).toBe(true);
    expect(state.parties.traena?.periods).toEqual([
      { from: '2023-06-20', caseNumber: '23/41', councilVote: tie('for') },
    ]);
  });

  it('a 10–10 tie with the møteleder against: not joined, the council rule and numbers named, state unchanged', () => {
    const { state, outcome } = apply(start, join(tie('against')));
    expect(Object.is(state, start)).toBe(true);
    expect(isPartyMember(state, 'traena', '2023-06-20')).toBe(false);
    expect(outcome.kind === 'rejected' && outcome.reasons).toEqual([
      {
        code: 'party.not-joined',
        params: {
          party: 'traena',
          code: 'council.tie-chair-against',
          members: 21,
          present: 20,
          for: 10,
          against: 10,
          chairVote: 'against',
        },
        ref: 'koml. § 11-9',
      },
    ]);
    const names = namesOf(statute);
    if (outcome.kind !== 'rejected') throw new Error('expected a rejection');
    expect(explainReason(outcome.reasons[0], { locale: 'nb', names })).toMatchInlineSnapshot(
      `"Træna har ikke sluttet seg til: avstemningen endte med stemmelikhet (10 for, 10 mot, 20 av 21 til stede), og møteleder, hvis stemme er avgjørende, stemte mot (koml. § 11-9)"`,
    );
    expect(explainOutcome(outcome, { locale: 'en', names })).toMatchInlineSnapshot(
      `"Rejected party-joined: Træna has not joined: the council vote was tied (10 for, 10 against, 20 of 21 present) and the møteleder, whose vote decides a tie, voted against (koml. § 11-9)"`,
    );
  });

  it('a joining is not an election: a tie is decided by the møteleder even if the vote says election', () => {
    const { outcome } = apply(start, join({ ...tie('for'), election: true }));
    expect(outcome.kind).toBe('applied');
  });

  it('too few present and voting, or a missing møteleder vote, is not a joining either', () => {
    const few = apply(start, join({ members: 21, present: 8, for: 8, against: 0 })).outcome;
    const noChair = apply(start, join({ members: 21, present: 20, for: 10, against: 10 })).outcome;
    const codes = [few, noChair].map((o) => (o.kind === 'rejected' ? o.reasons[0].params.code : o.kind));
    expect(codes).toEqual(['council.no-quorum', 'council.tie-chair-missing']);
  });

  it('a helseforetak has no council whose vote could be recorded', () => {
    const s = initialState({ ...statute, membership: { ...statute.membership, founding: [] } });
    const { outcome } = apply(s, join(tie('for'), 'helgelandssykehuset'));
    expect(outcome.kind === 'rejected' && outcome.reasons[0].params).toEqual({
      party: 'helgelandssykehuset',
      code: 'council.not-a-council',
    });
  });

  it('parses from JSON and goes through the scenario builder', () => {
    expect(parseEvent(JSON.parse(JSON.stringify(join(tie('for')))))).toEqual(join(tie('for')));
    const s = scenario(statute).on('2023-06-20').joinByVote('traena', tie('for'), { caseNumber: '23/41' });
    expect(s.events.at(-1)).toEqual(join(tie('for')));
    expect(() => scenario(statute).on('2023-06-20').joinByVote('traena', tie('against'))).toThrow(
      ScenarioError,
    );
  });
});
