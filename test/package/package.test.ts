import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { presets } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// An installed copy of the package, under node_modules so that it finds its dependencies.
const consumer = join(root, 'node_modules', '.helsefellesskap-selftest');
const installed = join(consumer, 'node_modules', 'helsefellesskap');

describe('the package', () => {
  beforeAll(() => {
    const out = join(consumer, 'build');
    rmSync(consumer, { recursive: true, force: true });
    execFileSync(
      join(root, 'node_modules', '.bin', 'tsup'),
      ['--out-dir', out, '--no-dts', '--silent', '--no-sourcemap'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    mkdirSync(installed, { recursive: true });
    cpSync(out, join(installed, 'dist'), { recursive: true });
    writeFileSync(join(installed, 'package.json'), JSON.stringify(pkg));
  }, 60_000);

  const run = (file: string, code: string): string => {
    writeFileSync(join(consumer, file), code);
    return execFileSync(process.execPath, [join(consumer, file)], { cwd: consumer, encoding: 'utf8' }).trim();
  };

  it('imports from ESM', () => {
    const out = run(
      'esm.mjs',
      "import { parseStatute, presets } from 'helsefellesskap';\nconsole.log(parseStatute(JSON.parse(JSON.stringify(presets.vestfold))).parties.length);\n",
    );
    expect(out).toBe('7');
  });

  it('requires from CommonJS', () => {
    const out = run(
      'cjs.cjs',
      "const { safeParseStatute } = require('helsefellesskap');\nconsole.log(safeParseStatute({}).success);\n",
    );
    expect(out).toBe('false');
  });

  it('runs its command line: help with exit 0, an unknown proposal as one line with exit 2', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(installed, pkg.bin.helsefellesskap), ...args], {
        cwd: consumer,
        encoding: 'utf8',
      });
    const help = cli('--help');
    expect(help).toMatchObject({ status: 0, stderr: '' });
    for (const command of ['validate', 'assess', 'diff', 'schema'])
      expect(help.stdout).toContain(`  ${command} `);
    writeFileSync(join(consumer, 'statute.json'), JSON.stringify(presets.vestfold));
    writeFileSync(join(consumer, 'events.jsonl'), '');
    expect(cli('assess', 'statute.json', 'events.jsonl', '--proposal', 'NOPE')).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'no proposal "NOPE" in the events\n',
    });
  });

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
