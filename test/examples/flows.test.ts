import { describe, expect, it } from 'vitest';
import type { SmaLogger } from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { createCallForwardingHandler } from '../../examples/call-forwarding.js';
import { createCallRecordingHandler } from '../../examples/call-recording.js';
import { createLexBotHandler } from '../../examples/lex-bot.js';
import { createMeetingMuteHandler, demoAttendee } from '../../examples/meeting-mute.js';
import { DEFAULT_MESSAGE, createNotificationHandler } from '../../examples/outbound-notification.js';

function logger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

describe('call forwarding (CallAndBridge)', () => {
  const forwarding = (log = logger()) =>
    createCallForwardingHandler({ forwardTo: '+14155550123', ringSeconds: 15, bucket: 'prompts' }, { logger: log });

  it('bridges the caller, showing their number, and hangs up the agent when the caller leaves', async () => {
    const sim = await simulateCall(forwarding(), {
      from: '+15105550101',
      bridge: { afterMs: 4000 },
      hangups: [{ leg: 'LEG-A', atMs: 60_000 }],
    });
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge', 'HANGUP LEG-A', 'HANGUP LEG-B']);
    expect(sim.transcript.invocations[0]?.response).toMatchObject({
      Actions: [
        {
          Type: 'CallAndBridge',
          Parameters: {
            CallerIdNumber: '+15105550101',
            CallTimeoutSeconds: 15,
            Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }],
          },
        },
      ],
    });
    expect(sim.transcript.invocations[2]?.response).toMatchObject({
      Actions: [{ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B' } }],
    });
    expect(sim.ended).toBe(true);
  });

  it('hangs up the caller when the forwarded-to party hangs up first', async () => {
    const sim = await simulateCall(forwarding(), { bridge: { hangUpAfterMs: 30_000 } });
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge', 'HANGUP LEG-B', 'HANGUP LEG-A']);
    expect(sim.ended).toBe(true);
  });

  it('tells the caller nobody is available when the line is busy or does not answer', async () => {
    for (const behavior of ['busy', 'no-answer'] as const) {
      const sim = await simulateCall(forwarding(), { bridge: { behavior } });
      expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED CallAndBridge', 'HANGUP LEG-A']);
      expect(sim.transcript.toText()).toContain('PlayAudio on LEG-A (nobody-available.wav) starts');
    }
  });
});

describe('outbound notification (Speak)', () => {
  it('keeps the message while it rings, says it when answered, then hangs up', async () => {
    const message = 'Your order 42 has shipped.';
    const sim = await simulateCall(createNotificationHandler({ logger: logger() }), {
      direction: 'outbound',
      to: '+14155550188',
      arguments: { message },
    });
    expect(sim.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'HANGUP LEG-A']);
    const [created, , answered] = sim.transcript.invocations;
    expect(created).toMatchObject({
      handling: 'ignored',
      response: { SchemaVersion: '1.0', Actions: [], TransactionAttributes: { message } },
    });
    expect(answered?.event).toMatchObject({ CallDetails: { TransactionAttributes: { message } } });
    const callId = (answered?.event.CallDetails as { Participants: Array<{ CallId: string }> }).Participants[0]?.CallId;
    expect(answered?.response).toEqual({
      SchemaVersion: '1.0',
      Actions: [
        { Type: 'Speak', Parameters: { CallId: callId, Text: message, VoiceId: 'Joanna', Engine: 'neural' } },
        { Type: 'Hangup', Parameters: { CallId: callId } },
      ],
    });
    // 0.5 s + 60 ms per character of speech after the answer at 3 s.
    expect(sim.transcript.invocations[3]?.atMs).toBe(3000 + 500 + message.length * 60);
  });

  it('falls back to the default message, ends cleanly when Polly fails, and does nothing when nobody answers', async () => {
    const failed = await simulateCall(createNotificationHandler({ logger: logger() }), {
      direction: 'outbound',
      failures: [{ action: 'Speak', errorType: 'ActionExecutionThrottled' }],
    });
    expect(failed.transcript.eventSummary).toEqual([
      'NEW_OUTBOUND_CALL',
      'RINGING',
      'CALL_ANSWERED',
      'ACTION_FAILED Speak',
      'HANGUP LEG-A',
    ]);
    expect(failed.transcript.invocations[2]?.response).toMatchObject({
      Actions: [{ Type: 'Speak', Parameters: { Text: DEFAULT_MESSAGE } }, { Type: 'Hangup' }],
    });
    const busy = await simulateCall(createNotificationHandler(), { direction: 'outbound', callee: { behavior: 'busy' } });
    expect(busy.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'HANGUP LEG-A']);
  });
});

describe('call recording (StartCallRecording)', () => {
  const config = { location: 'recordings-bucket/support', agent: '+14155550123', callerId: '+12065551212', bucket: 'prompts' };

  it('plays the notice, records the caller leg, keeps the location and bridges to an agent', async () => {
    const sim = await simulateCall(createCallRecordingHandler(config, { logger: logger() }), {
      hangups: [{ leg: 'LEG-A', atMs: 120_000 }],
    });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL StartCallRecording',
      'ACTION_SUCCESSFUL CallAndBridge',
      'HANGUP LEG-A',
      'HANGUP LEG-B',
    ]);
    const recorded = sim.transcript.invocations[1];
    const location = (recorded?.event.ActionData as { CallRecordingDestination: { Location: string } }).CallRecordingDestination.Location;
    expect(location).toMatch(/^recordings-bucket\/support\/2023\/11\/14\/2023-11-14-22-13-22-000_[0-9a-f-]{36}_[0-9a-f-]{36}\.wav$/);
    expect(sim.transcript.invocations[2]?.event).toMatchObject({ CallDetails: { TransactionAttributes: { recording: location } } });
  });

  it('still connects the caller when recording fails', async () => {
    const log = logger();
    const sim = await simulateCall(createCallRecordingHandler(config, { logger: log }), {
      failures: [{ action: 'StartCallRecording', errorType: 'NoAccessToDestination' }],
    });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_FAILED StartCallRecording',
      'ACTION_SUCCESSFUL CallAndBridge',
    ]);
    expect(sim.transcript.events[1]).toMatchObject({ ActionData: { Error: 'NoAccessToDestination: Error while accessing destination' } });
    expect(log.lines).toEqual(['call recording failed (NoAccessToDestination); connecting without it']);
  });
});

describe('Lex bot (StartBotConversation)', () => {
  const config = {
    botAliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID',
    agent: '+14155550123',
    callerId: '+12065551212',
    bucket: 'prompts',
  };
  const bot = () => createLexBotHandler(config, { logger: logger() });

  it('starts the conversation on LEG-A with a welcome message', async () => {
    const sim = await simulateCall(bot(), { bots: { intentName: 'CheckBalance', slots: { account: '1234' } } });
    expect(sim.transcript.invocations[0]?.response).toMatchObject({
      Actions: [
        {
          Type: 'StartBotConversation',
          Parameters: {
            ParticipantTag: 'LEG-A',
            BotAliasArn: config.botAliasArn,
            LocaleId: 'en_US',
            Configuration: { SessionState: { DialogAction: { Type: 'ElicitIntent' } }, WelcomeMessages: [{ ContentType: 'PlainText' }] },
          },
        },
      ],
    });
    expect(sim.transcript.events[1]).toMatchObject({
      ActionData: {
        IntentResult: {
          SessionState: {
            Intent: { Name: 'CheckBalance', State: 'Fulfilled', Slots: { account: { Value: { InterpretedValue: '1234' } } } },
          },
        },
      },
    });
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL StartBotConversation', 'HANGUP LEG-A']);
    expect(sim.transcript.invocations[1]?.response).toMatchObject({
      Actions: [{ Type: 'Speak', Parameters: { Text: 'Thank you, you are all set. Goodbye!' } }, { Type: 'Hangup' }],
    });
  });

  it('bridges to an agent for TalkToAgent, apologises for a failed intent or a failed bot', async () => {
    const agent = await simulateCall(bot(), { bots: { intentName: 'TalkToAgent' } });
    expect(agent.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL StartBotConversation',
      'ACTION_SUCCESSFUL CallAndBridge',
    ]);
    const failedIntent = await simulateCall(bot(), { bots: { intentName: 'BookTrip', state: 'Failed' } });
    expect(failedIntent.transcript.invocations[1]?.response).toMatchObject({
      Actions: [{ Type: 'Speak', Parameters: { Text: 'Sorry, I could not help with that. Please call again later.' } }, { Type: 'Hangup' }],
    });
    const failedBot = await simulateCall(bot(), { failures: [{ action: 'StartBotConversation', errorType: 'ResourceNotFound' }] });
    expect(failedBot.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED StartBotConversation', 'HANGUP LEG-A']);
    expect(failedBot.transcript.events[1]).toMatchObject({ ActionData: { ErrorType: 'ResourceNotFound' } });
  });
});

describe('mute and unmute in a meeting (ModifyChimeMeetingAttendees)', () => {
  const meetings = [
    {
      meetingId: 'meeting-1',
      attendees: [
        { attendeeId: 'attendee-caller', joinToken: 'ZGVtby10b2tlbg' },
        { attendeeId: 'attendee-2', joinToken: 'other' },
      ],
    },
  ];

  it('mutes with *6 and unmutes with *7 from the keypad', async () => {
    const sim = await simulateCall(createMeetingMuteHandler(demoAttendee, { logger: logger() }), {
      meetings,
      digits: [
        { keys: '*6', atMs: 5000 },
        { keys: '*7', atMs: 20_000 },
      ],
    });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
      'ACTION_SUCCESSFUL ReceiveDigits',
      'DIGITS_RECEIVED',
      'ACTION_SUCCESSFUL ModifyChimeMeetingAttendees',
      'DIGITS_RECEIVED',
      'ACTION_SUCCESSFUL ModifyChimeMeetingAttendees',
    ]);
    expect(sim.transcript.invocations[3]?.response).toEqual({
      SchemaVersion: '1.0',
      Actions: [
        {
          Type: 'ModifyChimeMeetingAttendees',
          Parameters: { ParticipantTag: 'LEG-B', Operation: 'Mute', MeetingId: 'meeting-1', AttendeeList: ['attendee-caller'] },
        },
      ],
    });
    expect(sim.meeting).toEqual({ meetingId: 'meeting-1', muted: [] });
    expect(sim.transcript.toText()).toContain('muted attendee-caller in meeting meeting-1');
  });

  it('lets a moderator mute another attendee through UpdateSipMediaApplicationCall, and logs a wrong attendee id', async () => {
    const log = logger();
    const sim = await simulateCall(createMeetingMuteHandler(demoAttendee, { logger: log }), {
      meetings,
      updates: [
        { atMs: 10_000, arguments: { mute: 'attendee-2' } },
        { atMs: 20_000, arguments: { mute: 'attendee-9' } },
      ],
    });
    expect(sim.meeting?.muted).toEqual(['attendee-2']);
    expect(sim.transcript.eventSummary.slice(-4)).toEqual([
      'CALL_UPDATE_REQUESTED',
      'ACTION_SUCCESSFUL ModifyChimeMeetingAttendees',
      'CALL_UPDATE_REQUESTED',
      'ACTION_FAILED ModifyChimeMeetingAttendees',
    ]);
    expect(log.lines).toEqual([
      'mute/unmute failed: One or more attendees are not part of this meeting. All attendees must be part of this meeting.',
    ]);
    expect(sim.ended).toBe(false);
  });
});
