/**
 * The sentences of the leadership check and of the `leadership-elected` rejections, in every
 * locale (bokmål, nynorsk, English), spread into each catalog.
 *
 * @internal
 * @module
 */
import type { LeadershipCheck } from '../../engine/checks/leadership.js';
import type { Bloc } from '../../model/statute.js';
import { type Messages, type Params, param as s } from './types.js';

type P = LeadershipCheck['params'];
type Sentences = Messages<LeadershipCheck>;
type Reasons = {
  readonly 'leadership.empty-term': (p: Params) => string;
  readonly 'leadership.both-roles': (p: Params) => string;
};

const enSide: Readonly<Record<Bloc, string>> = {
  kommunesiden: 'the kommune side',
  helseforetakssiden: 'the HF side',
};

const en = {
  side: (b: Bloc | undefined) => (b === undefined ? 'no side' : enSide[b]),
  expectation(p: P): string {
    if (p.expectedBloc === undefined) return '';
    const party = p.expectedParty === undefined ? '' : ` (${p.expectedParty})`;
    const period = p.periodFrom === undefined ? '' : ` (the period ${p.periodFrom} to ${s(p, 'periodTo')})`;
    return `; ${en.side(p.expectedBloc)}${party} should lead on ${p.date}${period}`;
  },
  leader: (p: P) =>
    p.leder === undefined
      ? 'no leder is in office'
      : `the leder ${p.leder} (${en.side(p.lederBloc)}${p.lederParty === undefined ? '' : `, ${p.lederParty}`})`,
  chaired(p: P): string {
    if (p.chairedAs === 'none') return 'no chair recorded';
    if (p.chairedAs === 'leder') return `chaired by ${s(p, 'chair')}, the leder`;
    if (p.chairedAs === 'nestleder') return `chaired by ${s(p, 'chair')}, the nestleder`;
    return `chaired by ${s(p, 'chair')}, who is neither leder nor nestleder`;
  },
};

/** @internal */
export const leadershipEn: Sentences = {
  'leadership.ok': (p) => `${en.chaired(p)} (${en.side(p.lederBloc)})${en.expectation(p)}`,
  'leadership.deputy-standing-in': (p) =>
    `${en.chaired(p)}, standing in for ${p.leder === undefined ? 'a leder, as none is in office' : `the leder ${p.leder}, who was absent`}${en.expectation(p)}`,
  'leadership.acting-chair': (p) =>
    `chaired by ${s(p, 'chair')}, standing in as neither the leder nor the nestleder was there${en.expectation(p)}`,
  'leadership.no-chair': (p) => `no chair recorded; ${en.leader(p)}${en.expectation(p)}`,
  'leadership.wrong-side': (p) =>
    `${en.leader(p)} is from the side that should not lead${en.expectation(p)}; ${en.chaired(p)}`,
  'leadership.wrong-party': (p) =>
    `${en.leader(p)} is not the party whose turn it is${en.expectation(p)}; ${en.chaired(p)}`,
  'leadership.same-side': (p) =>
    `the leder ${s(p, 'leder')} and the nestleder ${s(p, 'nestleder')} are both from ${en.side(p.lederBloc)}, but must come from opposite sides; ${en.chaired(p)}`,
  'leadership.chair-not-leader': (p) =>
    p.chairedAs === 'nestleder'
      ? `chaired by the nestleder ${s(p, 'chair')} although the leder ${s(p, 'leder')} was present`
      : `chaired by ${s(p, 'chair')}, who is neither leder nor nestleder, although ${p.lederPresent ? `the leder ${s(p, 'leder')}` : `the nestleder ${s(p, 'nestleder')}`} was present`,
};

/** @internal */
export const leadershipReasonsEn: Reasons = {
  'leadership.empty-term': (p) => `a term from ${s(p, 'from')} to ${s(p, 'to')} ends before it begins`,
  'leadership.both-roles': (p) =>
    `${s(p, 'member')} cannot be ${s(p, 'role')} of ${s(p, 'body')} while also ${s(p, 'other')}`,
};

const nb = {
  side: (b: Bloc | undefined) => (b === undefined ? 'ingen side' : b),
  expectation(p: P): string {
    if (p.expectedBloc === undefined) return '';
    const party = p.expectedParty === undefined ? '' : ` (${p.expectedParty})`;
    const period = p.periodFrom === undefined ? '' : ` (perioden ${p.periodFrom}–${s(p, 'periodTo')})`;
    return `; ${p.expectedBloc}${party} skal lede ${p.date}${period}`;
  },
  leader: (p: P) =>
    p.leder === undefined
      ? 'ingen leder er i vervet'
      : `lederen ${p.leder} (${nb.side(p.lederBloc)}${p.lederParty === undefined ? '' : `, ${p.lederParty}`})`,
  chaired(p: P): string {
    if (p.chairedAs === 'none') return 'ingen møteleder er ført';
    if (p.chairedAs === 'leder') return `ledet av ${s(p, 'chair')}, som er leder`;
    if (p.chairedAs === 'nestleder') return `ledet av nestlederen ${s(p, 'chair')}`;
    return `ledet av ${s(p, 'chair')}, som verken er leder eller nestleder`;
  },
};

/** @internal */
export const leadershipNb: Sentences = {
  'leadership.ok': (p) => `${nb.chaired(p)} (${nb.side(p.lederBloc)})${nb.expectation(p)}`,
  'leadership.deputy-standing-in': (p) =>
    `${nb.chaired(p)}, som stedfortreder for ${p.leder === undefined ? 'lederen, da ingen er i vervet' : `lederen ${p.leder}, som var fraværende`}${nb.expectation(p)}`,
  'leadership.acting-chair': (p) =>
    `ledet av ${s(p, 'chair')} som setteleder, da verken leder eller nestleder var til stede${nb.expectation(p)}`,
  'leadership.no-chair': (p) => `ingen møteleder er ført; ${nb.leader(p)}${nb.expectation(p)}`,
  'leadership.wrong-side': (p) =>
    `${nb.leader(p)} er fra siden som ikke skal lede${nb.expectation(p)}; ${nb.chaired(p)}`,
  'leadership.wrong-party': (p) =>
    `${nb.leader(p)} er ikke parten som har tur${nb.expectation(p)}; ${nb.chaired(p)}`,
  'leadership.same-side': (p) =>
    `lederen ${s(p, 'leder')} og nestlederen ${s(p, 'nestleder')} er begge fra ${nb.side(p.lederBloc)}, men skal komme fra hver sin side; ${nb.chaired(p)}`,
  'leadership.chair-not-leader': (p) =>
    p.chairedAs === 'nestleder'
      ? `ledet av nestlederen ${s(p, 'chair')} selv om lederen ${s(p, 'leder')} var til stede`
      : `ledet av ${s(p, 'chair')}, som verken er leder eller nestleder, selv om ${p.lederPresent ? `lederen ${s(p, 'leder')}` : `nestlederen ${s(p, 'nestleder')}`} var til stede`,
};

/** @internal */
export const leadershipReasonsNb: Reasons = {
  'leadership.empty-term': (p) => `en periode fra ${s(p, 'from')} til ${s(p, 'to')} slutter før den begynner`,
  'leadership.both-roles': (p) =>
    `${s(p, 'member')} kan ikke være ${s(p, 'role')} i ${s(p, 'body')} og samtidig ${s(p, 'other')}`,
};

const nnSide: Readonly<Record<Bloc, string>> = {
  kommunesiden: 'kommunesida',
  helseforetakssiden: 'helseføretakssida',
};

const nn = {
  side: (b: Bloc | undefined) => (b === undefined ? 'inga side' : nnSide[b]),
  expectation(p: P): string {
    if (p.expectedBloc === undefined) return '';
    const party = p.expectedParty === undefined ? '' : ` (${p.expectedParty})`;
    const period = p.periodFrom === undefined ? '' : ` (perioden ${p.periodFrom}–${s(p, 'periodTo')})`;
    return `; ${nn.side(p.expectedBloc)}${party} skal leie ${p.date}${period}`;
  },
  leader: (p: P) =>
    p.leder === undefined
      ? 'ingen leiar er i vervet'
      : `leiaren ${p.leder} (${nn.side(p.lederBloc)}${p.lederParty === undefined ? '' : `, ${p.lederParty}`})`,
  chaired(p: P): string {
    if (p.chairedAs === 'none') return 'ingen møteleiar er ført';
    if (p.chairedAs === 'leder') return `leidd av ${s(p, 'chair')}, som er leiar`;
    if (p.chairedAs === 'nestleder') return `leidd av nestleiaren ${s(p, 'chair')}`;
    return `leidd av ${s(p, 'chair')}, som verken er leiar eller nestleiar`;
  },
};

/** @internal */
export const leadershipNn: Sentences = {
  'leadership.ok': (p) => `${nn.chaired(p)} (${nn.side(p.lederBloc)})${nn.expectation(p)}`,
  'leadership.deputy-standing-in': (p) =>
    `${nn.chaired(p)}, som stadfortredar for ${p.leder === undefined ? 'leiaren, då ingen er i vervet' : `leiaren ${p.leder}, som var fråverande`}${nn.expectation(p)}`,
  'leadership.acting-chair': (p) =>
    `leidd av ${s(p, 'chair')} som setteleiar, då verken leiar eller nestleiar var til stades${nn.expectation(p)}`,
  'leadership.no-chair': (p) => `ingen møteleiar er ført; ${nn.leader(p)}${nn.expectation(p)}`,
  'leadership.wrong-side': (p) =>
    `${nn.leader(p)} er frå sida som ikkje skal leie${nn.expectation(p)}; ${nn.chaired(p)}`,
  'leadership.wrong-party': (p) =>
    `${nn.leader(p)} er ikkje parten som har tur${nn.expectation(p)}; ${nn.chaired(p)}`,
  'leadership.same-side': (p) =>
    `leiaren ${s(p, 'leder')} og nestleiaren ${s(p, 'nestleder')} er begge frå ${nn.side(p.lederBloc)}, men skal kome frå kvar si side; ${nn.chaired(p)}`,
  'leadership.chair-not-leader': (p) =>
    p.chairedAs === 'nestleder'
      ? `leidd av nestleiaren ${s(p, 'chair')} sjølv om leiaren ${s(p, 'leder')} var til stades`
      : `leidd av ${s(p, 'chair')}, som verken er leiar eller nestleiar, sjølv om ${p.lederPresent ? `leiaren ${s(p, 'leder')}` : `nestleiaren ${s(p, 'nestleder')}`} var til stades`,
};

/** @internal */
export const leadershipReasonsNn: Reasons = {
  'leadership.empty-term': (p) => `ein periode frå ${s(p, 'from')} til ${s(p, 'to')} sluttar før han byrjar`,
  'leadership.both-roles': (p) =>
    `${s(p, 'member')} kan ikkje vere ${s(p, 'role')} i ${s(p, 'body')} og samtidig ${s(p, 'other')}`,
};
