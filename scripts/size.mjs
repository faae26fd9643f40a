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
    kB: 55,
  },
  {
    name: 'explainer with one catalog (nb)',
    code: "export { explainer } from './dist/esm/index.js'; export { nb } from './dist/esm/locales/index.js';",
    kB: 31,
    // Words of the other catalogs that must not be in a bokmål-only bundle.
    without: ['ikkje vedteke', 'awaiting ratification'],
  },
  {
    name: 'replay, assess and explainer(nb)',
    code: "export { replay, assess, explainer } from './dist/esm/index.js'; export { nb } from './dist/esm/locales/index.js';",
    kB: 49,
    without: ['ikkje vedteke', 'awaiting ratification'],
  },
  { name: 'the whole entry', code: "export * from './dist/esm/index.js';", kB: 79 },
];

let over = 0;
console.log('| import | min+gz | budget |\n|---|---:|---:|');
for (const { name, code, kB, without = [] } of budgets) {
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
  const leaked = without.filter((text) => result.outputFiles[0].text.includes(text));
  const ok = bytes <= kB * 1000 && leaked.length === 0;
  if (!ok) over++;
  const note = bytes > kB * 1000 ? ' — OVER' : leaked.length > 0 ? ` — holds ${leaked.join(', ')}` : '';
  console.log(`| ${name} | ${(bytes / 1000).toFixed(1)} kB | ${kB} kB${note} |`);
}
process.exitCode = over === 0 ? 0 : 1;
