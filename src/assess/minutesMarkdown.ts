/**
 * A draft møteprotokoll in Markdown, rendered from the meeting's {@link MinutesRecord}.
 *
 * @module
 */
import { getMember, type State, statuteAt } from '../engine/state.js';
import { catalogOf, type Locale } from './_catalog.js';
import type { MinutesWords } from './messages/_minutes.js';
import type { MessageCatalog } from './messages/types.js';
import { type MinutesItem, type MinutesPerson, type MinutesRecord, minutesRecord } from './minutes.js';

/**
 * Options for {@link minutes}.
 *
 * @example
 * ```ts
 * const options: MinutesOptions = { locale: 'en' };
 * ```
 * @category Outputs
 */
export interface MinutesOptions {
  /** @defaultValue `'nb'` */
  readonly locale?: Locale;
}

const who = (p: MinutesPerson) => (p.name === null ? p.member : `${p.name} (${p.member})`);

/** A member as the minutes name them: the recorded name, or the id. */
const nameOf = (state: State, id: string): string => getMember(state, id)?.name ?? id;

function people(state: State, ids: readonly string[]): string[] {
  return ids.map((id) => nameOf(state, id));
}

/** The lines of one case. */
function itemLines(
  state: State,
  record: MinutesRecord,
  item: MinutesItem,
  w: MinutesWords,
  m: MessageCatalog,
): string[] {
  const statute = statuteAt(state, record.date);
  const by = item.tabledBy;
  const tabler =
    by === null
      ? null
      : by.kind === 'secretariat'
        ? w.secretariat
        : by.kind === 'member'
          ? nameOf(state, by.member)
          : (statute?.bodies.find((b) => b.id === by.body)?.name ?? by.body);
  const lines = [
    `## ${w.item(item.number, item.closed === null ? (item.title ?? item.proposal) : w.closedTitle)}`,
    '',
  ];
  if (item.closed !== null) lines.push(`- ${w.closed(item.closed)}`);
  lines.push(`- ${w.matter}: ${item.matterName}${tabler === null ? '' : `. ${w.tabledBy}: ${tabler}`}`);
  if (item.recused.length > 0)
    lines.push(
      `- ${w.recused}: ${m.list(item.recused.map((r) => `${nameOf(state, r.member)}${r.ground === null ? '' : ` (${r.ground})`}`))}`,
    );
  const v = item.votes;
  if (v.byMember.length === 0) lines.push(`- ${w.noVotes}`);
  else {
    lines.push(`- ${w.vote(v.for, v.against, v.abstain)}`);
    if (v.split)
      for (const [choice, label] of [
        ['for', w.votedFor],
        ['against', w.votedAgainst],
        ['abstain', w.abstained],
      ] as const) {
        const voters = v.byMember.filter((b) => b.vote === choice).map((b) => b.member);
        if (voters.length > 0) lines.push(`  - ${label}: ${m.list(people(state, voters))}`);
      }
  }
  if (item.reservations.length > 0) {
    lines.push(`- ${w.reservations}:`);
    for (const r of item.reservations) lines.push(`  - ${nameOf(state, r.member)}: «${r.text}»`);
  }
  const sent =
    item.sentTo === null
      ? ''
      : `, ${w.sentTo(statute?.bodies.find((b) => b.id === item.sentTo)?.name ?? item.sentTo)}`;
  lines.push(`- ${w.outcome}: **${m.status[item.status]}** (${m.valid(item.valid)})${sent}`);
  lines.push(`- ${w.grounds}: ${item.grounds.map((g) => `${m.checkTitle[g.check]} (${g.ref})`).join('; ')}`);
  if (item.ratification !== null && item.ratification.parties.length > 0) {
    const names = item.ratification.parties.map((p) => statute?.parties.find((x) => x.id === p)?.name ?? p);
    lines.push(`- ${w.toParties(m.list(names), item.ratification.deadline, item.ratification.ref)}`);
  }
  return [...lines, ''];
}

/**
 * A draft møteprotokoll of a meeting in Markdown, meant to be edited and approved: body, date,
 * chair, who was present, vara and for whom, forfall; then each case on the agenda with its
 * number, title, matter and who tabled it, recusals with their ground, the vote (and who voted
 * how where it was split), dissens and protokolltilførsler, the outcome with the sections it rests
 * on, and what goes on to the parties' own organs and by when. {@link minutesRecord} gives the
 * record it is written from.
 *
 * @throws {@link UnknownMeetingError} for a meeting the state does not have, and
 * {@link InputError} for a locale the library does not write
 * @example
 * ```ts
 * console.log(minutes(state, 'ssu-2024-03', { locale: 'nb' }));
 * ```
 * @category Outputs
 */
export function minutes(state: State, meetingId: string, options: MinutesOptions = {}): string {
  return minutesIn(catalogOf(options.locale), state, meetingId);
}

/** The text of {@link minutes}, in `m`. @internal */
export function minutesIn(m: MessageCatalog, state: State, meetingId: string): string {
  const w = m.minutes;
  const record = minutesRecord(state, meetingId);
  const list = (ps: readonly MinutesPerson[]) => (ps.length === 0 ? w.none : m.list(ps.map(who)));
  const lines = [
    `# ${w.title(record.bodyName, record.date)}`,
    '',
    `_${w.draft(record.statuteVersion)}_`,
    '',
    `- ${w.chair}: ${record.chair === null ? w.none : who(record.chair)}`,
    `- ${w.present}: ${list(record.present)}`,
    `- ${w.substitutes}: ${
      record.substitutes.length === 0
        ? w.none
        : m.list(record.substitutes.map((s) => w.substituteFor(who(s.substitute), nameOf(state, s.for))))
    }`,
    `- ${w.absent}: ${list(record.absent)}`,
    '',
    ...record.items.flatMap((item) => itemLines(state, record, item, w, m)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
