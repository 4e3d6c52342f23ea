// @ts-check
// The cost of chime-sma-kit/flow, for `npm run bench`: the same PIN-to-meeting call written as a
// flow (fixtures/flow-handler.ts) and with createSmaHandler (fixtures/router-handler.ts), compared
// on bundle size, CPU time per invocation and type-check cost; and the type-check cost of a
// generated 30-step flow (the editor's load on a large flow).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSize } from './bundle.mjs';
import { median, tscDiagnostics } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'bench', 'fixtures');

/** The events of one PIN-to-meeting call (right PIN, joined, caller leaves), as the service sends them. */
function pinCallEvents() {
  const details = (/** @type {Record<string, string>} */ attributes, legB = false) => ({
    TransactionId: 'b6c1a0e2-0f4d-4a55-8a3c-5e1f2d3c4b5a',
    AwsAccountId: '123456789012',
    AwsRegion: 'us-east-1',
    SipRuleId: 'sip-rule-id',
    SipMediaApplicationId: 'sip-media-application-id',
    Participants: [
      {
        CallId: 'call-id-1',
        ParticipantTag: 'LEG-A',
        To: '+11234567890',
        From: '+19876543210',
        Direction: 'Inbound',
        StartTimeInMilliseconds: '1700000000000',
        Status: 'Connected',
      },
      ...(legB
        ? [
            {
              CallId: 'call-id-2',
              ParticipantTag: 'LEG-B',
              To: 'SMA',
              From: '+11234567890',
              Direction: 'Outbound',
              StartTimeInMilliseconds: '1700000005000',
              Status: 'Connected',
            },
          ]
        : []),
    ],
    TransactionAttributes: attributes,
  });
  return (/** @type {Record<string, string>} */ attributes) => [
    {
      SchemaVersion: '1.0',
      Sequence: 1,
      InvocationEventType: 'NEW_INBOUND_CALL',
      CallDetails: { ...details({}), TransactionAttributes: undefined },
    },
    {
      SchemaVersion: '1.0',
      Sequence: 2,
      InvocationEventType: 'ACTION_SUCCESSFUL',
      ActionData: { Type: 'PlayAudioAndGetDigits', Parameters: { ParticipantTag: 'LEG-A' }, ReceivedDigits: '12345' },
      CallDetails: details(attributes),
    },
    {
      SchemaVersion: '1.0',
      Sequence: 3,
      InvocationEventType: 'ACTION_SUCCESSFUL',
      ActionData: { Type: 'JoinChimeMeeting', Parameters: { ParticipantTag: 'LEG-A', JoinToken: 'meeting-attendee-join-token-12345' } },
      CallDetails: details({ ...attributes, 'flow.step': 'join' }, true),
    },
    {
      SchemaVersion: '1.0',
      Sequence: 4,
      InvocationEventType: 'HANGUP',
      ActionData: { Type: 'Hangup', Parameters: { CallId: 'call-id-1', ParticipantTag: 'LEG-A', SipResponseCode: 0 } },
      CallDetails: details(attributes),
    },
  ];
}

/**
 * @typedef {object} HandlerComparison
 * @property {(e: unknown) => Promise<unknown>} subject
 * @property {(e: unknown) => Promise<unknown>} baseline
 * @property {unknown[]} subjectEvents
 * @property {unknown[]} baselineEvents
 * @property {number} rounds
 */

/**
 * CPU nanoseconds per call of two async handlers over the same events, interleaved rounds,
 * medians. (The handlers are async: each invocation is awaited, as the Lambda runtime does.)
 */
async function compareHandlers(/** @type {HandlerComparison} */ options) {
  const batch = async (
    /** @type {(e: unknown) => Promise<unknown>} */ handler,
    /** @type {unknown[]} */ events,
    /** @type {number} */ n,
  ) => {
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) for (const event of events) await handler(event);
    const used = process.cpuUsage(start);
    return ((used.user + used.system) * 1000) / (n * events.length);
  };
  for (let i = 0; i < 5; i++) {
    await batch(options.subject, options.subjectEvents, 200);
    await batch(options.baseline, options.baselineEvents, 200);
  }
  /** @type {number[]} */ const subject = [];
  /** @type {number[]} */ const baseline = [];
  /** @type {number[]} */ const ratios = [];
  for (let r = 0; r < options.rounds; r++) {
    const first = r % 2 === 0;
    const b = first ? undefined : await batch(options.baseline, options.baselineEvents, 500);
    const s = await batch(options.subject, options.subjectEvents, 500);
    const b2 = b ?? (await batch(options.baseline, options.baselineEvents, 500));
    subject.push(s);
    baseline.push(b2);
    ratios.push(s / b2);
  }
  return { subjectNs: median(subject), baselineNs: median(baseline), ratio: median(ratios), rounds: options.rounds };
}

/** The source of a flow of `n` menu steps, each going to the next on success and retrying itself on failure; the last one hangs up. */
export function generatedFlow(/** @type {number} */ n) {
  const lines = [
    "import { actions } from 'chime-sma-kit';",
    "import { defineFlow } from 'chime-sma-kit/flow';",
    "const audio = (key: string) => ({ type: 'S3' as const, bucketName: 'prompts', key });",
    'const menu = (key: string) => actions.playAudioAndGetDigits(' +
      "{ audioSource: audio(key), failureAudioSource: audio('again.wav'), repeatDurationInMilliseconds: 5000 }).onLeg('LEG-A');",
    'export const flow = defineFlow({',
    "  version: '1',",
    "  state: { tries: 0, choice: '', vip: false },",
    '  steps: (step) => ({',
  ];
  for (let i = 0; i < n; i++)
    lines.push(`    s${i}: step({ actions: ({ state }) => (state.vip ? [] : []), await: menu('menu-${i}.wav') }),`);
  lines.push('    bye: step({ actions: [actions.hangup()] }),', '  }),', '}).transitions({', "  start: 's0',", '  on: {');
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `s${i + 1}` : 'bye';
    lines.push(
      `    s${i}: { success: { to: ['${next}', 's${i}'], choose: ({ data }, { state }) => (data.ReceivedDigits === '1' ` +
        `? { to: '${next}', state: { choice: data.ReceivedDigits } } : { to: 's${i}', state: { tries: state.tries + 1 } }) }, ` +
        `failed: { InvalidAudioSource: 'bye', default: 's${i}' }, hangup: 'bye' },`,
    );
  }
  lines.push('  },', '});', 'export const handler = flow.handler();', '');
  return lines.join('\n');
}

/**
 * Measures the flow against the router version of the same call.
 * @param {{ tmp: string; quick: boolean }} options
 */
export async function measureFlow({ tmp, quick }) {
  const dir = join(tmp, 'flow');
  mkdirSync(dir, { recursive: true });
  // 1. Bundle size: each handler bundled like a Lambda build (esbuild, minified).
  const flowBundle = await bundleSize({ entry: join(FIXTURES, 'flow-handler.ts') });
  const routerBundle = await bundleSize({ entry: join(FIXTURES, 'router-handler.ts') });
  writeFileSync(join(dir, 'flow-handler.mjs'), flowBundle.code);
  writeFileSync(join(dir, 'router-handler.mjs'), routerBundle.code);
  const bundle = {
    flow: { bytes: flowBundle.bytes, gzipBytes: flowBundle.gzipBytes },
    router: { bytes: routerBundle.bytes, gzipBytes: routerBundle.gzipBytes },
    addedGzipBytes: flowBundle.gzipBytes - routerBundle.gzipBytes,
  };

  // 2. Per invocation: the four events of one call, through each bundled handler.
  const flowHandler = (await import(pathToFileURL(join(dir, 'flow-handler.mjs')).href)).handler;
  const routerHandler = (await import(pathToFileURL(join(dir, 'router-handler.mjs')).href)).handler;
  const events = pinCallEvents();
  const flowEvents = events({ wrongPins: '0', 'flow.step': 'askPin', 'flow.version': '1' });
  const routerEvents = events({ wrongPins: '0' });
  // Both must answer the same actions, or the comparison means nothing.
  for (let i = 0; i < flowEvents.length; i++) {
    const a = JSON.stringify((await flowHandler(flowEvents[i])).Actions);
    const b = JSON.stringify((await routerHandler(routerEvents[i])).Actions);
    if (a !== b) throw new Error(`bench/flow: the flow and router handlers answer event ${i + 1} differently:\n${a}\n${b}`);
  }
  const perInvocation = await compareHandlers({
    subject: flowHandler,
    baseline: routerHandler,
    subjectEvents: flowEvents,
    baselineEvents: routerEvents,
    rounds: quick ? 5 : 15,
  });

  // 3. Type-check cost of the two fixtures, and of a generated 30-step flow.
  const flowCheck = tscDiagnostics('bench/typecheck/flow');
  const routerCheck = tscDiagnostics('bench/typecheck/router');
  const big = join(dir, 'flow30');
  mkdirSync(big, { recursive: true });
  writeFileSync(join(big, 'handler.ts'), generatedFlow(30));
  writeFileSync(
    join(big, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        types: [],
        noEmit: true,
      },
      files: ['handler.ts'],
    }),
  );
  const thirty = tscDiagnostics(big);
  const errors = [...flowCheck.errors, ...routerCheck.errors, ...thirty.errors];
  const typeCheck =
    errors.length > 0
      ? { measured: false, reason: `the fixtures do not compile: ${errors.join('\n')}` }
      : {
          measured: true,
          flow: { ...flowCheck, errors: undefined },
          router: { ...routerCheck, errors: undefined },
          instantiationsRatio: /** @type {number} */ (flowCheck.instantiations) / /** @type {number} */ (routerCheck.instantiations),
          thirtySteps: { ...thirty, errors: undefined },
        };
  return { bundle, perInvocation, typeCheck };
}
