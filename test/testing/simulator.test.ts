import { parseInvocationEvent } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { CallSimulation, SERVICE_TIMINGS, simulateCall } from '../../src/testing/index.js';
import { type WireEvent, play, recorder, reply } from './helpers.js';

const E164 = /^\+[1-9]\d{1,14}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('inbound call set-up', () => {
  it('sends NEW_INBOUND_CALL with realistic CallDetails', async () => {
    const { handler, seen } = recorder(() => reply());
    await simulateCall(handler);
    const event = seen[0] as WireEvent;
    expect(event).toMatchObject({ SchemaVersion: '1.0', Sequence: 1, InvocationEventType: 'NEW_INBOUND_CALL' });
    expect(event.ActionData).toBeUndefined();
    const details = event.CallDetails;
    expect(details.TransactionId).toMatch(UUID);
    expect(details.AwsAccountId).toMatch(/^\d{12}$/);
    expect(details.AwsRegion).toBe('us-east-1');
    expect(details.SipRuleId).toMatch(UUID);
    expect(details.SipMediaApplicationId).toMatch(UUID);
    expect(details.TransactionAttributes).toBeUndefined();
    expect(details.Participants).toHaveLength(1);
    const [legA] = details.Participants as [Record<string, unknown>];
    expect(legA).toMatchObject({
      ParticipantTag: 'LEG-A',
      Direction: 'Inbound',
      Status: 'Connected',
      StartTimeInMilliseconds: '1700000000000',
    });
    expect(legA.CallId).toMatch(UUID);
    expect(legA.From).toMatch(E164);
    expect(legA.To).toMatch(E164);
  });

  it('uses the caller, numbers, headers, SMA id spelling and start time given', async () => {
    const { handler, seen } = recorder(() => reply());
    await simulateCall(handler, {
      from: '+442071838750',
      to: '+12065550100',
      sipHeaders: { 'X-Customer': '42' },
      smaIdKey: 'SipApplicationId',
      sipMediaApplicationId: 'sma-1',
      startTimeMs: 1_597_009_588_342,
      awsRegion: 'eu-central-1',
    });
    const details = (seen[0] as WireEvent).CallDetails;
    expect(details.SipApplicationId).toBe('sma-1');
    expect(details).not.toHaveProperty('SipMediaApplicationId');
    expect(details.AwsRegion).toBe('eu-central-1');
    expect(details.Participants[0]).toMatchObject({
      From: '+442071838750',
      To: '+12065550100',
      SipHeaders: { 'X-Customer': '42' },
      StartTimeInMilliseconds: '1597009588342',
    });
  });

  it('derives every id from the seed: same seed, same call; another seed, other ids', async () => {
    const run = async (seed: number) => (await simulateCall(() => reply(play('a.wav')), { seed })).transcript.toJSON();
    expect(JSON.stringify(await run(7))).toBe(JSON.stringify(await run(7)));
    expect(JSON.stringify(await run(7))).not.toBe(JSON.stringify(await run(8)));
  });
});

describe('running action lists', () => {
  it('runs one list at a time and reports ACTION_SUCCESSFUL once, for the last action', async () => {
    const { handler, seen } = recorder((event) =>
      event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(play('a.wav'), play('b.wav', { Repeat: 2 })) : reply(),
    );
    const call = await simulateCall(handler, { audioDurationMs: (key) => (key === 'a.wav' ? 1500 : 1000) });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL PlayAudio']);
    const last = seen[1] as WireEvent;
    expect(last.Sequence).toBe(2);
    expect(last.ActionData?.Parameters).toMatchObject({ AudioSource: { Key: 'b.wav' }, Repeat: 2, ParticipantTag: 'LEG-A' });
    // 1.5 s for a.wav, then b.wav twice.
    expect(call.transcript.invocations[1]?.atMs).toBe(3500);
  });

  it('echoes the parameters with the CallId and ParticipantTag of the leg the action ran on', async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(play('a.wav')) : reply()));
    await simulateCall(handler);
    const legA = (seen[0] as WireEvent).CallDetails.Participants[0] as Record<string, unknown>;
    expect((seen[1] as WireEvent).ActionData?.Parameters).toMatchObject({ CallId: legA.CallId, ParticipantTag: 'LEG-A' });
  });

  it('clears the rest of the list after a failure and sends ACTION_FAILED for the failed action', async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(play('a.wav'), play('b.wav'), play('c.wav')) : reply()));
    const call = await simulateCall(handler, { failures: [{ action: 'PlayAudio', errorType: 'InvalidAudioSource', occurrence: 2 }] });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudio']);
    expect((seen[1] as WireEvent).ActionData).toMatchObject({
      Type: 'PlayAudio',
      Parameters: { AudioSource: { Key: 'b.wav' } },
      ErrorType: 'InvalidAudioSource',
      ErrorMessage: 'The audio source parameter is invalid.',
    });
    expect(call.transcript.toText()).not.toContain('PlayAudio (c.wav) starts');
  });

  it('rejects an injected failure whose ErrorType the action does not document', () => {
    // @ts-expect-error CallNotAnswered is not a PlayAudio error type (untyped callers get the runtime error)
    expect(() => new CallSimulation(() => reply(), { failures: [{ action: 'PlayAudio', errorType: 'CallNotAnswered' }] })).toThrow(
      '"CallNotAnswered" is not a documented ErrorType of PlayAudio ' +
        '(documented: InvalidAudioSource, SystemException, InvalidActionParameter)',
    );
  });

  it('stops on Actions: [] and keeps the pending actions on a NULL action set', async () => {
    const join = { Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token-1' } };
    const run = (after: unknown) =>
      simulateCall((event: WireEvent) => {
        if (event.InvocationEventType === 'NEW_INBOUND_CALL') return reply(join, play('after-join.wav'));
        if (event.ActionData?.Type === 'JoinChimeMeeting') return after;
        return reply();
      });
    const stopped = await run(reply());
    expect(stopped.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL JoinChimeMeeting']);
    const kept = await run({ SchemaVersion: '1.0' });
    expect(kept.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL JoinChimeMeeting', 'ACTION_SUCCESSFUL PlayAudio']);
    const keptNull = await run({ SchemaVersion: '1.0', Actions: null });
    expect(keptNull.transcript.eventSummary).toHaveLength(3);
    const undefinedResponse = await run(undefined);
    expect(undefinedResponse.transcript.eventSummary).toHaveLength(3);
  });

  it('lets a new list replace the pending one', async () => {
    const join = { Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token-1' } };
    const call = await simulateCall((event: WireEvent) => {
      if (event.InvocationEventType === 'NEW_INBOUND_CALL') return reply(join, play('never.wav'));
      if (event.ActionData?.Type === 'JoinChimeMeeting') return reply(play('instead.wav'));
      return reply();
    });
    const text = call.transcript.toText();
    expect(text).toContain('PlayAudio (instead.wav) starts');
    expect(text).not.toContain('never.wav) starts');
  });
});

describe('TransactionAttributes', () => {
  it('stores them, sends them back, replaces them with a new set, keeps them on null or omission, clears them with {}', async () => {
    const answers: unknown[] = [
      { ...reply(play('1.wav')), TransactionAttributes: { step: 'one', caller: 'x' } },
      { ...reply(play('2.wav')), TransactionAttributes: { step: 'two' } },
      { ...reply(play('3.wav')), TransactionAttributes: null },
      reply(play('4.wav')),
      { ...reply(play('5.wav')), TransactionAttributes: {} },
      reply(),
    ];
    const { handler, seen } = recorder(() => answers.shift());
    const call = await simulateCall(handler);
    const stored = seen.map((event) => event.CallDetails.TransactionAttributes);
    expect(stored).toEqual([undefined, { step: 'one', caller: 'x' }, { step: 'two' }, { step: 'two' }, { step: 'two' }, undefined]);
    expect(seen[5]?.CallDetails).not.toHaveProperty('TransactionAttributes');
    expect(call.transactionAttributes).toEqual({});
  });
});

describe('invalid responses', () => {
  const invalidFirst = async (first: unknown) => {
    const answers: unknown[] = [first, reply()];
    const { handler, seen } = recorder(() => answers.shift());
    const call = await simulateCall(handler);
    return { call, event: seen[1] as WireEvent, entry: call.transcript.invocations[0] };
  };

  it('answers a wrong schema version or an API Gateway-style response with INVALID_LAMBDA_RESPONSE SchemaVersionMismatch', async () => {
    for (const response of [
      { Actions: [] },
      { SchemaVersion: '2.0', Actions: [] },
      { statusCode: 200, body: '{"SchemaVersion":"1.0"}' },
      'plain text',
    ]) {
      const { event, entry } = await invalidFirst(response);
      expect(event).toMatchObject({ Sequence: 2, InvocationEventType: 'INVALID_LAMBDA_RESPONSE', ErrorType: 'SchemaVersionMismatch' });
      expect(event.ActionData).toBeUndefined();
      expect(entry?.handling).toBe('invalid');
    }
  });

  it('enforces the 10-action limit', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => play(`${i}.wav`));
    const { event, entry } = await invalidFirst(reply(...eleven));
    expect(event).toMatchObject({ InvocationEventType: 'INVALID_LAMBDA_RESPONSE', ErrorType: 'InvalidLambdaResponse' });
    const message = 'Actions must have at most 10 actions (the documented limit per response), got 11';
    expect(String(event.ErrorMessage)).toBe(message);
    expect(entry?.problems).toEqual([message]);
    const ten = await invalidFirst(reply(...eleven.slice(1)));
    expect(ten.event.InvocationEventType).toBe('ACTION_SUCCESSFUL');
  });

  it('enforces the TransactionAttributes limits and string values, and discards the invalid response', async () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']));
    const tooMany = await invalidFirst({ ...reply(play('a.wav')), TransactionAttributes: many });
    expect(tooMany.event).toMatchObject({
      ErrorType: 'TransactionAttributesInvalidMapSize',
      ErrorMessage: 'Transaction Attributes has too many mappings. Maximum number of mappings is 100',
    });
    expect(tooMany.event.CallDetails.TransactionAttributes).toBeUndefined();
    expect(tooMany.call.transcript.toText()).not.toContain('PlayAudio (a.wav) starts');
    const hundred = await invalidFirst({ ...reply(), TransactionAttributes: Object.fromEntries(Object.entries(many).slice(1)) });
    expect(hundred.call.transactionAttributes).toHaveProperty('k100');
    const tooBig = await invalidFirst({ ...reply(), TransactionAttributes: { big: 'x'.repeat(21 * 1024) } });
    expect(tooBig.event.ErrorType).toBe('TransactionAttributesInvalidMapSize');
    const notString = await invalidFirst({ ...reply(), TransactionAttributes: { count: 3 } });
    expect(notString.event.ErrorType).toBe('InvalidLambdaResponse');
    expect(notString.entry?.problems).toEqual([expect.stringMatching(/^TransactionAttributes\.count must be a string/)]);
  });

  it('treats an unknown action type as an invalid response', async () => {
    const { event } = await invalidFirst(reply({ Type: 'Dance', Parameters: {} }));
    expect(event.ErrorMessage).toBe('Actions[0].Type is not a returnable action type, got "Dance"');
  });

  it('fails an action whose parameters break a rule with ACTION_FAILED InvalidActionParameter when its turn comes', async () => {
    const answers: unknown[] = [
      reply(play('ok.wav'), { Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b' } } }, play('never.wav')),
      reply(),
    ];
    const { handler, seen } = recorder(() => answers.shift());
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudio']);
    expect(seen[1]?.ActionData).toMatchObject({
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'Actions[1].Parameters.AudioSource.Key is required (a string)',
    });
    expect(call.transcript.invocations[1]?.atMs).toBe(2000);
  });

  it('runs the response to INVALID_LAMBDA_RESPONSE', async () => {
    const answers: unknown[] = [{ SchemaVersion: '1' }, reply(play('sorry.wav')), reply()];
    const call = await simulateCall(() => answers.shift());
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'INVALID_LAMBDA_RESPONSE', 'ACTION_SUCCESSFUL PlayAudio']);
  });
});

describe('outbound calls', () => {
  it('sends NEW_OUTBOUND_CALL, RINGING, CALL_ANSWERED; ignores the first two responses but keeps their TransactionAttributes', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.InvocationEventType === 'NEW_OUTBOUND_CALL')
        return { ...reply(play('ignored.wav')), TransactionAttributes: { campaign: 'c1' } };
      if (event.InvocationEventType === 'RINGING') return reply(play('ignored-too.wav'));
      if (event.InvocationEventType === 'CALL_ANSWERED') return reply(play('hello.wav'));
      return reply();
    });
    const call = await simulateCall(handler, {
      direction: 'outbound',
      from: '+12065550100',
      to: '+14155550199',
      arguments: { orderId: '42' },
    });
    expect(call.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'ACTION_SUCCESSFUL PlayAudio']);
    expect(seen.map((event) => event.Sequence)).toEqual([1, 2, 3, 4]);
    const [created, ringing, answered] = seen as [WireEvent, WireEvent, WireEvent];
    expect(created.ActionData).toEqual({ Parameters: { Arguments: { orderId: '42' } } });
    // The shape the parser documents (NewOutboundCallActionData): it parses, arguments kept.
    expect(parseInvocationEvent(created)).toMatchObject({
      InvocationEventType: 'NEW_OUTBOUND_CALL',
      ActionData: { Parameters: { Arguments: { orderId: '42' } } },
    });
    expect(created.CallDetails).not.toHaveProperty('SipRuleId');
    expect(created.CallDetails.Participants[0]).not.toHaveProperty('Status');
    expect(created.CallDetails.Participants[0]).toMatchObject({ Direction: 'Outbound', From: '+12065550100', To: '+14155550199' });
    expect(ringing.CallDetails.Participants[0]).not.toHaveProperty('Status');
    expect(answered.CallDetails.Participants[0]).toMatchObject({ Status: 'Connected' });
    expect(answered.CallDetails.TransactionAttributes).toEqual({ campaign: 'c1' });
    expect(call.transcript.invocations.slice(0, 2).map((entry) => entry.handling)).toEqual(['ignored', 'ignored']);
    expect(call.transcript.toText()).not.toContain('ignored.wav) starts');
    expect(answered).toBeDefined();
    expect(call.transcript.invocations[2]?.atMs).toBe(3000);
  });

  it('ends with HANGUP 486 when the callee is busy and 480 when nobody answers', async () => {
    for (const [behavior, code] of [
      ['busy', 486],
      ['no-answer', 480],
    ] as const) {
      const { handler, seen } = recorder(() => reply());
      const call = await simulateCall(handler, { direction: 'outbound', callee: { behavior } });
      expect(call.ended).toBe(true);
      expect(call.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'HANGUP LEG-A']);
      expect(seen[2]?.ActionData?.Parameters).toMatchObject({ SipResponseCode: code, ParticipantTag: 'LEG-A' });
      expect(seen[2]?.CallDetails.Participants[0]).toMatchObject({ Status: 'Disconnected' });
    }
  });
});

describe('hang-ups', () => {
  it('ends the running action when the caller hangs up, sends HANGUP and ignores its response', async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(play('long.wav')) : reply(play('too-late.wav'))));
    const call = await simulateCall(handler, { audioDurationMs: 60_000, hangups: [{ leg: 'LEG-A', atMs: 4000 }] });
    expect(call.ended).toBe(true);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(seen[1]?.ActionData).toEqual({
      Type: 'Hangup',
      Parameters: { SipResponseCode: 0, CallId: seen[0]?.CallDetails.Participants[0]?.CallId, ParticipantTag: 'LEG-A' },
    });
    expect(call.transcript.invocations[1]).toMatchObject({ atMs: 4000, handling: 'ignored' });
    expect(call.transcript.toText()).toContain('PlayAudio on LEG-A ended: the call ended');
  });

  it('takes a hang-up scheduled after the call went idle', async () => {
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(play('hello.wav')) : reply()));
    expect(call.ended).toBe(false);
    await call.hangUp('LEG-A', { atMs: 10_000 }).run();
    expect(call.ended).toBe(true);
    expect(call.transcript.invocations.at(-1)).toMatchObject({ atMs: 10_000, eventType: 'HANGUP' });
  });

  it('ends an unanswered inbound call after 30 s when the function returns no action', async () => {
    const call = await simulateCall(() => undefined);
    expect(call.ended).toBe(true);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(call.transcript.invocations[1]).toMatchObject({ atMs: SERVICE_TIMINGS.unansweredTimeoutMs });
    expect(call.transcript.events[1]).toMatchObject({ ActionData: { Parameters: { SipResponseCode: 480 } } });
  });

  it('moves LEG-B (the meeting leg) out with LEG-A, then leaves disconnected legs out of later events', async () => {
    const { handler, seen } = recorder((event) =>
      event.Sequence === 1 ? reply({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 't' } }) : reply(),
    );
    await simulateCall(handler, { hangups: [{ leg: 'LEG-A', atMs: 20_000 }] });
    const joined = seen[1] as WireEvent;
    expect(joined.CallDetails.Participants.map((p) => [p.ParticipantTag, p.Status, p.To, p.Direction])).toEqual([
      ['LEG-A', 'Connected', '+12065551212', 'Inbound'],
      ['LEG-B', 'Connected', 'SMA', 'Outbound'],
    ]);
    const hangup = seen[2] as WireEvent;
    expect(hangup.CallDetails.Participants.map((p) => p.Status)).toEqual(['Disconnected', 'Disconnected']);
  });
});

describe('the handler failing: retries and the 480 hang-up', () => {
  it('retries a throwing handler once after 5 s with the same Sequence', async () => {
    let calls = 0;
    const call = await simulateCall((event: WireEvent) => {
      calls += 1;
      if (calls === 1) throw new Error('cold start blew up');
      return event.Sequence === 1 ? reply(play('a.wav')) : reply();
    });
    const [first] = call.transcript.invocations;
    expect(first?.attempts).toEqual([
      { outcome: 'threw', latencyMs: 0, error: 'cold start blew up' },
      { outcome: 'returned', latencyMs: 0 },
    ]);
    expect(call.transcript.invocations.map((entry) => entry.sequence)).toEqual([1, 2]);
    expect(call.transcript.invocations[1]?.atMs).toBe(SERVICE_TIMINGS.retryDelayMs + 2000);
  });

  it('hangs up with 480 when the retry fails too', async () => {
    const call = await simulateCall((event: WireEvent) => {
      if (event.InvocationEventType === 'HANGUP') return reply();
      throw new Error('always broken');
    });
    expect(call.ended).toBe(true);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(call.transcript.invocations[0]).toMatchObject({ handling: 'failed' });
    expect(call.transcript.invocations[0]?.attempts).toHaveLength(2);
    expect(call.transcript.events[1]).toMatchObject({ ActionData: { Parameters: { SipResponseCode: 480 } } });
    expect(call.transcript.toText()).toContain('the function failed twice: the service ends the call with 480 Unavailable');
  });

  it('times out a handler slower than 20 s (virtual time) and retries it', async () => {
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(play('a.wav')) : reply()), {
      latencyMs: (event, attempt) => (event.Sequence === 1 && attempt === 1 ? 25_000 : 100),
    });
    expect(call.transcript.invocations[0]?.attempts).toEqual([
      { outcome: 'timed-out', latencyMs: 25_000 },
      { outcome: 'returned', latencyMs: 100 },
    ]);
    // 20 s timeout + 5 s before the retry + 100 ms latency + 2 s audio.
    expect(call.transcript.invocations[1]?.atMs).toBe(20_000 + 5_000 + 100 + 2_000);
    const slow = await simulateCall(() => reply(), { latencyMs: 20_001 });
    expect(slow.ended).toBe(true);
    expect(slow.transcript.invocations[0]?.handling).toBe('failed');
    const justInTime = await simulateCall(() => reply(), { latencyMs: 20_000 });
    expect(justInTime.transcript.invocations[0]?.handling).toBe('applied');
  });

  it('passes a Lambda-like context and supports callback-style handlers', async () => {
    let remaining = -1;
    const call = await simulateCall(
      (
        event: WireEvent,
        context: { getRemainingTimeInMillis(): number; functionName: string },
        callback: (error: unknown, result: unknown) => void,
      ) => {
        remaining = context.getRemainingTimeInMillis();
        setTimeout(() => callback(null, event.Sequence === 1 ? reply(play('a.wav')) : reply()), 0);
      },
      { latencyMs: 1500 },
    );
    expect(remaining).toBe(18_500);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL PlayAudio']);
  });

  it('stops at the service limit of invocations per call', async () => {
    const call = await simulateCall(() => reply(play('loop.wav')), { maxInvocations: 5 });
    expect(call.ended).toBe(true);
    expect(call.transcript.invocations).toHaveLength(5);
    expect(call.transcript.toText()).toContain('the service reached its limit of 5 invocations for the call and hangs up');
  });
});

describe('UpdateSipMediaApplicationCall', () => {
  it('sends CALL_UPDATE_REQUESTED, interrupts a running PlayAudio (ACTION_INTERRUPTED, answer ignored), runs the new actions', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.InvocationEventType === 'NEW_INBOUND_CALL') return reply(play('hold-music.wav'), play('never.wav'));
      if (event.InvocationEventType === 'CALL_UPDATE_REQUESTED') return reply(play('agent-ready.wav'));
      if (event.InvocationEventType === 'ACTION_INTERRUPTED') return reply(play('ignored.wav'));
      return reply();
    });
    const call = await simulateCall(handler, { audioDurationMs: 30_000, updates: [{ atMs: 12_000, arguments: { action: 'connect' } }] });
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'CALL_UPDATE_REQUESTED',
      'ACTION_INTERRUPTED PlayAudio',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
    expect(seen[1]?.ActionData).toEqual({ Type: 'CallUpdateRequest', Parameters: { Arguments: { action: 'connect' } } });
    expect(seen[2]?.ActionData?.Parameters).toMatchObject({ AudioSource: { Key: 'hold-music.wav' } });
    expect(call.transcript.invocations[2]).toMatchObject({ atMs: 12_000, handling: 'ignored' });
    expect(seen[3]?.ActionData?.Parameters).toMatchObject({ AudioSource: { Key: 'agent-ready.wav' } });
    expect(call.transcript.invocations[3]?.atMs).toBe(42_000);
    const text = call.transcript.toText();
    expect(text).not.toContain('never.wav) starts');
    expect(text).not.toContain('ignored.wav) starts');
  });

  it('does not interrupt when the update answers with a NULL action set', async () => {
    const call = await simulateCall(
      (event: WireEvent) => {
        if (event.InvocationEventType === 'NEW_INBOUND_CALL') return reply(play('message.wav'));
        if (event.InvocationEventType === 'CALL_UPDATE_REQUESTED')
          return { SchemaVersion: '1.0', TransactionAttributes: { updated: 'yes' } };
        return reply();
      },
      { audioDurationMs: 10_000, updates: [{ atMs: 3000, arguments: {} }] },
    );
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'CALL_UPDATE_REQUESTED', 'ACTION_SUCCESSFUL PlayAudio']);
    expect(call.transcript.invocations[2]?.atMs).toBe(10_000);
    expect(call.transcript.events[2]).toMatchObject({ CallDetails: { TransactionAttributes: { updated: 'yes' } } });
  });

  it('lets a non-interruptible action finish before the new actions run', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.InvocationEventType === 'NEW_INBOUND_CALL') return reply({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 't' } });
      if (event.InvocationEventType === 'CALL_UPDATE_REQUESTED') return reply(play('after-update.wav'));
      return { SchemaVersion: '1.0' };
    });
    const call = await simulateCall(handler, { updates: [{ atMs: 200, arguments: { x: '1' } }] });
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'CALL_UPDATE_REQUESTED',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
    expect(seen.every((event) => event.InvocationEventType !== 'ACTION_INTERRUPTED')).toBe(true);
  });

  it('refuses more than 20 arguments, as the API does', () => {
    const call = new CallSimulation(() => reply());
    expect(() => call.update(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])))).toThrow(
      'at most 20 Arguments, got 21',
    );
  });
});

describe('transcript', () => {
  it('reads as text for a person, with masked numbers and join tokens, and is stable', async () => {
    const call = await simulateCall(
      (event: WireEvent) => {
        if (event.InvocationEventType === 'NEW_INBOUND_CALL')
          return { ...reply(play('welcome.wav')), TransactionAttributes: { step: 'welcome' } };
        if (event.ActionData?.Type === 'PlayAudio')
          return reply({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'super-secret-token', MeetingId: 'm-1' } });
        return reply();
      },
      { hangups: [{ leg: 'LEG-A', atMs: 30_000 }] },
    );
    const text = call.transcript.toText();
    expect(text).not.toContain('super-secret-token');
    expect(text).not.toContain('+15105550101');
    expect(text).toMatchInlineSnapshot(`
      "00:00.000   · inbound call from +*******0101 to +*******1212
      00:00.000 → #1 NEW_INBOUND_CALL  [LEG-A Connected]
                ← PlayAudio (welcome.wav) | TransactionAttributes {"step":"welcome"}
      00:00.000   · PlayAudio (welcome.wav) starts on LEG-A
      00:02.000 → #2 ACTION_SUCCESSFUL PlayAudio  [LEG-A Connected]
                ← JoinChimeMeeting (token [redacted, 18 characters], meeting m-1)
      00:02.000   · JoinChimeMeeting (token [redacted, 18 characters], meeting m-1) starts on LEG-A
      00:02.500   · LEG-A joined meeting m-1: LEG-B is the meeting leg
      00:02.500 → #3 ACTION_SUCCESSFUL JoinChimeMeeting  [LEG-A Connected, LEG-B Connected]
                ← [] (stop)
      00:30.000   · LEG-A (+*******0101) hangs up
      00:30.000 → #4 HANGUP LEG-A hung up, code 0  [LEG-A Disconnected, LEG-B Disconnected]
                ← [] (stop) [ignored]"
    `);
    expect(JSON.parse(JSON.stringify(call.transcript))).toHaveLength(call.transcript.entries.length);
  });
});
