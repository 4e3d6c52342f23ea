// Mutation groups of `npm run mutation -- --group <name>` (see mutation/README.md).
//
// Each group lists the source files it mutates (`mutate`, globs) and the tests that should kill
// those mutants (`tests`, globs). Sized so that one group finishes in about 15 minutes on a
// shared 2-core machine with concurrency 1.
//
// AFTER THE "one contract per action" REFACTOR, update these globs (nothing else refers to paths):
// - events:     the event rules move beside each event type: add `src/events/*.ts` (minus pure
//               type files) to `mutate`;
// - actions, actions-more: per-action contracts in `src/actions/<action>.ts` are covered by
//               the globs (a new shared file lands in actions-more);
// - builders:   `define.ts` becomes `spec.ts` / `builder.ts` / `wire.ts`: already listed; drop
//               `define.ts` then;
// - simulator:  the simulator's behaviours (`src/testing/*.ts`) once they are split.

/** Tests that hold for every group: independent oracles, security and property tests. */
const SHARED_TESTS = ['test/oracle/**/*.test.ts', 'test/security/**/*.test.ts'];

/**
 * An action spec is a module constant: nearly all its mutants are static and each runs every
 * listed file, so the list is the oracle plus the action's own tests (not the property tests,
 * which take seconds per run).
 */
const actionTests = (...names) => ['test/oracle/actions.test.ts', 'test/oracle/builders.test.ts', 'test/actions/builder.test.ts', ...names.map((name) => `test/actions/${name}.test.ts`)];

export const GROUPS = {
  engine: {
    description: 'the rule engine that every builder, parser and validator runs',
    mutate: ['src/validation/engine.ts', 'src/validation/rules.ts', 'src/validation/issue.ts'],
    // The engine runs at import (the action specs are frozen and checked when loaded), so 40 % of
    // its mutants are "static": without ignoreStatic each would run every test (hours). With it,
    // those also covered by tests run only their covering tests, and the few that run only at
    // import (module constants) are counted as ignored, listed in the summary.
    ignoreStatic: true,
    tests: ['test/validation/**/*.test.ts', 'test/events/parse.test.ts', 'test/actions/call-and-bridge.test.ts', ...SHARED_TESTS],
  },
  builders: {
    description: 'builders and wire validation: define.ts, validateAction, validateResponse',
    mutate: ['src/actions/define.ts', 'src/actions/validate.ts', 'src/actions/{spec,builder,wire}.ts', 'src/response/validate.ts'],
    tests: ['test/actions/**/*.test.ts', 'test/response/**/*.test.ts', 'test/fuzz/actions.test.ts', 'test/fuzz/response.test.ts', ...SHARED_TESTS],
  },
  actions: {
    description: 'the action specs with cross-field rules (bridging, meetings, digit collection)',
    mutate: ['src/actions/call-and-bridge.ts', 'src/actions/join-chime-meeting.ts', 'src/actions/play-audio-and-get-digits.ts', 'src/actions/digits.ts'],
    tests: [...actionTests('call-and-bridge', 'play-audio-and-get-digits', 'speak-and-get-digits'), 'test/response/pin-to-meeting.test.ts'],
  },
  'actions-more': {
    description: 'the other action specs, one file per action, and their shared rules',
    mutate: [
      'src/actions/*.ts',
      '!src/actions/{call-and-bridge,join-chime-meeting,play-audio-and-get-digits,digits}.ts',
      '!src/actions/{index,define,validate}.ts',
      '!src/actions/{spec,builder,wire}.ts',
    ],
    // Two thirds of these mutants are static: with every action's tests listed, a run takes an
    // hour on a shared machine; the oracle and the builder tests take minutes.
    tests: actionTests(),
  },
  events: {
    description: 'the invocation event parser and its rules',
    mutate: ['src/events/parse.ts'],
    // Most of the parser's mutants are static (its rule tables): each runs every listed file, so
    // the list is short: the parser's own tests, the oracle and the hostile-input tests.
    tests: ['test/events/parse.test.ts', 'test/events/extras.test.ts', 'test/events/fixtures.test.ts', 'test/oracle/events.test.ts', 'test/security/hostile-input.test.ts'],
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
