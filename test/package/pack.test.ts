import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const project = mkdtempSync(join(tmpdir(), 'helsefellesskap-consumer-'));

// The package as a user gets it: packed (which builds it first), then installed from the
// tarball into a fresh project, with fast-check beside it for the testing subpath.
describe('the packed package, installed into a fresh project', () => {
  beforeAll(() => {
    const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', project], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop() as string;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    execFileSync(
      npm,
      [
        'install',
        join(project, tarball),
        `fast-check@${pkg.devDependencies['fast-check'].replace(/^\^/, '')}`,
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--no-package-lock',
      ],
      { cwd: project, stdio: 'pipe' },
    );
  }, 240_000);

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
  });

  const node = (file: string, code: string) => {
    writeFileSync(join(project, file), code);
    return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }).trim();
  };

  it('imports from ESM, the testing subpath included', () => {
    expect(
      node(
        'esm.mjs',
        [
          "import { presets, replay } from 'helsefellesskap';",
          "import { checkInvariants } from 'helsefellesskap/testing';",
          'console.log(checkInvariants(replay(presets.vestfold, []).state).length);',
        ].join('\n'),
      ),
    ).toBe('0');
  });

  it('requires from CommonJS, the testing subpath included', () => {
    expect(
      node(
        'cjs.cjs',
        [
          "const { safeParseStatute, presets } = require('helsefellesskap');",
          "const { invariants } = require('helsefellesskap/testing');",
          'console.log(safeParseStatute(presets.helgeland).success, Object.keys(invariants).length);',
        ].join('\n'),
      ),
    ).toBe('true 20');
  });

  it('runs the installed command line: its version, and its schema file beside it', () => {
    const cli = join(project, 'node_modules', '.bin', 'helsefellesskap');
    expect(spawnSync(cli, ['--version'], { cwd: project, encoding: 'utf8' })).toMatchObject({
      status: 0,
      stdout: `${pkg.version}\n`,
    });
    const schema = spawnSync(cli, ['schema'], { cwd: project, encoding: 'utf8' });
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout).$schema).toMatch(/json-schema/);
  });
});
