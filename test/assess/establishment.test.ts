import { describe, expect, it } from 'vitest';
import {
  assessEstablishment,
  type EstablishmentReport,
  explainEstablishment,
  explainer,
  InputError,
  initialState,
  type Statute,
  scenario,
  type Threshold,
} from '../../src/index.js';
import { en, nb, nn } from '../../src/locales/index.js';
import { minimalStatute } from '../fixtures.js';

const twoThirds: Threshold = {
  kind: 'share',
  fraction: { numerator: 2, denominator: 3 },
  comparison: 'atLeast',
};

/**
 * The minimal statute with a third kommune C, the HF its only founding member, and the community
 * established once two thirds of the kommuner have joined (all invented for the test).
 */
const statute: Statute = {
  ...minimalStatute,
  parties: [
    ...minimalStatute.parties,
    { kind: 'kommune', id: 'c', name: 'C', kommunenummer: '1003', population: 500, organ: 'kommunestyre' },
  ],
  membership: {
    ...minimalStatute.membership,
    founding: ['hf'],
    establishment: { threshold: twoThirds, ref: '§1' },
  },
};

/** A joins on 2024-02-01, B on 2024-03-01, C on 2024-04-01. */
const joined = scenario(statute)
  .on('2024-02-01')
  .join('a')
  .on('2024-03-01')
  .join('b')
  .on('2024-04-01')
  .join('c');
const state = joined.state;

const report = (over: Partial<EstablishmentReport>): EstablishmentReport => ({
  ref: '§1',
  threshold: twoThirds,
  asOf: '2024-01-01',
  base: 3,
  required: 2,
  got: 0,
  missing: 2,
  met: false,
  joined: [],
  notJoined: ['a', 'b', 'c'],
  ...over,
});

describe('assessEstablishment', () => {
  it('counts the kommuner only, not the HF that founded the community', () => {
    expect(assessEstablishment(initialState(statute))).toStrictEqual(report({}));
  });

  it('on a date before the statute takes effect, counts under its first version: none joined', () => {
    expect(assessEstablishment(state, { asOf: '2023-12-31' })).toStrictEqual(report({ asOf: '2023-12-31' }));
  });

  it('one short of the threshold, on it, and past it', () => {
    expect(assessEstablishment(state, { asOf: '2024-02-29' })).toStrictEqual(
      report({ asOf: '2024-02-29', got: 1, missing: 1, joined: ['a'], notJoined: ['b', 'c'] }),
    );
    expect(assessEstablishment(state, { asOf: '2024-03-01' })).toStrictEqual(
      report({ asOf: '2024-03-01', got: 2, missing: 0, met: true, joined: ['a', 'b'], notJoined: ['c'] }),
    );
    // Once more have joined than are needed, none is missing (never a negative count).
    expect(assessEstablishment(state, { asOf: '2024-04-01' })).toStrictEqual(
      report({ asOf: '2024-04-01', got: 3, missing: 0, met: true, joined: ['a', 'b', 'c'], notJoined: [] }),
    );
  });

  it('takes the date of the last event when asOf is left out', () => {
    expect(assessEstablishment(state)).toStrictEqual(assessEstablishment(state, { asOf: '2024-04-01' }));
    expect(assessEstablishment(scenario(statute).on('2024-02-01').join('a').state)?.asOf).toBe('2024-02-01');
  });

  it('asks for every kommune under a threshold of all of them, and for at least one under a threshold of none', () => {
    const all: Statute = {
      ...statute,
      membership: {
        ...statute.membership,
        establishment: {
          threshold: { kind: 'share', fraction: { numerator: 1, denominator: 1 }, comparison: 'atLeast' },
          ref: '§1',
        },
      },
    };
    const none: Statute = {
      ...statute,
      membership: {
        ...statute.membership,
        establishment: {
          threshold: { kind: 'share', fraction: { numerator: 0, denominator: 1 }, comparison: 'atLeast' },
          ref: '§1',
        },
      },
    };
    const allOf = assessEstablishment(initialState(all));
    expect([allOf?.required, allOf?.missing, allOf?.met]).toStrictEqual([3, 3, false]);
    const noneOf = assessEstablishment(initialState(none));
    expect([noneOf?.required, noneOf?.missing, noneOf?.met]).toStrictEqual([1, 1, false]);
  });

  it('gives undefined where the statute states no establishment threshold', () => {
    expect(assessEstablishment(initialState(minimalStatute))).toBeUndefined();
    expect(assessEstablishment(initialState(minimalStatute), { asOf: '2024-06-01' })).toBeUndefined();
  });

  it('refuses an asOf that is no date', () => {
    expect(() => assessEstablishment(state, { asOf: '2024-02-30' })).toThrow(InputError);
    expect(() => assessEstablishment(state, { asOf: 2024 as unknown as string })).toThrow(/asOf/);
  });
});

describe('explainEstablishment', () => {
  const met = assessEstablishment(state, { asOf: '2024-03-01' }) as EstablishmentReport;
  const short = assessEstablishment(state, { asOf: '2024-02-29' }) as EstablishmentReport;

  it('says whether the threshold is met, and how many more are needed, in every language', () => {
    expect(explainEstablishment(met)).toBe(
      'Etablering (§1): 2 av 3 kommuner har sluttet seg til; 2 kreves: oppfylt.',
    );
    expect(explainEstablishment(short, { locale: 'nb' })).toBe(
      'Etablering (§1): 1 av 3 kommuner har sluttet seg til; 2 kreves: ikke oppfylt, 1 til trengs.',
    );
    expect(explainEstablishment(met, { locale: 'nn' })).toBe(
      'Etablering (§1): 2 av 3 kommunar har slutta seg til; 2 krevst: oppfylt.',
    );
    expect(explainEstablishment(short, { locale: 'nn' })).toBe(
      'Etablering (§1): 1 av 3 kommunar har slutta seg til; 2 krevst: ikkje oppfylt, 1 til trengst.',
    );
    expect(explainEstablishment(met, { locale: 'en' })).toBe(
      'Establishment (§1): 2 of 3 kommuner have joined; 2 needed: met.',
    );
    expect(explainEstablishment(short, { locale: 'en' })).toBe(
      'Establishment (§1): 1 of 3 kommuner have joined; 2 needed: not met, 1 more needed.',
    );
  });

  it('writes through explainer what it writes with the same locale', () => {
    for (const [catalog, locale] of [
      [nb, 'nb'],
      [nn, 'nn'],
      [en, 'en'],
    ] as const) {
      expect(explainer(catalog).explainEstablishment(short)).toBe(explainEstablishment(short, { locale }));
      expect(explainer(catalog).explainEstablishment(met)).toBe(explainEstablishment(met, { locale }));
    }
  });

  it('refuses a locale it does not write', () => {
    expect(() => explainEstablishment(met, { locale: 'da' as 'nb' })).toThrow(InputError);
  });
});
