import { format } from 'node:util';
import { E164 } from '../../actions/shapes/phone-number.js';
import { CallSimulation, Transcript, formatTime, type InvocationEntry, type SimulatedHandler, type SimulatorOptions, type TranscriptEntry } from '../../testing/index.js';
import { type ValidationIssue, isRecord, joinTokensIn, maskSecretsIn, toResult } from '../../validation/index.js';
import { type Command, type Context, EXIT_ISSUES, EXIT_OK, EXIT_USAGE, type ExitCode, UsageError, describeReadError, formatIssue, statusOf } from '../command.js';

/** The console methods captured while the handler module loads and runs. */
const CONSOLE_LEVELS = ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const;

/** A console method the handler called. */
export type LogLevel = (typeof CONSOLE_LEVELS)[number];

/** One line the handler module wrote with `console` (captured, never written straight out). */
export interface HandlerLog {
  /** The console method. */
  level: LogLevel;
  /** The text, as `console` would have formatted it. */
  text: string;
  /**
   * Index in the transcript of the invocation that was running (the entry is added when the
   * handler answers); `-1` while the module loaded.
   */
  entry: number;
}

/** Something wrong with the call, found in the transcript or the handler's logs. */
export interface SimulationIssue extends ValidationIssue {
  /** `Sequence` of the event concerned. */
  sequence: number;
  /** Virtual time, in ms since the call started. */
  atMs: number;
}

/** How the handler is picked from a module's exports. */
export interface FoundHandler {
  /** The export used: `handler`, `default`, `default.handler`, or the `--export` name. */
  name: string;
  /** The function. */
  handler: SimulatedHandler;
}

/** Rejects keys that are not DTMF, without echoing them. Returns one string per prompt. */
function parseDigits(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const list = value.split(',');
  if (list.some((keys) => !/^[0-9#*A-D]*$/.test(keys))) throw new UsageError('option --digits takes DTMF keys 0-9, #, *, A-D (comma-separated for successive prompts)');
  return list;
}

function parseNumber(name: string, value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!E164.test(value)) throw new UsageError(`option --${name} must be an E.164 phone number (+ then 2 to 15 digits)`);
  return value;
}

/**
 * The handler of a module: the named `exportName` when given; else the `handler` export, else
 * the default export when it is a function, else `handler` on the default export (a CommonJS
 * `module.exports = { handler }` the loader could not see through). `undefined` when none is a
 * function.
 */
export function findHandler(namespace: Record<string, unknown>, exportName?: string): FoundHandler | undefined {
  const fallback = isRecord(namespace.default) ? namespace.default : {};
  const candidates: [string, unknown][] =
    exportName !== undefined
      ? [
          [exportName, Object.prototype.hasOwnProperty.call(namespace, exportName) ? namespace[exportName] : undefined],
          [`default.${exportName}`, Object.prototype.hasOwnProperty.call(fallback, exportName) ? fallback[exportName] : undefined],
        ]
      : [
          ['handler', namespace.handler],
          ['default', namespace.default],
          ['default.handler', fallback.handler],
        ];
  const found = candidates.find(([, value]) => typeof value === 'function');
  return found === undefined ? undefined : { name: found[0], handler: found[1] as SimulatedHandler };
}

/** What a module exports, for the message when no handler is found. */
function exportsOf(namespace: Record<string, unknown>): string {
  const describe = (value: unknown): string => (typeof value === 'function' ? 'function' : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  const names = Object.keys(namespace).sort().map((name) => `${name} (${describe(namespace[name])})`);
  return names.length === 0 ? 'it exports nothing' : `it exports ${names.join(', ')}`;
}

/** Why a module did not load, in one line. */
function describeLoadError(error: unknown, file: string): string {
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'ENOTDIR') {
    const { message } = describeReadError(error);
    return `${message} (${code})`;
  }
  if (code === 'ERR_UNKNOWN_FILE_EXTENSION' && /\.[cm]?tsx?$/.test(file)) {
    return 'TypeScript is not compiled by this command: build the handler to .js/.mjs/.cjs first, or run the command under a Node.js that strips types (22.18+, 23.6+) or with "node --import tsx"';
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${code !== undefined && !text.includes(code) ? `${code}: ` : ''}${text.split('\n')[0]}`;
}

/**
 * Replaces the `console` methods with ones that record each line, until the returned function
 * is called. The handler's own output must not reach stdout unmasked or break `--json`.
 */
function captureConsole(entryIndex: () => number): { logs: HandlerLog[]; restore: () => void } {
  const logs: HandlerLog[] = [];
  const saved = CONSOLE_LEVELS.map((level) => [level, console[level]] as const);
  for (const level of CONSOLE_LEVELS) {
    console[level] = (...args: unknown[]): void => {
      logs.push({ level, text: format(...args), entry: entryIndex() });
    };
  }
  return {
    logs,
    restore: () => {
      for (const [level, method] of saved) console[level] = method;
    },
  };
}

/** Action errors that mean the handler sent an action the service could not run. */
const REJECTED_ACTION_ERRORS: ReadonlySet<string> = new Set(['InvalidActionParameter', 'MissingRequiredActionParameter']);

/**
 * The errors of a simulated call: the handler threw or timed out, its response broke the
 * envelope rules (the service answered INVALID_LAMBDA_RESPONSE), the service rejected one of its
 * actions (ACTION_FAILED with InvalidActionParameter or MissingRequiredActionParameter), or it
 * logged with `console.error` (how createSmaHandler reports a route that threw, an event it could
 * not parse or an invalid response, before answering its fallback). Warnings: `console.warn`.
 */
export function findIssues(entries: readonly TranscriptEntry[], logs: readonly HandlerLog[]): SimulationIssue[] {
  const issues: SimulationIssue[] = [];
  const invocationAt = (index: number): InvocationEntry | undefined => {
    const entry = entries[index];
    return entry !== undefined && entry.kind === 'invocation' ? entry : undefined;
  };
  const add = (entry: InvocationEntry | undefined, code: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const sequence = entry?.sequence ?? 0;
    const what = entry === undefined ? 'loading the module' : `${entry.eventType}${entry.actionType !== undefined && entry.eventType.startsWith('ACTION_') ? ` ${entry.actionType}` : ''}`;
    issues.push({ path: entry === undefined ? '' : `#${sequence}`, code, message: `${what}: ${message}`, severity, sequence, atMs: entry?.atMs ?? 0 });
  };
  entries.forEach((entry, index) => {
    if (entry.kind !== 'invocation') return;
    const failed = entry.attempts.filter((attempt) => attempt.outcome !== 'returned');
    const first = failed[0];
    if (first !== undefined) {
      const times = failed.length > 1 ? ` ${failed.length} times (the service retried)` : '';
      if (first.outcome === 'threw') add(entry, 'handler_threw', `the handler threw${times}: ${first.error ?? 'no message'}`);
      else add(entry, 'handler_timed_out', `the handler timed out${times} (${first.latencyMs} ms)`);
    }
    if (entry.handling === 'invalid') add(entry, 'invalid_response', `the service rejected the response (INVALID_LAMBDA_RESPONSE follows): ${(entry.problems ?? []).join('; ')}`);
    const data = isRecord(entry.event.ActionData) ? entry.event.ActionData : {};
    if (entry.eventType === 'ACTION_FAILED' && typeof data.ErrorType === 'string' && REJECTED_ACTION_ERRORS.has(data.ErrorType)) {
      add(entry, 'action_rejected', `the service rejected ${String(data.Type ?? 'an action')} with ${data.ErrorType}: ${String(data.ErrorMessage ?? data.Error ?? '')}`.replace(/: $/, ''));
    }
  });
  for (const log of logs) {
    const line = log.text.split('\n')[0] ?? '';
    if (log.level === 'error') add(invocationAt(log.entry), 'handler_error_log', `the handler logged an error: ${line}`);
    else if (log.level === 'warn') add(invocationAt(log.entry), 'handler_warning_log', `the handler logged a warning: ${line}`, 'warning');
  }
  return issues.sort((a, b) => a.atMs - b.atMs || a.sequence - b.sequence);
}

/** The transcript as text, with the handler's log lines under the event (→) that made it write them. */
function transcriptLines(entries: readonly TranscriptEntry[], logs: readonly HandlerLog[]): string[] {
  const indent = ' '.repeat(formatTime(0).length);
  const logLines = (index: number): string[] =>
    logs.filter((log) => log.entry === index).flatMap((log) => log.text.split('\n').map((line) => `${indent}   ${log.level}: ${line}`));
  const lines: string[] = logLines(-1);
  entries.forEach((entry, index) => {
    const one = new Transcript();
    one.add(entry);
    const [head = '', ...rest] = one.toText().split('\n');
    lines.push(head, ...logLines(index), ...rest);
  });
  lines.push(...logs.filter((log) => log.entry >= entries.length).flatMap((log) => log.text.split('\n').map((line) => `${indent}   ${log.level}: ${line}`)));
  return lines;
}

async function simulate(file: string, values: Record<string, string | boolean | undefined>, context: Context): Promise<ExitCode> {
  const exportName = typeof values.export === 'string' ? values.export : undefined;
  if (exportName === '') throw new UsageError('option --export needs an export name');
  const options: SimulatorOptions = { direction: values.outbound === true ? 'outbound' : 'inbound' };
  const digits = parseDigits(values.digits);
  if (digits !== undefined) options.digits = digits;
  const from = parseNumber('from', values.from);
  if (from !== undefined) options.from = from;
  const to = parseNumber('to', values.to);
  if (to !== undefined) options.to = to;

  let simulation: CallSimulation | undefined;
  const capture = captureConsole(() => (simulation === undefined ? -1 : simulation.transcript.entries.length));
  let found: FoundHandler | undefined;
  let failure: string | undefined;
  try {
    let namespace: Record<string, unknown> | undefined;
    try {
      namespace = await context.load(file);
    } catch (error) {
      failure = `cannot load: ${describeLoadError(error, file)}`;
    }
    if (namespace !== undefined) {
      found = findHandler(namespace, exportName);
      if (found === undefined) {
        const wanted = exportName === undefined ? 'a "handler" export or a default export that is a function' : `an export "${exportName}" that is a function`;
        failure = `no handler: expected ${wanted}; ${exportsOf(namespace)}`;
      }
    }
    if (found !== undefined) {
      simulation = new CallSimulation(found.handler, options);
      await simulation.run();
      // The caller hangs up a call that would otherwise wait forever, so the HANGUP route runs too.
      if (!simulation.ended) await simulation.hangUp('LEG-A').run();
    }
  } finally {
    capture.restore();
  }
  const { logs } = capture;
  const entries = simulation?.transcript.entries ?? [];
  const secrets = joinTokensIn(entries);
  const masked = (text: string): string => maskSecretsIn(text, secrets);

  if (failure !== undefined) {
    if (context.json) {
      context.out(masked(JSON.stringify({ ok: false, module: file, error: failure, logs }, null, 2)));
    } else {
      for (const line of transcriptLines([], logs)) context.err(masked(line));
      context.err(`${file}: ${failure}`);
    }
    return EXIT_USAGE;
  }

  const issues = findIssues(entries, logs);
  const result = toResult(issues);
  const invocations = entries.filter((entry) => entry.kind === 'invocation').length;
  const end = simulation?.now ?? 0;
  const summary = `${file}: ${statusOf(result)} (${invocations} ${invocations === 1 ? 'invocation' : 'invocations'}, ${formatTime(end)} of call${simulation?.ended === true ? '' : ', call still up'})`;
  if (context.json) {
    const report = {
      ok: result.ok,
      module: file,
      export: found?.name,
      call: { direction: options.direction, digits: digits ?? [], from: options.from ?? null, to: options.to ?? null, ended: simulation?.ended ?? false, durationMs: end, transactionAttributes: simulation?.transactionAttributes ?? null },
      issues,
      logs,
      transcript: entries,
    };
    context.out(masked(JSON.stringify(report, null, 2)));
  } else {
    for (const line of transcriptLines(entries, logs)) context.out(masked(line));
    for (const issue of issues) context.out(masked(formatIssue(file, issue)));
    context.out(summary);
  }
  return result.ok ? EXIT_OK : EXIT_ISSUES;
}

/** `simulate HANDLER_MODULE`: runs a Lambda handler module through the local SMA simulator. */
export const simulateCommand: Command = {
  name: 'simulate',
  args: 'HANDLER_MODULE',
  summary: 'Run a handler module through the local call simulator and print the transcript',
  description: [
    'Imports HANDLER_MODULE (a path from the working directory; ESM .js/.mjs or CommonJS .js/.cjs) and',
    'uses its "handler" export, else its default export (module.exports for CommonJS), or --export NAME.',
    'TypeScript is not compiled: build it first, or run under a Node.js that strips types (22.18+, 23.6+).',
    'The simulator (simulateCall from chime-sma-kit/testing) plays one call: an inbound call, or with',
    '--outbound one placed by CreateSipMediaApplicationCall (the callee answers after 3 s). The caller',
    'presses --digits when each digit-collecting action listens; a call still up once nothing more can',
    'happen is hung up by the caller, so the HANGUP route runs too. Prints the transcript (→ event,',
    '← response, · what happened), the handler\'s console output under the event it handled, then one',
    'line per issue. Errors: the handler threw or timed out, the service rejected a response',
    '(INVALID_LAMBDA_RESPONSE) or an action (InvalidActionParameter), or the handler logged with',
    'console.error (createSmaHandler does so before answering its fallback). console.warn lines are',
    'warnings. Phone numbers and join tokens are masked. --json prints { ok, module, export, call,',
    'issues, logs, transcript } with the transcript entries as chime-sma-kit/testing records them.',
  ].join('\n'),
  options: {
    digits: { type: 'string', valueName: 'KEYS', description: 'keys the caller presses, such as 12345#; comma-separated for successive prompts' },
    from: { type: 'string', valueName: 'E164', description: 'LEG-A From: the caller (inbound) or the SMA number (outbound); a test number by default' },
    to: { type: 'string', valueName: 'E164', description: 'LEG-A To: the SMA number (inbound) or the callee (outbound); a test number by default' },
    outbound: { type: 'boolean', description: 'an outbound call (NEW_OUTBOUND_CALL, RINGING, CALL_ANSWERED) instead of an inbound one' },
    export: { type: 'string', valueName: 'NAME', description: 'the export to run instead of "handler" or the default export' },
  },
  run: async ({ positionals, values }, context) => {
    if (positionals.length === 0) throw new UsageError('simulate needs a HANDLER_MODULE');
    if (positionals.length > 1) throw new UsageError('simulate runs one HANDLER_MODULE at a time');
    const [file] = positionals as [string];
    if (file === '-') throw new UsageError('simulate cannot load a module from standard input');
    return simulate(file, values, context);
  },
};
