/**
 * Invariants of cases and the record they rest on: dates and phases, agendas, tenures and
 * membership periods, what a decision of the secretariat may hold, and where vedtak may lie.
 *
 * @internal
 * @module
 */
import { assessAll } from '../assess/assess.js';
import { trieValues } from '../engine/_trie.js';
import { tenureOn } from '../engine/cases/_case.js';
import { getProposal, type State, statuteAt } from '../engine/state.js';
import { bodyOf } from '../engine/statuteIndex.js';
import type { Violation } from './invariants.js';

/** Whether periods (`from`, exclusive `to`) are disjoint once put in date order. */
function disjoint(periods: readonly { readonly from: string; readonly to?: string }[]): boolean {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return sorted.every((p, i) => {
    const next = sorted[i + 1];
    return next === undefined || (p.to !== undefined && p.to <= next.from);
  });
}

/** An invariant from a function listing what breaks it. */
const each =
  (name: string, find: (state: State) => string[]) =>
  (state: State): Violation[] =>
    find(state).map((detail) => ({ invariant: name, detail }));

const cases = (state: State) => [...trieValues(state.proposals)];

/** @internal */
export const caseInvariants: Readonly<Record<string, (state: State) => Violation[]>> = {
  'phase-dates': each('phase-dates', (state) =>
    cases(state).flatMap((p) => {
      const concluded = p.concludedAt !== undefined;
      const withdrawn = p.withdrawnAt !== undefined;
      const fits =
        p.phase === 'open'
          ? !concluded && !withdrawn
          : p.phase === 'concluded'
            ? concluded && !withdrawn && (p.concludedAt as string) >= p.date
            : withdrawn && !concluded;
      return fits ? [] : [`${p.id}: ${p.phase}, concluded ${p.concludedAt}, withdrawn ${p.withdrawnAt}`];
    }),
  ),
  'open-cases-untouched': each('open-cases-untouched', (state) =>
    cases(state).flatMap((p) => {
      if (p.phase !== 'open') return [];
      const after = [
        Object.keys(p.ratifications).length > 0 ? 'vedtak' : '',
        p.escalation === undefined ? '' : 'an escalation',
        (p.forwarded?.length ?? 0) > 0 ? 'forwarding' : '',
        (p.statements?.length ?? 0) > 0 ? 'statements' : '',
      ].filter((s) => s !== '');
      return after.length === 0 ? [] : [`${p.id}: open, with ${after.join(', ')}`];
    }),
  ),
  'vedtak-after-decision': each('vedtak-after-decision', (state) =>
    cases(state).flatMap((p) =>
      Object.entries(p.ratifications).flatMap(([party, history]) =>
        history
          .filter((v) => p.phase !== 'concluded' || v.at < (p.concludedAt ?? p.date))
          .map((v) => `${p.id}: ${party} on ${v.at}, ${p.phase} ${p.concludedAt ?? ''}`.trim()),
      ),
    ),
  ),
  'vedtak-on-valid-decisions': each('vedtak-on-valid-decisions', (state) =>
    assessAll(state).flatMap((report) => {
      const record = getProposal(state, report.proposal);
      const ratified = Object.keys(record?.ratifications ?? {}).length > 0;
      return ratified && !(report.valid && report.kind === 'decision')
        ? [`${report.proposal}: vedtak on a ${report.kind} that is ${report.valid ? 'valid' : 'not valid'}`]
        : [];
    }),
  ),
  'agenda-lists-cases': each('agenda-lists-cases', (state) => {
    const out: string[] = [];
    const agendas = new Map(
      [...trieValues(state.meetings)].map((m) => [m.id, new Set(m.agenda ?? [])] as const),
    );
    const ids = new Set(cases(state).map((p) => p.id));
    for (const p of cases(state))
      if (p.meeting !== undefined && agendas.get(p.meeting)?.has(p.id) !== true)
        out.push(`${p.id}: not on the agenda of ${p.meeting}`);
    for (const [meeting, agenda] of agendas)
      for (const id of agenda) if (!ids.has(id)) out.push(`${meeting}: no case ${id}`);
    return out;
  }),
  'attendance-by-members': each('attendance-by-members', (state) =>
    [...trieValues(state.meetings)].flatMap((meeting) => {
      const body = bodyOf(statuteAt(state, meeting.date), meeting.body);
      if (body === undefined) return [];
      return Object.keys(meeting.present ?? {})
        .filter((member) => tenureOn(state, body, member, meeting.date, meeting) === undefined)
        .map((member) => `${meeting.id}: ${member} present without a seat`);
    }),
  ),
  'secretariat-decides-alone': each('secretariat-decides-alone', (state) =>
    cases(state).flatMap((p) => {
      const alone = p.decidedBy === 'secretariat';
      if (alone !== (p.meeting === undefined))
        return [`${p.id}: meeting ${p.meeting}, decided by ${p.decidedBy}`];
      if (!alone) return [];
      const sound =
        Object.keys(p.votes).length === 0 &&
        Object.keys(p.recused).length === 0 &&
        p.phase === 'concluded' &&
        p.concludedAt === p.date;
      return sound ? [] : [`${p.id}: votes, recusals or a phase a decision of the secretariat cannot have`];
    }),
  ),
  'tenures-disjoint': each('tenures-disjoint', (state) =>
    [...trieValues(state.members)].flatMap((member) =>
      [...new Set(member.tenures.map((t) => t.body))]
        .filter((body) => !disjoint(member.tenures.filter((t) => t.body === body)))
        .map((body) => `${member.id}: overlapping tenures on ${body}`),
    ),
  ),
  'periods-disjoint': each('periods-disjoint', (state) =>
    Object.entries(state.parties)
      .filter(([, record]) => !disjoint(record.periods))
      .map(([party]) => `${party}: overlapping membership periods`),
  ),
  'seq-unique': each('seq-unique', (state) => {
    const seen = new Map<number, string>();
    const out: string[] = [];
    for (const p of cases(state)) {
      const other = seen.get(p.seq);
      if (other !== undefined) out.push(`${p.id}: seq ${p.seq} as ${other}`);
      else if (p.seq >= state.seq) out.push(`${p.id}: seq ${p.seq}, state at ${state.seq}`);
      seen.set(p.seq, p.id);
    }
    return out;
  }),
};
