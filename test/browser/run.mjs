// The browser test: Debian's Chromium, driven by playwright-core, opens a page served on
// 127.0.0.1 that imports the built ES modules through a plain import map (immer's production
// build, which reads no `process.env`), replays the Helgeland demo and renders every report, and
// parses the diagram of every preset with mermaid. The page's text must equal what Node renders
// from the same build. Run after `npm run build`: `npm run test:browser`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const browserPath = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p !== undefined && existsSync(p),
);
if (browserPath === undefined) {
  console.error("browser test: no Chromium (install Debian's chromium, or set CHROMIUM)");
  process.exit(1);
}

const events = execFileSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'examples/helgeland.ts'), '--events'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));

// What Node renders from the same build, to compare with the page.
const lib = await import(join(root, 'dist/esm/index.js'));
const { state } = lib.replay(lib.presets.helgeland, events);
const expected = lib
  .assessAll(state)
  .map((r) => lib.explain(r))
  .join('\n\n');

const page = `<!doctype html>
<meta charset="utf-8">
<script type="importmap">
{ "imports": {
  "helsefellesskap": "/dist/esm/index.js",
  "immer": "/node_modules/immer/dist/immer.production.mjs",
  "valibot": "/node_modules/valibot/dist/index.mjs",
  "mermaid": "/node_modules/mermaid/dist/mermaid.esm.min.mjs"
} }
</script>
<pre id="report"></pre><pre id="diagrams"></pre>
<script type="module">
  import { assessAll, diagram, explain, presets, replay } from 'helsefellesskap';
  import mermaid from 'mermaid';
  try {
    const events = await (await fetch('/events.json')).json();
    const { state } = replay(presets.helgeland, events);
    document.getElementById('report').textContent = assessAll(state).map((r) => explain(r)).join('\\n\\n');
    const parsed = {};
    for (const [name, statute] of Object.entries(presets))
      for (const locale of ['nb', 'en']) {
        try {
          parsed[name + '.' + locale] = (await mermaid.parse(diagram(statute, { locale }))) !== false;
        } catch (error) {
          parsed[name + '.' + locale] = String(error?.message ?? error).slice(0, 300);
        }
      }
    document.getElementById('diagrams').textContent = JSON.stringify(parsed);
    document.title = 'done';
  } catch (error) {
    document.title = 'error: ' + (error?.stack ?? error);
  }
</script>`;

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
const allowed = [
  'dist/',
  'node_modules/immer/dist/',
  'node_modules/valibot/dist/',
  'node_modules/mermaid/dist/',
];
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^\/+/,
    '',
  );
  if (path === '' || path === 'index.html')
    return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (path === 'events.json')
    return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(events));
  if (!allowed.some((a) => path.startsWith(a)) || !existsSync(join(root, path)))
    return res.writeHead(404).end();
  res
    .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
    .end(readFileSync(join(root, path)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
let failures = 0;
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(`http://127.0.0.1:${port}/`);
  // A module that fails to load (immer's development build reads `process.env`) never sets it.
  await tab
    .waitForFunction(() => document.title !== '', undefined, { timeout: 60_000 })
    .catch(() => undefined);
  const title = (await tab.title()) || `no result in 60 s${errors.length > 0 ? '' : ' and no page error'}`;
  if (title !== 'done') {
    console.error(`browser test: the page failed: ${title}`);
    failures++;
  }
  const report = await tab.textContent('#report');
  if (report !== expected) {
    console.error('browser test: the reports differ from what Node renders');
    failures++;
  } else
    console.log(
      `browser test: ${lib.assessAll(state).length} reports of the Helgeland demo render as in Node`,
    );
  const diagrams = JSON.parse((await tab.textContent('#diagrams')) || '{}');
  for (const [name, ok] of Object.entries(diagrams)) {
    if (ok !== true) {
      console.error(`browser test: the diagram ${name} does not parse as Mermaid: ${ok}`);
      failures++;
    }
  }
  console.log(`browser test: ${Object.keys(diagrams).length} diagrams parse as Mermaid`);
  for (const e of errors) console.error(`browser test: page error: ${e}`);
  failures += errors.length;
} finally {
  await browser.close();
  server.close();
}
console.log(`browser test: ${failures === 0 ? 'passed' : `${failures} failed`}`);
process.exitCode = failures === 0 ? 0 : 1;
