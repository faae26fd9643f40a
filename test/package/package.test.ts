import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// What the package declares and ships. test/package/pack.test.ts installs the packed tarball and
// runs it from ESM, CommonJS and the command line.
describe('the package', () => {
  it('depends at run time on immer and valibot only, each by a caret range whose floor CI tests', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['immer', 'valibot']);
    for (const range of Object.values(pkg.dependencies)) expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
  });

  it('builds before it is packed and when it is installed from git', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  });

  it('ships its licence, README and changelog beside dist/', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    const files = packed.files.map((f: { path: string }) => f.path);
    expect(files.filter((f: string) => !f.startsWith('dist/')).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toContain(
      'Copyright (c) 2026 The helsefellesskap contributors',
    );
  });

  it('is an ES module package with types first in every export condition', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    for (const [subpath, target] of Object.entries<any>(pkg.exports)) {
      if (typeof target === 'string') continue;
      for (const condition of Object.values<any>(target)) {
        expect(Object.keys(condition)[0], subpath).toBe('types');
      }
    }
  });
});
