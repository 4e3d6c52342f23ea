import { defineConfig } from 'vitest/config';

const results = process.env.CHIME_SMA_KIT_RESULTS;

export default defineConfig({
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
