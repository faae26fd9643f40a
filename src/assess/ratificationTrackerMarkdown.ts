/**
 * The ratification tracker as Markdown tables.
 *
 * @module
 */
import { catalogOf, type Locale } from './_catalog.js';
import type { MessageCatalog } from './messages/types.js';
import type { RatificationTracker, TrackedDecision } from './ratificationTracker.js';

/**
 * Options for {@link ratificationTrackerMarkdown}.
 *
 * @example
 * ```ts
 * ratificationTrackerMarkdown(tracker, { locale: 'en' });
 * ```
 * @category Outputs
 */
export interface RatificationTrackerMarkdownOptions {
  /**
   * The language: `nb` (bokmål), `nn` (nynorsk) or `en`.
   * @defaultValue `'nb'`
   */
  readonly locale?: Locale;
}

/**
 * A text as one Markdown table cell: a pipe, a backslash and the characters Markdown reads as
 * emphasis, code, links or HTML are escaped, and a line break becomes a space, so a name can
 * neither split the cell nor format it.
 *
 * @example
 * ```ts
 * markdownCell('A | B'); // 'A \\| B'
 * ```
 * @internal
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\|*_`[\]<>#~]/g, (c) => `\\${c}`)
    .trim();
}

const dash = '–';

function table(
  heads: readonly string[],
  right: readonly boolean[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(heads.map(markdownCell)),
    line(right.map((r) => (r ? '--:' : '---'))),
    ...rows.map((row) => line(row.map(markdownCell))),
  ].join('\n');
}

const caseName = (d: TrackedDecision) => (d.title === null ? d.proposal : `${d.proposal} «${d.title}»`);

function overview(m: MessageCatalog, decisions: readonly TrackedDecision[]): string {
  const h = m.tracker.summary;
  return table(
    [h.proposal, h.body, h.decidedOn, h.status, h.deadline, h.daysLeft, h.adopted, h.rejected, h.notHandled],
    [false, false, false, false, false, true, true, true, true],
    decisions.map((d) => [
      caseName(d),
      d.bodyName,
      d.decidedOn,
      m.status[d.status],
      d.deadline ?? dash,
      d.daysLeft === null ? dash : m.tracker.daysLeft(d.daysLeft),
      `${d.counts.adopted}/${d.counts.required}`,
      String(d.counts.rejected),
      String(d.counts.notHandled),
    ]),
  );
}

function decisionText(m: MessageCatalog, d: TrackedDecision): string {
  const t = m.tracker;
  const h = t.party;
  const rule = t.rule({
    ref: d.ref,
    rule: d.rule,
    status: m.status[d.status],
    effect: t.effect[d.effect],
    deadline: d.deadline,
    inForceFrom: d.inForceFrom,
  });
  const rows = table(
    [h.party, h.organ, h.decision, h.on, h.caseNumber, h.bound],
    [false, false, false, false, false, false],
    d.parties.map((p) => [
      p.name,
      t.organ[p.organ],
      t.vedtak[p.decision],
      p.on ?? dash,
      p.caseNumber ?? dash,
      p.bound ? t.yes : t.no,
    ]),
  );
  return `**${markdownCell(caseName(d))}**, ${markdownCell(d.bodyName)}, ${d.decidedOn}\n\n${markdownCell(rule)}\n\n${rows}`;
}

/**
 * The ratification tracker as Markdown: a line with the date, an overview table with a row per
 * decision (its body and meeting, status, deadline, days left, and how many parties adopted,
 * rejected and have not handled it), then for each decision its rule and a table with a row
 * per party (organ, vedtak, date, case number, bound). It has no headings, so it can go under
 * any heading of a document. Every cell is escaped. This is a pure function.
 *
 * @throws {@link InputError} when `locale` is not one the library writes
 * @example
 * ```ts
 * console.log(ratificationTrackerMarkdown(ratificationTracker(state, { asOf: '2024-10-01' }), { locale: 'nb' }));
 * // Tilslutning per 2024-10-01: 1 sak.
 * // | Sak | Organ | Møte | Status | Frist | Dager igjen | Vedtatt | Avvist | Ikke behandlet |
 * // …
 * ```
 * @category Outputs
 */
export function ratificationTrackerMarkdown(
  tracker: RatificationTracker,
  options: RatificationTrackerMarkdownOptions = {},
): string {
  return trackerMarkdownIn(catalogOf(options.locale), tracker);
}

/** The text of {@link ratificationTrackerMarkdown}, in `m`. @internal */
export function trackerMarkdownIn(m: MessageCatalog, tracker: RatificationTracker): string {
  if (tracker.decisions.length === 0) return `${m.tracker.none(tracker.asOf)}\n`;
  const parts = [
    m.tracker.intro(tracker.asOf, tracker.decisions.length),
    overview(m, tracker.decisions),
    ...tracker.decisions.map((d) => decisionText(m, d)),
  ];
  return `${parts.join('\n\n')}\n`;
}
