// Loops, the invocation limit and silent end states (issue 13, points 2 and 3).
import { describe, expect, it } from 'vitest';
import { type CallRecord, callIssues, simulateCall } from '../../src/testing/index.js';
import { type WireEvent, play, reply } from './helpers.js';

// A Hangup of a leg by a CallId no leg has: the service rejects it with InvalidActionParameter.
const badHangup = { Type: 'Hangup', Parameters: { CallId: 'no-such-call', SipResponseCode: '0' } };

describe('zero-time loops', () => {
  it('stops a rejected action answered by the same action, with one issue naming the loop', async () => {
    let invocations = 0;
    const call = await simulateCall(() => {
      invocations += 1;
      return reply(badHangup);
    });
    expect(invocations).toBe(11); // NEW_INBOUND_CALL, then 10 identical ACTION_FAILED exchanges
    expect(call.ended).toBe(true);
    const issues = callIssues(call);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'loop', severity: 'error', sequence: 11, path: '#11' });
    expect(issues[0]?.message).toContain(
      'ACTION_FAILED Hangup (InvalidActionParameter) was answered 10 times in a row by the same response ([Hangup])',
    );
  });

  it('takes loopLimit, and 0 lets the loop run into the invocation limit, which is an error', async () => {
    let count = 0;
    await simulateCall(() => ((count += 1), reply(badHangup)), { loopLimit: 3 });
    expect(count).toBe(4);
    const call = await simulateCall(() => reply(badHangup), { loopLimit: 0, maxInvocations: 50 });
    expect(call.sequence).toBe(50);
    expect(callIssues(call)).toEqual([expect.objectContaining({ code: 'invocation_limit', severity: 'error', sequence: 50 })]);
  });

  it('does not call a loop what changes: time passing or a counter in TransactionAttributes', async () => {
    const playing = await simulateCall(() => reply(play('again.wav')), { maxInvocations: 30 });
    expect(callIssues(playing).map((issue) => issue.code)).toEqual(['invocation_limit']);
    const counting = await simulateCall((event: WireEvent) => {
      const tries = Number(event.CallDetails.TransactionAttributes?.tries ?? 0) + 1;
      return tries > 12
        ? reply({ Type: 'Hangup', Parameters: {} })
        : { ...reply(badHangup), TransactionAttributes: { tries: String(tries) } };
    });
    expect(counting.transcript.invocations).toHaveLength(14);
    expect(callIssues(counting)).toEqual([]);
  });
});

describe('end states', () => {
  it('a call left up in silence is an issue', async () => {
    const call = await simulateCall((event: WireEvent) =>
      event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(play('hello.wav')) : reply(),
    );
    expect(call.ended).toBe(false);
    expect(callIssues(call)).toEqual([expect.objectContaining({ code: 'call_still_up', severity: 'error', sequence: 2 })]);
    await call.hangUp('LEG-A').run();
    expect(callIssues(call)).toEqual([]);
  });

  it('a bridged far end left connected after the caller hung up is an issue; hanging it up is not', async () => {
    const bridge = {
      Type: 'CallAndBridge',
      Parameters: { CallerIdNumber: '+12065551212', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+15105550199' }] },
    };
    const careless = await simulateCall(
      (event: WireEvent) => (event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(bridge) : reply()),
      { hangups: [{ leg: 'LEG-A', atMs: 10_000 }] },
    );
    const [issue] = callIssues(careless);
    expect(issue).toMatchObject({ code: 'leg_left_connected', severity: 'error' });
    expect(issue?.message).toMatch(/^LEG-B is still connected after LEG-A hung up \(HANGUP #3 at 00:10\.000\)/);
    const careful = await simulateCall(
      (event: WireEvent) =>
        event.InvocationEventType === 'NEW_INBOUND_CALL'
          ? reply(bridge)
          : event.InvocationEventType === 'HANGUP'
            ? reply({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B' } })
            : reply(),
      { hangups: [{ leg: 'LEG-A', atMs: 10_000 }] },
    );
    expect(careful.ended).toBe(true);
    expect(callIssues(careful)).toEqual([]);
    // While both legs talk, nothing is wrong.
    const talking = await simulateCall((event: WireEvent) => (event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(bridge) : reply()));
    expect(callIssues(talking)).toEqual([]);
  });

  it('reads a hand-built record: a HANGUP without ActionData.Parameters still names the leg left connected', () => {
    const careless = {
      transcript: {
        entries: [{ kind: 'invocation', sequence: 3, atMs: 10_000, eventType: 'HANGUP', event: { InvocationEventType: 'HANGUP' } }],
      },
      participants: [{ CallId: 'b', ParticipantTag: 'LEG-B', Status: 'Connected' }],
      now: 10_000,
    } as unknown as CallRecord;
    const [issue] = callIssues(careless);
    expect(issue?.message).toMatch(/^LEG-B is still connected after the other leg hung up \(HANGUP #3 at 00:10\.000\)/);
  });

  it('a NEW_OUTBOUND_CALL the function fails ends as the service ends it: the ringing leg is torn down with a HANGUP 480', async () => {
    const call = await simulateCall(
      (event: WireEvent) => {
        if (event.InvocationEventType === 'NEW_OUTBOUND_CALL') throw new Error('boom');
        return reply();
      },
      { direction: 'outbound' },
    );
    expect(call.ended).toBe(true);
    expect(call.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'HANGUP LEG-A']);
    const hangup = call.lastEvent as WireEvent;
    expect(hangup.ActionData?.Parameters).toMatchObject({ SipResponseCode: 480, ParticipantTag: 'LEG-A' });
    expect(hangup.CallDetails.Participants[0]).toMatchObject({ Status: 'Disconnected' });
    expect(call.participants[0]).toMatchObject({ Status: 'Disconnected' });
    expect(callIssues(call)).toEqual([]);
  });
});
