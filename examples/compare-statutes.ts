/**
 * A proposed statute change, tested against a year of SSU meetings: the Vestfold SSU moves from
 * consensus to two thirds of each side. Which decisions would it turn?
 *
 * Run: npx tsx examples/compare-statutes.ts
 * (The meetings and votes are invented for the example.)
 */
import {
  addDays,
  compareStatutes,
  type DecisionRule,
  type GovernanceEvent,
  presets,
  type Statute,
} from 'helsefellesskap';

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
  version: '2025-01-01',
  bodies: current.bodies.map((body) =>
    body.id === 'ssu' ? { ...body, decision: twoThirdsOfEachSide } : body,
  ),
};

const kommuneSide = ['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder'];
const hfSide = [1, 2, 3, 4, 5, 6].map((i) => `ssu-siv-${i}`);
const events: GovernanceEvent[] = [
  ...kommuneSide.map(
    (k): GovernanceEvent => ({
      type: 'member-appointed',
      at: '2024-01-02',
      member: `ssu-${k}`,
      body: 'ssu',
      seat: k,
    }),
  ),
  ...hfSide.map(
    (member): GovernanceEvent => ({
      type: 'member-appointed',
      at: '2024-01-02',
      member,
      body: 'ssu',
      seat: 'siv',
    }),
  ),
];
// Eight meetings; in meeting i, i members of the HF side vote against, and i mod 3 on the kommune side abstain.
for (let i = 0; i < 8; i++) {
  const date = addDays('2024-02-01', i * 30);
  const meeting = `ssu-${date}`;
  const proposal = `SSU-${i + 1}`;
  const present = [...kommuneSide.map((k) => `ssu-${k}`), ...hfSide];
  events.push(
    { type: 'meeting-convened', at: addDays(date, -14), meeting, body: 'ssu', date },
    {
      type: 'proposal-submitted',
      at: addDays(date, -14),
      proposal,
      body: 'ssu',
      matter: 'patient-pathway',
      meeting,
    },
    { type: 'attendance-recorded', at: date, meeting, present },
    ...present.map((member, m): GovernanceEvent => {
      const vote = m >= 12 - (i % 7) ? 'against' : m < i % 3 ? 'abstain' : 'for';
      return { type: 'vote-cast', at: date, proposal, member, vote };
    }),
    { type: 'proposal-concluded', at: date, proposal },
  );
}

const { changes } = compareStatutes(current, proposed, events);
console.log(`${changes.length} of 8 SSU decisions would turn under "two thirds of each side":`);
for (const change of changes) {
  const flipped = change.checks.map((c) => `${c.id}: ${c.before?.code} → ${c.after?.code}`).join('; ');
  console.log(`  ${change.proposal}: ${change.before?.status} → ${change.after?.status} (${flipped})`);
}
