/**
 * The sentences of decisions ratified per party (the ratification and deadline checks, and the
 * report's line on each party), in every locale, spread into each catalog.
 *
 * @internal
 * @module
 */
import type { DeadlineCheck } from '../../engine/checks/deadline.js';
import type { RatificationCheck } from '../../engine/checks/ratification.js';
import type { PartyOn } from '../../engine/perPartyStatus.js';
import type { Locale } from '../_catalog.js';
import { listFormat } from './types.js';

type Sentences = {
  readonly 'ratification.per-party': (p: PerPartyParams) => string;
  readonly 'ratification.per-party-none': (p: PerPartyParams) => string;
  readonly 'deadline.lapsed-for': (
    p: Extract<DeadlineCheck, { params: { lapsed: unknown } }>['params'],
  ) => string;
  readonly 'deadline.decided': (p: { readonly deadline: string }) => string;
};
type PerPartyParams = Extract<RatificationCheck, { params: { inForce: unknown } }>['params'];

/**
 * The report's line on a per-party decision: its section, the helseforetak, and the parties by
 * where it stands with them, names already given. @internal
 */
export interface PerPartyLine {
  readonly ref: string;
  readonly counterparty: readonly string[];
  readonly inForce: readonly PartyOn[];
  readonly awaitingCounterparty: readonly PartyOn[];
  readonly rejected: readonly PartyOn[];
  readonly pending: readonly string[];
  readonly lapsed: readonly string[];
}

/** The words one locale puts around the lists. */
interface Words {
  readonly list: (items: readonly string[]) => string;
  readonly inForce: (parties: string, counterparty: string) => string;
  readonly none: string;
  readonly awaiting: (counterparty: string) => string;
  readonly rejected: string;
  readonly pending: string;
  readonly lapsed: string;
  readonly from: string;
  readonly on: string;
  readonly decided: (deadline: string) => string;
}

const words: Readonly<Record<Locale, Words>> = {
  en: {
    list: listFormat('en'),
    inForce: (parties, hf) => `in force for ${parties}${hf === '' ? '' : `, each with ${hf}`}`,
    none: 'not in force for any party yet',
    awaiting: (hf) => `adopted, awaiting ${hf || 'the helseforetak'}`,
    rejected: 'rejected by',
    pending: 'not yet decided',
    lapsed: 'lapsed for',
    from: 'from',
    on: 'on',
    decided: (deadline) => `every party decided before the deadline (${deadline})`,
  },
  nb: {
    list: listFormat('nb'),
    inForce: (parties, hf) => `i kraft for ${parties}${hf === '' ? '' : `, hver for seg med ${hf}`}`,
    none: 'ikke i kraft for noen part ennå',
    awaiting: (hf) => `vedtatt, venter på ${hf || 'helseforetaket'}`,
    rejected: 'avvist av',
    pending: 'ikke behandlet',
    lapsed: 'bortfalt for',
    from: 'fra',
    on: 'den',
    decided: (deadline) => `alle parter behandlet saken innen fristen (${deadline})`,
  },
  nn: {
    list: listFormat('nn'),
    inForce: (parties, hf) => `i kraft for ${parties}${hf === '' ? '' : `, kvar for seg med ${hf}`}`,
    none: 'ikkje i kraft for nokon part enno',
    awaiting: (hf) => `vedteke, ventar på ${hf || 'helseføretaket'}`,
    rejected: 'avvist av',
    pending: 'ikkje handsama',
    lapsed: 'falle bort for',
    from: 'frå',
    on: 'den',
    decided: (deadline) => `alle partar handsama saka innan fristen (${deadline})`,
  },
};

/** The parts after the first: `; rejected by B; not yet decided: C`, leaving out the empty ones. */
function rest(w: Words, p: Omit<PerPartyParams, 'required' | 'inForce'>): string {
  const hf = w.list(p.counterparty);
  const parts: [string, readonly string[]][] = [
    [`${w.awaiting(hf)}:`, p.awaitingCounterparty],
    [w.rejected, p.rejected],
    [`${w.pending}:`, p.pending],
    [w.lapsed, p.lapsed],
  ];
  return parts
    .filter(([, parties]) => parties.length > 0)
    .map(([label, parties]) => `; ${label} ${w.list(parties)}`)
    .join('');
}

function sentences(w: Words, lapsedFor: Sentences['deadline.lapsed-for']): Sentences {
  return {
    'ratification.per-party': (p) => `${w.inForce(w.list(p.inForce), w.list(p.counterparty))}${rest(w, p)}`,
    'ratification.per-party-none': (p) => `${w.none}${rest(w, p)}`,
    'deadline.lapsed-for': lapsedFor,
    'deadline.decided': (p) => w.decided(p.deadline),
  };
}

/** @internal */
export const perPartyEn: Sentences = sentences(
  words.en,
  (p) =>
    `the deadline (${p.deadline}) has passed: lapsed for ${words.en.list(p.lapsed)}, which did not decide in time`,
);
/** @internal */
export const perPartyNb: Sentences = sentences(
  words.nb,
  (p) =>
    `fristen (${p.deadline}) er ute: bortfalt for ${words.nb.list(p.lapsed)}, som ikke behandlet saken i tide`,
);

/** @internal */
export const perPartyNn: Sentences = sentences(
  words.nn,
  (p) =>
    `fristen (${p.deadline}) er ute: falle bort for ${words.nn.list(p.lapsed)}, som ikkje handsama saka i tide`,
);

/** The line on each party, in a locale: `Per party (§14): in force for A from 2024-05-02, …`. */
function line(w: Words, title: string): (p: PerPartyLine) => string {
  const dated = (list: readonly PartyOn[], from: boolean) =>
    w.list(list.map((x) => `${x.party} ${from ? w.from : w.on} ${x.on}`));
  return (p) => {
    const first = p.inForce.length === 0 ? w.none : w.inForce(dated(p.inForce, true), w.list(p.counterparty));
    const others = rest(w, {
      counterparty: p.counterparty,
      awaitingCounterparty: p.awaitingCounterparty.length === 0 ? [] : [dated(p.awaitingCounterparty, false)],
      rejected: p.rejected.length === 0 ? [] : [dated(p.rejected, false)],
      pending: p.pending,
      lapsed: p.lapsed,
    });
    return `${title} (${p.ref}): ${first}${others}.`;
  };
}

/** @internal */
export const perPartyLineEn: (p: PerPartyLine) => string = line(words.en, 'Per party');
/** @internal */
export const perPartyLineNb: (p: PerPartyLine) => string = line(words.nb, 'Per part');
/** @internal */
export const perPartyLineNn: (p: PerPartyLine) => string = line(words.nn, 'Per part');
