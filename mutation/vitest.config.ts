// The vitest configuration StrykerJS runs (see mutation/run.mjs): the repository's module
// aliases, no type tests, and only the tests of one mutation group (MUTATION_TESTS, comma-separated globs).
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';

const tests = (process.env.MUTATION_TESTS ?? 'test/**/*.test.ts').split(',');

export default defineConfig({
  resolve: base.resolve,
  test: {
    // A glob starting with "!" leaves test files out of the group's globs.
    include: tests.filter((glob) => !glob.startsWith('!')),
    exclude: tests.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1)),
    typecheck: { enabled: false },
    reporters: ['default'],
  },
});
