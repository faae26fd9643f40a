/**
 * The structure of a helsefellesskap as a Mermaid flowchart, drawn from its statute.
 *
 * @module
 */
import { ratifiers } from '../engine/ratificationStatus.js';
import { own } from '../model/_own.js';
import type { RatificationRule, Threshold } from '../model/rules.js';
import type { Body, Party, Seat, Statute } from '../model/statute.js';
import { catalogOf, type Locale } from './_catalog.js';
import { mermaidId, mermaidText } from './_mermaid.js';
import type { DiagramMessages } from './messages/_diagram.js';
import type { MessageCatalog } from './messages/types.js';

/**
 * Options for {@link diagram}.
 *
 * @example
 * ```ts
 * diagram(presets.vestfold, { locale: 'en' });
 * ```
 * @category Outputs
 */
export interface DiagramOptions {
  /**
   * The language of the labels the library writes (names come from the statute as they are).
   * `nb` (bokmål), `nn` (nynorsk) or `en`.
   * @defaultValue `'nb'`
   */
  readonly locale?: Locale;
}

/** What one diagram is drawn with: the statute, its words, and the locale's list format. */
interface Drawing {
  readonly statute: Statute;
  readonly m: DiagramMessages;
  readonly list: (items: readonly string[]) => string;
}

const body = (id: string) => mermaidId('b', id);
const organ = (party: Party) => (party.kind === 'kommune' ? 'k_kommunestyrene' : mermaidId('p', party.id));
const board = (id: string) => mermaidId('d', id);
const quoted = (text: string) => `"${mermaidText(text)}"`;
/** A label of several lines, each escaped, joined by Mermaid's line break. */
const lines = (parts: readonly string[]) => `"${parts.map(mermaidText).join('<br/>')}"`;
/** A seat's holder in words: its party's name, the role's word, or the participant's name. */
function holder(d: Drawing, seat: Seat): string {
  const party = seat.party === undefined ? undefined : d.statute.parties.find((p) => p.id === seat.party);
  if (party !== undefined) return party.name;
  const word = own<string>(d.m.role, seat.role);
  if (word !== undefined) return word;
  return d.statute.participants.find((p) => p.role === seat.role)?.name ?? seat.role;
}

/** Seats by holder, counts added up, in the order each holder first appears: `fastlege 2, bruker 1`. */
function seatList(d: Drawing, seats: readonly Seat[]): string {
  const counts = new Map<string, number>();
  for (const s of seats) counts.set(holder(d, s), (counts.get(holder(d, s)) ?? 0) + s.count);
  return d.list([...counts].map(([who, count]) => `${who} ${count}`));
}

/** The lines of a body's box: its name, the voting seats per side, other voting seats, observers by rights. */
function bodyLabel(d: Drawing, b: Body): string {
  const voting = b.seats.filter((s) => s.rights.includes('vote'));
  const sides = (['kommunesiden', 'helseforetakssiden'] as const).flatMap((bloc) => {
    const count = voting.filter((s) => s.bloc === bloc).reduce((sum, s) => sum + s.count, 0);
    return count === 0 ? [] : [d.m.side[bloc](count)];
  });
  const others = voting.filter((s) => s.bloc === undefined);
  const byRights = new Map<string, Seat[]>();
  for (const s of b.seats.filter((x) => !x.rights.includes('vote'))) {
    const rights = (['attend', 'speak', 'propose'] as const).filter((r) => s.rights.includes(r));
    const key = d.list(rights.map((r) => d.m.right[r]));
    byRights.set(key, [...(byRights.get(key) ?? []), s]);
  }
  return lines([
    b.name,
    ...sides,
    ...(others.length === 0 ? [] : [d.m.otherVoting(seatList(d, others))]),
    ...[...byRights].map(([rights, seats]) => d.m.observers(rights, seatList(d, seats))),
  ]);
}

/** The community's box: a box per tier, from the top, each with its bodies. */
function communityLines(d: Drawing): string[] {
  const out = [`  subgraph c_community[${quoted(d.m.community(d.statute.title, d.statute.version))}]`];
  for (const tier of [1, 2, 3, 4] as const) {
    const bodies = d.statute.bodies.filter((b) => b.tier === tier);
    if (bodies.length === 0) continue;
    out.push(`    subgraph t_${tier}[${quoted(d.m.tier(tier))}]`);
    for (const b of bodies) out.push(`      ${body(b.id)}[${bodyLabel(d, b)}]`);
    out.push('    end');
  }
  out.push('  end');
  return out;
}

/**
 * The arrows inside the community: disagreement up the escalation chain (solid), and
 * recommendations and advice to where the mandate sends them, through `via` (dotted); one solid
 * arrow carries both where they go to the same body.
 */
function routeLines(d: Drawing): string[] {
  const out: string[] = [];
  const name = (id: string) => d.statute.bodies.find((b) => b.id === id)?.name ?? id;
  for (const b of d.statute.bodies) {
    const route = b.mandate.recommendsTo;
    const recommends = b.mandate.recommends.length > 0 || route !== undefined;
    const to = route?.body ?? b.escalatesTo;
    const what = route?.as === 'advice' ? d.m.advice : d.m.recommendation;
    const label = route?.via === undefined ? what : d.m.via(what, name(route.via));
    if (recommends && to !== undefined && to === b.escalatesTo && route?.via === undefined) {
      out.push(`  ${body(b.id)} -->|${quoted(d.list([d.m.escalation, label]))}| ${body(to)}`);
      continue;
    }
    if (b.escalatesTo !== undefined)
      out.push(`  ${body(b.id)} -->|${quoted(d.m.escalation)}| ${body(b.escalatesTo)}`);
    if (recommends && to !== undefined) out.push(`  ${body(b.id)} -.->|${quoted(label)}| ${body(to)}`);
  }
  return out;
}

/** Invisible links that keep each tier above the one below it, for bodies with no arrow up. */
function tierLines(d: Drawing): string[] {
  const bodies = d.statute.bodies;
  const tierOf = (id: string | undefined) => bodies.find((b) => b.id === id)?.tier ?? 5;
  const out: string[] = [];
  for (const b of bodies) {
    const up = Math.min(tierOf(b.escalatesTo), tierOf(b.mandate.recommendsTo?.body));
    if (up < b.tier) continue;
    const above = bodies.filter((a) => a.tier < b.tier).sort((x, y) => y.tier - x.tier)[0];
    if (above !== undefined) out.push(`  ${body(b.id)} ~~~ ${body(above.id)}`);
  }
  return out;
}

function thresholdText(d: Drawing, threshold: Threshold): string {
  const value =
    threshold.kind === 'count'
      ? String(threshold.count)
      : `${threshold.fraction.numerator}/${threshold.fraction.denominator}`;
  return d.m.threshold(threshold.comparison, value);
}

/** What a rule asks of one organ's parties: all, a share, named kommuner, or each for itself. */
function asked(d: Drawing, rule: RatificationRule, party: Party): string[] {
  if (rule.effect === 'per-party') return [d.m.perParty];
  if (party.kind !== 'kommune') return [];
  return rule.requires.flatMap((req): string[] => {
    switch (req.kind) {
      case 'every-kommune':
        return [d.m.every];
      case 'share-of-kommuner':
        return [d.m.shareOfKommuner(thresholdText(d, req.threshold))];
      case 'share-of-population':
        return [d.m.shareOfPopulation(thresholdText(d, req.threshold), req.threshold.kind === 'count')];
      case 'parties':
        return d.statute.parties
          .filter((p) => p.kind === 'kommune' && req.parties.includes(p.id))
          .map((p) => p.name);
      default:
        return [];
    }
  });
}

/** An organ's node id and label, once per organ, in the order of the statute's parties. */
function organNodes(d: Drawing, parties: readonly Party[]): Map<string, string> {
  const nodes = new Map<string, string>();
  const kommuner = d.statute.parties.filter((p) => p.kind === 'kommune').length;
  for (const party of parties) {
    const label =
      party.kind === 'kommune'
        ? d.m.kommunestyrene(kommuner)
        : d.m.organOf(party.kind === 'fylkeskommune' ? 'fylkesting' : 'styre', party.name);
    if (!nodes.has(organ(party))) nodes.set(organ(party), label);
  }
  return nodes;
}

/** The parties' organs, the arrows of ratification to them and the lines of delegation from them. */
function organLines(d: Drawing): string[] {
  const { statute } = d;
  const edges = new Map<string, { refs: string[]; who: string[] }>();
  const used = new Set<string>();
  for (const rule of statute.ratification) {
    const parties = statute.parties.filter((p) => ratifiers(statute, rule).has(p.id));
    for (const b of statute.bodies.filter((x) => x.mandate.decides.some((m) => rule.matters.includes(m)))) {
      for (const party of parties) {
        const key = `${body(b.id)} ${organ(party)}`;
        const edge = edges.get(key) ?? { refs: [], who: [] };
        if (!edge.refs.includes(rule.ref)) edge.refs.push(rule.ref);
        for (const w of asked(d, rule, party)) if (!edge.who.includes(w)) edge.who.push(w);
        edges.set(key, edge);
        used.add(party.id);
      }
    }
  }
  const delegating = statute.bodies.filter((b) => b.delegation !== undefined);
  const shown = statute.parties.filter((p) => used.has(p.id) || delegating.length > 0);
  if (shown.length === 0) return [];
  const out = [`  subgraph r_organs[${quoted(d.m.organs)}]`];
  for (const [id, label] of organNodes(d, shown)) out.push(`    ${id}[${quoted(label)}]`);
  out.push('  end');
  for (const [key, { refs, who }] of edges) {
    const [from, to] = key.split(' ');
    out.push(`  ${from} ==>|${quoted(d.m.ratification(refs.join(', '), d.list(who)))}| ${to}`);
  }
  for (const b of delegating)
    for (const id of organNodes(d, shown).keys())
      out.push(`  ${body(b.id)} -.-|${quoted(d.m.delegation(b.delegation?.ref ?? ''))}| ${id}`);
  return out;
}

/** The dispute boards beyond the community: local ones first, then national, each advising the next. */
function boardLines(d: Drawing): string[] {
  const boards = [...(d.statute.disputeBoards ?? [])].sort(
    (a, b) => (a.level === 'local' ? 0 : 1) - (b.level === 'local' ? 0 : 1),
  );
  const first = boards[0];
  if (first === undefined) return [];
  const out = [`  subgraph x_beyond[${quoted(d.m.beyond)}]`];
  for (const b of boards) out.push(`    ${board(b.id)}[${quoted(d.m.board(b.name, b.level))}]`);
  out.push('  end');
  const bodies = d.statute.bodies;
  const targets = new Set(bodies.flatMap((b) => (b.escalatesTo === undefined ? [] : [b.escalatesTo])));
  const tops = bodies.filter((b) => b.escalatesTo === undefined && (targets.has(b.id) || b.tier === 1));
  for (const top of tops) out.push(`  ${body(top.id)} -.->|${quoted(d.m.dispute)}| ${board(first.id)}`);
  boards.slice(1).forEach((b, i) => {
    out.push(`  ${board((boards[i] as typeof b).id)} -.->|${quoted(d.m.next)}| ${board(b.id)}`);
  });
  out.push(`  class ${boards.map((b) => board(b.id)).join(',')} board`);
  return out;
}

/**
 * The structure of a helsefellesskap as a Mermaid flowchart, drawn from its statute: the
 * community's bodies in a box per tier, tier 1 at the top, each with its voting seats per side,
 * other voting seats and observers with their rights; arrows for disagreement up the
 * `escalatesTo` chain, for recommendations and advice (`mandate.recommendsTo`, through `via`);
 * outside the community, the parties' own organs (the kommunestyrer, each HF board) with a thick
 * arrow from each body whose decisions they ratify, a line to each body they delegated to, and
 * the dispute boards, local then national, which bind no one.
 *
 * The chart flows bottom to top (`flowchart BT`), so arrows point up the tiers. Every label is
 * escaped for Mermaid and every id is made from the statute's ids, so any name is safe; the
 * same statute always gives the same text. Names come from the statute as they are; the words
 * around them are in `locale`. This is a pure function.
 *
 * @param statute - the statute to draw
 * @param options - `locale`, the language of the labels
 * @returns Mermaid source, starting `flowchart BT`
 * @throws {@link InputError} when `locale` is not one the library writes
 * @example
 * ```ts
 * const source = diagram(presets.helgeland, { locale: 'nb' });
 * console.log(`\`\`\`mermaid\n${source}\n\`\`\``); // renders in Markdown on GitHub
 * ```
 * @category Outputs
 */
export function diagram(statute: Statute, options: DiagramOptions = {}): string {
  return diagramIn(catalogOf(options.locale), statute);
}

/** The text of {@link diagram}, in `messages`. @internal */
export function diagramIn(messages: MessageCatalog, statute: Statute): string {
  const d: Drawing = { statute, m: messages.diagram, list: messages.list };
  return [
    'flowchart BT',
    '  classDef board stroke-dasharray: 5 3',
    ...communityLines(d),
    ...organLines(d),
    ...boardLines(d),
    ...routeLines(d),
    ...tierLines(d),
  ].join('\n');
}
