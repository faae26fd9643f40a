import { describe, expect, it } from 'vitest';
import {
  apply,
  type CouncilRule,
  type CouncilVote,
  explainOutcome,
  initialState,
  kommunelovenDefaults,
  type Outcome,
  type Statute,
} from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

/** The minimal statute with only the HF founding it, so the kommuner join by their own vote (invented for the test). */
const statute: Statute = {
  ...minimalStatute,
  membership: { ...minimalStatute.membership, founding: ['hf'] },
};
/** The same, with a council rule under which a tie fails (invented for the test). */
const tieFails: Statute = {
  ...statute,
  council: { ...kommunelovenDefaults, tieBreak: 'fails', ref: '§1' } satisfies CouncilRule,
};

/** Vote counts of a 27-member kommunestyre, invented for these tests. */
const tie: CouncilVote = { members: 27, present: 26, for: 13, against: 13 };

const join = (party: string, councilVote: CouncilVote, on: Statute = statute): Outcome =>
  apply(initialState(on), { type: 'party-joined', at: '2024-02-01', party, councilVote }).outcome;

const elect = (party: string, election: CouncilVote): Outcome =>
  apply(initialState(minimalStatute), {
    type: 'member-appointed',
    at: '2024-01-10',
    member: 'kari',
    body: 'ssu',
    seat: 'k',
    party,
    election,
  }).outcome;

const texts = (outcome: Outcome) => ({
  nb: explainOutcome(outcome, { locale: 'nb' }),
  nn: explainOutcome(outcome, { locale: 'nn' }),
  en: explainOutcome(outcome, { locale: 'en' }),
});

describe('a joining the kommunestyre’s vote does not adopt, as text', () => {
  it.each([
    [
      'a party with no council: the HF, whose organ is a styre',
      join(
        'hf',
        { members: 9, present: 9, for: 9, against: 0 },
        { ...statute, membership: { ...statute.membership, founding: [] } },
      ),
      {
        nb: 'Avvist party-joined: hf har ikke sluttet seg til: parten har ikke noe kommunestyre eller fylkesting som kan stemme (koml. § 11-9)',
        nn: 'Avvist party-joined: hf har ikkje slutta seg til: parten har ikkje noko kommunestyre eller fylkesting som kan stemme (koml. § 11-9)',
        en: 'Rejected party-joined: hf has not joined: the party has no kommunestyre or fylkesting whose vote could be recorded (koml. § 11-9)',
      },
    ],
    [
      'a tie with the møteleder against',
      join('a', { ...tie, chairVote: 'against' }),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: avstemningen endte med stemmelikhet (13 for, 13 mot, 26 av 27 til stede), og møteleder, hvis stemme er avgjørende, stemte mot (koml. § 11-9)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: røystinga enda med stemmelikskap (13 for, 13 mot, 26 av 27 til stades), og møteleiaren, som har dobbeltstemme, stemde mot (koml. § 11-9)',
        en: 'Rejected party-joined: a has not joined: the council vote was tied (13 for, 13 against, 26 of 27 present) and the møteleder, whose vote decides a tie, voted against (koml. § 11-9)',
      },
    ],
    [
      'a tie with the møteleder’s vote not recorded',
      join('a', tie),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: avstemningen endte med stemmelikhet (13 for, 13 mot, 26 av 27 til stede), og møteleders stemme, som er avgjørende, er ikke protokollert (koml. § 11-9)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: røystinga enda med stemmelikskap (13 for, 13 mot, 26 av 27 til stades), og stemma til møteleiaren, som er avgjerande, er ikkje protokollført (koml. § 11-9)',
        en: "Rejected party-joined: a has not joined: the council vote was tied (13 for, 13 against, 26 of 27 present) and the møteleder's vote, which decides a tie, is not recorded (koml. § 11-9)",
      },
    ],
    [
      'a tie under a council rule that lets a tie fail, the møteleder for',
      join('a', { ...tie, chairVote: 'for' }, tieFails),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: avstemningen endte med stemmelikhet (13 for, 13 mot, 26 av 27 til stede), og etter regelen faller forslaget da (§1)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: røystinga enda med stemmelikskap (13 for, 13 mot, 26 av 27 til stades), og etter regelen fell forslaget då (§1)',
        en: 'Rejected party-joined: a has not joined: the council vote was tied (13 for, 13 against, 26 of 27 present), and under the council rule a tie fails (§1)',
      },
    ],
    [
      'too few present and voting (13 of 27, 14 needed)',
      join('a', { members: 27, present: 13, for: 13, against: 0 }),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: for få medlemmer var til stede og stemte (13 for, 0 mot, 13 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: for få medlemmer var til stades og stemde (13 for, 0 mot, 13 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected party-joined: a has not joined: too few members were present and voted (13 for, 0 against, 13 of 27 present) (koml. § 11-9)',
      },
    ],
    [
      'a majority against',
      join('a', { members: 27, present: 27, for: 10, against: 17 }),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: for få stemmer for (10 for, 17 mot, 27 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: for få stemmer for (10 for, 17 mot, 27 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected party-joined: a has not joined: too few votes for (10 for, 17 against, 27 of 27 present) (koml. § 11-9)',
      },
    ],
    [
      'present members who did not vote, under stemmeplikt',
      join('a', { members: 27, present: 27, for: 20, against: 5 }),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: medlemmer til stede stemte ikke, noe stemmeplikten ikke tillater (20 for, 5 mot, 27 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: medlemmer til stades stemde ikkje, noko stemmeplikta ikkje tillèt (20 for, 5 mot, 27 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected party-joined: a has not joined: present members did not vote, which stemmeplikt does not allow (20 for, 5 against, 27 of 27 present) (koml. § 11-9)',
      },
    ],
    [
      'counts that cannot be (more present than members), by the code of the outcome',
      join('a', { members: 27, present: 28, for: 20, against: 5 }),
      {
        nb: 'Avvist party-joined: a har ikke sluttet seg til: avstemningen vedtar det ikke (council.invalid-count: 20 for, 5 mot, 28 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist party-joined: a har ikkje slutta seg til: røystinga vedtek det ikkje (council.invalid-count: 20 for, 5 mot, 28 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected party-joined: a has not joined: the council vote does not adopt it (council.invalid-count: 20 for, 5 against, 28 of 27 present) (koml. § 11-9)',
      },
    ],
  ])('%s', (_, outcome, expected) => {
    expect(texts(outcome)).toStrictEqual(expected);
  });

  it('a tie the møteleder decides for is a joining', () => {
    expect(join('a', { ...tie, chairVote: 'for' }).kind).toBe('applied');
  });
});

describe('an election the kommunestyre’s vote does not carry, as text', () => {
  it.each([
    [
      'a party with no council: the HF',
      elect('hf', { members: 9, present: 9, for: 9, against: 0 }),
      {
        nb: 'Avvist member-appointed: plassen k kan ikke besettes for hf (§2); kari er ikke valgt til plassen k: parten har ikke noe kommunestyre eller fylkesting som kan velge (koml. § 11-9)',
        nn: 'Avvist member-appointed: plassen k kan ikkje besetjast for hf (§2); kari er ikkje vald til plassen k: parten har ikkje noko kommunestyre eller fylkesting som kan velje (koml. § 11-9)',
        en: 'Rejected member-appointed: seat k cannot be held for hf (§2); kari was not elected to seat k: the party has no kommunestyre or fylkesting to elect by (koml. § 11-9)',
      },
    ],
    [
      'a tie with no lot recorded',
      elect('a', tie),
      {
        nb: 'Avvist member-appointed: kari er ikke valgt til plassen k: valget endte med stemmelikhet (13 for, 13 mot, 26 av 27 til stede) og ingen loddtrekning er protokollert; stemmelikhet ved valg avgjøres ved loddtrekning, aldri av møteleder (koml. § 11-9)',
        nn: 'Avvist member-appointed: kari er ikkje vald til plassen k: valet enda med stemmelikskap (13 for, 13 mot, 26 av 27 til stades), og inga loddtrekking er protokollført; stemmelikskap ved val blir avgjord ved loddtrekking, aldri av møteleiaren (koml. § 11-9)',
        en: 'Rejected member-appointed: kari was not elected to seat k: the election was tied (13 for, 13 against, 26 of 27 present) and no lot is recorded; a tie in an election is decided by lot, never by the chair (koml. § 11-9)',
      },
    ],
    [
      'a tie the lot decided against',
      elect('a', { ...tie, lot: 'against' }),
      {
        nb: 'Avvist member-appointed: kari er ikke valgt til plassen k: valget endte med stemmelikhet (13 for, 13 mot, 26 av 27 til stede) og loddet falt mot (koml. § 11-9)',
        nn: 'Avvist member-appointed: kari er ikkje vald til plassen k: valet enda med stemmelikskap (13 for, 13 mot, 26 av 27 til stades), og loddet fall mot (koml. § 11-9)',
        en: 'Rejected member-appointed: kari was not elected to seat k: the election was tied (13 for, 13 against, 26 of 27 present) and the lot fell against (koml. § 11-9)',
      },
    ],
    [
      'too few present and voting',
      elect('a', { members: 27, present: 10, for: 10, against: 0 }),
      {
        nb: 'Avvist member-appointed: kari er ikke valgt til plassen k: for få medlemmer til stede og stemte (10 for, 0 mot, 10 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist member-appointed: kari er ikkje vald til plassen k: for få medlemmer til stades og stemde (10 for, 0 mot, 10 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected member-appointed: kari was not elected to seat k: too few members present and voting (10 for, 0 against, 10 of 27 present) (koml. § 11-9)',
      },
    ],
    [
      'a majority against',
      elect('a', { members: 27, present: 27, for: 10, against: 17 }),
      {
        nb: 'Avvist member-appointed: kari er ikke valgt til plassen k: for få stemmer for (10 for, 17 mot, 27 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist member-appointed: kari er ikkje vald til plassen k: for få stemmer for (10 for, 17 mot, 27 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected member-appointed: kari was not elected to seat k: too few votes for (10 for, 17 against, 27 of 27 present) (koml. § 11-9)',
      },
    ],
    [
      'counts that cannot be, by the code of the outcome',
      elect('a', { members: 27, present: 28, for: 20, against: 5 }),
      {
        nb: 'Avvist member-appointed: kari er ikke valgt til plassen k: avstemningen velger ikke (council.invalid-count: 20 for, 5 mot, 28 av 27 til stede) (koml. § 11-9)',
        nn: 'Avvist member-appointed: kari er ikkje vald til plassen k: røystinga vel ikkje (council.invalid-count: 20 for, 5 mot, 28 av 27 til stades) (koml. § 11-9)',
        en: 'Rejected member-appointed: kari was not elected to seat k: the council vote does not elect (council.invalid-count: 20 for, 5 against, 28 of 27 present) (koml. § 11-9)',
      },
    ],
  ])('%s', (_, outcome, expected) => {
    expect(texts(outcome)).toStrictEqual(expected);
  });
});
