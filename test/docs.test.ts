import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (file: string, ...args: string[]): string =>
  execFileSync(tsx, [join(root, file), ...args], { cwd: root, encoding: 'utf8' });

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('shows examples/quick-start.ts verbatim as its quick start', () => {
    const snippet = readFileSync(join(root, 'examples', 'quick-start.ts'), 'utf8').trimEnd();
    expect(readme).toContain(`\`\`\`ts\n${snippet}\n\`\`\``);
  });

  it('quick start runs and prints what it promises', () => {
    expect(run('examples/quick-start.ts')).toBe(
      'Strategisk samarbeidsutvalg: 16 seats (ssu)\ninvalid_date effectiveFrom\ntoo_small parties\n',
    );
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test');
  });
});

describe('examples', () => {
  it('the preset summary runs in both languages', () => {
    expect(run('examples/presets.ts')).toContain('Nivå 2 Strategisk samarbeidsutvalg: 16 med stemmerett');
    expect(run('examples/presets.ts', '--lang', 'en')).toContain(
      'Tier 2 Strategisk samarbeidsutvalg: 16 voting',
    );
  });
});
