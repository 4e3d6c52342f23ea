import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', eventbridge: 'src/eventbridge/index.ts', meetings: 'src/meetings/index.ts' },
  format: ['esm', 'cjs'],
  target: 'node20',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
});
