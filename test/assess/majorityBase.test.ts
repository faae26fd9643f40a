import { describe, expect, it } from 'vitest';
import type { OutcomeBase } from '../../src/index.js';
import { en, nb, nn } from '../../src/locales/index.js';

// Counts invented for the test: 3 for of 5, 3 needed.
const params = (base: OutcomeBase) =>
  ({ got: 3, baseCount: 5, required: 3, missing: 0, base }) as unknown as Parameters<
    (typeof nb.check)['majority.met']
  >[0];

describe('what a majority is counted over, in words', () => {
  const bases: readonly OutcomeBase[] = ['for+against', 'cast', 'present', 'seated', 'seats'];

  it('in bokmål', () => {
    expect(bases.map((b) => nb.check['majority.met'](params(b)))).toStrictEqual([
      '3 for av 5 (for og mot); 3 kreves',
      '3 for av 5 (avgitte stemmer); 3 kreves',
      '3 for av 5 (til stede); 3 kreves',
      '3 for av 5 (medlemmer med stemmerett); 3 kreves',
      '3 for av 5 (plasser med stemmerett); 3 kreves',
    ]);
  });

  it('in nynorsk', () => {
    expect(bases.map((b) => nn.check['majority.short'](params(b)))).toStrictEqual([
      '3 for av 5 (for og mot); 3 krevst: 0 manglar',
      '3 for av 5 (avgjevne stemmer); 3 krevst: 0 manglar',
      '3 for av 5 (til stades); 3 krevst: 0 manglar',
      '3 for av 5 (medlemmer med stemmerett); 3 krevst: 0 manglar',
      '3 for av 5 (plassar med stemmerett); 3 krevst: 0 manglar',
    ]);
  });

  it('in English, the base as the statute names it', () => {
    expect(en.check['majority.met'](params('for+against'))).toBe('3 for of 5 (for+against); 3 needed');
  });
});
