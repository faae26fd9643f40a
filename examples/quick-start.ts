// biome-ignore-all format: the README shows this file; it stays compact
import { explainStatus, presets, ratificationRecorded, scenario, whatIf } from 'helsefellesskap';

// The Vestfold partnerskapsmøte adopts a budget; it binds once every party's own organ adopts it.
const s = scenario(presets.vestfold)
  .on('2024-01-02').appoint('pm', 'horten', ['ordfører-horten']).appoint('pm', 'siv', ['styreleder-siv'])
  .on('2024-06-12').convene('pm').propose('PM-1', 'budget').attend(['ordfører-horten', 'styreleder-siv'])
  .vote('PM-1', { 'ordfører-horten': 'for', 'styreleder-siv': 'for' }).conclude()
  .on('2024-09-01').ratify('PM-1', ['siv', 'horten', 'holmestrand', 'tonsberg', 'sandefjord']);

// What if Larvik and Færder say no? And if they say yes?
const vedtak = (decision: 'adopted' | 'rejected') => ['larvik', 'faerder'].map((party) =>
  ratificationRecorded({ at: '2024-10-01', proposal: 'PM-1', party, organ: 'kommunestyre', decision }));
for (const decision of ['rejected', 'adopted'] as const) {
  console.log(decision, '→', explainStatus(whatIf(s.state, vedtak(decision)).after[0]?.status ?? 'open', { locale: 'en' }));
}
