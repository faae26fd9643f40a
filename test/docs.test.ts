import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diagram,
  type GovernanceEvent,
  minutes,
  parseEvent,
  presets,
  ratificationTracker,
  ratificationTrackerMarkdown,
  replay,
} from '../src/index.js';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (file: string, ...args: string[]): string =>
  execFileSync(tsx, [join(root, file), ...args], { cwd: root, encoding: 'utf8' });

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('shows examples/quick-start.ts verbatim as its quick start, a what-if in under 15 lines of code', () => {
    // The file's first line keeps the formatter off it; the README shows the rest.
    const snippet = readFileSync(join(root, 'examples', 'quick-start.ts'), 'utf8')
      .trimEnd()
      .replace(/^\/\/ biome-ignore.*\n/, '');
    expect(readme).toContain(`\`\`\`ts\n${snippet}\n\`\`\``);
    expect(snippet).toContain('whatIf(');
    expect(
      snippet.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//')).length,
    ).toBeLessThan(15);
  });

  it('quick start runs and prints what it promises', () => {
    expect(run('examples/quick-start.ts')).toBe(
      'rejected → adopted, awaiting ratification\nadopted → in force\n',
    );
  });

  it('starts with how to install it, naming the runtime dependencies package.json has', () => {
    expect(readme.match(/^## .*/m)?.[0]).toBe('## Install');
    expect(readme.match(/```sh\n([^`]*)```/)?.[1]).toBe('npm install helsefellesskap\n');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const install = readme.slice(0, readme.indexOf('**Who it is for**'));
    for (const [name, range] of Object.entries<string>(pkg.dependencies)) {
      expect(install).toContain(`\`${name}\` (${range.replace(/\.0\.0$/, '').replace(/\.0$/, '')})`);
    }
    expect(install).toContain(Object.keys(pkg.peerDependencies)[0]);
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});

describe('examples', () => {
  it('the demo plays Helgeland through in Norwegian', () => {
    const out = run('examples/helgeland.ts');
    expect(out).toContain(
      'Etablering (kriterier): 11 av 18 kommuner har sluttet seg til; 12 kreves: ikke oppfylt, 1 til trengs.',
    );
    expect(out).toContain(
      'Etablering (kriterier): 12 av 18 kommuner har sluttet seg til; 12 kreves: oppfylt.',
    );
    expect(out).toContain('SSU-2024-07 «Pasientforløp for skrøpelige eldre»: løftet videre (ikke gyldig)');
    expect(out).toContain('✗ Beslutningsregel: ikke konsensus: 1 medlem med stemmerett stemte imot (§7)');
    expect(out).toContain('Saken ligger nå hos Partnerskapsmøtet Helgeland som PM-2024-1 (vedtatt).');
    expect(out).toContain('Dette mangler: Vega, Træna og Rødøy');
    expect(out).toContain(
      'Nei fra Vega, Træna og Rødøy: vedtaket er fortsatt «vedtatt, venter på tilslutning» og binder ingen part.',
    );
    expect(out).toContain(
      'Ja fra de tre: PM-2024-2 går fra «vedtatt, venter på tilslutning» til «i kraft» og binder 19 parter.',
    );
  });

  it('the demo prints exactly its stored output, in every language', () => {
    // A change of wording or numbers in the demo is a change of behaviour: update the copies on purpose.
    expect(run('examples/helgeland.ts')).toBe(readFileSync(join(root, 'test/golden/demo.nb.txt'), 'utf8'));
    expect(run('examples/helgeland.ts', '--lang', 'en')).toBe(
      readFileSync(join(root, 'test/golden/demo.en.txt'), 'utf8'),
    );
    // The reports of the SSU pathway, the partnerskapsmøte's decisions and the ratification, in nynorsk.
    expect(run('examples/helgeland.ts', '--lang', 'nn')).toBe(
      readFileSync(join(root, 'test/golden/demo.nn.txt'), 'utf8'),
    );
  });

  it('the demo writes nynorsk with --lang nn', () => {
    const out = run('examples/helgeland.ts', '--lang', 'nn');
    expect(out).toContain('SSU-2024-07 «Pasientforløp for skrøpelege eldre»: løfta vidare (ikkje gyldig)');
    expect(out).toContain('✗ Avgjerdsregel: ikkje konsensus: 1 medlem med stemmerett stemde imot (§7)');
    expect(out).toContain(
      '✗ Tilslutning: ventar på tilslutning: 16 av 19 har vedteke, 0 har avvist, 3 har ikkje handsama saka (§8)',
    );
    expect(out).toContain('Saka ligg no hos Partnerskapsmøtet Helgeland som PM-2024-1 (vedteke).');
  });

  it('the demo speaks English with --lang en', () => {
    const out = run('examples/helgeland.ts', '--lang', 'en');
    expect(out).toContain('Establishment (kriterier): 12 of 18 kommuner have joined; 12 needed: met.');
    expect(out).toContain('Still missing: Vega, Træna and Rødøy');
  });

  it('the statute comparison lists the decisions the change turns', () => {
    expect(run('examples/compare-statutes.ts')).toBe(
      [
        '2 of 8 SSU decisions would turn under "two thirds of each side":',
        '  SSU-2: rejected → adopted (decision-rule: consensus.objection → each-bloc.met)',
        '  SSU-3: rejected → adopted (decision-rule: consensus.objection → each-bloc.met)',
        '',
      ].join('\n'),
    );
  });

  it('the property test of a statute change holds one property and refutes a claim', () => {
    const out = run('examples/property-statute-change.ts');
    expect(out).toContain('1. valid only with votes for from both sides: holds (300 runs)');
    expect(out).toContain(
      '2. "nothing adopted by consensus is lost": false. fast-check found a history where it is:',
    );
  });

  it('docs/testing.md shows the divergence example and exactly what it prints', () => {
    const out = run('examples/divergence.ts').trimEnd();
    expect(out).toContain('decision-rule: consensus.objection → each-bloc.met');
    expect(readFileSync(join(root, 'docs', 'testing.md'), 'utf8')).toContain(`\`\`\`text\n${out}\n\`\`\``);
    expect(run('examples/divergence.ts', '1')).toContain('decision-rule: consensus.met → each-bloc.short');
  });

  it('the preset summary runs in both languages', () => {
    expect(run('examples/presets.ts')).toContain('Nivå 2 Strategisk samarbeidsutvalg: 16 med stemmerett');
    expect(run('examples/presets.ts', '--lang', 'en')).toContain(
      'Tier 2 Strategisk samarbeidsutvalg: 16 voting',
    );
  });
});

describe('docs/outputs.md', () => {
  const doc = readFileSync(join(root, 'docs', 'outputs.md'), 'utf8');

  it('shows the diagram of every preset, in Norwegian, as a mermaid block, and Helgeland in English and nynorsk', () => {
    for (const statute of Object.values(presets))
      expect(doc).toContain(`\`\`\`mermaid\n${diagram(statute)}\n\`\`\``);
    expect(doc).toContain(`\`\`\`mermaid\n${diagram(presets.helgeland, { locale: 'en' })}\n\`\`\``);
    expect(doc).toContain(`\`\`\`mermaid\n${diagram(presets.helgeland, { locale: 'nn' })}\n\`\`\``);
  });

  it("shows the tracker of the demo's log before and after the last kommunestyre vedtak, as the library writes it", () => {
    const log = run('examples/helgeland.ts', '--events')
      .trim()
      .split('\n')
      .map((line) => parseEvent(JSON.parse(line)));
    const vedtak = (party: string, at: string, caseNumber: string): GovernanceEvent => ({
      type: 'ratification-recorded',
      at,
      proposal: 'PM-2024-2',
      party,
      organ: 'kommunestyre',
      decision: 'adopted',
      caseNumber,
    });
    const before = replay(presets.helgeland, log).state;
    const after = replay(presets.helgeland, [
      ...log,
      vedtak('vega', '2024-10-24', '24/31'),
      vedtak('traena', '2024-10-24', '24/58'),
      vedtak('rodoy', '2024-11-07', '2024/112'),
    ]).state;
    const shown = [
      ratificationTrackerMarkdown(ratificationTracker(before, { asOf: '2024-10-01' })),
      ratificationTrackerMarkdown(ratificationTracker(after, { asOf: '2024-11-07', include: 'all' }), {
        locale: 'en',
      }),
    ];
    for (const text of shown) expect(doc).toContain(text.trimEnd());
    // In nynorsk, the overview and the decision's rule (the first nine lines).
    const nn = ratificationTrackerMarkdown(ratificationTracker(before, { asOf: '2024-10-01' }), {
      locale: 'nn',
    });
    expect(doc).toContain(nn.split('\n').slice(0, 9).join('\n'));
    expect(nn).toContain('| Rødøy | kommunestyret | ikkje handsama | – | – | nei |');
    expect(shown[0]).toContain('| Rødøy | kommunestyret | ikke behandlet | – | – | nei |');
    expect(shown[1]).toContain('| Rødøy | kommunestyre | adopted | 2024-11-07 | 2024/112 | yes |');
    expect(ratificationTracker(after, { asOf: '2024-11-07' }).decisions).toEqual([]);
  });

  it("shows the minutes of the demo's SSU meeting as the library writes them", () => {
    const log = run('examples/helgeland.ts', '--events')
      .trim()
      .split('\n')
      .map((line) => parseEvent(JSON.parse(line)));
    const state = replay(presets.helgeland, log).state;
    expect(doc).toContain(`\`\`\`markdown\n${minutes(state, 'ssu-2024-03-14')}\`\`\``);
  });
});
