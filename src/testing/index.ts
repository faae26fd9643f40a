/**
 * helsefellesskap/testing: fast-check arbitraries and state invariants, for property tests of
 * statutes and statute changes. fast-check is a peer dependency.
 *
 * @packageDocumentation
 */

export type { Divergence, DivergenceFound, DivergenceOptions, NoDivergence } from './divergence.js';
export { divergence } from './divergence.js';
export type { EventsConstraints } from './events.js';
export { events } from './events.js';
export type { Violation } from './invariants.js';
export { checkInvariants, invariants } from './invariants.js';
export type { StatuteConstraints } from './statute.js';
export { scenario, statute } from './statute.js';
export { statuteChange } from './statuteChange.js';
