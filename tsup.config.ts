import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // CommonJS, one file per entry, and the declarations of every entry for both formats.
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      presets: 'src/presets/index.ts',
      locales: 'src/locales/index.ts',
    },
    format: ['esm', 'cjs'],
    sourcemap: true,
    target: 'es2022',
    // tsup sets `baseUrl`, which TypeScript 6 deprecates: silence it for the d.ts build only.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  },
  {
    // ES modules unbundled, one file per source file: with `"sideEffects": false`, a bundler
    // keeps only the modules an import reaches, so one rule function does not pull the rest.
    entry: ['src/**/*.ts', '!src/cli/**'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
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
