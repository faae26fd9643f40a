import { events } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/assess/messages/en.js';
import { nb } from '../../src/assess/messages/nb.js';
import { nn } from '../../src/assess/messages/nn.js';
import {
  assess,
  assessAll,
  explain,
  explainCheck,
  presets,
  type RuleOutcome,
  replay,
} from '../../src/index.js';
import { pmAppointments, pmDecision, vedtak, withRatification } from '../engine/_pm.js';
import { minimalStatute } from '../fixtures.js';
import { fc, prop } from '../prop.js';

const codes = (outcome: RuleOutcome | undefined): string[] =>
  outcome === undefined ? [] : [outcome.code, ...(outcome.children ?? []).flatMap(codes)];

describe('explain', () => {
  it('has the same sentences in every language', () => {
    expect(Object.keys(nb.check).sort()).toEqual(Object.keys(en.check).sort());
    expect(Object.keys(nb.reason).sort()).toEqual(Object.keys(en.reason).sort());
    expect(Object.keys(nn.check).sort()).toEqual(Object.keys(en.check).sort());
    expect(Object.keys(nn.reason).sort()).toEqual(Object.keys(en.reason).sort());
  });

  prop(
    [
      fc
        .constantFrom(presets.vestfold, presets.nationalTemplate, minimalStatute)
        .chain((s) => events(s).map((log) => [s, log] as const)),
    ],
    { numRuns: 300 },
  )('has a sentence for every code any report can contain', ([statute, log]) => {
    for (const report of assessAll(replay(statute, log).state)) {
      for (const check of report.checks) {
        for (const code of [check.code, ...codes('outcome' in check ? check.outcome : undefined)]) {
          expect(Object.hasOwn(en.check, code), code).toBe(true);
        }
        expect(explainCheck(check, { locale: 'nb' })).not.toContain(check.code);
        expect(explainCheck(check, { locale: 'nn' })).not.toMatch(new RegExp(`${check.code}|undefined`));
      }
    }
  });

  it('renders a ratification in progress, with a deadline, in Norwegian and English', () => {
    const statute = withRatification({ deadlineDays: 90 });
    const { state } = replay(statute, [
      ...pmAppointments,
      ...pmDecision('B-1', '2024-02-01'),
      vedtak('B-1', 'a', '2024-03-01'),
      vedtak('B-1', 'b', '2024-03-02', 'rejected'),
    ]);
    const report = assess(state, 'B-1');
    expect(explain(report, { locale: 'nb' })).toMatchInlineSnapshot(`
      "B-1: vedtatt, venter på tilslutning (gyldig)
      PM (nivå 1), møte 2024-02-01, vedtekter versjon 1, per 2024-03-02
        ✓ Mandat: organet vedtar saker av typen «budget» (§1)
        ✓ Sammensetning: 4 av 4 plasser med stemmerett er besatt (§1)
        ✓ Innkalling: innkalt 17 dager før møtet; 14 kreves (§1)
        ✓ Vedtaksførhet: 4 av 4 medlemmer med stemmerett telles; 2 kreves (§1)
        ✓ Inhabilitet: ingen medlemmer er inhabile (§1)
        ✓ Beslutningsregel: konsensus: 4 av 4 med stemmerett til stede, ingen imot (§1)
        ✗ Tilslutning: venter på tilslutning: 1 av 3 har vedtatt, 1 har avvist, 1 har ikke behandlet saken (§1)
        ✓ Frist: fristen for tilslutning er 2024-05-01 (§1)
      Tilslutning (§1): vedtatt av a; avvist av b; mangler: hf.
      Binder ingen part."
    `);
    expect(explain(report, { locale: 'en' })).toMatchInlineSnapshot(`
      "B-1: adopted, awaiting ratification (valid)
      PM (tier 1), meeting 2024-02-01, statute version 1, as of 2024-03-02
        ✓ Mandate: the body decides matters of kind "budget" (§1)
        ✓ Seats: 4 of 4 voting seats filled (§1)
        ✓ Notice: called 17 days ahead; 14 required (§1)
        ✓ Quorum: 4 of 4 voting seats counted; 2 needed (§1)
        ✓ Recusal: no member recused (§1)
        ✓ Decision rule: consensus: 4 of 4 voting members present, none against (§1)
        ✗ Ratification: awaiting ratification: 1 of 3 adopted, 1 rejected, 1 not yet decided (§1)
        ✓ Deadline: the deadline for ratification is 2024-05-01 (§1)
      Ratification (§1): adopted by a; rejected by b; missing: hf.
      Binds no party."
    `);
  });
});
