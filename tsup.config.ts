import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    clean: true,
    target: 'es2022',
    // tsup sets `baseUrl`, which TypeScript 6 deprecates: silence it for the d.ts build only.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  },
  {
    // The command line: Node only, ESM, its own entry so the core stays free of Node APIs.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['helsefellesskap'],
  },
]);
