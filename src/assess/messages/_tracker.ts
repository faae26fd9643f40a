/**
 * The words of the ratification tracker's Markdown, in every locale, one entry in each catalog.
 * The type makes a missing or misspelt word a compile error in every locale.
 *
 * @internal
 * @module
 */
import type { RatificationEffect } from '../../model/rules.js';
import type { PartyOrgan } from '../../model/statute.js';
import type { TrackedVedtak } from '../ratificationTracker.js';
import { plural } from './types.js';

const nbCount = plural('nb');
const nnCount = plural('nn');
const enCount = plural('en');

/** @internal */
export interface TrackerMessages {
  /** The line above the tables: the date and how many decisions. */
  readonly intro: (asOf: string, count: number) => string;
  /** The whole text when there is no decision to show. */
  readonly none: (asOf: string) => string;
  /** The heads of the overview table, one row per decision. */
  readonly summary: {
    readonly proposal: string;
    readonly body: string;
    readonly decidedOn: string;
    readonly status: string;
    readonly deadline: string;
    readonly daysLeft: string;
    readonly adopted: string;
    readonly rejected: string;
    readonly notHandled: string;
  };
  /** The heads of a decision's table, one row per party. */
  readonly party: {
    readonly party: string;
    readonly organ: string;
    readonly decision: string;
    readonly on: string;
    readonly caseNumber: string;
    readonly bound: string;
  };
  readonly vedtak: Readonly<Record<TrackedVedtak, string>>;
  readonly organ: Readonly<Record<PartyOrgan, string>>;
  readonly effect: Readonly<Record<RatificationEffect, string>>;
  /** Days left to a deadline; after it, how many days it is overdue. */
  readonly daysLeft: (days: number) => string;
  readonly yes: string;
  readonly no: string;
  /** The line under a decision's heading: its rule, status, effect, deadline and day in force. */
  readonly rule: (p: {
    readonly ref: string;
    readonly rule: string;
    readonly status: string;
    readonly effect: string;
    readonly deadline: string | null;
    readonly inForceFrom: string | null;
  }) => string;
}

/** @internal */
export const trackerNb: TrackerMessages = {
  intro: (asOf, count) => `Tilslutning per ${asOf}: ${nbCount(count, 'sak', 'saker')}.`,
  none: (asOf) => `Ingen saker til tilslutning per ${asOf}.`,
  summary: {
    proposal: 'Sak',
    body: 'Organ',
    decidedOn: 'Møte',
    status: 'Status',
    deadline: 'Frist',
    daysLeft: 'Dager igjen',
    adopted: 'Vedtatt',
    rejected: 'Avvist',
    notHandled: 'Ikke behandlet',
  },
  party: {
    party: 'Part',
    organ: 'Organ',
    decision: 'Vedtak',
    on: 'Dato',
    caseNumber: 'Saksnr.',
    bound: 'Bundet',
  },
  vedtak: {
    adopted: 'vedtatt',
    rejected: 'avvist',
    'not-handled': 'ikke behandlet',
    lapsed: 'fristen gikk ut',
  },
  organ: { kommunestyre: 'kommunestyret', styre: 'styret', fylkesting: 'fylkestinget' },
  effect: {
    'binds-ratifiers': 'binder dem som slutter seg til',
    'all-or-nothing': 'binder alle eller ingen',
    'per-party': 'hver part for seg, med helseforetaket',
  },
  daysLeft: (days) => (days < 0 ? `${-days} over fristen` : String(days)),
  yes: 'ja',
  no: 'nei',
  rule: (p) =>
    `Tilslutning etter ${p.ref} (regel ${p.rule}, ${p.effect}): ${p.status}. ${p.deadline === null ? 'Vedtektene setter ingen frist.' : `Frist ${p.deadline}.`}${p.inForceFrom === null ? '' : ` I kraft fra ${p.inForceFrom}.`}`,
};

/** @internal */
export const trackerNn: TrackerMessages = {
  intro: (asOf, count) => `Tilslutning per ${asOf}: ${nnCount(count, 'sak', 'saker')}.`,
  none: (asOf) => `Ingen saker til tilslutning per ${asOf}.`,
  summary: {
    proposal: 'Sak',
    body: 'Organ',
    decidedOn: 'Møte',
    status: 'Status',
    deadline: 'Frist',
    daysLeft: 'Dagar att',
    adopted: 'Vedteke',
    rejected: 'Avvist',
    notHandled: 'Ikkje handsama',
  },
  party: {
    party: 'Part',
    organ: 'Organ',
    decision: 'Vedtak',
    on: 'Dato',
    caseNumber: 'Saksnr.',
    bound: 'Bunden',
  },
  vedtak: {
    adopted: 'vedteke',
    rejected: 'avvist',
    'not-handled': 'ikkje handsama',
    lapsed: 'fristen gjekk ut',
  },
  organ: { kommunestyre: 'kommunestyret', styre: 'styret', fylkesting: 'fylkestinget' },
  effect: {
    'binds-ratifiers': 'bind dei som sluttar seg til',
    'all-or-nothing': 'bind alle eller ingen',
    'per-party': 'kvar part for seg, med helseføretaket',
  },
  daysLeft: (days) => (days < 0 ? `${-days} over fristen` : String(days)),
  yes: 'ja',
  no: 'nei',
  rule: (p) =>
    `Tilslutning etter ${p.ref} (regel ${p.rule}, ${p.effect}): ${p.status}. ${p.deadline === null ? 'Vedtektene set ingen frist.' : `Frist ${p.deadline}.`}${p.inForceFrom === null ? '' : ` I kraft frå ${p.inForceFrom}.`}`,
};

/** @internal */
export const trackerEn: TrackerMessages = {
  intro: (asOf, count) => `Ratification as of ${asOf}: ${enCount(count, 'decision', 'decisions')}.`,
  none: (asOf) => `No decisions to ratify as of ${asOf}.`,
  summary: {
    proposal: 'Case',
    body: 'Body',
    decidedOn: 'Meeting',
    status: 'Status',
    deadline: 'Deadline',
    daysLeft: 'Days left',
    adopted: 'Adopted',
    rejected: 'Rejected',
    notHandled: 'Not handled',
  },
  party: {
    party: 'Party',
    organ: 'Organ',
    decision: 'Vedtak',
    on: 'Date',
    caseNumber: 'Case no.',
    bound: 'Bound',
  },
  vedtak: {
    adopted: 'adopted',
    rejected: 'rejected',
    'not-handled': 'not handled',
    lapsed: 'deadline passed',
  },
  organ: { kommunestyre: 'kommunestyre', styre: 'board', fylkesting: 'fylkesting' },
  effect: {
    'binds-ratifiers': 'binds those that adopt it',
    'all-or-nothing': 'binds all or none',
    'per-party': 'each party for itself, with the helseforetak',
  },
  daysLeft: (days) => (days < 0 ? `${-days} overdue` : String(days)),
  yes: 'yes',
  no: 'no',
  rule: (p) =>
    `Ratification under ${p.ref} (rule ${p.rule}, ${p.effect}): ${p.status}. ${p.deadline === null ? 'The statute sets no deadline.' : `Deadline ${p.deadline}.`}${p.inForceFrom === null ? '' : ` In force from ${p.inForceFrom}.`}`,
};
