import type { DecisionRule, Statute } from '../src/index.js';

const member = ['attend', 'speak', 'propose', 'vote'] as const;

/** A small valid statute: three tiers, one HF and two kommuner. */
export const minimalStatute: Statute = {
  id: 'test',
  title: 'Test community',
  version: '1',
  effectiveFrom: '2024-01-01',
  sections: {
    '§1': { title: 'Alt' },
    '§2': { title: 'SSU' },
    '§3': { title: 'FSU' },
  },
  parties: [
    { kind: 'helseforetak', id: 'hf', name: 'HF', organ: 'styre' },
    { kind: 'kommune', id: 'a', name: 'A', kommunenummer: '1001', population: 1000, organ: 'kommunestyre' },
    { kind: 'kommune', id: 'b', name: 'B', kommunenummer: '1002', population: 3000, organ: 'kommunestyre' },
  ],
  participants: [{ role: 'fastlege', name: 'Fastlege' }],
  bodies: [
    {
      id: 'pm',
      name: 'PM',
      tier: 1,
      seats: [
        { id: 'k', role: 'kommune', count: 2, rights: member, bloc: 'kommunesiden' },
        { id: 'h', role: 'helseforetak', party: 'hf', count: 2, rights: member, bloc: 'helseforetakssiden' },
      ],
      quorum: {
        counts: 'present',
        threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
        ref: '§1',
      },
      decision: { kind: 'consensus', reservationBlocks: false, ref: '§1' },
      mandate: { decides: ['budget', 'statute-amendment'], recommends: [], ref: '§1' },
      noticeDays: 14,
      ref: '§1',
    },
    {
      id: 'ssu',
      name: 'SSU',
      tier: 2,
      seats: [
        { id: 'k', role: 'kommune', count: 2, rights: member, bloc: 'kommunesiden' },
        { id: 'h', role: 'helseforetak', party: 'hf', count: 2, rights: member, bloc: 'helseforetakssiden' },
        { id: 'gp', role: 'fastlege', count: 1, rights: ['attend', 'speak'] },
      ],
      quorum: {
        counts: 'present',
        threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
        ref: '§2',
      },
      decision: { kind: 'consensus', reservationBlocks: false, ref: '§2' },
      mandate: { decides: ['pathway'], recommends: ['budget'], ref: '§2' },
      escalatesTo: 'pm',
      noticeDays: 7,
      ref: '§2',
    },
    {
      id: 'fsu',
      name: 'FSU',
      tier: 3,
      seats: [
        { id: 'k', role: 'kommune', count: 1, rights: member, bloc: 'kommunesiden' },
        { id: 'h', role: 'helseforetak', party: 'hf', count: 1, rights: member, bloc: 'helseforetakssiden' },
      ],
      quorum: {
        counts: 'present',
        threshold: { kind: 'count', count: 2, comparison: 'atLeast' },
        ref: '§3',
      },
      decision: { kind: 'consensus', reservationBlocks: true, ref: '§3' },
      mandate: { decides: [], recommends: ['pathway'], ref: '§3' },
      escalatesTo: 'ssu',
      noticeDays: 7,
      ref: '§3',
    },
  ],
  matters: [
    { id: 'pathway', name: 'Pasientforløp', level: 'strategic', commits: false },
    { id: 'budget', name: 'Budsjett', level: 'principled', commits: true },
    { id: 'statute-amendment', name: 'Vedtektsendring', level: 'overarching', commits: true },
  ],
  ratification: [
    {
      id: 'r',
      matters: ['budget'],
      requires: [{ kind: 'every-kommune' }, { kind: 'helseforetak' }],
      effect: 'binds-ratifiers',
      ref: '§1',
    },
  ],
  amendment: { matter: 'statute-amendment', body: 'pm', ref: '§1' },
  membership: { withdrawalNoticeMonths: 12, ref: '§1' },
};

/** A deep, mutable JSON copy of a value. */
export function clone<T>(value: T): any {
  return JSON.parse(JSON.stringify(value));
}

/** Decision rules of every kind, for properties that vary the rule. */
export const sampleRules: readonly DecisionRule[] = [
  { kind: 'consensus', reservationBlocks: false, ref: '§1' },
  { kind: 'consensus', reservationBlocks: true, ref: '§1' },
  { kind: 'unanimity', ref: '§1' },
  {
    kind: 'majority',
    threshold: { numerator: 1, denominator: 2 },
    strict: true,
    base: 'present',
    tieBreak: 'chair',
    ref: '§1',
  },
  {
    kind: 'majority',
    threshold: { numerator: 1, denominator: 2 },
    strict: true,
    base: 'present',
    tieBreak: 'fails',
    ref: '§1',
  },
  {
    kind: 'majority',
    threshold: { numerator: 2, denominator: 3 },
    strict: false,
    base: 'seated',
    tieBreak: 'fails',
    ref: '§1',
  },
  { kind: 'each-bloc', rule: { kind: 'consensus', reservationBlocks: false, ref: '§1' }, ref: '§1' },
  {
    kind: 'any',
    rules: [
      { kind: 'unanimity', ref: '§1' },
      {
        kind: 'majority',
        threshold: { numerator: 3, denominator: 4 },
        strict: false,
        base: 'cast',
        tieBreak: 'fails',
        ref: '§1',
      },
    ],
    ref: '§1',
  },
];

/**
 * True in a mutation run, where properties get at most a hundred runs (see
 * `test/mutation/fastCheckCapped.ts`): a test that counts what a property's runs met, to show its
 * generator reaches each case, then counts too few and is skipped.
 */
export const propertyRunsCapped = process.env.HF_PROPERTY_RUNS_CAPPED === '1';
