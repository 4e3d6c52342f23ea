// Mutation groups of `npm run mutation -- --group <name>` (see mutation/README.md).
//
// Each group lists the source files it mutates (`mutate`, globs) and the tests that should kill
// those mutants (`tests`, globs). Sized so that one group finishes in about 15 minutes on a
// shared 2-core machine with concurrency 1.
//
// AFTER THE "one contract per action" REFACTOR, update these globs (nothing else refers to paths):
// - events:     the event rules move beside each event type: add `src/events/*.ts` (minus pure
//               type files) to `mutate`;
// - actions:    per-action contracts in `src/actions/<action>.ts` are already covered by the glob;
//               `define.ts` becomes `spec.ts` / `builder.ts` / `wire.ts`: replace `define.ts`
//               in the `engine` group by those three;
// - simulator:  the simulator's behaviours (`src/testing/*.ts`) once they are split.

/** Tests that hold for every group: independent oracles, security and property tests. */
const SHARED_TESTS = ['test/oracle/**/*.test.ts', 'test/security/**/*.test.ts'];

export const GROUPS = {
  engine: {
    description: 'the rule engine that every builder, parser and validator runs',
    mutate: ['src/validation/engine.ts', 'src/validation/rules.ts', 'src/validation/issue.ts'],
    tests: ['test/validation/**/*.test.ts', 'test/actions/**/*.test.ts', 'test/events/**/*.test.ts', 'test/response/**/*.test.ts', 'test/fuzz/actions.test.ts', ...SHARED_TESTS],
  },
  actions: {
    description: 'the action specs: one file per action (parameters, defaults, cross-field rules)',
    mutate: [
      'src/actions/*.ts',
      '!src/actions/index.ts',
      '!src/actions/define.ts',
      '!src/actions/validate.ts',
      '!src/actions/{spec,builder,wire}.ts',
    ],
    tests: ['test/actions/**/*.test.ts', 'test/response/**/*.test.ts', 'test/fuzz/actions.test.ts', ...SHARED_TESTS],
  },
  events: {
    description: 'the invocation event parser and its rules',
    mutate: ['src/events/parse.ts'],
    tests: ['test/events/**/*.test.ts', 'test/fuzz/events.test.ts', 'test/fuzz/robustness.test.ts', ...SHARED_TESTS],
  },
  router: {
    description: 'createSmaHandler: routing, fallbacks and safe log lines',
    mutate: ['src/handler/router.ts'],
    tests: ['test/handler/**/*.test.ts', 'test/fuzz/router.test.ts', ...SHARED_TESTS],
  },
  masking: {
    description: 'masking of phone numbers, credentials and private values (messages, logs, redact)',
    mutate: ['src/validation/mask.ts', 'src/validation/redact.ts'],
    tests: ['test/validation/**/*.test.ts', 'test/handler/**/*.test.ts', ...SHARED_TESTS],
  },
  simulator: {
    description: 'the local SMA simulator (chime-sma-kit/testing)',
    mutate: ['src/testing/simulator.ts'],
    tests: ['test/testing/**/*.test.ts', ...SHARED_TESTS],
  },
};
