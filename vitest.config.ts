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
    // One dot per test, then every failure in full: a green run is a few lines, a red one loses nothing.
    reporters: results ? ['dot', 'json'] : ['dot'],
    // The AWS SDK (a devDependency of the meetings tests) warns on Node 20 about its own future
    // support; the package itself supports Node 20.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    ...(results ? { outputFile: { json: `${results}/vitest.json` } } : {}),
    include: ['test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
