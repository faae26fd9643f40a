/**
 * Small builders for the shapes presets repeat. They return plain data.
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../model/_deepFreeze.js';
import type { Ref } from '../model/ids.js';
import type { NotStated } from '../model/notStated.js';
import type { DecisionRule, QuorumRule } from '../model/rules.js';
import type { Bloc, DisputeBoard, Kommune, Right, Seat, Section } from '../model/statute.js';

/** @internal */
export const member: readonly Right[] = /* @__PURE__ */ Object.freeze(['attend', 'speak', 'propose', 'vote']);
/** @internal */
export const observer: readonly Right[] = /* @__PURE__ */ Object.freeze(['attend', 'speak']);

/** @internal */
export function seat(
  id: string,
  role: string,
  count: number,
  options: { bloc?: Bloc; party?: string; appointedBy?: string; rights?: readonly Right[]; ref?: Ref } = {},
): Seat {
  return {
    id,
    role,
    count,
    rights: options.rights ?? member,
    ...(options.party === undefined ? {} : { party: options.party }),
    ...(options.appointedBy === undefined ? {} : { appointedBy: options.appointedBy }),
    ...(options.bloc === undefined ? {} : { bloc: options.bloc }),
    ...(options.ref === undefined ? {} : { ref: options.ref }),
  };
}

/** Consensus where a recorded reservation does not block. @internal */
export function consensus(ref: Ref): DecisionRule {
  return { kind: 'consensus', reservationBlocks: false, ref };
}

/** At least half the seated voting members present, and at least one from each side. @internal */
export function halfPresentEachSide(ref: Ref): QuorumRule {
  return {
    counts: 'present',
    threshold: { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' },
    perBloc: 1,
    ref,
  };
}

/** A rule the preset's sources do not state, citing the section that says so. @internal */
export function notStated(ref: Ref): NotStated {
  return { kind: 'not-stated', ref };
}

/** The kommuner of a preset as parties, from `[id, name, kommunenummer]` rows. @internal */
export function kommunerAsParties(rows: readonly (readonly [string, string, string])[]): Kommune[] {
  return rows.map(([id, name, kommunenummer]) => ({
    kind: 'kommune',
    id,
    name,
    kommunenummer,
    organ: 'kommunestyre',
  }));
}

/**
 * The national dispute board (Tvisteløsningsnemnda for helse- og omsorgssektoren) and the section
 * that names it: it mediates and gives advisory statements, binding no one. @internal
 */
export const nationalBoard = /* @__PURE__ */ deepFreeze({
  section: {
    title: 'Nasjonal tvisteløsningsnemnd',
    text: 'Tvisteløsningsnemnda for helse- og omsorgssektoren kan mekle når det oppstår uenighet om inngåelse av samarbeidsavtaler, og avgi rådgivende uttalelse ved uenighet om inngåtte samarbeidsavtaler. Uttalelsene er ikke bindende.',
    source:
      'https://www.helsedirektoratet.no/tema/helse-og-omsorgstjenesteloven/tvistelosningsnemnda-for-helse-og-omsorgssektoren',
    status: 'verified',
  },
  board: {
    id: 'nasjonal-tvistelosningsnemnd',
    name: 'Tvisteløsningsnemnda for helse- og omsorgssektoren',
    level: 'national',
    ref: 'tvisteløsningsnemnda',
  },
} as const satisfies { section: Section; board: DisputeBoard });
