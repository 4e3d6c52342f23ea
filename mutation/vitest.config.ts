// The vitest configuration StrykerJS runs (see mutation/run.mjs): the repository's module
// aliases, no type tests, and only the tests of one mutation group (MUTATION_TESTS, comma-separated globs).
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: (process.env.MUTATION_TESTS ?? 'test/**/*.test.ts').split(','),
    typecheck: { enabled: false },
    reporters: ['default'],
  },
});
