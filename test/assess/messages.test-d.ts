import { describe, expectTypeOf, it } from 'vitest';
import type { DiagramMessages } from '../../src/assess/messages/_diagram.js';
import type { TrackerMessages } from '../../src/assess/messages/_tracker.js';
import type { nn } from '../../src/assess/messages/nn.js';
import type { CheckMessages, MessageCatalog } from '../../src/assess/messages/types.js';
import type {
  CaseChecks,
  Check,
  CheckId,
  DeadlineCheck,
  DecisionOutcome,
  DecisionRuleCheck,
  EscalationCheck,
  LeadershipCheck,
  Locale,
  MandateCheck,
  NoticeCheck,
  QuorumCheck,
  RatificationCheck,
  RecusalCheck,
  RouteCheck,
  RuleOutcome,
  SeatsCheck,
  SecretariatCheck,
  TwoStageCheck,
} from '../../src/index.js';

describe('the typed catalogs', () => {
  it('have exactly one message per check code, outcome codes included', () => {
    expectTypeOf<keyof CheckMessages>().toEqualTypeOf<Check['code']>();
    expectTypeOf<keyof MessageCatalog['checkTitle']>().toEqualTypeOf<CheckId>();
  });

  it('give each message the params of its code', () => {
    expectTypeOf<Parameters<CheckMessages['recusal.recorded']>[0]['members']>().toEqualTypeOf<
      readonly string[]
    >();
    expectTypeOf<Parameters<CheckMessages['consensus.objection']>[0]>().toHaveProperty('objectors');
    expectTypeOf<Parameters<CheckMessages['consensus.objection']>[0]>().toHaveProperty('missing');
    expectTypeOf<Parameters<CheckMessages['notice.short']>[0]['days']>().toEqualTypeOf<number>();
  });

  it('do not compile with a message missing, misspelt, or reading a param its code lacks', () => {
    // @ts-expect-error every code needs its message
    const missing: CheckMessages = { 'notice.ok': () => '' };
    // @ts-expect-error a misspelt code is not a code
    const misspelt: Pick<CheckMessages, 'notice.ok'> = { 'notice.okk': () => '' };
    // @ts-expect-error notice messages have no `members`
    const wrongParam: CheckMessages['notice.ok'] = (p) => String(p.members);
    expectTypeOf(missing).not.toBeAny();
    expectTypeOf(misspelt).not.toBeAny();
    expectTypeOf(wrongParam).not.toBeAny();
  });
});

describe('the locales', () => {
  it('are bokmål, nynorsk and English, each a whole catalog', () => {
    expectTypeOf<Locale>().toEqualTypeOf<'nb' | 'nn' | 'en'>();
    expectTypeOf<typeof nn>().toEqualTypeOf<MessageCatalog>();
    // @ts-expect-error a catalog without the reasons is not a catalog
    const partial: MessageCatalog = { ...({} as Omit<MessageCatalog, 'reason'>) };
    expectTypeOf(partial).not.toBeAny();
  });
});

describe('the words of the diagram and the tracker', () => {
  it('are part of every catalog, and a missing word does not compile', () => {
    expectTypeOf<MessageCatalog['diagram']>().toEqualTypeOf<DiagramMessages>();
    expectTypeOf<MessageCatalog['tracker']>().toEqualTypeOf<TrackerMessages>();
    expectTypeOf<Omit<MessageCatalog, 'tracker'>>().not.toMatchTypeOf<MessageCatalog>();
    // @ts-expect-error every standing of a party needs its word, `lapsed` included
    const vedtak: TrackerMessages['vedtak'] = { adopted: '', rejected: '', 'not-handled': '' };
    // @ts-expect-error every side needs its words
    const side: DiagramMessages['side'] = { kommunesiden: (count: number) => String(count) };
    expectTypeOf(vedtak).not.toBeAny();
    expectTypeOf(side).not.toBeAny();
  });
});

/** The member of a union whose codes include `C` (a member may carry several codes). */
type ByCode<U, C extends string> = U extends { readonly code: infer K } ? (C extends K ? U : never) : never;

describe('checks and outcomes are unions on code', () => {
  it('the report lists every check the engine runs, and no other', () => {
    expectTypeOf<Check>().toEqualTypeOf<
      | MandateCheck
      | SecretariatCheck
      | SeatsCheck
      | NoticeCheck
      | QuorumCheck
      | TwoStageCheck
      | RecusalCheck
      | DecisionRuleCheck
      | EscalationCheck
      | RouteCheck
      | RatificationCheck
      | DeadlineCheck
      | LeadershipCheck
    >();
    expectTypeOf<keyof CaseChecks>().toEqualTypeOf<CheckId>();
  });

  it('narrow params by code, with lists as arrays', () => {
    expectTypeOf<ByCode<Check, 'seats.overfilled'>['params']['overfilled']>().toEqualTypeOf<
      readonly string[]
    >();
    expectTypeOf<ByCode<DecisionOutcome, 'each-bloc.short'>['params']['failing']>().toEqualTypeOf<
      readonly ('kommunesiden' | 'helseforetakssiden')[]
    >();
    expectTypeOf<ByCode<RuleOutcome, 'council.tie-lot-for'>['params']['lot']>().toEqualTypeOf<
      'for' | 'against' | undefined
    >();
    expectTypeOf<Check['code']>().not.toEqualTypeOf<string>();
    expectTypeOf<RuleOutcome['code']>().not.toEqualTypeOf<string>();
  });
});
