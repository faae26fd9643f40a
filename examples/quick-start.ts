// biome-ignore-all format: the README shows this file; it stays compact
import { explainStatus, presets, ratificationRecorded, scenario, whatIf } from 'helsefellesskap';

// The Vestfold partnerskapsmøte, its 18 seats filled, adopts a budget; it binds once every party's own organ adopts it.
const seats = ['horten', 'holmestrand', 'tonsberg', 'sandefjord', 'larvik', 'faerder', 'siv', 'fastlege', 'bruker'];
const members = seats.flatMap((seat) => [`${seat}-1`, `${seat}-2`]);
const s = scenario(presets.vestfold).on('2024-01-02');
for (const seat of seats) s.appoint('pm', seat, [`${seat}-1`, `${seat}-2`]);
s.on('2024-06-12').convene('pm').propose('PM-1', 'budget').attend(members)
  .vote('PM-1', Object.fromEntries(members.map((member) => [member, 'for'] as const))).conclude()
  .on('2024-09-01').ratify('PM-1', ['siv', 'horten', 'holmestrand', 'tonsberg', 'sandefjord']);

// What if Larvik and Færder say no? And if they say yes?
const vedtak = (decision: 'adopted' | 'rejected') => ['larvik', 'faerder'].map((party) =>
  ratificationRecorded({ at: '2024-10-01', proposal: 'PM-1', party, organ: 'kommunestyre', decision }));
for (const decision of ['rejected', 'adopted'] as const) {
  console.log(decision, '→', explainStatus(whatIf(s.state, vedtak(decision)).after[0]?.status ?? 'open', { locale: 'en' }));
}
