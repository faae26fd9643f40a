/**
 * A hypothetical statute change, searched for a case it would decide differently: the Vestfold
 * SSU moving from consensus to two thirds of those present on each side. The change is invented
 * for the example; it is not a proposal of the real community.
 *
 * Run: npx tsx examples/divergence.ts [seed]
 */
import { compareStatutes, type DecisionRule, explain, presets, type Statute } from 'helsefellesskap';
import { divergence } from 'helsefellesskap/testing';

const current = presets.vestfold;
const twoThirdsOfEachSide: DecisionRule = {
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
  version: `${current.version}-two-thirds`,
  bodies: current.bodies.map((b) => (b.id === 'ssu' ? { ...b, decision: twoThirdsOfEachSide } : b)),
};

const result = divergence(current, proposed, { runs: 100, seed: Number(process.argv[2] ?? 14) });
if (!result.found) {
  console.log(`No case decided differently in ${result.runs} logs (seed ${result.seed}).`);
} else {
  console.log(
    `Found after ${result.runs} logs (seed ${result.seed}), shrunk to ${result.events.length} events:`,
  );
  for (const event of result.events) console.log(`  ${JSON.stringify(event)}`);
  console.log(`\nUnder ${current.version}:\n${explain(result.before, { locale: 'en' })}`);
  console.log(`\nUnder ${proposed.version}:\n${explain(result.after, { locale: 'en' })}`);
  // The same log through compareStatutes: the check that turns the case.
  const change = compareStatutes(current, proposed, result.events).changes.find(
    (c) => c.proposal === result.proposal,
  );
  for (const check of change?.checks ?? [])
    console.log(`\n${check.id}: ${check.before?.code} → ${check.after?.code}`);
}
