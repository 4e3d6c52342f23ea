// Details of the simulator (src/testing/simulator.ts) a person relies on: the Lambda context the
// handler gets, the transcript's notes of an outbound call's set-up, the leg an action is noted
// on, injected failures, and the order of things scheduled at the same virtual time. Written
// against the mutation group `simulator`.
import { describe, expect, it, vi } from 'vitest';
import { CallSimulation, SERVICE_TIMINGS, simulateCall } from '../../src/testing/index.js';
import { type WireEvent, getDigits, play, recorder, reply } from './helpers.js';

const notes = (call: { transcript: { entries: ReadonlyArray<{ kind: string; atMs: number; text?: string }> } }) =>
  call.transcript.entries.filter((entry) => entry.kind === 'note').map((entry) => [entry.atMs, entry.text]);

describe('the Lambda context of each invocation', () => {
  it("has the runtime's fields: function name, version, ARN of the call's account and region, memory, ids per invocation", async () => {
    const contexts: Record<string, unknown>[] = [];
    const events: WireEvent[] = [];
    await simulateCall((event: WireEvent, context: Record<string, unknown>) => {
      events.push(event);
      contexts.push(context);
      return event.Sequence === 1 ? reply(play('a.wav')) : reply();
    });
    const { AwsRegion, AwsAccountId, TransactionId } = (events[0] as WireEvent).CallDetails as unknown as Record<string, string>;
    expect(contexts[0]).toMatchObject({
      callbackWaitsForEmptyEventLoop: true,
      functionName: 'sma-handler',
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${AwsRegion}:${AwsAccountId}:function:sma-handler`,
      memoryLimitInMB: '128',
      awsRequestId: `${String(TransactionId).slice(0, 8)}-request-1`,
      logGroupName: '/aws/lambda/sma-handler',
      logStreamName: 'simulated/1',
    });
    expect(contexts[1]).toMatchObject({ awsRequestId: `${String(TransactionId).slice(0, 8)}-request-2`, logStreamName: 'simulated/2' });
    expect(String(TransactionId).length).toBeGreaterThan(8);
  });
});

describe('outbound call set-up', () => {
  it('notes the call from the default numbers, the answer, and the far end hanging up after hangUpAfterMs', async () => {
    const { handler, seen } = recorder(() => reply());
    const call = await simulateCall(handler, { direction: 'outbound', callee: { afterMs: 2000, hangUpAfterMs: 5000 } });
    expect(seen[0]?.CallDetails.Participants[0]).toMatchObject({ From: '+12065551212', To: '+15105550101' });
    expect(notes(call)).toEqual([
      [0, 'outbound call from +*******1212 to +*******0101 (CreateSipMediaApplicationCall)'],
      [2000, 'callee answered'],
      [7000, 'LEG-A (+*******0101) hangs up'],
    ]);
    expect(call.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'HANGUP LEG-A']);
    expect(call.transcript.invocations.map((entry) => entry.handling)).toEqual(['ignored', 'ignored', 'applied', 'ignored']);
  });

  it('a busy callee ends the call after afterMs; one who does not answer, at the unanswered timeout', async () => {
    const busy = await simulateCall(() => reply(), { direction: 'outbound', callee: { behavior: 'busy', afterMs: 4000 } });
    expect(notes(busy).slice(1)).toEqual([[4000, 'callee is busy']]);
    expect(busy.transcript.invocations[2]?.atMs).toBe(4000);
    const silent = await simulateCall(() => reply(), { direction: 'outbound', callee: { behavior: 'no-answer', afterMs: 4000 } });
    expect(notes(silent).slice(1)).toEqual([[SERVICE_TIMINGS.unansweredTimeoutMs, 'callee did not answer']]);
  });
});

describe('the leg an action is noted on', () => {
  it('an untargeted action names the leg it runs on, a targeted one already shows its target', async () => {
    const call = await simulateCall((event: WireEvent) =>
      event.Sequence === 1
        ? reply(play('a.wav'), {
            Type: 'PlayAudio',
            Parameters: { ParticipantTag: 'LEG-A', AudioSource: { Type: 'S3', BucketName: 'b', Key: 'b.wav' } },
          })
        : reply(),
    );
    const text = call.transcript.toText();
    expect(text).toContain('PlayAudio (a.wav) starts on LEG-A');
    expect(text).toMatch(/PlayAudio on LEG-A \(b\.wav\) starts\n/);
  });

  it('a CallAndBridge, which takes no target, names the leg it runs on', async () => {
    const call = await simulateCall((event: WireEvent) =>
      event.Sequence === 1
        ? reply({
            Type: 'CallAndBridge',
            Parameters: { CallerIdNumber: '+12065550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+12065550111' }] },
          })
        : reply(),
    );
    expect(call.transcript.toText()).toContain('CallAndBridge (to +*******0111) starts on LEG-A');
  });
});

describe('injected failures', () => {
  it('fail only their action, once, and are noted', async () => {
    const { handler } = recorder((event) =>
      event.Sequence === 1
        ? reply(play('a.wav'), { Type: 'Pause', Parameters: { DurationInMilliseconds: 10 } })
        : event.Sequence === 2
          ? reply(play('b.wav'))
          : reply(),
    );
    const call = await simulateCall(handler, { failures: [{ action: 'Pause', errorType: 'SystemException' }] });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED Pause', 'ACTION_SUCCESSFUL PlayAudio']);
    expect(call.transcript.toText()).toContain('injected failure: Pause fails with SystemException');
    const twice = await simulateCall(
      (event: WireEvent) => (event.Sequence <= 2 ? reply({ Type: 'Pause', Parameters: { DurationInMilliseconds: 10 } }) : reply()),
      { failures: [{ action: 'Pause', errorType: 'SystemException' }] },
    );
    expect(twice.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED Pause', 'ACTION_SUCCESSFUL Pause']);
  });
});

describe('scheduling', () => {
  const listen = {
    Type: 'ReceiveDigits',
    Parameters: { InputDigitsRegex: '^1$', InBetweenDigitsDurationInMilliseconds: 1000, FlushDigitsDurationInMilliseconds: 5000 },
  };

  it('things scheduled for the same virtual time happen in the order they were scheduled', async () => {
    const answer = (event: WireEvent) => (event.Sequence === 1 ? reply(listen, play('hold.wav')) : reply());
    const options = { fidelity: 'docs' as const, audioDurationMs: 60_000 };
    const pressFirst = await new CallSimulation(answer, options).press({ keys: '1', atMs: 2000 }).update({ a: '1' }, { atMs: 2000 }).run();
    expect(pressFirst.transcript.eventSummary.slice(2)).toEqual(['DIGITS_RECEIVED', 'CALL_UPDATE_REQUESTED']);
    const updateFirst = await new CallSimulation(answer, options).update({ a: '1' }, { atMs: 2000 }).press({ keys: '1', atMs: 2000 }).run();
    expect(updateFirst.transcript.eventSummary.slice(2)).toEqual(['CALL_UPDATE_REQUESTED', 'DIGITS_RECEIVED']);
    expect(updateFirst.transcript.toText()).toContain('UpdateSipMediaApplicationCall {"a":"1"}');
  });

  it("an earlier buffer's flush does not flush digits typed after a pause (each buffer has its own flush)", async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1 ? reply({ ...listen, Parameters: { ...listen.Parameters, InputDigitsRegex: '^999$' } }) : reply();
    const call = await simulateCall(answer, {
      digits: [
        { keys: '2', atMs: 1000 },
        { keys: '3', atMs: 3000 },
      ],
    });
    const flushed = notes(call).filter(([, text]) => String(text).includes('flushed'));
    expect(flushed).toEqual([[8000, 'LEG-A digits "3" flushed (no match)']]);
  });

  it('notes why the service ends an unanswered call', async () => {
    const call = await simulateCall(() => undefined);
    expect(notes(call)).toContainEqual([SERVICE_TIMINGS.unansweredTimeoutMs, 'the call was not answered within 30 s: the service ends it']);
  });

  it('press() takes DTMF keys only, anywhere in the string; update() takes up to 20 Arguments', () => {
    const sim = new CallSimulation(() => reply());
    expect(() => sim.press('1x')).toThrow('press(): keys must be DTMF keys 0-9, #, *, A-D, got "1x"');
    expect(() => sim.press('x1')).toThrow(/got "x1"/);
    expect(() => sim.press('0123456789#*ABCD')).not.toThrow();
    const args = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    expect(() => sim.update(args(20))).not.toThrow();
    expect(() => sim.update(args(21))).toThrow('update(): UpdateSipMediaApplicationCall takes at most 20 Arguments, got 21');
  });
});

describe('hang-ups scheduled by the world', () => {
  it('a leg that is not up (never there, or already gone) hangs up without effect', async () => {
    const answer = (event: WireEvent) => (event.Sequence === 1 ? reply(play('a.wav')) : reply());
    const call = await new CallSimulation(answer, { audioDurationMs: 60_000 })
      .hangUp('LEG-B', { atMs: 1000 })
      .hangUp('LEG-A', { atMs: 2000 })
      .hangUp('LEG-A', { atMs: 3000 })
      .run();
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(notes(call).filter(([, text]) => String(text).includes('hangs up'))).toEqual([[2000, 'LEG-A (+*******0101) hangs up']]);
  });

  it('LEG-B hanging up is noted with the number it called', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1
        ? reply({
            Type: 'CallAndBridge',
            Parameters: { CallerIdNumber: '+12065550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+12065550111' }] },
          })
        : reply();
    const call = await simulateCall(answer, { bridge: { hangUpAfterMs: 1000 } });
    expect(notes(call)).toContainEqual([4000, 'LEG-B (+*******0111) hangs up']);
  });
});

describe('the step each invocation names', () => {
  it('is the transaction attribute the handler stored: flow.step, or the stepAttribute option', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1 ? { ...reply(play('a.wav')), TransactionAttributes: { 'flow.step': 'greet', mine: 'hello' } } : reply();
    const byFlow = await simulateCall(answer);
    expect(byFlow.transcript.invocations.map((entry) => entry.step)).toEqual(['greet', 'greet']);
    expect(byFlow.transcript.toText()).toContain('{step greet}');
    const byOption = await simulateCall(answer, { stepAttribute: 'mine' });
    expect(byOption.transcript.invocations.map((entry) => entry.step)).toEqual(['hello', 'hello']);
    const none = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(play('a.wav')) : reply()));
    expect(none.transcript.invocations.map((entry) => entry.step)).toEqual([undefined, undefined]);
  });
});

describe('what a simulation shows after a run', () => {
  it('its virtual time, last event, last response and TransactionAttributes (a copy)', async () => {
    const sim = new CallSimulation((event: WireEvent) =>
      event.Sequence === 1 ? { ...reply(play('a.wav')), TransactionAttributes: { k: 'v' } } : reply(),
    );
    expect(sim.transactionAttributes).toBeUndefined();
    expect(sim.lastEvent).toBeUndefined();
    await sim.run();
    expect(sim.now).toBe(2000);
    expect(sim.lastEvent).toMatchObject({ InvocationEventType: 'ACTION_SUCCESSFUL', Sequence: 2 });
    expect(sim.lastResponse).toEqual(reply());
    const attributes = sim.transactionAttributes as Record<string, string>;
    attributes.k = 'changed';
    expect(sim.transactionAttributes).toEqual({ k: 'v' });
  });

  it('the digits option takes one input or a list', async () => {
    const collect = (event: WireEvent) =>
      event.Sequence === 1
        ? reply({
            Type: 'ReceiveDigits',
            Parameters: { InputDigitsRegex: '^12$', InBetweenDigitsDurationInMilliseconds: 1000, FlushDigitsDurationInMilliseconds: 5000 },
          })
        : reply();
    for (const digits of ['12', { keys: '12', atMs: 100 }, [{ keys: '12', atMs: 100 }]]) {
      const call = await simulateCall(collect, { digits });
      expect(call.transcript.eventSummary).toContain('DIGITS_RECEIVED');
    }
  });
});

describe('invocations that fail', () => {
  const fail = () => {
    throw new Error('boom');
  };

  it('a function that fails twice: one retry after the retry delay, then the service hangs up with 480 at once', async () => {
    const call = await simulateCall(fail);
    expect(call.transcript.invocations[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['threw', 'threw']);
    expect(notes(call)).toContainEqual([
      SERVICE_TIMINGS.retryDelayMs,
      'the function failed twice: the service ends the call with 480 Unavailable',
    ]);
    expect(call.transcript.invocations[1]).toMatchObject({ atMs: SERVICE_TIMINGS.retryDelayMs, eventType: 'HANGUP' });
  });

  it('the last HANGUP is sent once, not retried, and its failure ends nothing more', async () => {
    const call = await simulateCall((event: WireEvent) => (event.InvocationEventType === 'HANGUP' ? fail() : reply(play('a.wav'))), {
      audioDurationMs: 60_000,
      hangups: [{ leg: 'LEG-A', atMs: 1000 }],
    });
    expect(call.transcript.invocations[1]?.attempts.map((attempt) => attempt.outcome)).toEqual(['threw']);
    expect(call.transcript.toText()).not.toContain('the function failed twice');
  });

  it('a function that never settles times out just past the service wait', async () => {
    const call = await simulateCall(() => new Promise(() => undefined), { handlerTimeoutMs: 5 });
    expect(call.transcript.invocations[0]?.attempts[0]).toEqual({
      outcome: 'timed-out',
      latencyMs: SERVICE_TIMINGS.invocationTimeoutMs + 1,
    });
  });

  it('runs where a timer is a number without unref (a jsdom or browser test environment)', async () => {
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    const timers = new Map<number, ReturnType<typeof setTimeout>>();
    vi.stubGlobal('setTimeout', (callback: () => void, ms?: number) => {
      const id = timers.size + 1;
      timers.set(id, realSetTimeout(callback, ms));
      return id;
    });
    vi.stubGlobal('clearTimeout', (id: number) => realClearTimeout(timers.get(id)));
    try {
      const call = await simulateCall(() => reply(play('a.wav')));
      expect(call.transcript.invocations[0]?.attempts).toEqual([{ outcome: 'returned', latencyMs: 0 }]);
      expect(timers.size).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('returning nothing is a response (no actions); a response JSON cannot carry is a failure', async () => {
    const nothing = await simulateCall(() => undefined);
    expect(nothing.transcript.invocations[0]?.attempts).toEqual([{ outcome: 'returned', latencyMs: 0 }]);
    const big = await simulateCall(() => ({ SchemaVersion: '1.0', Actions: [], n: 1n }));
    expect(big.transcript.invocations[0]?.attempts[0]).toMatchObject({
      outcome: 'threw',
      error: expect.stringMatching(/^the response is not JSON-serializable \(.*BigInt/),
    });
  });
});

describe('input still to come', () => {
  it('an attempt without digits does not skip the rest while a key press is scheduled later', async () => {
    // Prompt 2 s + 10 s wait per attempt, failure prompt 2 s: attempt 2 listens from 14 s.
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(getDigits()) : reply()), {
      digits: [{ keys: '123#', atMs: 17_000 }],
    });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL PlayAudioAndGetDigits']);
    expect(call.transcript.events[1]).toMatchObject({ ActionData: { ReceivedDigits: '123' } });
  });
});

describe('an action that breaks a documented rule', () => {
  const speak = (Parameters: Record<string, unknown>) => (event: WireEvent) =>
    event.Sequence === 1
      ? reply({ Type: 'Speak', Parameters: { CallId: event.CallDetails.Participants[0]?.CallId, ...Parameters } })
      : reply();

  it('a missing required parameter fails with the documented MissingRequiredActionParameter, noted once as rejected', async () => {
    const { handler, seen } = recorder(speak({}));
    const call = await simulateCall(handler);
    expect(seen[1]?.ActionData).toMatchObject({ ErrorType: 'MissingRequiredActionParameter' });
    const text = call.transcript.toText();
    expect(text).toMatch(/Speak on .* rejected: Actions\[0\]\.Parameters\.Text is required \(a string\)\n/);
    expect(text).not.toContain('the service ignores it');
  });

  it('another broken rule fails with InvalidActionParameter', async () => {
    const { handler, seen } = recorder(speak({ Text: 'Hi', Engine: 'turbo' }));
    await simulateCall(handler);
    expect(seen[1]?.ActionData).toMatchObject({ ErrorType: 'InvalidActionParameter' });
  });
});

describe('notes of actions cut short', () => {
  const bridge = {
    Type: 'CallAndBridge',
    Parameters: { CallerIdNumber: '+12065550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+12065550111' }] },
  };

  it('an update that replaces the list interrupts the running action', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1
        ? reply(play('long.wav'))
        : event.InvocationEventType === 'CALL_UPDATE_REQUESTED'
          ? reply(play('new.wav'))
          : reply();
    const call = await simulateCall(answer, { audioDurationMs: 60_000, updates: [{ atMs: 5000, arguments: {} }] });
    expect(notes(call)).toContainEqual([5000, 'PlayAudio on LEG-A interrupted']);
  });

  it('an action on LEG-B ends when LEG-B hangs up, and the call goes on', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1 ? reply(bridge) : event.Sequence === 2 ? reply(play('b.wav', { ParticipantTag: 'LEG-B' })) : reply();
    const call = await simulateCall(answer, { audioDurationMs: 60_000, bridge: { hangUpAfterMs: 1000 } });
    expect(notes(call)).toContainEqual([4000, 'PlayAudio on LEG-B ended: its leg hung up']);
    expect(call.ended).toBe(false);
  });

  it('a Hangup is noted with its code', async () => {
    const call = await simulateCall(() => reply({ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }));
    expect(notes(call)).toContainEqual([0, 'LEG-A hung up by the application (code 480)']);
  });
});

describe('updateCall', () => {
  it("takes the API's request for this call and sends its Arguments", async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(play('a.wav')) : reply()));
    const call = await simulateCall(handler);
    const details = (seen[0] as WireEvent).CallDetails as unknown as Record<string, string>;
    await call
      .updateCall(
        { SipMediaApplicationId: details.SipMediaApplicationId as string, TransactionId: call.transactionId, Arguments: { a: '1' } },
        { atMs: 9000 },
      )
      .run();
    expect(call.transcript.invocations.at(-1)).toMatchObject({ atMs: 9000, eventType: 'CALL_UPDATE_REQUESTED' });
    expect(seen.at(-1)?.ActionData).toEqual({ Type: 'CallUpdateRequest', Parameters: { Arguments: { a: '1' } } });
    // Running again goes on with the same call: it does not start it anew.
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL PlayAudio', 'CALL_UPDATE_REQUESTED']);
    expect(call.lastEvent).toMatchObject({ InvocationEventType: 'CALL_UPDATE_REQUESTED', Sequence: 3 });
  });
});

describe('how the handler is called (as the Lambda runtime calls it)', () => {
  it('a handler that throws or rejects with nothing fails the attempt with a message that says which', async () => {
    const threw = await simulateCall(() => {
      throw undefined;
    });
    expect(threw.transcript.invocations[0]?.attempts[0]).toEqual({ outcome: 'threw', latencyMs: 0, error: 'handler threw' });
    const rejected = await simulateCall(() => Promise.reject(undefined), { handlerTimeoutMs: 200 });
    expect(rejected.transcript.invocations[0]?.attempts[0]).toEqual({ outcome: 'threw', latencyMs: 0, error: 'handler rejected' });
  });

  it('a handler that takes a callback may still return its response, or null', async () => {
    const returning = await simulateCall((_event: WireEvent, _context: unknown, _callback: unknown) => reply(), { handlerTimeoutMs: 200 });
    expect(returning.transcript.invocations[0]?.attempts[0]).toEqual({ outcome: 'returned', latencyMs: 0 });
    expect(returning.lastResponse).toEqual(reply());
    const nulled = await simulateCall(() => null, { handlerTimeoutMs: 200 });
    expect(nulled.transcript.invocations[0]?.attempts[0]).toEqual({ outcome: 'returned', latencyMs: 0 });
    expect(nulled.lastResponse).toBeNull();
  });

  it('the first answer counts: a callback after a returned promise, or a second callback, is ignored', async () => {
    const twice = await simulateCall(
      (_event: WireEvent, _context: unknown, callback: (error: unknown, result?: unknown) => void) => {
        callback(null, reply(play('first.wav')));
        callback(new Error('late'));
      },
      { handlerTimeoutMs: 200 },
    );
    expect(twice.transcript.invocations[0]?.attempts[0]).toEqual({ outcome: 'returned', latencyMs: 0 });
    expect(twice.transcript.eventSummary[1]).toBe('ACTION_SUCCESSFUL PlayAudio');
  });
});

describe('the leg an untargeted action runs on', () => {
  const bridge = {
    Type: 'CallAndBridge',
    Parameters: { CallerIdNumber: '+12065550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+12065550111' }] },
  };
  const starts = (call: { transcript: { entries: ReadonlyArray<{ kind: string; atMs: number; text?: string }> } }) =>
    notes(call)
      .map(([, text]) => String(text))
      .filter((text) => text.includes(' starts'));

  it('is the leg of the event it answers: after an action on LEG-B succeeds, LEG-B', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1
        ? reply(bridge)
        : event.Sequence === 2
          ? reply(play('b.wav', { ParticipantTag: 'LEG-B' }))
          : event.Sequence === 3
            ? reply(play('next.wav'))
            : undefined;
    const call = await simulateCall(answer);
    expect(starts(call)).toEqual([
      'CallAndBridge (to +*******0111) starts on LEG-A',
      'PlayAudio on LEG-B (b.wav) starts',
      'PlayAudio (next.wav) starts on LEG-B',
    ]);
  });

  it('after LEG-A hangs up in a bridged call, the leg still up', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1 ? reply(bridge) : event.InvocationEventType === 'HANGUP' ? reply(play('after.wav')) : undefined;
    const call = await simulateCall(answer, { hangups: [{ leg: 'LEG-A', atMs: 10_000 }] });
    expect(starts(call)).toEqual(['CallAndBridge (to +*******0111) starts on LEG-A', 'PlayAudio (after.wav) starts on LEG-B']);
  });

  it('LEG-B hanging up leaves the actions still to run on LEG-A when the HANGUP response has no list', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1 ? reply(bridge) : event.Sequence === 2 ? reply(play('one.wav'), play('two.wav')) : undefined;
    const call = await simulateCall(answer, { audioDurationMs: 5000, bridge: { hangUpAfterMs: 1000 } });
    expect(starts(call)).toEqual([
      'CallAndBridge (to +*******0111) starts on LEG-A',
      'PlayAudio (one.wav) starts on LEG-A',
      'PlayAudio (two.wav) starts on LEG-A',
    ]);
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL CallAndBridge',
      'HANGUP LEG-B',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
    // LEG-A's PlayAudio plays on to its end.
    expect(notes(call).filter(([, text]) => String(text).includes(' ended'))).toEqual([]);
  });

  it('after an action on LEG-B fails, LEG-B', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1
        ? reply(bridge)
        : event.Sequence === 2
          ? reply(play('b.wav', { ParticipantTag: 'LEG-B' }))
          : event.InvocationEventType === 'ACTION_FAILED'
            ? reply(play('next.wav'))
            : undefined;
    const call = await simulateCall(answer, { failures: [{ action: 'PlayAudio', errorType: 'SystemException' }] });
    expect(starts(call).at(-1)).toBe('PlayAudio (next.wav) starts on LEG-B');
  });

  it('after an update while an action runs on LEG-B, LEG-B', async () => {
    const answer = (event: WireEvent) =>
      event.Sequence === 1
        ? reply(bridge)
        : event.Sequence === 2
          ? reply(play('b.wav', { ParticipantTag: 'LEG-B' }))
          : event.InvocationEventType === 'CALL_UPDATE_REQUESTED'
            ? reply(play('next.wav'))
            : undefined;
    const call = await simulateCall(answer, { audioDurationMs: 60_000, updates: [{ atMs: 10_000, arguments: {} }] });
    expect(starts(call).at(-1)).toBe('PlayAudio (next.wav) starts on LEG-B');
  });

  it('an action for a leg that hung up fails: its target is gone', async () => {
    const { handler, seen } = recorder((event) =>
      event.Sequence === 1
        ? reply(bridge)
        : event.InvocationEventType === 'HANGUP'
          ? reply(play('b.wav', { ParticipantTag: 'LEG-B' }))
          : undefined,
    );
    const call = await simulateCall(handler, { bridge: { hangUpAfterMs: 1000 } });
    expect(call.transcript.eventSummary.slice(2)).toEqual(['HANGUP LEG-B', 'ACTION_FAILED PlayAudio']);
    expect(seen.at(-1)?.ActionData).toMatchObject({ ErrorMessage: 'CallId or ParticipantTag parameter for action is invalid.' });
  });

  it('when the function fails twice on LEG-A hanging up, the service hangs up the leg still up', async () => {
    const call = await simulateCall(
      (event: WireEvent) => {
        if (event.Sequence === 1) return reply(bridge);
        if (event.InvocationEventType === 'HANGUP' && event.ActionData?.Parameters?.ParticipantTag === 'LEG-A') throw new Error('boom');
        return undefined;
      },
      { hangups: [{ leg: 'LEG-A', atMs: 10_000 }] },
    );
    expect(call.transcript.eventSummary.slice(2)).toEqual(['HANGUP LEG-A', 'HANGUP LEG-B']);
    expect(call.lastEvent?.ActionData).toMatchObject({ Parameters: { SipResponseCode: 480, ParticipantTag: 'LEG-B' } });
    expect(call.participants.map((leg) => leg.Status)).toEqual(['Disconnected', 'Disconnected']);
  });
});

describe('key presses', () => {
  it('on a leg that is not in the call are noted, and go nowhere', async () => {
    const call = await simulateCall(() => reply(play('a.wav')), { digits: [{ keys: '12', atMs: 500, leg: 'LEG-B' }] });
    const texts = notes(call).map(([, text]) => text);
    expect(texts).toContain('LEG-B presses 1 2');
    expect(texts.filter((text) => String(text).includes('discarded'))).toEqual([]);
  });

  it('on a leg that hung up are noted, and go nowhere', async () => {
    const bridge = {
      Type: 'CallAndBridge',
      Parameters: { CallerIdNumber: '+12065550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+12065550111' }] },
    };
    const answer = (event: WireEvent) => (event.Sequence === 1 ? reply(bridge) : event.Sequence === 2 ? reply(play('a.wav')) : undefined);
    const call = await simulateCall(answer, {
      audioDurationMs: 60_000,
      bridge: { hangUpAfterMs: 1000 },
      digits: [{ keys: '1', atMs: 10_000, leg: 'LEG-B' }],
    });
    const texts = notes(call).map(([, text]) => text);
    expect(texts).toContain('LEG-B presses 1');
    expect(texts.filter((text) => String(text).includes('discarded'))).toEqual([]);
  });
});

describe('the end of a call', () => {
  it('leaves every leg disconnected when the service gives up on it', async () => {
    const call = await simulateCall(() => reply(play('a.wav')), { maxInvocations: 1 });
    expect(call.ended).toBe(true);
    expect(call.participants.map((leg) => leg.Status)).toEqual(['Disconnected']);
  });

  it('an outbound call without arguments sends no ActionData; one stopped by the invocation limit sends nothing more', async () => {
    const { handler, seen } = recorder(() => reply());
    await simulateCall(handler, { direction: 'outbound' });
    expect(seen[0]?.InvocationEventType).toBe('NEW_OUTBOUND_CALL');
    expect(seen[0]?.ActionData).toBeUndefined();
    const limited = await simulateCall(() => reply(), { direction: 'outbound', maxInvocations: 0 });
    expect(limited.transcript.entries.filter((entry) => entry.kind === 'note' && entry.code === 'invocation_limit')).toHaveLength(1);
    expect(limited.transcript.eventSummary).toEqual([]);
  });

  it('a hang-up due the instant an action would end comes first: the action does not succeed', async () => {
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(play('a.wav')) : undefined), {
      audioDurationMs: 2000,
      hangups: [{ leg: 'LEG-A', atMs: 2000 }],
    });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
  });

  it("keys typed on LEG-B wait for a collector on LEG-B, not LEG-A's", async () => {
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(getDigits({ Repeat: 1 })) : undefined), {
      digits: [{ keys: '123#', leg: 'LEG-B' }],
    });
    expect(notes(call).filter(([, text]) => String(text).includes('presses'))).toEqual([]);
    expect(call.transcript.eventSummary[1]).toBe('ACTION_FAILED PlayAudioAndGetDigits');
  });

  it('an update whose invocation fails twice ends the call and the action running then', async () => {
    const call = await simulateCall(
      (event: WireEvent) => {
        if (event.InvocationEventType === 'CALL_UPDATE_REQUESTED') throw new Error('boom');
        return event.Sequence === 1 ? reply(play('a.wav')) : undefined;
      },
      { audioDurationMs: 60_000, updates: [{ atMs: 1000, arguments: {} }] },
    );
    const end = 1000 + SERVICE_TIMINGS.retryDelayMs;
    expect(notes(call).slice(-2)).toEqual([
      [end, 'the function failed twice: the service ends the call with 480 Unavailable'],
      [end, 'PlayAudio on LEG-A ended: the call ended'],
    ]);
    expect(call.now).toBe(end);
  });

  it('an invocation entry has only the fields that apply: no action type, response or step where there is none', async () => {
    const call = await simulateCall(() => undefined);
    const [entry] = call.transcript.invocations;
    expect(Object.keys(entry ?? {}).sort()).toEqual(['atMs', 'attempts', 'event', 'eventType', 'handling', 'kind', 'sequence']);
  });
});
