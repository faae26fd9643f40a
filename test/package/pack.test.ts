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
          "import { vestfold } from 'helsefellesskap/presets';",
          "import { explainer } from 'helsefellesskap';",
          "import { nn } from 'helsefellesskap/locales';",
          'console.log(checkInvariants(replay(presets.vestfold, []).state).length, vestfold === presets.vestfold);',
          "console.log(explainer(nn).explainStatus('adopted'));",
        ].join('\n'),
      ),
    ).toBe('0 true\nvedteke');
  });

  it('requires from CommonJS, the testing subpath included', () => {
    expect(
      node(
        'cjs.cjs',
        [
          "const { safeParseStatute, presets } = require('helsefellesskap');",
          "const { invariants } = require('helsefellesskap/testing');",
          "const { helgeland } = require('helsefellesskap/presets');",
          "const { en } = require('helsefellesskap/locales');",
          "const { explainer } = require('helsefellesskap');",
          'console.log(safeParseStatute(helgeland).success, Object.keys(invariants).length);',
          "console.log(explainer(en).explainStatus('adopted'));",
        ].join('\n'),
      ),
    ).toBe('true 20\nadopted');
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

  it('answers help with exit 0, and an unknown proposal in one line with exit 2', () => {
    const cli = join(project, 'node_modules', '.bin', 'helsefellesskap');
    const help = spawnSync(cli, ['--help'], { cwd: project, encoding: 'utf8' });
    expect(help).toMatchObject({ status: 0, stderr: '' });
    for (const command of ['validate', 'assess', 'diff', 'diagram', 'tracker', 'schema'])
      expect(help.stdout).toContain(`  ${command} `);
    writeFileSync(join(project, 'events.jsonl'), '');
    node(
      'statute.mjs',
      "import { presets } from 'helsefellesskap';\nimport { writeFileSync } from 'node:fs';\nwriteFileSync('statute.json', JSON.stringify(presets.vestfold));\n",
    );
    expect(
      spawnSync(cli, ['assess', 'statute.json', 'events.jsonl', '--proposal', 'NOPE'], {
        cwd: project,
        encoding: 'utf8',
      }),
    ).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'no proposal "NOPE" in the events; known: none\n',
    });
  });
});
