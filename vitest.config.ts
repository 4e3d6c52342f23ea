import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const results = process.env.CHIME_SMA_KIT_RESULTS;
const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  // examples/ import the package by name, as users do; in tests that name is the source
  // (the same mapping as `paths` in tsconfig.json).
  resolve: {
    alias: [
      { find: /^chime-sma-kit$/, replacement: `${src}index.ts` },
      { find: /^chime-sma-kit\/(.+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    reporters: results ? ['default', 'json'] : ['default'],
    ...(results ? { outputFile: { json: `${results}/vitest.json` } } : {}),
    include: ['test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
