// npm's `prepare` hook: builds dist/ after `npm install` or `npm ci` in a checkout, and when the
// package is installed from git (npm then installs the devDependencies in its clone and runs
// `prepare`, not `prepack`, before packing it). `npm pack` and `npm publish` run `prepack`,
// which builds, and then `prepare` as well: that second build is skipped.
import { spawnSync } from 'node:child_process';

const command = process.env.npm_command;
if (command === 'pack' || command === 'publish') {
  console.log(`prepare: built by prepack for npm ${command}`);
} else {
  const npm = process.env.npm_execpath;
  const [file, args] = npm === undefined ? ['npm', []] : [process.execPath, [npm]];
  const result = spawnSync(file, [...args, 'run', 'build'], { stdio: 'inherit', shell: npm === undefined });
  process.exitCode = result.status ?? 1;
}
