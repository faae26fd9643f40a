import { presets, type Scenario, scenario } from '../../src/index.js';

export const kommuner: string[] = presets.helgeland.parties
  .filter((p) => p.kind === 'kommune')
  .map((p) => p.id);

/**
 * Helgeland with every kommune joined, the PM seated (one per kommune, two for the HF, a
 * fastlege and a bruker), and a budget for the samhandlingssjef adopted on 2024-04-10.
 */
export function helgelandBudget(): Scenario {
  const s = scenario(presets.helgeland)
    .on('2023-06-01')
    .join(...kommuner);
  s.on('2023-09-01');
  for (const k of kommuner) s.appoint('pm', k, [`pm-${k}`]);
  s.appoint('pm', 'helgelandssykehuset', ['pm-hf-1', 'pm-hf-2'])
    .appoint('pm', 'fastlege', ['pm-fastlege'])
    .appoint('pm', 'bruker', ['pm-bruker']);
  const members = [...kommuner.map((k) => `pm-${k}`), 'pm-hf-1', 'pm-hf-2', 'pm-fastlege', 'pm-bruker'];
  return s
    .on('2024-04-10')
    .convene('pm')
    .propose('PM-3', 'budget', { title: 'Budsjett for interkommunal samhandlingssjef' })
    .attend(members)
    .vote('PM-3', Object.fromEntries(members.map((m) => [m, 'for' as const])))
    .conclude();
}
