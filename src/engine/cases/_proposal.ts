/**
 * Lookups shared by the cases about one proposal.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import type { ProposalId } from '../../model/ids.js';
import type { Body, Statute } from '../../model/statute.js';
import { trieGet } from '../_trie.js';
import { type Reason, reason } from '../reasons.js';
import { getProposal, type ProposalRecord, type State, statuteAt } from '../state.js';
import { bodyOf } from './_case.js';

/** A proposal with its statute version and body, or the reason it cannot be found. @internal */
export function caseOf(
  state: State,
  id: ProposalId,
): { proposal: ProposalRecord; statute: Statute; body: Body } | { reasons: Reason[] } {
  const proposal = getProposal(state, id);
  if (proposal === undefined) return { reasons: [reason('proposal.unknown', { proposal: id })] };
  const statute = statuteAt(state, proposal.date) as Statute;
  const body = bodyOf(statute, proposal.body);
  if (body === undefined)
    return { reasons: [reason('body.unknown', { body: proposal.body, version: statute.version })] };
  return { proposal, statute, body };
}

/**
 * A proposal that is still open for votes, recusals, conclusion or withdrawal, with its statute
 * version and body, or the reasons it is not. @internal
 */
export function openCaseOf(state: State, id: ProposalId): ReturnType<typeof caseOf> {
  const found = caseOf(state, id);
  if ('reasons' in found || found.proposal.phase === 'open') return found;
  return {
    reasons: [reason('proposal.closed', { proposal: found.proposal.id, phase: found.proposal.phase })],
  };
}

/** The proposal record in a draft, for writing. @internal */
export function draftProposal(draft: Draft<State>, id: ProposalId): Draft<ProposalRecord> {
  return trieGet(draft.proposals as never, id) as Draft<ProposalRecord>;
}
