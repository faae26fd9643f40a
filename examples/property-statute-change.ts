/**
 * Testing a proposed statute change with fast-check: the Vestfold SSU moving from consensus to
 * two thirds of each side, checked against every sequence of events fast-check can think of.
 *
 * Run: npx tsx examples/property-statute-change.ts
 */
import fc from 'fast-check';
import {
  assessAll,
  compareStatutes,
  type DecisionRule,
  getMember,
  getProposal,
  presets,
  replay,
  type Statute,
} from 'helsefellesskap';
import { events } from 'helsefellesskap/testing';

const current = presets.vestfold;
const rule: DecisionRule = {
  kind: 'each-bloc',
  rule: {
    kind: 'majority',
    threshold: { numerator: 2, denominator: 3 },
    strict: false,
    base: 'present',
    tieBreak: 'fails',
    ref: 'konsensus',
  },
  ref: 'konsensus',
};
const proposed: Statute = {
  ...current,
  bodies: current.bodies.map((b) => (b.id === 'ssu' ? { ...b, decision: rule } : b)),
};

// 1. Under the proposal, no SSU decision is valid unless members of both sides voted for it.
const bothSides = fc.check(
  fc.property(events(proposed), (log) => {
    const { state } = replay(proposed, log);
    return assessAll(state)
      .filter((report) => report.body === 'ssu' && report.valid)
      .every((report) => {
        const votes = getProposal(state, report.proposal)?.votes ?? {};
        const sides = new Set(
          Object.entries(votes)
            .filter(([, vote]) => vote === 'for')
            .map(([member]) => getMember(state, member)?.tenures.find((t) => t.body === 'ssu')?.seat)
            .map((seat) =>
              seat === 'siv' ? 'hf' : seat === 'fastlege' || seat === 'bruker' ? 'other' : 'kommune',
            ),
        );
        return sides.has('kommune') && sides.has('hf');
      });
  }),
  { numRuns: 300, seed: 2024 },
);
console.log(
  `1. valid only with votes for from both sides: ${bothSides.failed ? 'FAILED' : `holds (${bothSides.numRuns} runs)`}`,
);

// 2. A claim worth checking before the change is adopted: "nothing adopted by consensus today
//    would fail under the new rule". fast-check looks for a history that breaks it.
const nothingLost = fc.check(
  fc.property(events(current), (log) => {
    const { changes } = compareStatutes(current, proposed, log);
    return changes.every((c) => !(c.before?.valid === true && c.after?.valid === false));
  }),
  { numRuns: 300, seed: 2024 },
);
if (nothingLost.failed && nothingLost.counterexample !== null) {
  const [log] = nothingLost.counterexample;
  const lost = compareStatutes(current, proposed, log).changes.find(
    (c) => c.before?.valid === true && c.after?.valid === false,
  );
  const { state } = replay(current, log);
  const votes = lost === undefined ? {} : (getProposal(state, lost.proposal)?.votes ?? {});
  console.log('2. "nothing adopted by consensus is lost": false. fast-check found a history where it is:');
  console.log(
    `   ${lost?.proposal} is adopted by consensus but fails two thirds of each side; votes: ${JSON.stringify(votes)}`,
  );
  console.log(
    '   (members present who abstain or stay silent do not block consensus, but count as present under "two thirds of those present")',
  );
} else {
  console.log(`2. "nothing adopted by consensus is lost": holds (${nothingLost.numRuns} runs)`);
}
