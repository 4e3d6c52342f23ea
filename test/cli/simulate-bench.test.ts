// `chime-sma-kit simulate` as a test bench for real SMA Lambdas (issue 13): loops, end states,
// response warnings, the world flags, warm containers, runtimes, scenarios, TypeScript through
// the user's own tools, preloads, Python through the bundled bridge, and the Lambda Invoke API.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, buildCli, installPackage, lines, pattern, runBin } from './bin.js';

let dir = '';
let cli = '';

const BUCKET = { Type: 'S3', BucketName: 'prompts', Key: 'hello.wav' };

const MODULES: Record<string, string> = {
  // A Hangup naming a leg by a CallId no leg has: rejected, and answered with the same Hangup.
  'loop.mjs':
    `export const handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'HANGUP' ? [] : [{ Type: 'Hangup', Parameters: { CallId: 'no-such-call' } }] });\n`,
  // Records and plays back forever: time passes, so it is no zero-time loop, but it never ends.
  'forever.mjs':
    `export const handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'HANGUP' ? [] : ` +
    `[{ Type: 'RecordAudio', Parameters: { RecordingTerminators: ['#'], ` +
    `RecordingDestination: { Type: 'S3', BucketName: 'recordings' } } }, ` +
    `{ Type: 'PlayAudio', Parameters: { AudioSource: ${JSON.stringify(BUCKET)} } }] });\n`,
  // Plays a prompt, then leaves the caller in silence.
  'silent.mjs':
    `export const handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? ` +
    `[{ Type: 'PlayAudio', Parameters: { AudioSource: ${JSON.stringify(BUCKET)} } }] : [] });\n`,
  // Bridges the caller and never hangs up the other leg.
  'bridge.mjs':
    `export const handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? ` +
    `[{ Type: 'CallAndBridge', Parameters: { CallerIdNumber: '+12065551212', ` +
    `Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+15105550199' }] } }] : [] });\n`,
  // A misspelt parameter (Repat), then a clean hang-up.
  'typo.mjs':
    `export const handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? ` +
    `[{ Type: 'PlayAudio', Parameters: { AudioSource: ${JSON.stringify(BUCKET)}, Repat: 2 } }, ` +
    `{ Type: 'Hangup', Parameters: {} }] : [] });\n`,
  // Plays, pauses 20 s and hangs up; any failure hangs up at once.
  'play.mjs':
    `
export const handler = async (event) => {
  const type = event.InvocationEventType;
  const actions = type === 'NEW_INBOUND_CALL' || type === 'CALL_ANSWERED'
    ? [{ Type: 'PlayAudio', Parameters: { AudioSource: ${JSON.stringify(BUCKET)} } }, ` +
    `{ Type: 'Pause', Parameters: { DurationInMilliseconds: 20000 } }, { Type: 'Hangup', Parameters: {} }]
    : type === 'ACTION_FAILED' ? [{ Type: 'Hangup', Parameters: {} }] : [];
  return { SchemaVersion: '1.0', Actions: actions };
};
`,
  // Warm-container leak: the first call's CallId kept at module level and used in every later call.
  'leaky.mjs':
    `
let callId;
export const handler = async (event) => {
  const type = event.InvocationEventType;
  if (type === 'NEW_INBOUND_CALL') {
    callId ??= event.CallDetails.Participants[0].CallId;
    return { SchemaVersion: '1.0', Actions: [{ Type: 'PlayAudio', Parameters: { CallId: callId, ` +
    `AudioSource: ${JSON.stringify(BUCKET)} } }, ` +
    `{ Type: 'Hangup', Parameters: {} }] };
  }
  return { SchemaVersion: '1.0', Actions: type === 'ACTION_FAILED' ? [{ Type: 'Hangup', Parameters: {} }] : [] };
};
`,
  'callback.cjs':
    `exports.handler = (event, context, callback) => callback(null, ` +
    `{ SchemaVersion: '1.0', Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Hangup', Parameters: {} }] : [] });\n`,
  // Needs the AWS SDK, which is not installed here: run with --require mock-sdk.cjs.
  'sdk.cjs':
    `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Hangup', Parameters: {} }] : [], ` +
    `TransactionAttributes: { table: db.table } });
`,
  'mock-sdk.cjs': `
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === '@aws-sdk/client-dynamodb') return { DynamoDBClient: class { table = 'mocked'; } };
  return load.call(this, request, ...rest);
};
`,
  // Reads what an --import preload set up.
  'needs-setup.mjs':
    `
if (globalThis.SMA_SETUP !== 'done') throw new Error('run with --import ./setup.mjs');
export const handler = async (event) => ({ SchemaVersion: '1.0', ` +
    `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Hangup', Parameters: {} }] : [] });
`,
  'setup.mjs': `globalThis.SMA_SETUP = 'done';\n`,
  'call.json': JSON.stringify({
    description: 'the caller is busy-free; the prompt fails once',
    failures: ['PlayAudio:InvalidAudioSource'],
    expect: { events: ['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudio', 'HANGUP LEG-A'] },
  }),
  // The handler of the scenario shown in docs/cli.md: a PIN prompt until 1234, then a welcome prompt.
  'pin-docs.mjs':
    `
const collect = { Type: 'PlayAudioAndGetDigits', Parameters: { AudioSource: ${JSON.stringify(BUCKET)}, ` +
    `FailureAudioSource: ${JSON.stringify(BUCKET)}, ` +
    `MinNumberOfDigits: 4, MaxNumberOfDigits: 6, TerminatorDigits: ['#'], RepeatDurationInMilliseconds: 3000 } };
export const handler = async (event) => {
  const type = event.InvocationEventType;
  let actions = [];
  if (type === 'NEW_INBOUND_CALL') actions = [collect];
  else if (type === 'ACTION_SUCCESSFUL' && event.ActionData.Type === 'PlayAudioAndGetDigits') ` +
    `actions = event.ActionData.ReceivedDigits === '1234' ? ` +
    `[{ Type: 'PlayAudio', Parameters: { AudioSource: ${JSON.stringify(BUCKET)} } }] : [collect];
  else if (type !== 'HANGUP') actions = [{ Type: 'Hangup', Parameters: {} }];
  return { SchemaVersion: '1.0', Actions: actions };
};
`,
  'wrong.json': JSON.stringify({ expect: { events: ['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL Hangup'] } }),
  'typo.json': JSON.stringify({ digit: '12#' }),
  'outbound.json': JSON.stringify({
    outboundCall: {
      FromPhoneNumber: '+12065550100',
      ToPhoneNumber: '+14155550123',
      SipMediaApplicationId: 'sma-1',
      ArgumentsMap: { order: '42' },
    },
    expect: { events: ['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'HANGUP LEG-A'] },
  }),
  'bad-outbound.json': JSON.stringify({
    outboundCall: { FromPhoneNumber: '+12065550100', ToPhoneNumber: '4155550123x', SipMediaApplicationId: 'sma-1' },
  }),
  // Python: the AWS template's lambda_handler, printing, reading the environment.
  'ivr.py':
    `
import os
print("loading ivr")
def lambda_handler(event, context):
    kind = event["InvocationEventType"]
    print("event", kind, event["Sequence"], context.aws_request_id.split("-request-")[1])
    if kind == "NEW_INBOUND_CALL":
        return {"SchemaVersion": "1.0", "Actions": [{"Type": "Speak", "Parameters": {"Text": os.environ.get("GREETING", "hello"), ` +
    `"CallId": event["CallDetails"]["Participants"][0]["CallId"]}}, ` +
    `{"Type": "Hangup", "Parameters": {}}]}
    return {"SchemaVersion": "1.0", "Actions": []}
def broken(event, context):
    return {"SchemaVersion": "1.0", "Actions": [{"Type": "Hangup", "Parameters": {"SipResponseCode": event["missing"]}}]}
`,
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chime-sma-kit-bench-'));
  cli = await buildCli(dir);
  await installPackage(dir);
  for (const [file, text] of Object.entries(MODULES)) writeFileSync(join(dir, file), text);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], cwd = dir): Run => runBin(cli, cwd, args);
type Report = {
  ok: boolean;
  runtime: string | null;
  issues: { code: string; severity: string; count: number; lastSequence?: number; message: string }[];
  transcript: { kind: string; eventType?: string }[];
  logs: { level: string; text: string; entry: number }[];
};
const json = (result: Run): Report => JSON.parse(result.stdout) as Report;
const codes = (result: Run): string[] => json(result).issues.map((issue) => issue.code);

describe('loops and limits', () => {
  it('stops a zero-time loop with one issue naming it, and collapses the repeated rejections into one line with a count', () => {
    const result = run(['simulate', 'loop.mjs']);
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output.filter((line) => line.includes('[loop]'))).toEqual([
      expect.stringMatching(
        pattern(
          /^loop\.mjs:#11: error: loop: ACTION_FAILED Hangup \(InvalidActionParameter\) was answered 10 times in a row /,
          /by the same response \(\[Hangup\]\) with no virtual time passing; the simulator stops the call/,
        ),
      ),
    ]);
    const rejected = output.filter((line) => line.includes('[action_rejected]'));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(
      /^loop\.mjs:#2: error: ACTION_FAILED Hangup: the service rejected Hangup with InvalidActionParameter: .* \(10 times, #2 to #11\)$/,
    );
    expect(output.at(-1)).toBe('loop.mjs: 2 errors (11 invocations, 00:00.000 of call)');
    const report = json(run(['simulate', '--json', 'loop.mjs']));
    expect(report.issues.find((issue) => issue.code === 'action_rejected')).toMatchObject({ count: 10, lastSequence: 11 });
  });

  it('reports reaching the limit of 1000 invocations as an error, not ok', () => {
    const result = run(['simulate', 'forever.mjs']);
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output.filter((line) => line.includes('[invocation_limit]'))).toEqual([
      expect.stringMatching(/^forever\.mjs:#1000: error: the service reached its limit of 1000 invocations for the call and hangs up/),
    ]);
    expect(output.at(-1)).toMatch(/^forever\.mjs: 1 error \(1000 invocations, /);
  });
});

describe('end states', () => {
  it('a caller left in silence is an error; the caller then hangs up so the HANGUP route runs', () => {
    const result = run(['simulate', 'silent.mjs']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^silent\.mjs:#2: error: LEG-A is still connected with nothing more to happen .*\[call_still_up\]$/m);
    expect(result.stdout).toContain('#3 HANGUP');
  });

  it('a far end left connected after the caller hung up (--hangup) is an error; two legs talking are not', () => {
    const left = run(['simulate', 'bridge.mjs', '--hangup', 'LEG-A@10s']);
    expect(left.code).toBe(1);
    expect(left.stdout).toMatch(
      /^bridge\.mjs:#3: error: LEG-B is still connected after LEG-A hung up \(HANGUP #3 at 00:10\.000\): .*\[leg_left_connected\]$/m,
    );
    const talking = run(['simulate', '--json', 'bridge.mjs']);
    expect(talking.code, talking.stdout).toBe(0);
    expect(json(talking).issues).toEqual([]);
  });
});

describe('what the CLI shows', () => {
  it('shows validateResponse warnings with their "did you mean", exit 0', () => {
    const result = run(['simulate', 'typo.mjs']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      pattern(
        /^typo\.mjs:#1: warning: NEW_INBOUND_CALL: /m,
        /the response's Actions\[0\]\.Parameters\.Repat is not a documented field .*\(did you mean Repeat\?\) \[unknown_parameter\]$/,
      ),
    );
    expect(lines(result.stdout).at(-1)).toMatch(/^typo\.mjs: ok with 1 warning/);
  });

  it('prints the version of the installed package with --version', async () => {
    const pkg = join(dir, 'pkg');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'chime-sma-kit', version: '9.8.7' }));
    const bin = await buildCli(join(pkg, 'dist'));
    expect(runBin(bin, dir, ['--version'])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    expect(runBin(bin, dir, ['-v']).stdout).toBe('9.8.7\n');
    expect(run(['--version']).code).toBe(2);
  });
});

describe('the world from flags', () => {
  it('--fail injects a documented error type; others are refused with the documented list or a "did you mean"', () => {
    const result = run(['simulate', '--json', 'play.mjs', '--fail', 'PlayAudio:InvalidAudioSource']);
    expect(result.code, result.stderr).toBe(0);
    expect(
      json(result)
        .transcript.filter((entry) => entry.kind === 'invocation')
        .map((entry) => entry.eventType),
    ).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED', 'HANGUP']);
    const undocumented = run(['simulate', 'play.mjs', '--fail', 'PlayAudio:Busy']);
    expect(undocumented.code).toBe(2);
    expect(undocumented.stderr).toContain(
      'option --fail: "Busy" is not a documented ErrorType of PlayAudio ' +
        '(documented: InvalidAudioSource, SystemException, InvalidActionParameter)',
    );
    expect(run(['simulate', 'play.mjs', '--fail', 'PlayAdio:SystemException']).stderr).toContain(
      '"PlayAdio" is not an action type (did you mean PlayAudio?)',
    );
    expect(run(['simulate', 'play.mjs', '--fail', 'PlayAudio']).stderr).toContain('option --fail takes Action:ErrorType');
  });

  it('--hangup hangs a party up at a time of the call', () => {
    const result = run(['simulate', 'play.mjs', '--hangup', 'LEG-A@5s']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^00:05\.000 → #2 HANGUP LEG-A/m);
    expect(run(['simulate', 'play.mjs', '--hangup', 'LEG-C@5']).stderr).toContain(
      'option --hangup takes LEG@TIME, such as LEG-A@12s or LEG-B@1500ms',
    );
  });

  it('--callee and --bridge set the far ends: busy, no-answer', () => {
    const busy = run(['simulate', '--json', '--outbound', 'play.mjs', '--callee', 'busy']);
    expect(
      json(busy)
        .transcript.filter((entry) => entry.kind === 'invocation')
        .map((entry) => entry.eventType),
    ).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'HANGUP']);
    const unanswered = run(['simulate', 'bridge.mjs', '--bridge', 'no-answer']);
    expect(unanswered.stdout).toMatch(/^00:30\.000 → #2 ACTION_FAILED CallAndBridge — CallNotAnswered/m);
    expect(run(['simulate', 'bridge.mjs', '--bridge', 'maybe']).code).toBe(2);
  });
});

describe('warm containers and runtimes', () => {
  it('--calls N plays N calls on one module instance and shows state leaking into call 2', () => {
    const result = run(['simulate', 'leaky.mjs', '--calls', '2']);
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output).toContain('--- call 2 of 2 ---');
    expect(output.filter((line) => line.includes('[action_rejected]'))).toEqual([
      expect.stringMatching(
        /^leaky\.mjs \(call 2 of 2\):#2: error: ACTION_FAILED PlayAudio: the service rejected PlayAudio with InvalidActionParameter/,
      ),
    ]);
    expect(output).toContain('leaky.mjs: 2 calls on one module instance, 1 with errors');
    const report = JSON.parse(run(['simulate', '--json', 'leaky.mjs', '--calls', '2']).stdout) as {
      ok: boolean;
      calls: { ok: boolean; issues: { code: string }[] }[];
    };
    expect(report.ok).toBe(false);
    expect(report.calls.map((call) => [call.ok, call.issues.map((issue) => issue.code)])).toEqual([
      [true, []],
      [false, ['action_rejected']],
    ]);
    expect(run(['simulate', 'leaky.mjs']).code).toBe(0);
    expect(run(['simulate', 'leaky.mjs', '--calls', '0']).code).toBe(2);
  });

  it('--runtime nodejs24.x warns about a callback-style handler; other runtimes do not', () => {
    const node24 = run(['simulate', '--json', 'callback.cjs', '--runtime', 'nodejs24.x']);
    expect(node24.code).toBe(0);
    expect(json(node24).runtime).toBe('nodejs24.x');
    expect(json(node24).issues).toEqual([
      expect.objectContaining({
        code: 'callback_handler',
        severity: 'warning',
        message: expect.stringContaining('nodejs24.x runtime no longer supports'),
      }),
    ]);
    expect(codes(run(['simulate', '--json', 'callback.cjs', '--runtime', 'nodejs22.x']))).toEqual([]);
    expect(run(['simulate', 'callback.cjs', '--runtime', 'python3.12']).stderr).toContain('a python3.x runtime needs a .py handler');
    expect(run(['simulate', 'callback.cjs', '--runtime', 'java21']).stderr).toContain(
      'option --runtime takes nodejs20.x, nodejs22.x, nodejs24.x, python3.x',
    );
  });
});

describe('--scenario', () => {
  it('plays the scenario and passes when the events match; a mismatch exits 1; a bad file exits 2', () => {
    const good = run(['simulate', 'play.mjs', '--scenario', 'call.json']);
    expect(good.code, good.stdout).toBe(0);
    const wrong = run(['simulate', 'play.mjs', '--scenario', 'wrong.json']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(
      pattern(
        /error: the events differ from the scenario's expect\.events at event 2: /m,
        /expected "ACTION_SUCCESSFUL Hangup", got "HANGUP LEG-A"; .* \[scenario_mismatch\]$/,
      ),
    );
    const outbound = run(['simulate', '--json', 'play.mjs', '--scenario', 'outbound.json']);
    expect(outbound.code, outbound.stdout).toBe(0);
    expect(outbound.stdout).toContain('"Arguments": {\n');
    expect(outbound.stdout).not.toContain('4155550123');
    const badOutbound = run(['simulate', 'play.mjs', '--scenario', 'bad-outbound.json']);
    expect(badOutbound.code).toBe(2);
    expect(badOutbound.stderr).toContain(
      'bad-outbound.json: outboundCall is not a valid CreateSipMediaApplicationCall input: ToPhoneNumber must be an E.164 phone number',
    );
    expect(badOutbound.stderr).not.toContain('4155550123');
    const typo = run(['simulate', 'play.mjs', '--scenario', 'typo.json']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('typo.json: digit is not a scenario field');
  });
});

describe('the scenario of docs/cli.md', () => {
  it('passes on its handler, and fails once its expected events change', () => {
    const guide = readFileSync(resolve('docs/cli.md'), 'utf8');
    const example = /^```json\n([\s\S]*?)^```$/m.exec(guide)?.[1] ?? '';
    const scenario = JSON.parse(example) as { expect: { events: string[] } };
    writeFileSync(join(dir, 'docs-call.json'), example);
    const result = run(['simulate', 'pin-docs.mjs', '--scenario', 'docs-call.json']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('LEG-A entered "0000" then #');
    scenario.expect.events.splice(1, 1);
    writeFileSync(join(dir, 'docs-call.json'), JSON.stringify(scenario));
    expect(run(['simulate', 'pin-docs.mjs', '--scenario', 'docs-call.json']).code).toBe(1);
  });
});

describe('loading what the user has', () => {
  it('--require preloads a CommonJS mock of the AWS SDK, --import an ES module', () => {
    expect(run(['simulate', 'sdk.cjs']).stderr).toContain("Cannot find module '@aws-sdk/client-dynamodb'");
    const mocked = run(['simulate', '--json', 'sdk.cjs', '--require', './mock-sdk.cjs']);
    expect(mocked.code, mocked.stderr).toBe(0);
    expect(run(['simulate', 'needs-setup.mjs']).code).toBe(2);
    expect(run(['simulate', 'needs-setup.mjs', '--import', './setup.mjs']).code).toBe(0);
  });

  it('runs a TypeScript handler with the tsx or the esbuild of its own project', () => {
    const source =
      `interface Event { InvocationEventType: string }\n` +
      `export const handler = async (event: Event): Promise<unknown> => ({ SchemaVersion: '1.0', ` +
      `Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Hangup', Parameters: {} }] : [] });\n`;
    for (const tool of ['tsx', 'esbuild']) {
      const project = join(dir, `with-${tool}`);
      mkdirSync(join(project, 'node_modules'), { recursive: true });
      symlinkSync(resolve('node_modules', tool), join(project, 'node_modules', tool), 'dir');
      writeFileSync(join(project, 'handler.ts'), source);
      const result = run(['simulate', 'handler.ts'], project);
      expect(result.code, `${tool}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('← Hangup');
    }
  });
});

describe('any language', () => {
  const runWith = (args: string[], env: Record<string, string>): Promise<Run> =>
    new Promise((done) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, ...env }, timeout: 20_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('runs a Python handler through the bridge: output under its event, the environment passed through', async () => {
    const result = await runWith(['simulate', 'ivr.py'], { GREETING: 'Welcome to the bench' });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const output = lines(result.stdout);
    expect(output[0]).toBe('            log: loading ivr');
    expect(output).toContain('            log: event NEW_INBOUND_CALL 1 1');
    expect(output.some((line) => line.includes('← Speak') && line.includes('Welcome to the bench'))).toBe(true);
    const report = json(await runWith(['simulate', '--json', 'ivr.py'], {}));
    expect(report.runtime).toBe('python3.x');
  });

  it('reports a Python exception as the handler throwing, and a missing function as unloadable', async () => {
    const broken = await runWith(['simulate', 'ivr.py:broken'], {});
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /error: NEW_INBOUND_CALL: the handler threw 2 times \(the service retried\): KeyError: 'missing' \[handler_threw\]/,
    );
    const missing = await runWith(['simulate', 'ivr.py:nope'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("ivr.py:nope: cannot load: ivr.py: no function 'nope' (it defines broken, lambda_handler)");
  });

  describe('--invoke-url', () => {
    let server: Server;
    let url = '';
    const paths: string[] = [];
    beforeAll(async () => {
      server = createServer((request, reply) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          paths.push(`${request.method} ${request.url}`);
          const event = JSON.parse(body) as { InvocationEventType: string };
          if (event.InvocationEventType === 'ACTION_SUCCESSFUL') {
            reply.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
            reply.end(JSON.stringify({ errorType: 'TypeError', errorMessage: 'boom in the container' }));
            return;
          }
          reply.writeHead(200, {
            'content-type': 'application/json',
            'x-amz-log-result': Buffer.from(`START ${event.InvocationEventType}\n`).toString('base64'),
          });
          reply.end(
            JSON.stringify({
              SchemaVersion: '1.0',
              Actions:
                event.InvocationEventType === 'NEW_INBOUND_CALL' ? [{ Type: 'Pause', Parameters: { DurationInMilliseconds: 100 } }] : [],
            }),
          );
        });
      });
      server.unref();
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      const address = server.address() as { port: number };
      url = `http://127.0.0.1:${address.port}`;
    });
    afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

    it('POSTs each event to the Invoke API, shows its log tail, and reports a function error', async () => {
      const result = await runWith(['simulate', '--invoke-url', url, '--function', 'SmaFunction'], {});
      expect(result.code).toBe(1);
      expect(paths[0]).toBe('POST /2015-03-31/functions/SmaFunction/invocations');
      expect(result.stdout).toContain('            log: START NEW_INBOUND_CALL');
      expect(result.stdout).toMatch(
        'error: ACTION_SUCCESSFUL Pause: the handler threw 2 times (the service retried): TypeError: boom in the container [handler_threw]',
      );
      expect((await runWith(['simulate', '--invoke-url', 'ftp://example.com'], {})).code).toBe(2);
      expect((await runWith(['simulate', 'ivr.py', '--invoke-url', url], {})).code).toBe(2);
    });
  });
});
