/**
 * The warnings are a union on `code`: checking the code narrows the params.
 *
 * It imports modules, not the index, so tsc's program stays small.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Bloc, Statute } from '../../src/model/statute.js';
import { lintStatute } from '../../src/statute/lintStatute.js';
import type { StatuteWarning, StatuteWarningCode, StatuteWarningOf } from '../../src/statute/warnings.js';

describe('StatuteWarning', () => {
  it('is what lintStatute returns, for a statute only', () => {
    expectTypeOf(lintStatute).parameter(0).toEqualTypeOf<Statute>();
    expectTypeOf(lintStatute).returns.toEqualTypeOf<StatuteWarning[]>();
  });

  it('has the five codes', () => {
    expectTypeOf<StatuteWarningCode>().toEqualTypeOf<
      | 'lint.no-fastlege'
      | 'lint.no-bruker'
      | 'lint.ssu-parity'
      | 'lint.bloc-without-votes'
      | 'lint.unreachable-body'
    >();
  });

  it('narrows its params by code', () => {
    const w = {} as StatuteWarning;
    if (w.code === 'lint.ssu-parity') {
      expectTypeOf(w.params.kommunesiden).toEqualTypeOf<number>();
      expectTypeOf(w.params.helseforetakssiden).toEqualTypeOf<number>();
    }
    if (w.code === 'lint.bloc-without-votes') expectTypeOf(w.params.bloc).toEqualTypeOf<Bloc>();
    if (w.code === 'lint.no-fastlege') expectTypeOf(w.params.tier).toEqualTypeOf<1 | 2 | 3>();
    if (w.code === 'lint.unreachable-body') expectTypeOf(w.params.tier).toEqualTypeOf<2 | 3 | 4>();
    expectTypeOf<Extract<StatuteWarning, { code: 'lint.no-bruker' }>>().toEqualTypeOf<
      StatuteWarningOf<'lint.no-bruker'>
    >();
  });

  it('does not let a code carry another code’s params', () => {
    expectTypeOf<{
      code: 'lint.ssu-parity';
      path: [];
      params: { body: 'pm'; tier: 1 };
      message: '';
      source: { citation: '' };
    }>().not.toExtend<StatuteWarning>();
  });
});
