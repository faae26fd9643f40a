/**
 * Arbitraries of whole statutes, and of statutes with an event log.
 *
 * @module
 */
import fc from 'fast-check';
import type { GovernanceEvent } from '../engine/events.js';
import type { DecisionRule, QuorumRule, RatificationRule } from '../model/rules.js';
import type { Body, Kommune, Matter, Seat, Statute, Tier } from '../model/statute.js';
import { standardMatters } from '../presets/standardMatters.js';
import { type EventsConstraints, events, eventsDefaults } from './events.js';

/**
 * Constraints for {@link statute}.
 *
 * @example
 * ```ts
 * const constraints: StatuteConstraints = { minKommuner: 2, maxKommuner: 6 };
 * ```
 * @category Testing
 */
export interface StatuteConstraints {
  /**
   * Fewest kommuner.
   * @defaultValue 1
   */
  readonly minKommuner?: number;
  /**
   * Most kommuner.
   * @defaultValue 8
   */
  readonly maxKommuner?: number;
}

const member = ['attend', 'speak', 'propose', 'vote'] as const;

/**
 * Valid statutes, by construction: one helseforetak and some kommuner (with populations), a
 * partnerskapsmøte, an SSU and an FSU (each with kommune, HF, fastlege and observer seats, the
 * FSU escalating to the SSU and the SSU to the PM), decision rules of every kind, quorum rules,
 * mandates that split the standard matters between the tiers (matters that commit the parties
 * decided at tier 1), and ratification rules for those matters, of every effect (`per-party`
 * ones with only who the parties are, sometimes nobody named). Some have a fagråd (tier 4) whose
 * conclusions are advice, sent to the SSU through the FSU or to the FSU; some name the PM (and
 * the SSU) as where disputes are settled, and some have a local and a national dispute board.
 * Every value passes `parseStatute`.
 *
 * @param constraints - how many kommuner
 * @throws {RangeError} at construction, when `minKommuner` is below 1 or above `maxKommuner`
 * @example
 * ```ts
 * fc.assert(fc.property(statute(), (s) => safeParseStatute(s).success));
 * ```
 * @category Testing
 */
export function statute(constraints: StatuteConstraints = {}): fc.Arbitrary<Statute> {
  const min = constraints.minKommuner ?? 1;
  const max = constraints.maxKommuner ?? 8;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 1 || max < min || max > 9000) {
    throw new RangeError(
      `statute: minKommuner (${min}) must be at least 1 and at most maxKommuner (${max}), which is at most 9000`,
    );
  }
  const fraction = fc
    .integer({ min: 1, max: 5 })
    .chain((d) => fc.integer({ min: 1, max: d }).map((n) => ({ numerator: n, denominator: d })));
  const leaf: fc.Arbitrary<DecisionRule> = fc.oneof(
    fc
      .boolean()
      .map((reservationBlocks): DecisionRule => ({ kind: 'consensus', reservationBlocks, ref: '§3' })),
    fc.constant<DecisionRule>({ kind: 'unanimity', ref: '§3' }),
    fc
      .record({
        threshold: fraction,
        strict: fc.boolean(),
        base: fc.constantFrom('for+against' as const, 'cast' as const, 'present' as const, 'seated' as const),
        tieBreak: fc.constantFrom('chair' as const, 'fails' as const, 'passes' as const),
      })
      // A strict majority of the whole can never be met: such a rule is an issue, not a statute.
      .map(
        (m): DecisionRule => ({
          kind: 'majority',
          ...m,
          strict: m.strict && m.threshold.numerator !== m.threshold.denominator,
          ref: '§3',
        }),
      ),
  );
  const decision: fc.Arbitrary<DecisionRule> = fc.oneof(
    leaf,
    leaf.map((rule): DecisionRule => ({ kind: 'each-bloc', rule, ref: '§3' })),
    fc
      .array(leaf, { minLength: 1, maxLength: 2 })
      .chain((rules) =>
        fc
          .constantFrom('all' as const, 'any' as const)
          .map((kind): DecisionRule => ({ kind, rules, ref: '§3' })),
      ),
  );
  const quorum: fc.Arbitrary<QuorumRule> = fc.record({
    counts: fc.constantFrom('present' as const, 'cast' as const, 'for+abstain' as const),
    threshold: fc.oneof(
      fraction.chain((f) =>
        fc.constantFrom('atLeast' as const, 'moreThan' as const).map((comparison) => ({
          kind: 'share' as const,
          fraction: f,
          // More than the whole can never be met: a whole share is "at least".
          comparison: f.numerator === f.denominator ? ('atLeast' as const) : comparison,
        })),
      ),
      fc
        .integer({ min: 1, max: 3 })
        .map((count) => ({ kind: 'count' as const, count, comparison: 'atLeast' as const })),
    ),
    perBloc: fc.constantFrom(0, 1),
    ref: fc.constant('§3'),
  });
  const body = (
    id: string,
    name: string,
    tier: Tier,
    decides: readonly string[],
    recommends: readonly string[],
    escalatesTo?: string,
  ) =>
    fc
      .record({
        kommune: fc.integer({ min: 1, max: 4 }),
        hf: fc.integer({ min: 1, max: 4 }),
        decision,
        quorum,
        noticeDays: fc.integer({ min: 0, max: 21 }),
        /** Two-stage handling of the first decided matters: none, by the body, or the secretariat too. */
        twoStage: fc.constantFrom('none', 'none', 'same-body', 'secretariat'),
      })
      .map((b): Body => {
        const seats: Seat[] = [
          { id: 'kommune', role: 'kommune', count: b.kommune, rights: member, bloc: 'kommunesiden' },
          {
            id: 'hf',
            role: 'helseforetak',
            party: 'hf',
            count: b.hf,
            rights: member,
            bloc: 'helseforetakssiden',
          },
          { id: 'fastlege', role: 'fastlege', count: 1, rights: member },
          { id: 'observer', role: 'sekretariat', count: 1, rights: ['attend', 'speak'] },
        ];
        return {
          id,
          name,
          tier,
          seats,
          quorum: b.quorum,
          decision: b.decision,
          mandate: { decides, recommends, ref: '§2' },
          ...(escalatesTo === undefined ? {} : { escalatesTo }),
          noticeDays: b.noticeDays,
          ...(b.twoStage === 'none' || decides.length === 0
            ? {}
            : {
                twoStage: {
                  matters: decides.slice(0, 2),
                  firstStage:
                    b.twoStage === 'same-body'
                      ? [{ kind: 'same-body' as const }]
                      : [{ kind: 'same-body' as const }, { kind: 'secretariat' as const }],
                  ref: '§2',
                },
              }),
          // Where the secretariat may hold a first stage, it may also decide the last of the
          // body's matters itself, up to an amount.
          ...(b.twoStage === 'secretariat' && decides.length > 0
            ? {
                secretariat: {
                  matters: decides.slice(-1),
                  maxAmount: 10_000 * (b.noticeDays + 1),
                  ref: '§2',
                },
              }
            : {}),
          ref: '§2',
        };
      });
  const matters: readonly Matter[] = standardMatters;
  const commits = matters.filter((m) => m.commits).map((m) => m.id);
  const others = matters.filter((m) => !m.commits).map((m) => m.id);
  const ratification: fc.Arbitrary<RatificationRule> = fc
    .record({
      requires: fc.uniqueArray(
        fc.constantFrom<RatificationRule['requires'][number]>(
          { kind: 'every-kommune' },
          { kind: 'helseforetak' },
          {
            kind: 'share-of-kommuner',
            threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
          },
          {
            kind: 'share-of-population',
            threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
          },
        ),
        { minLength: 1, maxLength: 3, selector: (r) => r.kind },
      ),
      effect: fc.constantFrom('binds-ratifiers' as const, 'all-or-nothing' as const, 'per-party' as const),
      deadline: fc.option(fc.integer({ min: 30, max: 365 }), { nil: undefined }),
    })
    .map(({ requires, effect, deadline }) => ({
      id: 'forpliktende',
      matters: commits,
      // A per-party rule has no collective threshold: it keeps only who the parties are, maybe none.
      requires:
        effect === 'per-party'
          ? requires.filter((r) => r.kind !== 'share-of-kommuner' && r.kind !== 'share-of-population')
          : requires,
      effect,
      ...(deadline === undefined ? {} : { deadlineDays: deadline }),
      ref: '§4',
    }));
  return fc
    .record({
      kommuner: fc.array(fc.integer({ min: 200, max: 200_000 }), { minLength: min, maxLength: max }),
      pm: body('pm', 'Partnerskapsmøtet', 1, [...commits, 'strategy'], []),
      ssu: body(
        'ssu',
        'Strategisk samarbeidsutvalg',
        2,
        others.filter((m) => m !== 'strategy' && m !== 'procedure' && m !== 'service-model'),
        [...commits, 'strategy'],
        'pm',
      ),
      fsu: body(
        'fsu',
        'Faglig samarbeidsutvalg',
        3,
        ['procedure', 'service-model'],
        ['patient-pathway'],
        'ssu',
      ),
      fagrad: fc.option(body('fagrad', 'Fagråd', 4, [], ['procedure', 'patient-pathway'], 'fsu'), {
        nil: undefined,
      }),
      /** Where the fagråd's advice goes (through the FSU to the SSU, or none stated), who settles disputes, the boards. */
      advice: fc.record({ routed: fc.boolean(), settles: fc.nat(3), boards: fc.boolean() }),
      ratification,
      founding: fc.boolean(),
      year: fc.integer({ min: 2020, max: 2030 }),
    })
    .map(({ kommuner, pm, ssu, fsu, fagrad, advice, ratification: rule, founding, year }): Statute => {
      const parties: Kommune[] = kommuner.map((population, i) => ({
        kind: 'kommune',
        id: `k${i + 1}`,
        name: `Kommune ${i + 1}`,
        kommunenummer: String(1000 + i).padStart(4, '0'),
        population,
        organ: 'kommunestyre',
      }));
      return {
        id: 'generated',
        title: 'Generated statute',
        version: '1',
        effectiveFrom: `${year}-01-01`,
        sections: {
          '§1': { title: 'Parter' },
          '§2': { title: 'Organer' },
          '§3': { title: 'Arbeidsform' },
          '§4': { title: 'Myndighet' },
          '§5': { title: 'Endring' },
        },
        parties: [{ kind: 'helseforetak', id: 'hf', name: 'HF', organ: 'styre' }, ...parties],
        participants: [
          { role: 'fastlege', name: 'Fastlege' },
          { role: 'sekretariat', name: 'Sekretariat' },
        ],
        bodies: [
          settling(pm, advice.settles > 0),
          settling(ssu, advice.settles > 2),
          fsu,
          ...(fagrad === undefined ? [] : [advisory(fagrad, advice.routed)]),
        ],
        ...(advice.boards
          ? {
              disputeBoards: [
                { id: 'lokal', name: 'Lokal tvisteløsningsnemnd', level: 'local', ref: '§4' },
                { id: 'nasjonal', name: 'Nasjonal tvisteløsningsnemnd', level: 'national', ref: '§4' },
              ],
            }
          : {}),
        matters,
        ratification: [rule],
        amendment: { matter: 'statute-amendment', body: 'pm', ref: '§5' },
        membership: {
          ...(founding ? {} : { founding: ['hf', ...parties.slice(0, 1).map((p) => p.id)] }),
          withdrawalNoticeMonths: 12,
          ref: '§1',
        },
      };
    });
}

/** The body, named by the statute as where disputes escalated to it are settled, or as it is. */
function settling(body: Body, settles: boolean): Body {
  return settles ? { ...body, mandate: { ...body.mandate, settlesDisputes: { ref: '§3' } } } : body;
}

/** A fagråd whose conclusions are advice, sent to the SSU through the FSU, or by default to the FSU. */
function advisory(body: Body, routed: boolean): Body {
  const recommendsTo = { body: 'ssu', via: 'fsu', as: 'advice' as const, ref: '§2' };
  return routed ? { ...body, mandate: { ...body.mandate, recommendsTo } } : body;
}

/**
 * A statute from {@link statute} with an event log for it from `events`: the whole input of a
 * property about a community.
 *
 * @throws {RangeError} at construction, for a constraint of either that is out of range
 * @example
 * ```ts
 * fc.assert(fc.property(scenario(), ({ statute, events }) => checkInvariants(replay(statute, events).state).length === 0));
 * ```
 * @category Testing
 */
export function scenario(
  constraints: StatuteConstraints & EventsConstraints = {},
): fc.Arbitrary<{ statute: Statute; events: GovernanceEvent[] }> {
  const { minKommuner, maxKommuner, ...eventConstraints } = constraints;
  eventsDefaults(eventConstraints);
  const statuteConstraints = {
    ...(minKommuner === undefined ? {} : { minKommuner }),
    ...(maxKommuner === undefined ? {} : { maxKommuner }),
  };
  return statute(statuteConstraints).chain((s) =>
    events(s, eventConstraints).map((log) => ({ statute: s, events: log })),
  );
}
