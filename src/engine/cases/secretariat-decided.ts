import { isValidId } from '../../model/ids.js';
import { trieSet } from '../_trie.js';
import type { SecretariatDecided } from '../events.js';
import { type Reason, reason } from '../reasons.js';
import { getProposal, type ProposalRecord, statuteAt } from '../state.js';
import { bodyOf } from '../statuteIndex.js';
import type { Case } from './_case.js';

/**
 * `secretariat-decided`: the secretariat decides a minor matter on a body's behalf, with no
 * meeting. The body and matter must be known on the decision's date; a decision outside what
 * the body lets the secretariat decide is recorded, and its report says it is not valid, as a
 * case outside a body's mandate is. The case is concluded when it is recorded. @internal
 */
export const secretariatDecidedCase: Case<SecretariatDecided> = {
  validate(state, event) {
    if (!isValidId(event.proposal))
      return [reason('event.invalid-id', { field: 'proposal', value: event.proposal })];
    if (getProposal(state, event.proposal) !== undefined)
      return [reason('proposal.exists', { proposal: event.proposal })];
    const statute = statuteAt(state, event.at);
    const reasons: Reason[] = [];
    if (bodyOf(statute, event.body) === undefined) reasons.push(reason('body.unknown', { body: event.body }));
    if (statute?.matters.some((m) => m.id === event.matter) !== true)
      reasons.push(reason('proposal.unknown-matter', { matter: event.matter }));
    return reasons;
  },
  mutate(draft, event) {
    const record: ProposalRecord = {
      id: event.proposal,
      seq: draft.seq,
      body: event.body,
      matter: event.matter,
      date: event.at,
      decidedBy: 'secretariat',
      ...(event.amount === undefined ? {} : { amount: event.amount }),
      ...(event.title === undefined ? {} : { title: event.title }),
      submittedAt: event.at,
      phase: 'concluded',
      concludedAt: event.at,
      votes: {},
      recused: {},
      ratifications: {},
    };
    trieSet<ProposalRecord>(draft.proposals, event.proposal, record);
  },
};
