import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // tsup sets `baseUrl`, which TypeScript 6 deprecates; this silences it for the d.ts build only.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
});
