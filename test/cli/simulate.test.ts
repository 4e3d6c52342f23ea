// `chime-sma-kit simulate`: the real bin (bundled from src/cli/index.ts) run by `node` on handler
// modules written here, ESM and CommonJS, importing a stand-in of the built package by name or
// by path (see installPackage in bin.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, buildCli, installPackage, lines, pattern, runBin } from './bin.js';

let dir = '';
let cli = '';

const CALLER = '+14155550100';
const TOKEN = 'secret-join-token-7f3a9c0e1b2d';

/** Handler modules, by file name. */
const MODULES: Record<string, string> = {
  // ESM, the package by name: PIN prompt, then JoinChimeMeeting with the PIN in the token.
  'pin.mjs':
    `
import { actions, createSmaHandler, response, updateTransactionAttributes } from 'chime-sma-kit';
const prompt = { type: 'S3', bucketName: 'prompts', key: 'pin.wav' };
const collect = actions.playAudioAndGetDigits({ audioSource: prompt, failureAudioSource: prompt, ` +
    `minNumberOfDigits: 4, maxNumberOfDigits: 6, repeatDurationInMilliseconds: 3000, terminatorDigits: ['#'] });
export const handler = createSmaHandler({
  NEW_INBOUND_CALL: (event) => {
    const caller = event.CallDetails.Participants[0].From;
    console.log('call from %s', caller);
    return updateTransactionAttributes(response(collect), event, { caller });
  },
  ACTION_SUCCESSFUL: {
    PlayAudioAndGetDigits: (event) => response(actions.joinChimeMeeting({ joinToken: '${TOKEN}' + event.ActionData.ReceivedDigits })` +
    `.onLeg('LEG-A')),
  },
  ACTION_FAILED: { default: () => response(actions.hangup()) },
  HANGUP: () => undefined,
});
`,
  // ESM, the package by path: an outbound call that speaks once answered.
  'outbound.mjs':
    `
import { actions, createSmaHandler, response } from './node_modules/chime-sma-kit/index.js';
export const handler = createSmaHandler({
  CALL_ANSWERED: (event) => response(actions.speak({ text: 'Your order shipped.' })` +
    `.onCall(event.CallDetails.Participants[0].CallId), actions.hangup()),
  HANGUP: () => undefined,
});
`,
  // CommonJS, the package by name through require, a callback-style handler on exports.handler.
  'callback.cjs': `
const { actions, response } = require('chime-sma-kit');
exports.handler = (event, context, callback) => {
  callback(null, event.InvocationEventType === 'NEW_INBOUND_CALL' ? response(actions.hangup({ sipResponseCode: '0' })) : response());
};
`,
  // CommonJS, no package: module.exports is the handler (the default export).
  'plain.cjs':
    `
module.exports = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Hangup', Parameters: { SipResponseCode: '0' } }] : [] });
`,
  // CommonJS object on module.exports with a named function.
  'object.cjs': `
const answer = async () => ({ SchemaVersion: '1.0', Actions: [] });
module.exports = { answer, version: 2 };
`,
  // ESM default export.
  'default.mjs':
    `
export default async function (event) {
  return { SchemaVersion: '1.0', Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? ` +
    `[{ Type: 'Pause', Parameters: { DurationInMilliseconds: 1500 } }] ` +
    `: event.InvocationEventType === 'HANGUP' ? [] : [{ Type: 'Hangup', Parameters: {} }] };
}
`,
  'no-handler.mjs': `export const version = 1;\nexport default { name: 'not a function' };\n`,
  'empty.mjs': `\n`,
  // A plain handler that throws on ACTION_SUCCESSFUL: the service retries, then ends the call.
  'throws.mjs':
    `
export async function handler(event) {
  if (event.InvocationEventType === 'ACTION_SUCCESSFUL') throw new Error('database unreachable for ${CALLER}');
  if (event.InvocationEventType === 'NEW_INBOUND_CALL') ` +
    `return { SchemaVersion: '1.0', Actions: [{ Type: 'Pause', Parameters: { DurationInMilliseconds: '1000' } }] };
  return { SchemaVersion: '1.0', Actions: [] };
}
`,
  // A router whose route throws: createSmaHandler logs with console.error and answers its fallback.
  'route-throws.mjs': `
import { createSmaHandler } from 'chime-sma-kit';
export const handler = createSmaHandler({
  NEW_INBOUND_CALL: () => { throw new Error('no prompt configured'); },
  HANGUP: () => undefined,
});
`,
  // A response that breaks the envelope: the service answers INVALID_LAMBDA_RESPONSE.
  'invalid.mjs':
    `
export const handler = async (event) =>
  event.InvocationEventType === 'NEW_INBOUND_CALL' ? { SchemaVersion: '2.0', Actions: [] } ` +
    `: { SchemaVersion: '1.0', Actions: event.InvocationEventType === 'HANGUP' ? [] : [{ Type: 'Hangup', Parameters: {} }] };
`,
  // An action the service rejects (PlayAudio without AudioSource): ACTION_FAILED InvalidActionParameter.
  'bad-action.mjs':
    `
export const handler = async (event) => ({
  SchemaVersion: '1.0',
  Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'PlayAudio', Parameters: {} }] ` +
    `: event.InvocationEventType === 'ACTION_FAILED' ? [{ Type: 'Hangup', Parameters: {} }] : [],
});
`,
  // Warnings only.
  'warns.mjs': `
export const handler = async (event) => {
  console.warn('slow path for %s', event.InvocationEventType);
  return { SchemaVersion: '1.0', Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Hangup', Parameters: {} }] : [] };
};
`,
  // Logs an error while it loads, then runs cleanly.
  'load-error-log.mjs': `
console.error('TABLE_NAME is not set, using the default table');
export const handler = async () => ({ SchemaVersion: '1.0', Actions: [] });
`,
  'load-throws.mjs': `console.log('loading');\nthrow new Error('missing environment variable TABLE_NAME');\n`,
  'syntax.mjs': `export const handler = async (event) => {\n`,
  'handler.ts': `export const handler = async (event: unknown): Promise<unknown> => ({ SchemaVersion: '1.0', Actions: [] });\n`,
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chime-sma-kit-simulate-'));
  cli = await buildCli(dir);
  await installPackage(dir);
  for (const [file, text] of Object.entries(MODULES)) writeFileSync(join(dir, file), text);
  mkdirSync(join(dir, 'folder.mjs'));
  mkdirSync(join(dir, 'sub'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], cwd = dir): Run => runBin(cli, cwd, args);
const json = (
  result: Run,
): {
  ok: boolean;
  export?: string;
  call: Record<string, unknown>;
  issues: { path: string; code: string; severity: string; sequence: number; message: string }[];
  logs: { level: string; text: string; entry: number }[];
  transcript: { kind: string; eventType?: string; actionType?: string; handling?: string; event?: Record<string, unknown> }[];
} => JSON.parse(result.stdout);
const eventsOf = (result: Run): string[] =>
  json(result).transcript.flatMap((entry) =>
    entry.kind === 'invocation'
      ? [`${entry.eventType}${entry.actionType && entry.eventType?.startsWith('ACTION_') ? ` ${entry.actionType}` : ''}`]
      : [],
  );

describe('chime-sma-kit simulate: a clean call', () => {
  it('runs an ESM handler (by package name) with --digits and prints the transcript, exit 0', () => {
    const result = run(['simulate', 'pin.mjs', '--digits', '1234#', '--from', CALLER]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = lines(result.stdout);
    expect(output[0]).toBe('00:00.000   · inbound call from +*******0100 to +*******1212');
    expect(output[1]).toBe('00:00.000 → #1 NEW_INBOUND_CALL  [LEG-A Connected]');
    expect(output[2]).toBe('            log: call from +*******0100');
    expect(output).toContain('00:01.800 → #2 ACTION_SUCCESSFUL PlayAudioAndGetDigits — ReceivedDigits="1234"  [LEG-A Connected]');
    expect(output.some((line) => line.includes('← JoinChimeMeeting on LEG-A (token [redacted, 34 characters])'))).toBe(true);
    expect(output.some((line) => line.includes('#4 HANGUP LEG-A hung up, code 0'))).toBe(true);
    expect(output.at(-1)).toBe('pin.mjs: ok (4 invocations, 00:02.300 of call)');
  });

  it('prints the transcript entries with --json, and only JSON on stdout', () => {
    const result = run(['simulate', '--json', 'pin.mjs', '--digits=1234#,9#']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = json(result);
    expect(report).toMatchObject({ ok: true, module: 'pin.mjs', export: 'handler', issues: [] });
    expect(report.call).toMatchObject({ direction: 'inbound', digits: ['1234#', '9#'], ended: true, durationMs: 2300 });
    expect(eventsOf(result)).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
      'HANGUP',
    ]);
    expect(report.transcript[0]).toEqual({ kind: 'note', atMs: 0, text: 'inbound call from +*******0101 to +*******1212' });
    expect(report.transcript[1]).toMatchObject({
      kind: 'invocation',
      sequence: 1,
      eventType: 'NEW_INBOUND_CALL',
      handling: 'applied',
      attempts: [{ outcome: 'returned', latencyMs: 0 }],
    });
    expect(report.logs).toEqual([{ level: 'log', text: 'call from +*******0101', entry: 1 }]);
  });

  it('runs CommonJS modules: exports.handler with a callback, and module.exports as the handler', () => {
    for (const file of ['callback.cjs', 'plain.cjs']) {
      const result = run(['simulate', '--json', file]);
      expect(result.code, result.stderr).toBe(0);
      expect(json(result).export).toBe(file === 'plain.cjs' ? 'default' : 'handler');
      expect(eventsOf(result)).toEqual(['NEW_INBOUND_CALL', 'HANGUP']);
    }
  });

  it('uses the default export of an ESM module, and --export NAME', () => {
    const byDefault = run(['simulate', 'default.mjs']);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain('← Pause (1500 ms)');
    const named = run(['simulate', '--json', '--export', 'answer', 'object.cjs']);
    expect(named.code, named.stderr).toBe(0);
    expect(json(named).export).toBe('answer');
    expect(run(['simulate', '--export', 'nothing', 'object.cjs']).stderr).toContain(
      'no handler: expected an export "nothing" that is a function',
    );
  });

  it('resolves relative and absolute paths from the working directory', () => {
    expect(run(['simulate', '../plain.cjs'], join(dir, 'sub')).code).toBe(0);
    expect(run(['simulate', join(dir, 'default.mjs')], join(dir, 'sub')).code).toBe(0);
    expect(run(['simulate', 'plain.cjs'], join(dir, 'sub')).stderr).toBe('plain.cjs: cannot load: no such file (ENOENT)\n');
  });

  it('places an outbound call with --outbound', () => {
    const result = run(['simulate', '--json', '--outbound', 'outbound.mjs', '--to', '+14155550199']);
    expect(result.code, result.stderr).toBe(0);
    expect(eventsOf(result)).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'HANGUP']);
    expect(json(result).call).toMatchObject({ direction: 'outbound', to: '+*******0199' });
    expect(result.stdout).not.toContain('4155550199');
  });
});

describe('chime-sma-kit simulate: errors found, exit 1', () => {
  it('reports a handler that throws, with the service retry and the 480 hang-up in the transcript', () => {
    const result = run(['simulate', 'throws.mjs']);
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output.filter((line) => line.includes('✗ handler threw after 0 ms: database unreachable for +*******0100'))).toHaveLength(2);
    expect(output).toContain('00:06.000   · the function failed twice: the service ends the call with 480 Unavailable');
    // Every response goes through validateResponse: its warnings are shown (the Pause duration is a string).
    expect(output.at(-3)).toMatch(
      pattern(
        /^throws\.mjs:#1: warning: NEW_INBOUND_CALL: /,
        /the response's Actions\[0\]\.Parameters\.DurationInMilliseconds .*1000.* \[number_as_string\]$/,
      ),
    );
    expect(output.slice(-2)).toEqual([
      'throws.mjs:#2: error: ACTION_SUCCESSFUL Pause: the handler threw 2 times (the service retried)' +
        ': database unreachable for +*******0100 [handler_threw]',
      'throws.mjs: 1 error, 1 warning (3 invocations, 00:06.000 of call)',
    ]);
    expect(result.stdout).not.toContain('4155550100');
  });

  it('reports a route fallback of createSmaHandler (its console.error line)', () => {
    const result = run(['simulate', 'route-throws.mjs']);
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output[2]).toMatch(
      /^ {12}error: chime-sma-kit: NEW_INBOUND_CALL TransactionId=\S+ Sequence=1: route threw: Error: no prompt configured$/,
    );
    expect(output[3]).toBe('          ← Hangup (code 480)');
    expect(output.at(-2)).toMatch(
      pattern(
        /^route-throws\.mjs:#1: error: NEW_INBOUND_CALL: the handler logged an error: /,
        /chime-sma-kit: .*route threw: Error: no prompt configured \[handler_error_log\]$/,
      ),
    );
    const report = json(run(['simulate', '--json', 'route-throws.mjs']));
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([['#1', 'handler_error_log', 'error']]);
  });

  it('reports a response the service rejects with INVALID_LAMBDA_RESPONSE', () => {
    const result = run(['simulate', '--json', 'invalid.mjs']);
    expect(result.code).toBe(1);
    expect(eventsOf(result)).toEqual(['NEW_INBOUND_CALL', 'INVALID_LAMBDA_RESPONSE', 'HANGUP']);
    const report = json(result);
    expect(report.transcript.find((entry) => entry.kind === 'invocation')?.handling).toBe('invalid');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ path: '#1', code: 'invalid_response', severity: 'error', sequence: 1 });
    expect(report.issues[0]?.message).toMatch(
      /^NEW_INBOUND_CALL: the service rejected the response \(INVALID_LAMBDA_RESPONSE follows\): .*SchemaVersion/,
    );
  });

  it('reports an action the service rejects with InvalidActionParameter', () => {
    const result = run(['simulate', 'bad-action.mjs']);
    expect(result.code).toBe(1);
    expect(lines(result.stdout).at(-2)).toMatch(
      pattern(
        /^bad-action\.mjs:#2: error: ACTION_FAILED PlayAudio: /,
        /the service rejected PlayAudio with InvalidActionParameter: .*AudioSource.* \[action_rejected\]$/,
      ),
    );
  });

  it('counts console.warn as a warning only, exit 0', () => {
    const result = run(['simulate', 'warns.mjs']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('            warn: slow path for NEW_INBOUND_CALL');
    expect(lines(result.stdout).at(-1)).toBe('warns.mjs: ok with 2 warnings (2 invocations, 00:00.000 of call)');
    expect(lines(result.stdout)).toContain(
      'warns.mjs:#1: warning: NEW_INBOUND_CALL: the handler logged a warning: slow path for NEW_INBOUND_CALL [handler_warning_log]',
    );
  });

  it('counts a console.error while the module loads', () => {
    const result = run(['simulate', 'load-error-log.mjs']);
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output[0]).toBe('            error: TABLE_NAME is not set, using the default table');
    expect(output.at(-2)).toBe(
      'load-error-log.mjs: error: loading the module: the handler logged an error' +
        ': TABLE_NAME is not set, using the default table [handler_error_log]',
    );
  });
});

describe('chime-sma-kit simulate: modules that cannot run, exit 2', () => {
  it('reports a missing module or a directory on stderr', () => {
    expect(run(['simulate', 'missing.mjs'])).toEqual({ code: 2, stdout: '', stderr: 'missing.mjs: cannot load: no such file (ENOENT)\n' });
    expect(run(['simulate', 'folder.mjs'])).toEqual({ code: 2, stdout: '', stderr: 'folder.mjs: cannot load: is a directory (EISDIR)\n' });
    const report = run(['simulate', '--json', 'missing.mjs']);
    expect(report.code).toBe(2);
    expect(JSON.parse(report.stdout)).toEqual({ ok: false, module: 'missing.mjs', error: 'cannot load: no such file (ENOENT)', logs: [] });
  });

  it('names what a module exports when it has no handler', () => {
    expect(run(['simulate', 'no-handler.mjs'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'no-handler.mjs: no handler: expected a "handler" export or a default export that is a function' +
        '; it exports default (object), version (number)\n',
    });
    expect(run(['simulate', 'empty.mjs']).stderr).toBe(
      'empty.mjs: no handler: expected a "handler" export or a default export that is a function; it exports nothing\n',
    );
  });

  it('reports a module that throws while loading, or does not parse, with its console output', () => {
    const thrown = run(['simulate', 'load-throws.mjs']);
    expect(thrown).toEqual({
      code: 2,
      stdout: '',
      stderr: '            log: loading\nload-throws.mjs: cannot load: Error: missing environment variable TABLE_NAME\n',
    });
    const syntax = run(['simulate', 'syntax.mjs']);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^syntax\.mjs: cannot load: SyntaxError: /);
  });

  it.runIf(process.versions.node.startsWith('20.'))(
    'says how to run TypeScript when neither Node.js, tsx nor esbuild can (Node.js 20, a project without them)',
    () => {
      const result = run(['simulate', 'handler.ts']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('handler.ts: cannot load: TypeScript needs a loader: this Node.js does not strip types');
      expect(result.stderr).toContain(
        "neither tsx nor esbuild is installed in the handler's project; install one there (npm install --save-dev tsx)",
      );
    },
  );

  it('exits 2 with the usage for bad arguments, without echoing values', () => {
    const cases: [string[], string][] = [
      [['simulate'], 'simulate needs a HANDLER_MODULE'],
      [['simulate', 'pin.mjs', 'plain.cjs'], 'simulate runs one HANDLER_MODULE at a time'],
      [['simulate', '-'], 'simulate cannot load a module from standard input'],
      [
        ['simulate', 'pin.mjs', '--digits', '12x4'],
        'option --digits takes DTMF keys 0-9, #, *, A-D (comma-separated for successive prompts)',
      ],
      [['simulate', 'pin.mjs', '--from', '4155550100'], 'option --from must be an E.164 phone number (+ then 2 to 15 digits)'],
      [['simulate', 'pin.mjs', '--to=+1415555010099999'], 'option --to must be an E.164 phone number (+ then 2 to 15 digits)'],
      [['simulate', 'pin.mjs', '--from'], 'option --from needs a value (E164)'],
      [['simulate', 'pin.mjs', '--export='], 'option --export needs an export name'],
      [['simulate', 'pin.mjs', '--outbound=yes'], 'option --outbound does not take a value'],
      [['simulate', 'pin.mjs', '--seed', '3'], 'unknown option --seed'],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `chime-sma-kit simulate: ${message}`,
        'Usage: chime-sma-kit simulate [options] HANDLER_MODULE',
        'Run "chime-sma-kit simulate --help" for help.',
      ]);
      expect(result.stderr).not.toMatch(/4155550100|12x4/);
    }
  });

  it('documents the handler lookup, TypeScript, the errors and --json in --help', () => {
    const help = run(['simulate', '--help']);
    expect(help.code).toBe(0);
    for (const text of [
      '"handler" export, else its default export',
      'tsx or esbuild installed in',
      'INVALID_LAMBDA_RESPONSE',
      'console.error',
      '--json prints',
      '--outbound',
      '--digits KEYS',
    ]) {
      expect(help.stdout).toContain(text);
    }
  });
});

describe('chime-sma-kit simulate: masking', () => {
  it('never prints the phone numbers or the join token, in text or JSON', () => {
    for (const flags of [[], ['--json']]) {
      const result = run(['simulate', ...flags, 'pin.mjs', '--digits', '1234#', '--from', CALLER, '--to', '+12065550123']);
      expect(result.code).toBe(0);
      const printed = result.stdout + result.stderr;
      expect(printed).not.toMatch(/4155550100|2065550123/);
      expect(printed).not.toContain(TOKEN);
      expect(printed).toContain('+*******0100');
      expect(printed).toContain('[redacted, 34 characters]');
    }
    const report = json(run(['simulate', '--json', 'pin.mjs', '--digits', '1234#', '--from', CALLER]));
    expect(report.call.from).toBe('+*******0100');
    expect(report.call.transactionAttributes).toEqual({ caller: '+*******0100' });
    expect(report.logs[0]?.text).toBe('call from +*******0100');
  });
});
