import { describe, expect, it } from 'vitest';
import { issueMessagesNb, warningMessagesNb } from '../../src/assess/messages/_issuesNb.js';
import { issueMessagesNn, warningMessagesNn } from '../../src/assess/messages/_issuesNn.js';
import { type MinutesWords, minutesEn, minutesNb, minutesNn } from '../../src/assess/messages/_minutes.js';
import { en } from '../../src/assess/messages/en.js';
import { nb } from '../../src/assess/messages/nb.js';
import { nn } from '../../src/assess/messages/nn.js';
import type { MessageCatalog, Params } from '../../src/assess/messages/types.js';
import { type IssueMessages, issueMessagesEn } from '../../src/statute/_issueText.js';
import { lintMessages, type WarningMessages } from '../../src/statute/_lintText.js';

const catalogs = { nb, nn, en } as const;
type Name = keyof typeof catalogs;
const minutesWords: Readonly<Record<Name, MinutesWords>> = { nb: minutesNb, nn: minutesNn, en: minutesEn };
const issueWords: Readonly<Record<Name, readonly [IssueMessages, WarningMessages]>> = {
  nb: [issueMessagesNb, warningMessagesNb],
  nn: [issueMessagesNn, warningMessagesNn],
  en: [issueMessagesEn, lintMessages],
};

/** Every key path of a catalog, nested objects included, sorted. */
const paths = (value: object, prefix = ''): string[] =>
  Object.entries(value)
    .flatMap(([key, v]) =>
      typeof v === 'object' && v !== null ? paths(v, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .sort();

/** Lists and amounts a message may read, by param name; every other param is a text naming it. */
const lists: Readonly<Record<string, unknown>> = {
  amount: 125000,
  lederBloc: 'kommunesiden',
  expectedBloc: 'helseforetakssiden',
  maxAmount: 500000,
  vacancies: [{ vacant: 2, seat: 'kommune', area: 'nord', bloc: 'kommunesiden' }],
  standingIn: [{ substitute: 'v1', for: 'm1' }],
  withoutSide: 2,
  withoutSideRoles: ['fastlege', 'bruker'],
  heldBy: ['same-body', 'secretariat'],
  allowed: ['ssu'],
  failing: ['helseforetakssiden'],
  overfilled: ['kommune', 'fastlege'],
  members: ['m1', 'm2'],
  inForce: ['Vefsn', 'Rana'],
  counterparty: ['Helgelandssykehuset'],
  awaitingCounterparty: ['Vega'],
  rejected: ['Træna'],
  pending: ['Rødøy'],
  lapsed: ['Lurøy'],
};
/** Params that answer every name: a list where one is expected, otherwise `‹name›`. */
const params = new Proxy(
  {},
  { get: (_, key) => (typeof key === 'string' ? (lists[key] ?? `‹${key}›`) : undefined) },
) as Params;
const call = (f: unknown, ...args: unknown[]) => (f as (...a: unknown[]) => string)(...args);

/** Every text of a catalog, one line each, `path: text`. */
function everyText(m: MessageCatalog): string[] {
  const lines: string[] = [];
  const add = (path: string, text: string) => lines.push(`${path}: ${text}`);
  for (const part of ['status', 'checkTitle', 'bloc'] as const)
    for (const [key, text] of Object.entries(m[part])) add(`${part}.${key}`, text);
  for (const part of ['check', 'reason'] as const)
    for (const [code, render] of Object.entries(m[part])) add(`${part}.${code}`, call(render, params));
  for (const key of ['header', 'meta', 'liesWith', 'statement', 'binds', 'ratification'] as const)
    add(key, m[key](params));
  add('binds (none)', m.binds({ parties: '' }));
  add('ratification (none)', m.ratification({ ref: '§8', adopted: '', rejected: '', missing: '' }));
  const establishment = { ref: 'kriterier', got: 11, base: 18, required: 12, missing: 1 };
  add('establishment (met)', m.establishment({ ...establishment, met: true }));
  add('establishment (not met)', m.establishment({ ...establishment, met: false }));
  add('rejected', m.rejected(params));
  add('tier', m.tier(2));
  add('valid', `${m.valid(true)} / ${m.valid(false)}`);
  add('list', m.list(['a', 'b', 'c']));
  add(
    'perParty',
    m.perParty({
      ref: '§14',
      counterparty: ['Helgelandssykehuset'],
      inForce: [{ party: 'Vefsn', on: '2024-05-02' }],
      awaitingCounterparty: [{ party: 'Rana', on: '2024-05-03' }],
      rejected: [{ party: 'Vega', on: '2024-05-04' }],
      pending: ['Træna'],
      lapsed: ['Rødøy'],
    }),
  );
  return [...lines, ...diagramTexts(m.diagram), ...trackerTexts(m.tracker)];
}

/** The params every issue message reads, each as `‹name›`; the ones that pick a sentence come one at a time. */
const issueBase = Object.fromEntries(
  ['received', 'expected', 'key', 'minimum', 'maximum', 'error', 'id', 'entity', 'party', 'body', 'matter']
    .concat(['ref', 'role', 'kind', 'target', 'tier', 'targetTier', 'bloc', 'seat', 'area', 'agreementWith'])
    .concat(['value', 'supported', 'position', 'everyYears'])
    .map((key) => [key, `‹${key}›`]),
);
const issueVariants: readonly Record<string, string>[] = [
  {},
  ...[
    'oneOf',
    'community',
    'seq',
    'at',
    'effect',
    'length',
    'limit',
    'first',
    'rotationYears',
    'between',
  ].map((key) => ({ [key]: `‹${key}›` })),
  ...['each-bloc', 'substitutes', 'quorum', 'more-than', 'strict'].map((rule) => ({ rule })),
];

/** Every sentence of every issue code and statute warning, each variant once. */
function issueTexts([issues, warnings]: readonly [IssueMessages, WarningMessages]): string[] {
  const lines: string[] = [];
  for (const [code, render] of Object.entries(issues)) {
    const texts = issueVariants.map((variant) => render({ ...issueBase, ...variant }));
    // A sentence with an empty param (`too_deep` without its `limit`) is no sentence of a real issue.
    for (const text of new Set(texts.filter((t) => !/ {2}|«»| $/.test(t))))
      lines.push(`issue.${code}: ${text}`);
  }
  for (const [code, render] of Object.entries(warnings)) {
    lines.push(`warning.${code}: ${call(render, params)}`);
    lines.push(
      `warning.${code} (1): ${call(render, { body: 'ssu', tier: 1, kommunesiden: 1, helseforetakssiden: 1, bloc: 'kommunesiden', seats: 1 })}`,
    );
  }
  return lines;
}

function minutesTexts(w: MinutesWords): string[] {
  return Object.entries(w)
    .map(([key, word]) => {
      if (typeof word === 'string') return `${key}: ${word}`;
      if (key === 'vote') return `${key}: ${call(word, 11, 1, 0)}`;
      if (key === 'toParties')
        return `${key}: ${call(word, 'Vefsn, Rana', '2024-12-01', '§8')} / ${call(word, 'Vefsn', null, '§8')}`;
      return `${key}: ${call(word, 'SSU', '2024-03-14')}`;
    })
    .map((text) => `minutes.${text}`);
}

function diagramTexts(d: MessageCatalog['diagram']): string[] {
  return [
    d.community('Helsefellesskap Helgeland', '2023-05-04'),
    d.tier(1),
    d.side.kommunesiden(6),
    d.side.helseforetakssiden(1),
    ...Object.values(d.role),
    ...Object.values(d.right),
    d.otherVoting('fastlege 1'),
    d.observers('møterett', 'sekretariat 1'),
    d.observers('', 'sekretariat 1'),
    d.escalation,
    d.recommendation,
    d.advice,
    d.via('tilråding', 'SSU'),
    d.organs,
    d.kommunestyrene(18),
    d.organOf('styre', 'Helgelandssykehuset HF'),
    d.organOf('fylkesting', 'Nordland'),
    d.ratification('§8', d.every),
    d.ratification('§8', d.perParty),
    d.delegation('§5'),
    d.threshold('atLeast', '2/3'),
    d.threshold('moreThan', '1/2'),
    d.shareOfKommuner('2/3'),
    d.shareOfPopulation('2/3', false),
    d.shareOfPopulation('50 000', true),
    d.beyond,
    d.board('Lokal tvisteløsningsnemnd', 'local'),
    d.board('Tvisteløsningsnemnda', 'national'),
    d.dispute,
    d.next,
  ].map((text) => `diagram: ${text}`);
}

function trackerTexts(t: MessageCatalog['tracker']): string[] {
  return [
    t.intro('2024-10-01', 1),
    t.intro('2024-10-01', 3),
    t.none('2024-10-01'),
    ...Object.values(t.summary),
    ...Object.values(t.party),
    ...Object.values(t.vedtak),
    ...Object.values(t.organ),
    ...Object.values(t.effect),
    t.daysLeft(12),
    t.daysLeft(-3),
    t.yes,
    t.no,
    t.rule({
      ref: '§8',
      rule: 'r1',
      status: 'ventar',
      effect: 'e',
      deadline: '2024-12-01',
      inForceFrom: null,
    }),
    t.rule({ ref: '§8', rule: 'r1', status: 's', effect: 'e', deadline: null, inForceFrom: '2024-10-01' }),
  ].map((text) => `tracker: ${text}`);
}

/**
 * Values each param of a check or reason message is tried with, beside its usual text: absence,
 * counts, lists, yes and no, and every word a message or report compares a param with.
 */
const probes: readonly unknown[] = [
  undefined,
  null,
  0,
  1,
  2,
  3,
  -1,
  true,
  false,
  [],
  ['a'],
  ['a', 'b'],
  ...['absent', 'adopted', 'advice', 'all-or-nothing', 'applied', 'atLeast', 'awaiting', 'count'],
  ...['en', 'every-kommune', 'fylkeskommune', 'in-force', 'kommune', 'leder', 'local', 'mediation'],
  ...['member', 'moreThan', 'national', 'nestleder', 'nn', 'none', 'not-handled', 'number', 'one'],
  ...['parties', 'pending-ratification', 'per-party', 'quorum', 'rejected', 'same-body', 'seats'],
  ...['secretariat', 'share-of-kommuner', 'share-of-population', 'strict', 'styre', 'substitutes'],
  ...['withdrawn', 'present', 'cast', 'seated', 'helseforetak', 'kommunesiden', 'helseforetakssiden'],
];

/**
 * Each other text a message gives when one param it reads takes another value (a probe), each
 * once, in the order found. Values no report gives are tried too: this pins what each branch of
 * a message writes, so a changed branch is a reviewed diff.
 */
function variants(render: unknown): string[] {
  const read = new Set<string>();
  const paramsWith = (key: string | undefined, value: unknown) =>
    new Proxy(
      {},
      {
        get: (_, k) => {
          if (typeof k !== 'string') return undefined;
          read.add(k);
          return k === key ? value : (lists[k] ?? `‹${k}›`);
        },
        has: (_, k) => k !== key || value !== undefined,
      },
    );
  const text = (key: string | undefined, value: unknown) => {
    try {
      return call(render, paramsWith(key, value));
    } catch (error) {
      return `‹throws ${(error as Error).name}›`;
    }
  };
  const base = text(undefined, undefined);
  const out: string[] = [];
  const tried = new Set<string>();
  for (let fresh = [...read]; fresh.length > 0; fresh = [...read].filter((k) => !tried.has(k))) {
    for (const key of fresh.sort()) {
      tried.add(key);
      // Texts that differ only where the value is written are one branch: one line per shape.
      const shapes = new Set([base.split(`‹${key}›`).join('∗')]);
      for (const value of probes) {
        const t = text(key, value);
        // The value written where its usual text stands, as `param` writes it: no other branch.
        if (t === base.split(`‹${key}›`).join(String(value ?? ''))) continue;
        const shape = masked(t, value);
        if (shapes.has(shape)) continue;
        shapes.add(shape);
        out.push(`${key}=${JSON.stringify(value) ?? 'undefined'}: ${t}`);
      }
    }
  }
  return out;
}

/** A text with each place a probe value is written in it marked `∗`. */
function masked(text: string, value: unknown): string {
  if (typeof value === 'string')
    return text.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${value}(?![\\p{L}\\p{N}-])`, 'gu'), '∗');
  if (typeof value === 'number') return text.replace(new RegExp(`(?<![\\d.])${value}(?![\\d.])`, 'g'), '∗');
  if (Array.isArray(value)) return text;
  return text.split(String(value)).join('∗');
}

/** The variants of every check and reason message of a catalog, under its path. */
function everyVariant(m: MessageCatalog): string[] {
  return (['check', 'reason'] as const).flatMap((part) =>
    Object.entries(m[part]).flatMap(([code, render]) =>
      variants(render).map((line) => `${part}.${code} | ${line}`),
    ),
  );
}

describe('the message catalogs', () => {
  it('have the same texts in every locale, nested words included', () => {
    expect(paths(nn)).toEqual(paths(nb));
    expect(paths(en)).toEqual(paths(nb));
    expect(paths(minutesNn)).toEqual(paths(minutesNb));
    expect(paths(minutesEn)).toEqual(paths(minutesNb));
    expect(paths(issueMessagesNn)).toEqual(paths(issueMessagesNb));
    expect(paths(issueMessagesEn)).toEqual(paths(issueMessagesNb));
    expect(paths(warningMessagesNn)).toEqual(paths(warningMessagesNb));
    expect(paths(lintMessages)).toEqual(paths(warningMessagesNb));
  });

  it.each(Object.keys(catalogs) as Name[])('%s: every text reads as its stored copy', async (name) => {
    // Every sentence of the locale, rendered once: a change of wording is a reviewed diff.
    const lines = [
      ...everyText(catalogs[name]),
      ...minutesTexts(minutesWords[name]),
      ...issueTexts(issueWords[name]),
    ];
    for (const line of lines) {
      expect(line, line).not.toMatch(/undefined|\[object|NaN|: $/);
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`../golden/catalog/${name}.txt`);
  });

  it.each(Object.keys(catalogs) as Name[])(
    '%s: every branch of every check and reason reads as its stored copy',
    async (name) => {
      const lines = everyVariant(catalogs[name]);
      expect(lines.length).toBeGreaterThan(100);
      await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`../golden/catalog/${name}.variants.txt`);
    },
  );

  it('nn is nynorsk throughout: no bokmål-only word in any text', () => {
    // Words that nynorsk writes otherwise (ikkje, ventar, allereie, handsama, til stades, …).
    const bokmal =
      /\b(ikke|hvis|hvilke[tn]?|noen|ennå|allerede|bare|hører|mangler|kreves|telles|behandlet|vedtatt|sier|stede|hver|fra|også|uten|utenfor|helseforetaket|kommunene|partene|saken|uenighet|enn å|ble|blitt|dager|innbyggere|rådgivende|sykehus)\b/i;
    const texts = [...everyText(nn), ...minutesTexts(minutesNn), ...issueTexts(issueWords.nn)];
    expect(texts.filter((line) => bokmal.test(line))).toEqual([]);
  });

  it('nn differs from nb where nynorsk has its own words, and keeps the shared terms', () => {
    expect(nn.status.adopted).toBe('vedteke');
    expect(nn.status.advised).toBe('råd (bind ingen)');
    expect(nn.status.recommended).toBe(nb.status.recommended);
    expect(nn.status.invalid).toBe(nb.status.invalid);
    expect(nn.checkTitle.ratification).toBe(nb.checkTitle.ratification);
    expect(nn.checkTitle.recusal).toBe(nb.checkTitle.recusal);
    expect(nn.check['notice.ok']({ days: 1, required: 14 } as never)).toBe(
      'kalla inn 1 dag før møtet; 14 krevst',
    );
    expect(nn.check['notice.ok']({ days: 17, required: 14 } as never)).toBe(
      'kalla inn 17 dagar før møtet; 14 krevst',
    );
  });
});
