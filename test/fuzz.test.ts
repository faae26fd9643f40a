import { describe, expect, it } from 'vitest';
import { categories, runCase } from '../fuzz/cases.js';
import { leadsInto, mutate, random } from '../fuzz/mutate.js';
import { runRange } from '../fuzz/range.js';
import { presets } from '../src/index.js';

describe('the fuzzer, in a short run', () => {
  it('finds nothing wrong in 250 cases of every category', () => {
    const tally = runRange(3, 0, 250, 1);
    expect(tally.failures).toEqual([]);
    for (const c of categories) expect(tally.cases[c]).toBe(50);
  });

  it('repeats a case exactly from its seed and index', () => {
    expect(runCase(5, 17)).toMatchObject({ category: runCase(5, 17).category, failures: [] });
    expect(mutate(presets.vestfold, random(9))).toEqual(mutate(presets.vestfold, random(9)));
    expect(mutate(presets.vestfold, random(9))).not.toEqual(presets.vestfold);
  });

  it('says whether an issue path leads into the input', () => {
    const input = { bodies: [{ seats: [] }] };
    expect(leadsInto(input, ['bodies', 0, 'seats'])).toBe(true);
    expect(leadsInto(input, ['bodies', 0, 'quorum'])).toBe(true);
    expect(leadsInto(input, ['bodies', 1, 'seats'])).toBe(false);
    expect(leadsInto(input, ['parties', 0])).toBe(false);
  });
});
