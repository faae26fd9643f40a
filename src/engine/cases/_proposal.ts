/**
 * Lookups shared by the cases about one proposal.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import type { IsoDate } from '../../model/dates.js';
import type { ProposalId } from '../../model/ids.js';
import type { Body } from '../../model/statute.js';
import { trieGet } from '../_trie.js';
import { type Reason, reason } from '../reasons.js';
import { type CaseContext, resolveCase } from '../resolveCase.js';
import type { MeetingRecord, ProposalRecord, State } from '../state.js';

/**
 * A case resolved once (judged as of `asOf`), whose body the statute version in force on its
 * meeting date knows, or the reason it cannot be found. @internal
 */
export function caseOf(
  state: State,
  id: ProposalId,
  asOf?: IsoDate,
): (CaseContext & { readonly body: Body }) | { reasons: Reason[] } {
  const context = resolveCase(state, id, asOf);
  if (context === undefined) return { reasons: [reason('proposal.unknown', { proposal: id })] };
  const { body, proposal, statute } = context;
  if (body === undefined)
    return { reasons: [reason('body.unknown', { body: proposal.body, version: statute.version })] };
  return context as CaseContext & { readonly body: Body };
}

/**
 * A proposal that is still open for votes, recusals, conclusion or withdrawal, with its statute
 * version and body, or the reasons it is not. @internal
 */
export function openCaseOf(
  state: State,
  id: ProposalId,
): (CaseContext & { readonly body: Body; readonly meeting: MeetingRecord }) | { reasons: Reason[] } {
  const found = caseOf(state, id);
  if ('reasons' in found) return found;
  // Only a case put to a meeting is ever open: the secretariat's decisions are concluded as made.
  if (found.proposal.phase === 'open' && found.meeting !== undefined)
    return found as CaseContext & { readonly body: Body; readonly meeting: MeetingRecord };
  return {
    reasons: [reason('proposal.closed', { proposal: found.proposal.id, phase: found.proposal.phase })],
  };
}

/** The proposal record in a draft, for writing. @internal */
export function draftProposal(draft: Draft<State>, id: ProposalId): Draft<ProposalRecord> {
  return trieGet(draft.proposals as never, id) as Draft<ProposalRecord>;
}
