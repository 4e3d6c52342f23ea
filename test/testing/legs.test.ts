import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/testing/index.js';
import { type Action, parseInvocationEvent, targetOf, validateAction } from '../../src/index.js';
import { canonicalAction } from '../../src/actions/wire.js';
import { type WireEvent, play, recorder, reply } from './helpers.js';

const bridge = (uri = '+14155550123', extra: Record<string, unknown> = {}) => ({
  Type: 'CallAndBridge',
  Parameters: { CallerIdNumber: '+12065551212', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: uri }], ...extra },
});
const join = (JoinToken = 'token-1', extra: Record<string, unknown> = {}) => ({
  Type: 'JoinChimeMeeting',
  Parameters: { JoinToken, ...extra },
});
const tags = (event: WireEvent | undefined) =>
  event?.CallDetails.Participants.map((p) => `${String(p.ParticipantTag)} ${String(p.Status)}`);

describe('CallAndBridge', () => {
  it('adds LEG-B when the far end answers, echoing the A leg CallId, and leaves both legs connected', async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(bridge()) : reply()));
    const call = await simulateCall(handler, { bridge: { afterMs: 4000 } });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge']);
    const success = seen[1] as WireEvent;
    const [legA, legB] = success.CallDetails.Participants as [Record<string, unknown>, Record<string, unknown>];
    expect(success.ActionData?.Parameters).toMatchObject({ CallId: legA.CallId, CallerIdNumber: '+12065551212' });
    expect(success.ActionData?.Parameters).not.toHaveProperty('ParticipantTag');
    expect(legB).toMatchObject({
      ParticipantTag: 'LEG-B',
      Direction: 'Outbound',
      To: '+14155550123',
      From: '+12065551212',
      Status: 'Connected',
      StartTimeInMilliseconds: '1700000004000',
    });
    expect(call.transcript.invocations[1]?.atMs).toBe(4000);
    expect(call.ended).toBe(false);
  });

  it('fails with CallNotAnswered when the far end is busy or does not answer within CallTimeoutSeconds', async () => {
    for (const [plan, at] of [
      [{ behavior: 'busy', afterMs: 1000 }, 1000],
      [{ behavior: 'no-answer' }, 15_000],
      [{ afterMs: 20_000 }, 15_000],
    ] as const) {
      const { handler, seen } = recorder((event) =>
        event.Sequence === 1 ? reply(bridge('+14155550123', { CallTimeoutSeconds: 15 }), play('never.wav')) : reply(),
      );
      const call = await simulateCall(handler, { bridge: plan });
      expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED CallAndBridge']);
      expect(seen[1]?.ActionData).toMatchObject({ ErrorType: 'CallNotAnswered' });
      expect(tags(seen[1])).toEqual(['LEG-A Connected']);
      expect(call.transcript.invocations[1]?.atMs).toBe(at);
    }
  });

  it('uses the documented 30 s default and takes successive far-end behaviours in order', async () => {
    let attempts = 0;
    const call = await simulateCall(
      (event: WireEvent) => {
        if (event.InvocationEventType === 'NEW_INBOUND_CALL' || (event.InvocationEventType === 'ACTION_FAILED' && attempts < 2)) {
          attempts += 1;
          return reply(bridge());
        }
        return reply();
      },
      { bridge: [{ behavior: 'no-answer' }, { behavior: 'answer', afterMs: 1000 }] },
    );
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED CallAndBridge', 'ACTION_SUCCESSFUL CallAndBridge']);
    expect(call.transcript.invocations[1]?.atMs).toBe(30_000);
    expect(call.transcript.invocations[2]?.atMs).toBe(31_000);
  });

  it('does not hang up the other leg: LEG-B hanging up gives a HANGUP whose actions run on LEG-A', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.Sequence === 1) return reply(bridge());
      if (event.InvocationEventType === 'HANGUP' && event.ActionData?.Parameters?.ParticipantTag === 'LEG-B')
        return reply(play('goodbye.wav'), { Type: 'Hangup', Parameters: { SipResponseCode: '0' } });
      return reply();
    });
    const call = await simulateCall(handler, { bridge: { afterMs: 1000, hangUpAfterMs: 60_000 } });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge', 'HANGUP LEG-B', 'HANGUP LEG-A']);
    expect(tags(seen[2])).toEqual(['LEG-A Connected', 'LEG-B Disconnected']);
    expect(call.transcript.invocations[2]).toMatchObject({ atMs: 61_000, handling: 'applied' });
    expect(call.transcript.toText()).toContain('PlayAudio (goodbye.wav) starts on LEG-A');
    // LEG-B was reported gone: it is no longer listed.
    expect(tags(seen[3])).toEqual(['LEG-A Disconnected']);
    expect(call.transcript.invocations[3]).toMatchObject({ atMs: 63_000, handling: 'ignored' });
    expect(call.ended).toBe(true);
  });

  it('does not hang up LEG-B when the caller hangs up; the HANGUP response runs on LEG-B', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.Sequence === 1) return reply(bridge());
      if (event.InvocationEventType === 'HANGUP' && event.ActionData?.Parameters?.ParticipantTag === 'LEG-A')
        return reply({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B' } });
      return reply();
    });
    const call = await simulateCall(handler, { hangups: [{ leg: 'LEG-A', atMs: 10_000 }] });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge', 'HANGUP LEG-A', 'HANGUP LEG-B']);
    expect(tags(seen[2])).toEqual(['LEG-A Disconnected', 'LEG-B Connected']);
    expect(call.ended).toBe(true);
  });
});

describe('Hangup', () => {
  it('disconnects the invoked leg with the SipResponseCode given, as a number in the HANGUP event', async () => {
    const { handler, seen } = recorder((event) =>
      event.Sequence === 1
        ? reply(play('bye.wav'), { Type: 'Hangup', Parameters: { SipResponseCode: '486' } }, play('never.wav'))
        : reply(),
    );
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(seen[1]?.ActionData?.Parameters).toMatchObject({ SipResponseCode: 486, ParticipantTag: 'LEG-A' });
    expect(call.ended).toBe(true);
    expect(call.transcript.toText()).not.toContain('never.wav) starts');
  });

  it('as the first action leaves the call unanswered', async () => {
    const call = await simulateCall(() => reply({ Type: 'Hangup', Parameters: {} }));
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(call.transcript.events[1]).toMatchObject({ ActionData: { Parameters: { SipResponseCode: 0 } } });
  });

  it('on the meeting leg takes the caller out of the meeting and reports ACTION_SUCCESSFUL', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.Sequence === 1) return reply(join());
      if (event.ActionData?.Type === 'JoinChimeMeeting') return reply({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B' } });
      if (event.ActionData?.Type === 'Hangup') return reply(play('you-left.wav'));
      return reply();
    });
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
      'ACTION_SUCCESSFUL Hangup',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
    expect(tags(seen[2])).toEqual(['LEG-A Connected']);
    expect(call.meeting).toBeUndefined();
  });
});

describe('JoinChimeMeeting', () => {
  it('fails on a bridged call', async () => {
    const { handler, seen } = recorder((event) =>
      event.ActionData?.Type === 'CallAndBridge' ? reply(join()) : event.Sequence === 1 ? reply(bridge()) : reply(),
    );
    await simulateCall(handler);
    const failed = seen[2] as WireEvent;
    expect(failed.InvocationEventType).toBe('ACTION_FAILED');
    expect(failed.ActionData).toMatchObject({
      Type: 'JoinChimeMeeting',
      Error: 'InvalidActionParameter: JoinChimeMeeting cannot run on a bridged call (LEG-B is connected).',
    });
    expect(failed.ActionData).not.toHaveProperty('ErrorType');
  });

  it('joins only with a known join token and the matching MeetingId when meetings are configured', async () => {
    const meetings = [{ meetingId: 'meeting-1', attendees: [{ attendeeId: 'attendee-1', joinToken: 'good-token' }] }];
    const run = async (action: unknown) => {
      const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(action) : reply()));
      const call = await simulateCall(handler, { meetings });
      return { call, event: seen[1] as WireEvent };
    };
    const ok = await run(join('good-token', { MeetingId: 'meeting-1' }));
    expect(ok.event.InvocationEventType).toBe('ACTION_SUCCESSFUL');
    expect(ok.call.meeting).toEqual({ meetingId: 'meeting-1', muted: [] });
    const inferred = await run(join('good-token'));
    expect(inferred.call.meeting?.meetingId).toBe('meeting-1');
    const badToken = await run(join('stolen-token'));
    expect(badToken.event.ActionData?.Error).toBe('InvalidActionParameter: JoinToken parameter value is invalid.');
    const badMeeting = await run(join('good-token', { MeetingId: 'meeting-2' }));
    expect(badMeeting.event.ActionData?.Error).toBe('InvalidActionParameter: MeetingId parameter value is invalid.');
  });

  it('reports an injected ErrorJoiningMeeting in the documented Error string', async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(join()) : reply()));
    await simulateCall(handler, { failures: [{ action: 'JoinChimeMeeting', errorType: 'ErrorJoiningMeeting' }] });
    expect(seen[1]?.ActionData).toMatchObject({ Type: 'JoinChimeMeeting', Error: 'ErrorJoiningMeeting: Error while joining meeting.' });
    expect(tags(seen[1])).toEqual(['LEG-A Connected']);
  });
});

describe('ModifyChimeMeetingAttendees', () => {
  const meetings = [
    {
      meetingId: 'm-1',
      attendees: [
        { attendeeId: 'a-1', joinToken: 't-1' },
        { attendeeId: 'a-2', joinToken: 't-2' },
      ],
    },
  ];
  const modify = (Operation: string, AttendeeList: string[], extra: Record<string, unknown> = { ParticipantTag: 'LEG-B' }) => ({
    Type: 'ModifyChimeMeetingAttendees',
    Parameters: { Operation, MeetingId: 'm-1', AttendeeList, ...extra },
  });

  it('mutes and unmutes attendees of the joined meeting', async () => {
    const steps = [
      reply(join('t-1', { MeetingId: 'm-1' })),
      reply(modify('Mute', ['a-1', 'a-2'])),
      reply(modify('Unmute', ['a-1'])),
      reply(),
    ];
    const { handler, seen } = recorder(() => steps.shift());
    const call = await simulateCall(handler, { meetings });
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
      'ACTION_SUCCESSFUL ModifyChimeMeetingAttendees',
      'ACTION_SUCCESSFUL ModifyChimeMeetingAttendees',
    ]);
    expect(seen[2]?.ActionData?.Parameters).toMatchObject({ Operation: 'Mute', ParticipantTag: 'LEG-B' });
    expect(call.meeting).toEqual({ meetingId: 'm-1', muted: ['a-2'] });
  });

  it('fails without a meeting, on another meeting, with a stranger, or aimed at LEG-A', async () => {
    const cases: Array<[unknown[], string]> = [
      [[reply(modify('Mute', ['a-1']))], 'Call is not connected to Chime Meeting.'],
      [
        [reply(join('t-1')), reply(modify('Mute', ['a-1'], { MeetingId: 'm-9', ParticipantTag: 'LEG-B' }))],
        'Meeting ID parameter value is invalid.',
      ],
      [
        [reply(join('t-1')), reply(modify('Mute', ['a-9']))],
        'One or more attendees are not part of this meeting. All attendees must be part of this meeting.',
      ],
      [
        [reply(join('t-1')), reply(modify('Mute', ['a-1'], { ParticipantTag: 'LEG-A' }))],
        'Actions[0].Parameters.ParticipantTag must be one of "LEG-B" for this action, got "LEG-A"',
      ],
    ];
    for (const [steps, message] of cases) {
      const answers = [...steps, reply()];
      const { handler, seen } = recorder(() => answers.shift());
      await simulateCall(handler, { meetings });
      const failed = seen.find((event) => event.InvocationEventType === 'ACTION_FAILED');
      expect(failed?.ActionData).toMatchObject({
        Type: 'ModifyChimeMeetingAttendees',
        ErrorType: 'InvalidActionParameter',
        ErrorMessage: message,
        ErrorList: [],
      });
    }
  });

  it('untargeted, runs on the meeting leg: the simulator and targetOf apply the same rule', async () => {
    const untargeted = modify('Mute', ['a-1'], {});
    const { handler, seen } = recorder((event) =>
      event.Sequence === 1 ? reply(join('t-1')) : event.Sequence === 2 ? reply(untargeted) : reply(),
    );
    await simulateCall(handler, { meetings });
    const joined = parseInvocationEvent(seen[1]);
    const target = targetOf(untargeted as Action, joined);
    expect(target).toMatchObject({ by: 'actionLeg', participant: { ParticipantTag: 'LEG-B' } });
    expect(seen[2]?.InvocationEventType).toBe('ACTION_SUCCESSFUL');
    expect(seen[2]?.ActionData?.Parameters).toMatchObject({ ParticipantTag: 'LEG-B', CallId: target?.participant.CallId });
  });

  it('fails on the caller leg named by its CallId', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.Sequence === 1) return reply(join('t-1'));
      if (event.InvocationEventType === 'ACTION_SUCCESSFUL')
        return reply(modify('Mute', ['a-1'], { CallId: String(event.CallDetails.Participants[0]?.CallId) }));
      return reply();
    });
    await simulateCall(handler, { meetings });
    expect(seen[2]?.ActionData).toMatchObject({ ErrorType: 'InvalidActionParameter', ErrorMessage: 'Invalid action on the call.' });
  });
});

describe('Pause, SendDigits, VoiceFocus', () => {
  it('pauses for DurationInMilliseconds and can be interrupted by an update', async () => {
    const pause = { Type: 'Pause', Parameters: { DurationInMilliseconds: 10_000 } };
    const plain = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(pause) : reply()));
    expect(plain.transcript.invocations[1]?.atMs).toBe(10_000);
    const interrupted = await simulateCall(
      (event: WireEvent) =>
        event.Sequence === 1 ? reply(pause) : event.InvocationEventType === 'CALL_UPDATE_REQUESTED' ? reply(play('now.wav')) : reply(),
      { updates: [{ atMs: 4000, arguments: {} }] },
    );
    expect(interrupted.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'CALL_UPDATE_REQUESTED',
      'ACTION_INTERRUPTED Pause',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
  });

  it('coerces VoiceFocus Enable "True" as the validator does: one canonical form for both', async () => {
    const voiceFocus = (Enable: unknown) => async (event: WireEvent) =>
      event.Sequence === 1
        ? reply({ Type: 'VoiceFocus', Parameters: { CallId: String(event.CallDetails.Participants[0]?.CallId), Enable } })
        : reply();
    for (const [sent, shown] of [
      ['True', 'enabled'],
      ['true', 'enabled'],
      [true, 'enabled'],
      ['FALSE', 'disabled'],
      [false, 'disabled'],
    ] as const) {
      const action = { Type: 'VoiceFocus', Parameters: { CallId: 'c-1', Enable: sent } };
      expect(validateAction(action).ok).toBe(true);
      expect(canonicalAction(action as Action).Parameters).toMatchObject({ Enable: shown === 'enabled' });
      const call = await simulateCall(voiceFocus(sent));
      expect(call.transcript.toText(), String(sent)).toContain(`Voice Focus ${shown} on LEG-A`);
    }
  });

  it('sends digits on the leg named by CallId and fails an action whose CallId names no leg', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.Sequence === 1) {
        const callId = String(event.CallDetails.Participants[0]?.CallId);
        return reply(
          { Type: 'SendDigits', Parameters: { CallId: callId, Digits: '1234#' } },
          { Type: 'VoiceFocus', Parameters: { CallId: callId, Enable: true } },
        );
      }
      if (event.InvocationEventType === 'ACTION_SUCCESSFUL')
        return reply({ Type: 'VoiceFocus', Parameters: { CallId: 'no-such-call', Enable: false } });
      return reply();
    });
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL VoiceFocus', 'ACTION_FAILED VoiceFocus']);
    // Five tones of 250 ms, 50 ms apart.
    expect(call.transcript.invocations[1]?.atMs).toBe(1500);
    expect(call.transcript.toText()).toContain('sent DTMF 1234# on LEG-A');
    expect(seen[2]?.ActionData).toMatchObject({ ErrorType: 'InvalidActionParameter' });
  });
});
