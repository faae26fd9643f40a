/**
 * Invariants of the record's structure: statute versions, seats and escalations.
 *
 * @internal
 * @module
 */
import { trieValues } from '../engine/_trie.js';
import { getProposal, type State, statuteAt } from '../engine/state.js';
import { bodyOf } from '../engine/statuteIndex.js';
import type { Violation } from './invariants.js';

/** @internal */
export const structureInvariants: Readonly<Record<string, (state: State) => Violation[]>> = {
  'statutes-ordered': (state) =>
    state.statutes.flatMap((statute, i) => {
      const before = state.statutes[i - 1];
      return before === undefined || before.effectiveFrom < statute.effectiveFrom
        ? []
        : [{ invariant: 'statutes-ordered', detail: `${statute.version} after ${before.version}` }];
    }),
  'votes-within-seats': (state) => {
    const out: Violation[] = [];
    for (const proposal of trieValues(state.proposals)) {
      const body = bodyOf(statuteAt(state, proposal.date), proposal.body);
      if (body === undefined) continue;
      const seats = body.seats.reduce((n, s) => n + s.count, 0);
      const votes = Object.keys(proposal.votes).length;
      if (votes > seats)
        out.push({
          invariant: 'votes-within-seats',
          detail: `${proposal.id}: ${votes} votes, ${seats} seats`,
        });
    }
    return out;
  },
  'escalation-lies-once': (state) => {
    const out: Violation[] = [];
    const broken = (id: string, why: string) =>
      out.push({ invariant: 'escalation-lies-once', detail: `${id}: ${why}` });
    for (const proposal of trieValues(state.proposals)) {
      const up = proposal.escalation;
      if (up?.as !== undefined) {
        const next = getProposal(state, up.as);
        if (next?.escalatedFrom !== proposal.id) broken(proposal.id, `${up.as} does not continue it`);
        else if (next.body !== up.to) broken(proposal.id, `continued at ${next.body}, not ${up.to}`);
      }
      if (proposal.escalatedFrom !== undefined) {
        const from = getProposal(state, proposal.escalatedFrom);
        if (from?.escalation?.as !== proposal.id)
          broken(proposal.id, `${proposal.escalatedFrom} does not lie with it`);
      }
    }
    return out;
  },
};
