import { E164 } from '../../actions/shapes/phone-number.js';
import { CallSimulation, type SimulationIssue, type SimulatorOptions, callIssues, formatTime } from '../../testing/index.js';
import { seedOfCall } from '../../testing/warm-calls.js';
import { joinTokensIn, maskSecretsIn, toResult } from '../../validation/index.js';
import { type Command, type Context, EXIT_ISSUES, EXIT_OK, EXIT_USAGE, type ExitCode, UsageError, statusOf } from '../command.js';
import { preload } from '../load-module.js';
import { type HandlerSource, type LoadedHandler, loadHandler } from '../simulate/handlers.js';
import { type HandlerLog, captureConsole, collapseIssues, findIssues, formatCountedIssue, transcriptLines } from '../simulate/report.js';
import { type Scenario, parseFailure, parseFarEnd, parseHangup, parseScenario } from '../simulate/world.js';

export { findHandler, type FoundHandler } from '../simulate/handlers.js';
export { type HandlerLog, type LogLevel, findIssues } from '../simulate/report.js';

/** The Lambda runtimes `--runtime` accepts (python3.x stands for any python3.N). */
const RUNTIMES = ['nodejs20.x', 'nodejs22.x', 'nodejs24.x', 'python3.x'] as const;

/** Rejects keys that are not DTMF, without echoing them. Returns one string per prompt. */
function parseDigits(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',');
  if (list.some((keys) => !/^[0-9#*A-D]*$/.test(keys)))
    throw new UsageError('option --digits takes DTMF keys 0-9, #, *, A-D (comma-separated for successive prompts)');
  return list;
}

function parseNumber(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!E164.test(value)) throw new UsageError(`option --${name} must be an E.164 phone number (+ then 2 to 15 digits)`);
  return value;
}

/** The options of the command line, typed. */
type Values = Record<string, string | boolean | string[] | undefined>;
const text = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};
const texts = (values: Values, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value.flatMap((item) => item.split(',')) : [];
};

/** The runtime simulated: `--runtime`, else python3.x for a .py file, else this Node.js's. */
function runtimeOf(values: Values, source: HandlerSource): string | undefined {
  const given = text(values, 'runtime');
  if (given !== undefined) {
    if (!(RUNTIMES as readonly string[]).includes(given) && !/^python3\.\d+$/.test(given))
      throw new UsageError(`option --runtime takes ${RUNTIMES.join(', ')}`);
    const python = given.startsWith('python');
    if (source.kind === 'python' && !python) throw new UsageError(`a .py handler runs on a python3.x runtime, not ${given}`);
    if (source.kind === 'module' && python) throw new UsageError(`a python3.x runtime needs a .py handler (file.py or file.py:function)`);
    return given;
  }
  if (source.kind === 'python') return 'python3.x';
  if (source.kind === 'invoke-url') return undefined;
  const major = process.versions.node.split('.')[0];
  return ['20', '22', '24'].includes(major ?? '') ? `nodejs${major}.x` : undefined;
}

/** The warnings about the handler itself under the runtime simulated. */
function runtimeIssues(runtime: string | undefined, loaded: LoadedHandler): SimulationIssue[] {
  if (runtime !== 'nodejs24.x' || loaded.handler.length < 3) return [];
  return [
    {
      path: '',
      code: 'callback_handler',
      severity: 'warning',
      sequence: 0,
      atMs: 0,
      message:
        'the handler takes a callback (event, context, callback), which the nodejs24.x runtime no longer supports: ' +
        'the function fails there; make it async and return the response',
    },
  ];
}

/** The issue when a call's events differ from the scenario's `expect.events`. */
function scenarioIssues(expected: readonly string[] | undefined, call: CallSimulation): SimulationIssue[] {
  if (expected === undefined) return [];
  const actual = call.transcript.eventSummary;
  const at = actual.findIndex((event, index) => event !== expected[index]);
  const index = at === -1 ? (actual.length === expected.length ? -1 : actual.length) : at;
  if (index === -1) return [];
  const show = (list: readonly string[]): string => JSON.stringify(list);
  const eventAt = (list: readonly string[]): string => (list[index] === undefined ? 'no more events' : JSON.stringify(list[index]));
  const difference = `event ${index + 1}: expected ${eventAt(expected)}, got ${eventAt(actual)}`;
  return [
    {
      path: '',
      code: 'scenario_mismatch',
      severity: 'error',
      sequence: index + 1,
      atMs: call.now,
      message: `the events differ from the scenario's expect.events at ${difference}; expected ${show(expected)}, got ${show(actual)}`,
    },
  ];
}

/** Everything the command learnt of one call. */
interface CallReport {
  simulation: CallSimulation;
  logs: HandlerLog[];
  issues: SimulationIssue[];
}

/** Plays one call: runs it, records its end state, then hangs up what is still up (so the HANGUP route runs too). */
async function playCall(
  loaded: LoadedHandler,
  options: SimulatorOptions,
  logs: HandlerLog[],
  setCurrent: (call: CallSimulation) => void,
): Promise<CallReport> {
  const simulation = new CallSimulation(loaded.handler, options);
  setCurrent(simulation);
  await simulation.run();
  const issues = callIssues(simulation);
  if (!simulation.ended) {
    for (const leg of simulation.participants) if (leg.Status === 'Connected') simulation.hangUp(leg.ParticipantTag as 'LEG-A' | 'LEG-B');
    await simulation.run();
    for (const later of callIssues(simulation)) if (!issues.some((issue) => issue.code === later.code)) issues.push(later);
  }
  return { simulation, logs, issues };
}

async function simulate(source: HandlerSource, label: string, values: Values, context: Context): Promise<ExitCode> {
  const scenarioFile = text(values, 'scenario');
  let scenario: Scenario = { options: {} };
  if (scenarioFile !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = await context.read(scenarioFile);
    } catch {
      throw new UsageError(`option --scenario: cannot read ${scenarioFile}`);
    }
    scenario = parseScenario(new TextDecoder().decode(bytes), scenarioFile);
  }
  const options: SimulatorOptions = { ...scenario.options };
  if (values.outbound === true) options.direction = 'outbound';
  options.direction ??= options.outboundCall !== undefined ? 'outbound' : 'inbound';
  const digits = parseDigits(text(values, 'digits'));
  if (digits !== undefined) options.digits = digits;
  const from = parseNumber('from', text(values, 'from'));
  if (from !== undefined) options.from = from;
  const to = parseNumber('to', text(values, 'to'));
  if (to !== undefined) options.to = to;
  const callee = text(values, 'callee');
  if (callee !== undefined) options.callee = parseFarEnd(callee, 'option --callee');
  const bridge = texts(values, 'bridge');
  if (bridge.length > 0) options.bridge = bridge.map((item) => parseFarEnd(item, 'option --bridge'));
  const failures = texts(values, 'fail');
  if (failures.length > 0) options.failures = failures.map((item) => parseFailure(item, 'option --fail'));
  const hangups = texts(values, 'hangup');
  if (hangups.length > 0) options.hangups = hangups.map((item) => parseHangup(item, 'option --hangup'));
  const callsText = text(values, 'calls');
  const calls = callsText === undefined ? (scenario.calls ?? 1) : Number(callsText);
  if (!Number.isInteger(calls) || calls < 1 || calls > 100) throw new UsageError('option --calls takes a whole number from 1 to 100');
  const runtime = runtimeOf(values, source);

  const reports: CallReport[] = [];
  let logs: HandlerLog[] = [];
  let current: CallSimulation | undefined;
  const restore = captureConsole((level, line) =>
    logs.push({ level, text: line, entry: current === undefined ? -1 : current.transcript.entries.length }),
  );
  let loaded: LoadedHandler | string;
  try {
    for (const module of texts(values, 'require')) await preload('require', module);
    for (const module of texts(values, 'import')) await preload('import', module);
    loaded = await loadHandler(source, context);
    if (typeof loaded !== 'string') {
      try {
        for (let index = 0; index < calls; index += 1) {
          if (index > 0) logs = [];
          reports.push(await playCall(loaded, { ...options, seed: seedOfCall(index) }, logs, (call) => (current = call)));
        }
      } finally {
        await loaded.close?.();
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    loaded = `cannot load: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`;
  } finally {
    restore();
  }

  const entries = reports.flatMap((report) => report.simulation.transcript.entries);
  const secrets = joinTokensIn(entries);
  const masked = (line: string): string => maskSecretsIn(line, secrets);
  if (typeof loaded === 'string') {
    if (context.json) context.out(masked(JSON.stringify({ ok: false, module: label, error: loaded, logs }, null, 2)));
    else {
      for (const line of transcriptLines([], logs)) context.err(masked(line));
      context.err(`${label}: ${loaded}`);
    }
    return EXIT_USAGE;
  }

  const handler = loaded;
  const results = reports.map((report) => {
    const found = [
      ...runtimeIssues(runtime, handler),
      ...findIssues(report.simulation.transcript.entries, report.logs),
      ...report.issues,
      ...scenarioIssues(scenario.expectEvents, report.simulation),
    ];
    const issues = collapseIssues(found.sort((a, b) => a.atMs - b.atMs || a.sequence - b.sequence));
    return { report, issues, result: toResult(issues) };
  });
  const ok = results.every(({ result }) => result.ok);
  const callJson = ({ report, issues, result }: (typeof results)[number]) => {
    const { simulation } = report;
    return {
      ok: result.ok,
      call: {
        direction: options.direction,
        digits: digits ?? (Array.isArray(options.digits) ? options.digits : []),
        from: options.from ?? null,
        to: options.to ?? null,
        ended: simulation.ended,
        durationMs: simulation.now,
        transactionAttributes: simulation.transactionAttributes ?? null,
      },
      issues,
      logs: report.logs,
      transcript: simulation.transcript.entries,
    };
  };
  if (context.json) {
    const head = { ok, module: label, export: handler.name, runtime: runtime ?? null };
    const body =
      calls === 1 ? (({ ok: _ok, ...rest }) => rest)(callJson(results[0] as (typeof results)[number])) : { calls: results.map(callJson) };
    context.out(masked(JSON.stringify({ ...head, ...body }, null, 2)));
    return ok ? EXIT_OK : EXIT_ISSUES;
  }
  results.forEach(({ report, issues, result }, index) => {
    const name = calls === 1 ? label : `${label} (call ${index + 1} of ${calls})`;
    if (calls > 1) context.out(`--- call ${index + 1} of ${calls} ---`);
    for (const line of transcriptLines(report.simulation.transcript.entries, report.logs)) context.out(masked(line));
    for (const issue of issues) context.out(masked(formatCountedIssue(name, issue)));
    const invocations = report.simulation.transcript.invocations.length;
    context.out(
      `${name}: ${statusOf(result)} (${invocations} ${invocations === 1 ? 'invocation' : 'invocations'}, ` +
        `${formatTime(report.simulation.now)} of call${report.simulation.ended ? '' : ', call still up'})`,
    );
  });
  if (calls > 1) {
    const failed = results.filter(({ result }) => !result.ok).length;
    context.out(`${label}: ${calls} calls on one module instance, ${failed === 0 ? 'all ok' : `${failed} with errors`}`);
  }
  return ok ? EXIT_OK : EXIT_ISSUES;
}

/** `simulate HANDLER_MODULE`: runs a Lambda handler through the local SMA simulator. */
export const simulateCommand: Command = {
  name: 'simulate',
  args: 'HANDLER_MODULE',
  summary: 'Run a handler module through the local call simulator and print the transcript',
  description: [
    'HANDLER_MODULE is a path from the working directory: JavaScript (ESM .js/.mjs or CommonJS .js/.cjs),',
    'TypeScript (.ts/.mts/.cts: run by Node.js when it strips types, else by tsx or esbuild installed in',
    "the handler's project), or Python (file.py runs lambda_handler, file.py:function another; one python3",
    "process per module instance, the environment passed through). It runs the module's",
    '"handler" export, else its default export (module.exports for CommonJS), or --export NAME.',
    'With --invoke-url there is no HANDLER_MODULE: each event is POSTed to a server of the Lambda Invoke',
    'API (sam local start-lambda, the runtime interface emulator). --require/--import preload modules',
    'first (a mock of the AWS SDK).',
    '',
    'The simulator (simulateCall from chime-sma-kit/testing) plays a call: an inbound call, or with',
    '--outbound one placed by CreateSipMediaApplicationCall (the callee answers after 3 s). The caller',
    'presses --digits when each digit-collecting action listens. --scenario FILE reads all of that from',
    'JSON (see docs/cli.md), with the expected event summary. Prints the transcript (→ event, ← response,',
    "· what happened), the handler's console output under the event it handled, then one line per issue",
    '(identical ones collapsed into one line with a count). Errors: the handler threw or timed out, the',
    'service rejected a response (INVALID_LAMBDA_RESPONSE) or an action (InvalidActionParameter), the',
    'handler logged with console.error (createSmaHandler does so before answering its fallback), a loop',
    '(the same event answered by the same response 10 times with no time passing: the call is stopped),',
    'the limit of 1000 invocations, a leg left connected in silence once nothing more can happen (the',
    "parties then hang up, so the HANGUP route runs too), events that differ from the scenario's.",
    'Warnings: validateResponse warnings on each response (with "did you mean"), console.warn lines, a',
    'callback-style handler under --runtime nodejs24.x. Phone numbers and join tokens are masked.',
    '--json prints { ok, module, export, runtime, call, issues, logs, transcript } (with --calls N,',
    '{ ok, module, export, runtime, calls: [{ ok, call, issues, logs, transcript }] }).',
  ].join('\n'),
  options: {
    digits: {
      type: 'string',
      valueName: 'KEYS',
      description: 'keys the caller presses, such as 12345#; comma-separated for successive prompts',
    },
    from: {
      type: 'string',
      valueName: 'E164',
      description: 'LEG-A From: the caller (inbound) or the SMA number (outbound); a test number by default',
    },
    to: {
      type: 'string',
      valueName: 'E164',
      description: 'LEG-A To: the SMA number (inbound) or the callee (outbound); a test number by default',
    },
    outbound: { type: 'boolean', description: 'an outbound call (NEW_OUTBOUND_CALL, RINGING, CALL_ANSWERED) instead of an inbound one' },
    callee: { type: 'string', valueName: 'FAR_END', description: 'the outbound callee: answer, busy or no-answer (answer@5s: after 5 s)' },
    bridge: {
      type: 'string',
      valueName: 'FAR_END',
      multiple: true,
      description: 'the far ends of successive CallAndBridge actions: answer, busy, no-answer (comma-separated)',
    },
    fail: {
      type: 'string',
      valueName: 'ACTION:ERROR',
      multiple: true,
      description: 'make the next run of an action fail with one of its documented error types (PlayAudio:InvalidAudioSource)',
    },
    hangup: {
      type: 'string',
      valueName: 'LEG@TIME',
      multiple: true,
      description: 'a party hangs up at a time of the call: LEG-A@12s, LEG-B@1500ms',
    },
    calls: { type: 'string', valueName: 'N', description: 'play N calls one after the other on one module instance (a warm container)' },
    runtime: {
      type: 'string',
      valueName: 'RUNTIME',
      description: `the Lambda runtime: ${RUNTIMES.join(', ')} (default: this Node.js's, python3.x for .py)`,
    },
    scenario: {
      type: 'string',
      valueName: 'FILE',
      description: 'a JSON scenario: digits, far ends, failures, hang-ups and the expected events (flags override it)',
    },
    require: {
      type: 'string',
      valueName: 'MODULE',
      multiple: true,
      description: 'require a CommonJS module before the handler (node --require)',
    },
    import: { type: 'string', valueName: 'MODULE', multiple: true, description: 'import an ES module before the handler (node --import)' },
    'invoke-url': {
      type: 'string',
      valueName: 'URL',
      description: 'drive a function served by the Lambda Invoke API at URL instead of a HANDLER_MODULE',
    },
    function: {
      type: 'string',
      valueName: 'NAME',
      description: 'with --invoke-url: the function name (default "function", the runtime interface emulator\'s)',
    },
    export: { type: 'string', valueName: 'NAME', description: 'the export to run instead of "handler" or the default export' },
  },
  run: async ({ positionals, values }, context) => {
    const exportName = text(values, 'export');
    if (exportName === '') throw new UsageError('option --export needs an export name');
    const url = text(values, 'invoke-url');
    if (url !== undefined) {
      if (positionals.length > 0) throw new UsageError('simulate takes either a HANDLER_MODULE or --invoke-url, not both');
      try {
        const parsed = new URL(url);
        if (!/^https?:$/.test(parsed.protocol)) throw new Error('protocol');
      } catch {
        throw new UsageError('option --invoke-url takes an http:// or https:// URL');
      }
      const functionName = text(values, 'function');
      return simulate(
        functionName === undefined ? { kind: 'invoke-url', url } : { kind: 'invoke-url', url, functionName },
        url,
        values,
        context,
      );
    }
    if (positionals.length === 0) throw new UsageError('simulate needs a HANDLER_MODULE');
    if (positionals.length > 1) throw new UsageError('simulate runs one HANDLER_MODULE at a time');
    const [file] = positionals as [string];
    if (file === '-') throw new UsageError('simulate cannot load a module from standard input');
    if (/\.py(:[A-Za-z_][A-Za-z0-9_]*)?$/.test(file)) return simulate({ kind: 'python', target: file }, file, values, context);
    return simulate(exportName === undefined ? { kind: 'module', file } : { kind: 'module', file, exportName }, file, values, context);
  },
};
