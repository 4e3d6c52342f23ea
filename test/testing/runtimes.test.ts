// simulateCalls (warm and cold instances), pythonHandler and invokeUrlHandler, as a test uses them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callIssues, invokeUrlHandler, pythonHandler, simulateCalls } from '../../src/testing/index.js';
import { type WireEvent, reply } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'chime-sma-kit-runtimes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A handler factory whose module-level state (the calls it saw) leaks into later calls. */
const leakyModule = () => {
  const seen: string[] = [];
  return (event: WireEvent) => {
    if (event.InvocationEventType === 'NEW_INBOUND_CALL') seen.push(String(event.CallDetails.Participants[0]?.CallId));
    const target = seen[0] as string;
    return event.InvocationEventType === 'NEW_INBOUND_CALL'
      ? reply({ Type: 'Hangup', Parameters: { CallId: target } })
      : event.InvocationEventType === 'ACTION_FAILED'
        ? reply({ Type: 'Hangup', Parameters: {} })
        : reply();
  };
};

describe('simulateCalls', () => {
  it('plays the calls on one shared instance, where state leaks into call 2', async () => {
    const calls = await simulateCalls(leakyModule, { calls: 3 });
    expect(calls.map((call) => call.transcript.eventSummary)).toEqual([
      ['NEW_INBOUND_CALL', 'HANGUP LEG-A'],
      ['NEW_INBOUND_CALL', 'ACTION_FAILED Hangup', 'HANGUP LEG-A'],
      ['NEW_INBOUND_CALL', 'ACTION_FAILED Hangup', 'HANGUP LEG-A'],
    ]);
    expect(new Set(calls.map((call) => call.transactionId)).size).toBe(3);
  });

  it('a fresh instance per call shows no leak', async () => {
    const calls = await simulateCalls(leakyModule, { calls: 2, instance: 'fresh' });
    expect(calls.map((call) => call.transcript.eventSummary)).toEqual([
      ['NEW_INBOUND_CALL', 'HANGUP LEG-A'],
      ['NEW_INBOUND_CALL', 'HANGUP LEG-A'],
    ]);
    await expect(simulateCalls(leakyModule, { calls: 0 })).rejects.toThrow('calls must be a whole number of at least 1');
  });
});

describe('pythonHandler', () => {
  it('runs a Python handler in one process per instance, with its environment', async () => {
    const file = join(dir, 'counter.py');
    writeFileSync(
      file,
      'import os\n' +
        'count = 0\n' +
        'def lambda_handler(event, context):\n' +
        '    global count\n' +
        '    count += 1\n' +
        '    if event["InvocationEventType"] == "NEW_INBOUND_CALL":\n' +
        '        return {"SchemaVersion": "1.0", "Actions": [{"Type": "Hangup", "Parameters": {}}], ' +
        '"TransactionAttributes": {"count": str(count), "env": os.environ["BENCH"]}}\n' +
        '    return {"SchemaVersion": "1.0", "Actions": []}\n',
    );
    const python = await pythonHandler(file, { env: { BENCH: 'yes' } });
    try {
      const calls = await simulateCalls(() => python.handler, { calls: 2 });
      expect(calls.map((call) => call.transactionAttributes)).toEqual([
        { count: '1', env: 'yes' },
        { count: '3', env: 'yes' },
      ]);
      expect(callIssues(calls[1] as (typeof calls)[number])).toEqual([]);
    } finally {
      await python.close();
    }
    await expect(pythonHandler(`${file}:nothing`)).rejects.toThrow("counter.py: no function 'nothing' (it defines lambda_handler)");
    writeFileSync(join(dir, 'bad.py'), 'def lambda_handler(event, context):\n  return 1\n  return\n x = 1\n');
    await expect(pythonHandler(join(dir, 'bad.py'))).rejects.toThrow(/IndentationError/);
  });
});

describe('invokeUrlHandler', () => {
  it('sends each event to the Invoke API path and returns the response', async () => {
    const seen: string[] = [];
    const server = createServer((request, response) => {
      seen.push(String(request.url));
      request.resume();
      request.on('end', () => response.end(JSON.stringify({ SchemaVersion: '1.0', Actions: [] })));
    });
    server.unref();
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as { port: number };
    try {
      const handler = invokeUrlHandler(`http://127.0.0.1:${port}/`);
      expect(await handler({ InvocationEventType: 'NEW_INBOUND_CALL' }, {}, () => undefined)).toEqual({
        SchemaVersion: '1.0',
        Actions: [],
      });
      await invokeUrlHandler(`http://127.0.0.1:${port}/2015-03-31/functions/named/invocations`)({}, {}, () => undefined);
      expect(seen).toEqual(['/2015-03-31/functions/function/invocations', '/2015-03-31/functions/named/invocations']);
    } finally {
      await new Promise<void>((closed) => server.close(() => closed()));
    }
    expect(() => invokeUrlHandler('file:///tmp/x')).toThrow('file: is not http: or https:');
  });
});

describe('pythonHandler and slow handlers', () => {
  // Real time: the retry (sent at 1.0 s) gets its answer at about 1.5 s, 0.5 s before its own 2.0 s deadline,
  // a margin that survives a loaded machine. The abandoned invocation still awaits (and takes) the late answer:
  // replies go to waiters in order.
  it('gives the late answer to the invocation that timed out, and the retry its own', async () => {
    const file = join(dir, 'slow.py');
    writeFileSync(
      file,
      'import time\n' +
        'calls = 0\n' +
        'def lambda_handler(event, context):\n' +
        '    global calls\n' +
        '    calls += 1\n' +
        '    if calls == 1:\n' +
        '        time.sleep(1.5)\n' +
        '        return {"SchemaVersion": "1.0", "Actions": [], "TransactionAttributes": {"answer": "late"}}\n' +
        '    return {"SchemaVersion": "1.0", "Actions": [{"Type": "Hangup", "Parameters": {}}], ' +
        '"TransactionAttributes": {"answer": "retry %d" % calls}}\n',
    );
    const python = await pythonHandler(file);
    try {
      const [call] = await simulateCalls(() => python.handler, { calls: 1, handlerTimeoutMs: 1000 });
      expect(call?.transcript.invocations[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['timed-out', 'returned']);
      expect(call?.transcript.invocations[0]?.response).toMatchObject({ TransactionAttributes: { answer: 'retry 2' } });
    } finally {
      await python.close();
    }
  });
});
