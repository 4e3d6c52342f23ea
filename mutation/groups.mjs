// Mutation groups of `npm run mutation -- --group <name>` (see mutation/README.md).
//
// Each group lists the source files it mutates (`mutate`, globs) and the tests that should kill
// those mutants (`tests`, globs; one starting with `!` leaves files out). Sized so that one group finishes in about 15 minutes on a
// shared 2-core machine with concurrency 1.
//
// Layout after the "one contract per action" refactor (globs are the only place paths appear):
// - builders:   `define.ts` became `builder.ts` / `wire.ts` (+ `spec.ts`, mutated in contracts);
// - events:     the event rules sit beside each event type (an `EventSpec` per event file,
//               `event-rules.ts`); `parse.ts` dispatches through `eventSpecs`;
// - contracts:  each action's result contract in `src/actions/<action>.ts`, rule effects and
//               fidelity in `spec.ts`, the simulator's error messages in `src/testing/errors.ts`;
// - behaviours: the simulator's per-action behaviours (`src/testing/behaviours/`), its loop
//               guard and end states.

import { readdirSync, readFileSync } from 'node:fs';

/**
 * The result contract of an action file as 1-based lines `[from, to]`: from the spec's `result:`
 * line to the end of the file's `xxxErrors` messages (`undefined` for a file without one), and
 * the file's line count. The rest of the file (the parameter rules, the builder) belongs to the
 * actions / actions-more groups.
 */
const contractOf = (name) => {
  const lines = readFileSync(new URL(`../src/actions/${name}`, import.meta.url), 'utf8').split('\n');
  const from = lines.findIndex((line) => line.startsWith('  result:'));
  const errors = lines.findIndex((line) => /^export const \w+Errors\b/.test(line));
  // The messages end on the first line that closes the object (a one-line object included).
  const to = errors + lines.slice(errors).findIndex((line) => /};$/.test(line));
  return { lines: lines.length, range: from < 0 || errors < 0 ? undefined : [from + 1, to + 1] };
};

/** The result contracts of every action file, as Stryker line ranges (`file:from-to`). */
const contractRanges = () =>
  readdirSync(new URL('../src/actions/', import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const { range } = contractOf(name);
      return range === undefined ? [] : [`src/actions/${name}:${range[0]}-${range[1]}`];
    });

/** An action file less its result contract (mutated by the contracts group), as Stryker line ranges. */
const parameterRanges = (file) => {
  const { lines, range } = contractOf(file.slice('src/actions/'.length));
  if (range === undefined) return [file];
  return [`${file}:1-${range[0] - 1}`, ...(range[1] < lines ? [`${file}:${range[1] + 1}-${lines}`] : [])];
};

/** The action files of actions-more: every action file but the generated lists, the shared machinery and the actions group's. */
const otherActionFiles = () =>
  readdirSync(new URL('../src/actions/', import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => !ACTIONS_GROUP.includes(name) && !NOT_ACTIONS.includes(name))
    .map((name) => `src/actions/${name}`);

/** The actions group's files (cross-field rules). */
const ACTIONS_GROUP = ['call-and-bridge.ts', 'join-chime-meeting.ts', 'play-audio-and-get-digits.ts'];
/** Generated lists (npm run generate: nothing to mutate) and the builders / contracts groups' machinery. */
const NOT_ACTIONS = ['index.ts', 'builder-params.ts', 'registry.ts', 'spec.ts', 'builder.ts', 'wire.ts'];

/** Tests that hold for every group: independent oracles, security and property tests. */
const SHARED_TESTS = ['test/oracle/**/*.test.ts', 'test/security/**/*.test.ts'];

/**
 * An action spec is a module constant: nearly all its mutants are static and each runs every
 * listed file, so the list is the oracle plus the action's own tests (not the property tests,
 * which take seconds per run).
 */
const actionTests = (...names) => [
  'test/oracle/actions.test.ts',
  'test/oracle/builders.test.ts',
  'test/actions/builder.test.ts',
  ...names.map((name) => `test/actions/${name}.test.ts`),
];

/** Simulator test files by name (no brace globs: the list reaches vitest comma-separated). */
const simulatorTests = (...names) => names.map((name) => `test/testing/${name}.test.ts`);

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
    description: 'builders and wire validation: builder.ts, wire.ts (validateAction), validateResponse',
    mutate: ['src/actions/builder.ts', 'src/actions/wire.ts', 'src/response/validate.ts'],
    // Every action spec is built and checked at import, so a third of these mutants are static:
    // tested against every listed test, the group took three hours. With ignoreStatic (as in
    // engine) they run their covering tests only. The fuzz tests (seconds each, covering nearly
    // every mutant) are left to `npm test`.
    ignoreStatic: true,
    tests: [
      'test/actions/**/*.test.ts',
      '!test/actions/builder-params-docs.test.ts', // runs the generator (npm run generate), not the builders
      'test/response/**/*.test.ts',
      ...SHARED_TESTS,
    ],
  },
  actions: {
    description: 'the action specs with cross-field rules (bridging, meetings, digit collection)',
    // The action files less their result contracts (the contracts group mutates those).
    mutate: [...ACTIONS_GROUP.flatMap((name) => parameterRanges(`src/actions/${name}`)), 'src/actions/shapes/digit-collection.ts'],
    tests: [...actionTests('call-and-bridge', 'play-audio-and-get-digits', 'speak-and-get-digits'), 'test/response/pin-to-meeting.test.ts'],
  },
  'actions-more': {
    description: 'the other action specs, one file per action, and their shared rules',
    // The action files less their result contracts (the contracts group mutates those).
    mutate: [...otherActionFiles().flatMap(parameterRanges), 'src/actions/shapes/*.ts', '!src/actions/shapes/digit-collection.ts'],
    // Two thirds of these mutants are static: with every action's tests listed, a run takes an
    // hour on a shared machine; the oracle and the builder tests take minutes.
    // Plus two small files: the generative-only voices (shapes/polly-voices.ts), the targeting
    // of every action (targeting kinds, rule effects such as Hangup's ParticipantTag).
    tests: [...actionTests('polly-voices', 'targeting')],
  },
  events: {
    description: 'the invocation event parser and its rules (beside each event type)',
    mutate: [
      'src/events/parse.ts',
      'src/events/event-rules.ts',
      'src/events/{action-failed,action-interrupted,action-successful,call-update-requested,digits-received,hangup,invalid-lambda-response,new-outbound-call}.ts',
    ],
    // Most of the parser's mutants are static (its rule tables): each runs every listed file, so
    // the list is short: the parser's own tests, the oracle and the hostile-input tests.
    tests: [
      'test/events/parse.test.ts',
      'test/events/extras.test.ts',
      'test/events/fixtures.test.ts',
      'test/events/event-rules.test.ts',
      'test/oracle/events.test.ts',
      'test/security/hostile-input.test.ts',
    ],
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
  contracts: {
    description: 'the per-action result contracts (result rules, error formats, interruptible, messages), rule effects and fidelity',
    mutate: ['src/actions/spec.ts', ...contractRanges(), 'src/testing/errors.ts'],
    // Contract fields are module constants read by the simulator: the tests are the simulator's
    // own (fast) and the documented-errors oracle, not every builder test (actions / actions-more).
    tests: [
      ...simulatorTests('behaviours', 'simulator', 'rule-effects', 'digits', 'legs', 'loops-and-end-states'),
      'test/oracle/actions.test.ts',
      'test/oracle/action-errors.test.ts', // messages, interruptible, result fields, from the docs
      'test/actions/targeting.test.ts', // chooseLeg, checkTarget, ruleEffect, checkParameters (spec.ts)
      // Targeting (chooseLeg, the target checks in spec.ts): the builder's and three actions' tests.
      ...[
        'builder',
        'hangup',
        'modify-chime-meeting-attendees',
        'send-digits',
        'pause',
        'play-audio',
        'receive-digits',
        'join-chime-meeting',
        'play-audio-and-get-digits',
      ].map((name) => `test/actions/${name}.test.ts`),
      'test/actions/targeting.test.ts', // chooseLeg, checkTarget, ruleEffect, checkParameters
      'test/events/extras.test.ts', // the parser's checks of the result fields (result: in each action file)
      'test/response/validate-response.test.ts',
    ],
  },
  behaviours: {
    description: "the simulator's per-action behaviours, loop guard and end states",
    // registry.ts is the generated table of behaviours (npm run generate): nothing to mutate.
    mutate: [
      'src/testing/behaviours/**/*.ts',
      '!src/testing/behaviours/registry.ts',
      'src/testing/loop-guard.ts',
      'src/testing/end-states.ts',
    ],
    tests: simulatorTests('behaviours', 'simulator', 'rule-effects', 'digits', 'legs', 'loops-and-end-states', 'factories'),
  },
  simulator: {
    description: 'the local SMA simulator (chime-sma-kit/testing)',
    mutate: ['src/testing/simulator.ts'],
    // Plus the tests that run calls through it: flows (steps), the examples that simulate calls
    // (not readme / demo, which read files outside the sandbox or run the CLI), call requests.
    tests: [
      'test/testing/**/*.test.ts',
      'test/flow/**/*.test.ts',
      ...['cookbook', 'flows', 'pin-to-meeting', 'testing-pin-to-meeting', 'transaction-attributes'].map(
        (name) => `test/examples/${name}.test.ts`,
      ),
      'test/calls/**/*.test.ts',
      ...SHARED_TESTS,
    ],
  },
};
