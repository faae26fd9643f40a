import { ownSlot } from '../../model/_own.js';
import { evaluateCouncilVote } from '../../rules/evaluateCouncilVote.js';
import { evaluateCase } from '../checks/evaluateCase.js';
import type { RatificationRecorded } from '../events.js';
import { ratificationRuleFor, ratifiers } from '../ratificationStatus.js';
import { type Reason, reason } from '../reasons.js';
import { isPartyMember, type Ratification } from '../state.js';
import type { Case } from './_case.js';
import { councilRuleOf, isCouncil } from './_council.js';
import { caseOf, draftProposal } from './_proposal.js';

const unusable = new Set([
  'council.invalid-count',
  'council.abstention',
  'council.tie-chair-missing',
  'council.tie-lot-missing',
]);

/**
 * `ratification-recorded`: a party's own organ adopts or rejects a decision. Its latest vedtak
 * counts; earlier ones are kept. A kommunestyre's or fylkesting's vote, when given, must be a
 * valid council decision that says the same as the vedtak. @internal
 */
export const ratificationRecordedCase: Case<RatificationRecorded> = {
  validate(state, event) {
    const found = caseOf(state, event.proposal, event.at);
    if ('reasons' in found) return found.reasons;
    const { proposal, statute } = found;
    const party = statute.parties.find((p) => p.id === event.party);
    if (party === undefined)
      return [reason('ratification.unknown-party', { party: event.party, version: statute.version })];
    if (party.organ !== event.organ)
      return [
        reason('ratification.wrong-organ', { party: party.id, organ: event.organ, expected: party.organ }),
      ];
    const verdict = evaluateCase(found);
    if (proposal.phase !== 'concluded' || !verdict.valid || verdict.kind !== 'decision') {
      return [reason('ratification.not-adopted', { proposal: proposal.id, status: verdict.status })];
    }
    if (proposal.concludedAt !== undefined && event.at < proposal.concludedAt) {
      return [
        reason('ratification.before-decision', { proposal: proposal.id, decided: proposal.concludedAt }),
      ];
    }
    const rule = ratificationRuleFor(statute, proposal.matter);
    if (rule === undefined)
      return [reason('ratification.not-required', { proposal: proposal.id, matter: proposal.matter })];
    const reasons: Reason[] = [];
    if (!ratifiers(statute, rule).has(party.id))
      reasons.push(reason('ratification.not-ratifier', { party: party.id, rule: rule.id }, rule.ref));
    if (!isPartyMember(state, party.id, event.at))
      reasons.push(
        reason('ratification.not-member', { party: party.id, date: event.at }, statute.membership.ref),
      );
    if (event.councilVote !== undefined) {
      const council = councilRuleOf(statute, rule);
      if (!isCouncil(event.organ)) {
        reasons.push(
          reason(
            'ratification.invalid-council-vote',
            { party: party.id, code: 'council.not-a-council' },
            council.ref,
          ),
        );
      } else {
        const outcome = evaluateCouncilVote(council, event.councilVote);
        if (unusable.has(outcome.code))
          reasons.push(
            reason('ratification.invalid-council-vote', { party: party.id, code: outcome.code }, council.ref),
          );
        else if (outcome.ok !== (event.decision === 'adopted')) {
          reasons.push(
            reason(
              'ratification.vote-contradicts',
              { party: party.id, decision: event.decision, code: outcome.code },
              council.ref,
            ),
          );
        }
      }
    }
    return reasons;
  },
  mutate(draft, event) {
    const proposal = draftProposal(draft, event.proposal);
    const vedtak: Ratification = {
      at: event.at,
      organ: event.organ,
      decision: event.decision,
      ...(event.caseNumber === undefined ? {} : { caseNumber: event.caseNumber }),
      ...(event.councilVote === undefined ? {} : { councilVote: { ...event.councilVote } }),
    };
    if (draft.ratifiedUntil === undefined || draft.ratifiedUntil < event.at) draft.ratifiedUntil = event.at;
    const history = proposal.ratifications as Record<string, Ratification[]>;
    ownSlot(history, event.party, () => []).push(vedtak);
  },
};
