import { evaluateCase } from '../checks/evaluateCase.js';
import type { StatuteAmended } from '../events.js';
import { reason } from '../reasons.js';
import type { Case } from './_case.js';
import { caseOf } from './_proposal.js';
import { addVersion, checkNextVersion } from './statute-adopted.js';

/**
 * `statute-amended`: a new version, by a proposal of the amendment matter that is in force
 * (decided by the amendment body and ratified as the statute requires). @internal
 */
export const statuteAmendedCase: Case<StatuteAmended> = {
  validate(state, event) {
    const found = caseOf(state, event.proposal, event.at);
    if ('reasons' in found) return [reason('amendment.unknown-proposal', { proposal: event.proposal })];
    const { proposal, statute } = found;
    if (proposal.matter !== statute.amendment.matter || proposal.body !== statute.amendment.body) {
      return [
        reason(
          'amendment.wrong-matter',
          {
            proposal: proposal.id,
            matter: proposal.matter,
            body: proposal.body,
            expected: statute.amendment.matter,
            expectedBody: statute.amendment.body,
          },
          statute.amendment.ref,
        ),
      ];
    }
    const { status } = evaluateCase(found);
    if (status !== 'in-force') {
      return [reason('amendment.not-in-force', { proposal: proposal.id, status }, statute.amendment.ref)];
    }
    return checkNextVersion(state, event.statute);
  },
  mutate: (draft, event) => addVersion(draft, event.statute),
};
