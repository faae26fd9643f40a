/**
 * Validates every preset statute and prints a summary of each: its bodies by tier, their seats
 * and decision rules, and which of its sections rest on assumptions.
 *
 * Run: npm run demo
 */
import { type Body, type DecisionRule, parseStatute, presets, type Statute } from 'helsefellesskap';

const en = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en';
const t = (nb: string, english: string): string => (en ? english : nb);

function rule(r: DecisionRule): string {
  switch (r.kind) {
    case 'consensus':
      return t('konsensus', 'consensus');
    case 'unanimity':
      return t('enstemmighet', 'unanimity');
    case 'majority':
      return `${r.strict ? t('mer enn', 'more than') : t('minst', 'at least')} ${r.threshold.numerator}/${r.threshold.denominator} (${r.base})`;
    case 'each-bloc':
      return `${rule(r.rule)} ${t('på hver side', 'on each side')}`;
    default:
      return r.rules.map(rule).join(r.kind === 'all' ? ' + ' : ' | ');
  }
}

function seats(body: Body): string {
  const voting = body.seats.filter((s) => s.rights.includes('vote')).reduce((n, s) => n + s.count, 0);
  const others = body.seats.filter((s) => !s.rights.includes('vote')).reduce((n, s) => n + s.count, 0);
  return `${voting} ${t('med stemmerett', 'voting')}${others > 0 ? `, ${others} ${t('observatører', 'observers')}` : ''}`;
}

function summary(statute: Statute): void {
  const kommuner = statute.parties.filter((p) => p.kind === 'kommune').length;
  console.log(
    `\n${statute.title} (${t('versjon', 'version')} ${statute.version}, ${t('fra', 'from')} ${statute.effectiveFrom})`,
  );
  console.log(
    `  ${t('Parter', 'Parties')}: ${kommuner} ${t('kommuner', 'kommuner')} + ${statute.parties.length - kommuner} ${t('helseforetak', 'helseforetak')}`,
  );
  for (const body of [...statute.bodies].sort((a, b) => a.tier - b.tier)) {
    const up = body.escalatesTo === undefined ? '' : ` → ${body.escalatesTo}`;
    console.log(
      `  ${t('Nivå', 'Tier')} ${body.tier} ${body.name}: ${seats(body)}; ${rule(body.decision)} (${body.decision.ref})${up}`,
    );
  }
  const assumed = Object.entries(statute.sections).filter(([, s]) => s.status === 'assumption');
  console.log(`  ${t('Antakelser', 'Assumptions')}: ${assumed.map(([ref]) => ref).join(', ') || '-'}`);
}

for (const preset of Object.values(presets)) {
  summary(parseStatute(JSON.parse(JSON.stringify(preset))));
}
