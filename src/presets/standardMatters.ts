/**
 * The matter kinds that DESIGN names, with levels and whether they commit the parties.
 *
 * @module
 */
import { deepFreeze } from '../model/_deepFreeze.js';
import type { Matter } from '../model/statute.js';

/**
 * The common matter kinds (saker): their level, and whether they commit the parties. Presets use
 * this list; a statute may add its own. The `commits` flags follow Finnmark's "Alt som forplikter
 * skal opp i partnerskapsmøte": matters that bind money, the agreement or the statute commit.
 *
 * @example
 * ```ts
 * standardMatters.find((m) => m.id === 'budget')?.commits; // true
 * ```
 * @category Presets
 */
export const standardMatters: readonly Matter[] = /* @__PURE__ */ deepFreeze([
  { id: 'strategic-direction', name: 'Overordnet retning', level: 'overarching', commits: true },
  { id: 'strategy', name: 'Strategi', level: 'strategic', commits: false },
  { id: 'action-plan', name: 'Handlingsplan', level: 'strategic', commits: false },
  { id: 'patient-pathway', name: 'Pasientforløp', level: 'strategic', commits: false },
  { id: 'procedure', name: 'Prosedyre', level: 'operational', commits: false },
  { id: 'service-model', name: 'Tjenestemodell', level: 'operational', commits: false },
  { id: 'budget', name: 'Budsjett', level: 'principled', commits: true },
  { id: 'cost-sharing', name: 'Kostnadsfordeling', level: 'principled', commits: true },
  { id: 'statute-amendment', name: 'Vedtektsendring', level: 'overarching', commits: true },
  { id: 'appointment', name: 'Oppnevning', level: 'operational', commits: false },
  { id: 'annual-report', name: 'Årlig melding', level: 'strategic', commits: false },
  { id: 'grant-application', name: 'Søknad om tilskudd', level: 'principled', commits: false },
  { id: 'operational', name: 'Løpende sak', level: 'operational', commits: false },
]);
