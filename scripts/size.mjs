// Size budgets: what an application bundles (minified and gzipped, immer and valibot left to
// the application) when it imports a part of the package, measured with esbuild on the built
// ESM in dist/esm. Each import is bundled as a user's bundler would, with the package's
// `"sideEffects": false`; the check fails when one is over its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = [
  {
    name: 'evaluateQuorum and evaluateDecision',
    code: "export { evaluateQuorum, evaluateDecision } from './dist/esm/index.js';",
    kB: 3,
  },
  {
    name: 'one preset (helsefellesskap/presets)',
    code: "export { helgeland } from './dist/esm/presets/index.js';",
    kB: 4,
  },
  {
    name: 'replay, assess and explain',
    code: "export { replay, assess, explain } from './dist/esm/index.js';",
    kB: 54,
  },
  { name: 'the whole entry', code: "export * from './dist/esm/index.js';", kB: 78 },
];

let over = 0;
console.log('| import | min+gz | budget |\n|---|---:|---:|');
for (const { name, code, kB } of budgets) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['immer', 'valibot'],
    write: false,
  });
  const bytes = gzipSync(result.outputFiles[0].contents).length;
  const ok = bytes <= kB * 1000;
  if (!ok) over++;
  console.log(`| ${name} | ${(bytes / 1000).toFixed(1)} kB | ${kB} kB${ok ? '' : ' — OVER'} |`);
}
process.exitCode = over === 0 ? 0 : 1;
