// The simulator's per-action behaviours (src/testing/behaviours/), pinned through simulateCall:
// the time each action takes, the fields it adds to ACTION_SUCCESSFUL, the documented failures
// and the transcript lines a person reads. Written against the mutation group `behaviours`.
import { describe, expect, it } from 'vitest';
import { pattern } from '../cli/bin.js';
import { behaviours } from '../../src/testing/behaviours/index.js';
import { SERVICE_TIMINGS, callIssues, describeAction, simulateCall } from '../../src/testing/index.js';
import { LoopGuard } from '../../src/testing/loop-guard.js';
import type { InvocationEntry } from '../../src/testing/transcript.js';
import { type WireEvent, getDigits, play, recorder, reply } from './helpers.js';

const BOT = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';
const callIdOf = (event: WireEvent, tag = 'LEG-A') => String(event.CallDetails.Participants.find((p) => p.ParticipantTag === tag)?.CallId);
/** A handler answering the n-th event (1-based Sequence) with the n-th list of actions, then []. */
const script = (...steps: Array<(event: WireEvent) => unknown[]>) =>
  recorder((event) => {
    const step = steps[event.Sequence - 1];
    return step === undefined ? reply() : reply(...step(event));
  });
const notes = (call: { transcript: { toText(): string } }) => call.transcript.toText();

describe('call recording behaviours', () => {
  const on =
    (Type: string, extra: Record<string, unknown> = {}) =>
    (event: WireEvent) => [{ Type, Parameters: { CallId: callIdOf(event), ...extra } }];
  const start = on('StartCallRecording', { Track: 'BOTH', Destination: { Type: 'S3', Location: 'bucket/calls' } });

  it('starts once per leg, with the documented key, then pauses, resumes and stops it', async () => {
    const { handler, seen } = script(
      start,
      on('PauseCallRecording'),
      on('ResumeCallRecording'),
      on('StopCallRecording'),
      on('StopCallRecording'),
      start,
    );
    const call = await simulateCall(handler, { startTimeMs: Date.UTC(2024, 0, 2, 3, 4, 5, 6) });
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL StartCallRecording',
      'ACTION_SUCCESSFUL PauseCallRecording',
      'ACTION_SUCCESSFUL ResumeCallRecording',
      'ACTION_SUCCESSFUL StopCallRecording',
      'ACTION_FAILED StopCallRecording',
      'ACTION_FAILED StartCallRecording',
    ]);
    const legA = callIdOf(seen[0] as WireEvent);
    const key = `bucket/calls/2024/01/02/2024-01-02-03-04-05-006_${String(seen[0]?.CallDetails.TransactionId)}_${legA}.wav`;
    expect(seen[1]?.ActionData).toMatchObject({ CallRecordingDestination: { Type: 'S3', Location: key } });
    expect(notes(call)).toContain(`recording BOTH of LEG-A to s3://${key}`);
    expect(notes(call)).toContain('call recording of LEG-A paused');
    expect(notes(call)).toContain('call recording of LEG-A resumed');
    expect(notes(call)).toContain('call recording of LEG-A stopped');
    expect(seen[5]?.ActionData).toMatchObject({
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'StopCallRecording: no call recording is running on this call leg.',
    });
    // StartCallRecording reports its failures in one `Error` string (its documented format).
    expect(seen[6]?.ActionData).toMatchObject({ Error: 'InvalidActionParameter: Call recording can be started only once per call leg.' });
  });

  it('pads the key from the call time (start plus virtual time): two-digit months, days, hours and three-digit milliseconds', async () => {
    const { handler, seen } = script((event) => [{ Type: 'Pause', Parameters: { DurationInMilliseconds: 1500 } }, ...start(event)]);
    await simulateCall(handler, { startTimeMs: Date.UTC(2025, 10, 23, 14, 35, 45, 289) });
    const location = String((seen[1]?.ActionData as { CallRecordingDestination: { Location: string } }).CallRecordingDestination.Location);
    expect(location).toMatch(/^bucket\/calls\/2025\/11\/23\/2025-11-23-14-35-46-789_[^_]+_[^_]+\.wav$/);
  });

  it('fails Pause and Resume when no recording runs on the leg, naming the action', async () => {
    for (const type of ['PauseCallRecording', 'ResumeCallRecording']) {
      const { handler, seen } = script(on(type));
      await simulateCall(handler);
      expect(seen[1]?.ActionData).toMatchObject({
        ErrorType: 'InvalidActionParameter',
        ErrorMessage: `${type}: no call recording is running on this call leg.`,
      });
    }
  });
});

describe('RecordAudio', () => {
  const record = (extra: Record<string, unknown>) => (event: WireEvent) => [
    {
      Type: 'RecordAudio',
      Parameters: {
        CallId: callIdOf(event),
        RecordingTerminators: ['#'],
        RecordingDestination: { Type: 'S3', BucketName: 'rec', Prefix: 'voicemail/' },
        ...extra,
      },
    },
  ];

  it('records speech then silence, keyed by prefix, CallId and the time it started', async () => {
    const { handler, seen } = script((event) => [
      { Type: 'Pause', Parameters: { DurationInMilliseconds: 1000 } },
      ...record({ SilenceDurationInSeconds: 2 })(event),
    ]);
    const call = await simulateCall(handler, { speechDurationMs: 4000, startTimeMs: 1_700_000_000_000 });
    expect(call.transcript.invocations[1]?.atMs).toBe(1000 + 6000);
    const legA = callIdOf(seen[0] as WireEvent);
    expect(seen[1]?.ActionData).toMatchObject({
      RecordingDestination: { Type: 'S3', BucketName: 'rec', Key: `voicemail/${legA}-1700000001000.wav` },
    });
    expect(seen[1]?.ActionData).not.toHaveProperty('RecordingTerminatorUsed');
    expect(notes(call)).toContain('recorded 6000 ms from LEG-A\n');
  });

  it('uses 5 s of speech by default and no prefix when none is given', async () => {
    const { handler, seen } = script((event) => [
      {
        Type: 'RecordAudio',
        Parameters: { CallId: callIdOf(event), RecordingTerminators: ['#'], RecordingDestination: { Type: 'S3', BucketName: 'rec' } },
      },
    ]);
    const call = await simulateCall(handler);
    expect(call.transcript.invocations[1]?.atMs).toBe(5000);
    expect((seen[1]?.ActionData as { RecordingDestination: { Key: string } }).RecordingDestination.Key).toMatch(/^[0-9a-f-]{36}-\d+\.wav$/);
  });

  it('stops at DurationInSeconds, or on a terminator key, which it reports; other keys do not stop it', async () => {
    const capped = script(record({ DurationInSeconds: 3, SilenceDurationInSeconds: 5 }));
    const short = await simulateCall(capped.handler, { speechDurationMs: 4000 });
    expect(short.transcript.invocations[1]?.atMs).toBe(3000);
    const keyed = script(record({}));
    const call = await simulateCall(keyed.handler, {
      digits: [
        { keys: '1', atMs: 1000 },
        { keys: '#', atMs: 2500 },
      ],
    });
    expect(call.transcript.invocations[1]?.atMs).toBe(2500);
    expect(keyed.seen[1]?.ActionData).toMatchObject({ RecordingTerminatorUsed: '#' });
    expect(notes(call)).toContain('recorded 2500 ms from LEG-A, stopped by #');
  });
});

describe('timed actions', () => {
  it('SendDigits: a tone plus 50 ms per digit, 500 ms per comma', async () => {
    const at = async (Digits: string, extra: Record<string, unknown> = {}) => {
      const { handler } = script((event) => [{ Type: 'SendDigits', Parameters: { CallId: callIdOf(event), Digits, ...extra } }]);
      const call = await simulateCall(handler);
      return { atMs: call.transcript.invocations[1]?.atMs, text: notes(call) };
    };
    expect(await at('12')).toMatchObject({ atMs: 600 });
    expect(await at('1,2', { ToneDurationInMilliseconds: 100 })).toMatchObject({ atMs: 150 + 500 + 150 });
    expect((await at('1,2')).text).toContain('sent DTMF 1,2 on LEG-A');
  });

  it('Speak: 500 ms plus 60 ms per character, SSML tags not counted', async () => {
    const at = async (Text: string, TextType?: string) => {
      const { handler } = script((event) => [
        { Type: 'Speak', Parameters: { CallId: callIdOf(event), Text, ...(TextType ? { TextType } : {}) } },
      ]);
      return (await simulateCall(handler)).transcript.invocations[1]?.atMs;
    };
    expect(await at('hello')).toBe(500 + 5 * 60);
    expect(await at('<speak>hi <break time="1s"/>there</speak>', 'ssml')).toBe(500 + 'hi there'.length * 60);
  });

  it('PlayAudio: Repeat times the audio, stopped by a PlaybackTerminator only', async () => {
    const { handler } = script(() => [play('a.wav', { Repeat: 3 })]);
    expect((await simulateCall(handler, { audioDurationMs: 1000 })).transcript.invocations[1]?.atMs).toBe(3000);
    const once = script(() => [play('a.wav')]);
    expect((await simulateCall(once.handler, { audioDurationMs: 1000 })).transcript.invocations[1]?.atMs).toBe(1000);
    const stoppable = script(() => [play('a.wav', { Repeat: 3, PlaybackTerminators: ['#'] })]);
    const keys = [
      { keys: '1', atMs: 500 },
      { keys: '#', atMs: 1500 },
    ];
    expect((await simulateCall(stoppable.handler, { audioDurationMs: 1000, digits: keys })).transcript.invocations[1]?.atMs).toBe(1500);
    const deaf = script(() => [play('a.wav', { Repeat: 3 })]);
    expect((await simulateCall(deaf.handler, { audioDurationMs: 1000, digits: keys })).transcript.invocations[1]?.atMs).toBe(3000);
  });

  it('VoiceFocus: notes whether noise reduction is on or off', async () => {
    for (const [Enable, word] of [
      [true, 'enabled'],
      [false, 'disabled'],
    ] as const) {
      const { handler } = script((event) => [{ Type: 'VoiceFocus', Parameters: { CallId: callIdOf(event), Enable } }]);
      const call = await simulateCall(handler);
      expect(notes(call)).toContain(`Voice Focus ${word} on LEG-A`);
      expect(notes(call)).toContain(`(Enable=${String(Enable)})`);
    }
  });
});

describe('StartBotConversation', () => {
  const bot = (event: WireEvent) => [{ Type: 'StartBotConversation', Parameters: { CallId: callIdOf(event), BotAliasArn: BOT } }];

  it('reports the configured intent, slots and session attributes after its duration, each run its own outcome', async () => {
    const { handler, seen } = script(bot, bot, bot);
    const call = await simulateCall(handler, {
      bots: [
        {
          intentName: 'CheckBalance',
          slots: { account: '1234' },
          sessionAttributes: { lang: 'en' },
          durationMs: 2000,
          state: 'ReadyForFulfillment',
        },
        { durationMs: 1000 },
      ],
    });
    const legA = callIdOf(seen[0] as WireEvent);
    const intent = {
      Name: 'CheckBalance',
      Slots: { account: { Value: { OriginalValue: '1234', InterpretedValue: '1234', ResolvedValues: ['1234'] }, Values: [] } },
      State: 'ReadyForFulfillment',
      ConfirmationState: 'None',
    };
    expect(seen[1]?.ActionData).toMatchObject({
      CallId: legA,
      IntentResult: {
        SessionId: legA,
        SessionState: { SessionAttributes: { lang: 'en' }, Intent: intent },
        Interpretations: [{ NluConfidence: { Score: 1 }, Intent: intent }],
      },
    });
    expect(call.transcript.invocations.map((entry) => entry.atMs)).toEqual([0, 2000, 3000, 4000]);
    // The second outcome (defaults) is reused for every later run.
    const fallback = { Name: 'FallbackIntent', Slots: {}, State: 'Fulfilled', ConfirmationState: 'None' };
    expect(seen[2]?.ActionData).toMatchObject({ IntentResult: { SessionState: { SessionAttributes: {}, Intent: fallback } } });
    expect(seen[3]?.ActionData).toMatchObject({ IntentResult: { SessionState: { Intent: fallback } } });
    expect(notes(call)).toContain('bot conversation on LEG-A ended: CheckBalance ReadyForFulfillment');
    expect(notes(call)).toContain('StartBotConversation on');
    expect(notes(call)).toContain('(ABCDEFGHIJ/TSTALIASID)');
  });

  it('takes one outcome (not a list) for every run', async () => {
    const { handler, seen } = script(bot, bot);
    await simulateCall(handler, { bots: { intentName: 'Transfer', durationMs: 500 } });
    expect(
      seen
        .slice(1)
        .map(
          (event) =>
            (event.ActionData as { IntentResult: { SessionState: { Intent: { Name: string } } } }).IntentResult.SessionState.Intent.Name,
        ),
    ).toEqual(['Transfer', 'Transfer']);
  });

  it('takes 10 s by default and fails on a bridged call', async () => {
    const alone = script(bot);
    expect((await simulateCall(alone.handler)).transcript.invocations[1]?.atMs).toBe(10_000);
    const bridged = script(
      () => [
        {
          Type: 'CallAndBridge',
          Parameters: { CallerIdNumber: '+12065551212', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }] },
        },
      ],
      bot,
    );
    await simulateCall(bridged.handler);
    expect(bridged.seen[2]?.ActionData).toMatchObject({
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'StartBotConversation cannot run on a bridged call or a call joined to a meeting.',
    });
  });
});

describe('describeAction: the salient parameters each behaviour shows, with fallbacks for missing values', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['CallAndBridge', { Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }] }, 'CallAndBridge (to +*******0123)'],
    ['CallAndBridge', { Endpoints: [{ BridgeEndpointType: 'AWS', Uri: 'agent-7' }] }, 'CallAndBridge (to agent-7)'],
    ['CallAndBridge', { Endpoints: 'none' }, 'CallAndBridge (to ?)'],
    ['CallAndBridge', { Endpoints: ['not an object'] }, 'CallAndBridge (to ?)'],
    ['CallAndBridge', { Endpoints: [] }, 'CallAndBridge (to ?)'],
    ['Hangup', { SipResponseCode: '486' }, 'Hangup (code 486)'],
    ['Hangup', {}, 'Hangup'],
    [
      'JoinChimeMeeting',
      { JoinToken: 'abcdefghijklmnopqrstuvwxyz', MeetingId: 'm-1' },
      'JoinChimeMeeting (token [redacted, 26 characters], meeting m-1)',
    ],
    ['JoinChimeMeeting', { JoinToken: 42 }, 'JoinChimeMeeting'],
    ['ModifyChimeMeetingAttendees', { Operation: 'Mute', AttendeeList: ['a1', 'a2'] }, 'ModifyChimeMeetingAttendees (Mute a1,a2)'],
    ['ModifyChimeMeetingAttendees', {}, 'ModifyChimeMeetingAttendees (? ?)'],
    ['Pause', { DurationInMilliseconds: 1500 }, 'Pause (1500 ms)'],
    ['Pause', {}, 'Pause (? ms)'],
    ['PlayAudio', { AudioSource: { Type: 'S3', BucketName: 'b', Key: 'hi.wav' }, Repeat: 3 }, 'PlayAudio (hi.wav, ×3)'],
    ['PlayAudio', { AudioSource: { Type: 'S3', BucketName: 'b', Key: 'hi.wav' } }, 'PlayAudio (hi.wav)'],
    [
      'PlayAudioAndGetDigits',
      { AudioSource: { Key: 'menu.wav' }, MinNumberOfDigits: 2, MaxNumberOfDigits: 4 },
      'PlayAudioAndGetDigits (menu.wav, 2–4 digits)',
    ],
    ['PlayAudioAndGetDigits', {}, 'PlayAudioAndGetDigits (?, 0–128 digits)'],
    ['ReceiveDigits', { InputDigitsRegex: '^\\d{2}#$' }, 'ReceiveDigits (/^\\d{2}#$/)'],
    ['ReceiveDigits', {}, 'ReceiveDigits (//)'],
    ['RecordAudio', { RecordingTerminators: ['#'] }, 'RecordAudio'],
    ['SendDigits', { Digits: '1,2#' }, 'SendDigits (1,2#)'],
    ['SendDigits', {}, 'SendDigits'],
    ['Speak', { Text: 'Hello' }, 'Speak ("Hello")'],
    ['Speak', {}, 'Speak ("")'],
    ['SpeakAndGetDigits', { SpeechParameters: { Text: 'Your PIN?' } }, 'SpeakAndGetDigits ("Your PIN?")'],
    ['SpeakAndGetDigits', { SpeechParameters: 'not an object' }, 'SpeakAndGetDigits ("")'],
    ['SpeakAndGetDigits', {}, 'SpeakAndGetDigits ("")'],
    ['SpeakAndGetDigits', { SpeechParameters: {} }, 'SpeakAndGetDigits ("")'],
    ['StartBotConversation', { BotAliasArn: BOT }, 'StartBotConversation (ABCDEFGHIJ/TSTALIASID)'],
    ['StartBotConversation', {}, 'StartBotConversation'],
    ['StartCallRecording', { Track: 'INCOMING' }, 'StartCallRecording (INCOMING)'],
    ['StartCallRecording', {}, 'StartCallRecording (?)'],
    ['StopCallRecording', {}, 'StopCallRecording'],
    ['PauseCallRecording', {}, 'PauseCallRecording'],
    ['ResumeCallRecording', {}, 'ResumeCallRecording'],
    ['VoiceFocus', { Enable: false }, 'VoiceFocus (Enable=false)'],
  ];
  it.each(cases)('%s %j', (Type, Parameters, text) => {
    expect(describeAction({ Type, Parameters })).toBe(text);
  });
});

describe('CallAndBridge', () => {
  const bridge =
    (endpoint: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    () => [{ Type: 'CallAndBridge', Parameters: { CallerIdNumber: '+12065551212', Endpoints: [endpoint], ...extra } }];
  const pstn = { BridgeEndpointType: 'PSTN', Uri: '+14155550123' };

  it('notes the dial plan and the answer; copies SipHeaders to LEG-B; CallerIdNumber is its From', async () => {
    const { handler, seen } = script(bridge(pstn, { SipHeaders: { 'X-Case': '42' }, CallerIdNumber: '+12065550100' }));
    const call = await simulateCall(handler, { bridge: { afterMs: 2000 } });
    expect(notes(call)).toContain('dialing +*******0123 (answers after 2000 ms)');
    expect(notes(call)).toContain('+*******0123 answered: LEG-B bridged to LEG-A');
    const legB = seen[1]?.CallDetails.Participants.find((p) => p.ParticipantTag === 'LEG-B');
    expect(legB).toMatchObject({ From: '+12065550100', To: '+14155550123', SipHeaders: { 'X-Case': '42' } });
    expect(seen[0]?.CallDetails.Participants[0]).not.toHaveProperty('SipHeaders');
    expect(seen[1]?.ActionData?.Parameters).toMatchObject({ CallId: callIdOf(seen[0] as WireEvent) });
    const plain = script(bridge(pstn));
    expect(notes(await simulateCall(plain.handler))).toContain('dialing +*******0123 (answers after 3000 ms)');
    expect(plain.seen[1]?.CallDetails.Participants.find((p) => p.ParticipantTag === 'LEG-B')).not.toHaveProperty('SipHeaders');
    const busy = script(bridge(pstn));
    const busyCall = await simulateCall(busy.handler, { bridge: { behavior: 'busy' } });
    expect(notes(busyCall)).toContain('dialing +*******0123 (busy)');
    expect(busy.seen[1]?.ActionData).toMatchObject({ ErrorType: 'CallNotAnswered', ErrorMessage: 'Call not answered (busy)' });
    expect(busyCall.transcript.invocations[1]?.atMs).toBe(3000);
    const silent = script(bridge(pstn, { CallTimeoutSeconds: 5 }));
    await simulateCall(silent.handler, { bridge: { behavior: 'no-answer' } });
    expect(silent.seen[1]?.ActionData).toMatchObject({ ErrorType: 'CallNotAnswered', ErrorMessage: 'Call not answered' });
  });

  it('a far end answering exactly at CallTimeoutSeconds is answered', async () => {
    const { seen, handler } = script(bridge(pstn, { CallTimeoutSeconds: 5 }));
    await simulateCall(handler, { bridge: { afterMs: 5000 } });
    expect(seen[1]?.InvocationEventType).toBe('ACTION_SUCCESSFUL');
  });

  it('takes the last plan for every later run, and answers by default without plans', async () => {
    const { seen, handler } = script(
      bridge(pstn, { CallTimeoutSeconds: 5 }),
      bridge(pstn, { CallTimeoutSeconds: 5 }),
      bridge(pstn, { CallTimeoutSeconds: 5 }),
    );
    await simulateCall(handler, { bridge: [{ behavior: 'busy', afterMs: 100 }, { behavior: 'no-answer' }] });
    expect(seen.slice(1).map((event) => `${event.InvocationEventType} ${String(event.ActionData?.ErrorMessage)}`)).toEqual([
      'ACTION_FAILED Call not answered (busy)',
      'ACTION_FAILED Call not answered',
      'ACTION_FAILED Call not answered',
    ]);
  });
});

describe('LoopGuard: the sentence that names a loop', () => {
  const entry = (eventType: string, extra: Partial<InvocationEntry> = {}, data: Record<string, unknown> = {}): InvocationEntry => ({
    kind: 'invocation',
    atMs: 0,
    sequence: 1,
    eventType,
    event: { InvocationEventType: eventType, ActionData: data },
    attempts: [],
    handling: 'applied',
    ...extra,
  });
  const loopOf = (e: InvocationEntry, response: unknown, limit = 2) => {
    const guard = new LoopGuard(limit);
    expect(guard.observe(e, response)).toBeUndefined();
    return guard.observe(e, response);
  };

  it('names the event, the action, the error type without its message, and the response', () => {
    const failed = entry('ACTION_FAILED', { actionType: 'Hangup' }, { Type: 'Hangup', ErrorType: 'InvalidActionParameter' });
    expect(loopOf(failed, reply({ Type: 'Hangup' }, { Type: 'Speak' }))).toBe(
      'loop: ACTION_FAILED Hangup (InvalidActionParameter) was answered 2 times in a row' +
        ' by the same response ([Hangup, Speak]) with no virtual time passing; ' +
        'the simulator stops the call (the service would repeat it until its limit of invocations per call and hang up)',
    );
    const joined = entry(
      'ACTION_FAILED',
      { actionType: 'JoinChimeMeeting' },
      { Error: 'ErrorJoiningMeeting: Error while joining meeting.' },
    );
    expect(loopOf(joined, reply())).toMatch(
      pattern(
        /^loop: ACTION_FAILED JoinChimeMeeting \(ErrorJoiningMeeting\)/,
        / was answered 2 times in a row by the same response \(an empty action list\)/,
      ),
    );
    const invalid = entry('INVALID_LAMBDA_RESPONSE', { event: { ErrorType: 'SchemaVersionMismatch:x' } });
    expect(loopOf(invalid, { Actions: [42, { Type: 7 }] })).toMatch(
      /^loop: INVALID_LAMBDA_RESPONSE \(SchemaVersionMismatch\) was answered 2 times in a row by the same response \(\[\?, \?\]\)/,
    );
  });

  it('leaves out the action of a HANGUP and an event without error', () => {
    const hangup = entry('HANGUP', { actionType: 'Hangup' }, { Type: 'Hangup' });
    expect(loopOf(hangup, undefined)).toMatch(/^loop: HANGUP was answered 2 times in a row by the same response \(no response\)/);
    const success = entry('ACTION_SUCCESSFUL', { actionType: 'Pause' }, { Type: 'Pause' });
    expect(loopOf(success, 'nonsense')).toMatch(
      /^loop: ACTION_SUCCESSFUL Pause was answered 2 times in a row by the same response \(an invalid response\)/,
    );
    expect(loopOf(success, { SchemaVersion: '1.0' })).toMatch(/\(no action list\)/);
  });

  it('counts only identical exchanges at the same virtual time, from the first one at time 0', () => {
    const guard = new LoopGuard(2);
    const at = (atMs: number) => entry('ACTION_SUCCESSFUL', { actionType: 'Pause', atMs });
    expect(guard.observe(at(1), reply())).toBeUndefined();
    expect(guard.observe(at(2), reply())).toBeUndefined();
    expect(guard.observe(at(2), reply())).toBeDefined();
    const fresh = new LoopGuard(2);
    expect(fresh.observe(at(0), reply())).toBeUndefined();
    expect(fresh.observe(at(0), reply())).toBeDefined();
    const other = new LoopGuard(2);
    expect(other.observe(at(0), reply())).toBeUndefined();
    expect(other.observe(at(0), reply({ Type: 'Pause' }))).toBeUndefined();
  });
});

describe('callIssues: the end-state sentences', () => {
  const invocation = (sequence: number, eventType: string, Parameters?: Record<string, unknown>): InvocationEntry => ({
    kind: 'invocation',
    atMs: sequence * 1000,
    sequence,
    eventType,
    event: Parameters === undefined ? {} : { ActionData: { Type: 'Hangup', Parameters } },
    attempts: [],
    handling: 'applied',
  });
  const up = { ParticipantTag: 'LEG-A', CallId: 'call-a', Status: 'Connected' };

  it('a lone leg up with nothing to happen, even before any invocation', () => {
    expect(callIssues({ transcript: { entries: [] }, participants: [up], now: 0 })).toEqual([
      {
        path: '#0',
        code: 'call_still_up',
        sequence: 0,
        atMs: 0,
        severity: 'error',
        message:
          'LEG-A is still connected with nothing more to happen (no action pending, nothing scheduled)' +
          ': the caller hears silence; end the call with a Hangup action',
      },
    ]);
  });

  it('names the latest HANGUP of another leg, not one of the leg still up', () => {
    const entries = [
      invocation(1, 'NEW_INBOUND_CALL'),
      invocation(2, 'HANGUP', { CallId: 'call-c', ParticipantTag: 'LEG-C', SipResponseCode: 0 }),
      invocation(3, 'HANGUP', { CallId: 'call-b', ParticipantTag: 'LEG-B', SipResponseCode: 0 }),
      invocation(4, 'HANGUP', { CallId: 'call-a', ParticipantTag: 'LEG-A', SipResponseCode: 0 }),
      invocation(5, 'ACTION_SUCCESSFUL', { CallId: 'call-b', ParticipantTag: 'LEG-B' }),
      { kind: 'note', atMs: 5000, text: 'a note' } as const,
    ];
    const [issue] = callIssues({
      transcript: { entries },
      participants: [up, { ParticipantTag: 'LEG-B', CallId: 'call-b', Status: 'Disconnected' }],
      now: 6000,
    });
    expect(issue).toMatchObject({ code: 'leg_left_connected', sequence: 5, path: '#5', atMs: 6000 });
    expect(issue?.message).toBe(
      'LEG-A is still connected after LEG-B hung up (HANGUP #3 at 00:03.000)' +
        ': that party hears silence and the call is billed until it hangs up; answer the HANGUP with a Hangup action on LEG-A',
    );
  });
});

describe('collecting digits: attempts, failure prompts and their notes', () => {
  const prompt =
    (extra: Record<string, unknown> = {}) =>
    () => [getDigits(extra)];
  const lines = (call: { transcript: { toText(): string } }) =>
    notes(call)
      .split('\n')
      .filter((line) => line.includes(' · '))
      .map((line) => line.replace(/^\S+\s+· /, ''));

  it('without input, notes the first attempt, then skips the attempts left at once (same virtual time)', async () => {
    const call = await simulateCall(script(prompt()).handler, { audioDurationMs: 3000 });
    expect(lines(call).slice(2)).toEqual([
      'attempt 1/3: no digits, failure prompt plays',
      'attempts 2-3: no digits (no more input is scheduled)',
    ]);
    expect(call.transcript.invocations[1]?.atMs).toBe(3 * 13_000 + 2 * 3000);
  });

  it('plays the whole failure prompt between attempts; keys pressed during it are ignored', async () => {
    const typed = await simulateCall(script(prompt()).handler, { digits: ['12#', '9876#'], audioDurationMs: 3000 });
    // '#' at 1.4 s, failure prompt 3 s, then the next prompt: barge-in after 1 s, 200 ms a key.
    expect(typed.transcript.invocations[1]?.atMs).toBe(1400 + 3000 + 1000 + 800);
    const timed = await simulateCall(script(prompt()).handler, {
      digits: [
        { keys: '12#', atMs: 1000 },
        { keys: '9', atMs: 4000 },
      ],
      audioDurationMs: 3000,
    });
    expect(lines(timed).slice(2)).toEqual([
      'LEG-A presses 1 2 #',
      'attempt 1/3: invalid input "12", failure prompt plays',
      'LEG-A presses 9',
      'attempt 2/3: no digits, failure prompt plays',
      'attempts 3-3: no digits (no more input is scheduled)',
    ]);
    // Failure prompt to 4.4 s (not cut at 4 s), prompt 3 s + 10 s, then one attempt of 16 s skipped.
    expect(timed.transcript.invocations[1]?.atMs).toBe(4400 + 13_000 + 16_000);
  });

  it('skips the attempts left only once no input can come and the last attempt got no digits', async () => {
    const three = await simulateCall(script(prompt()).handler, { digits: ['12#'], audioDurationMs: 3000 });
    expect(lines(three).slice(3)).toEqual([
      'attempt 1/3: invalid input "12", failure prompt plays',
      'attempt 2/3: no digits, failure prompt plays',
      'attempts 3-3: no digits (no more input is scheduled)',
    ]);
    const two = await simulateCall(script(prompt({ Repeat: 2 })).handler, { digits: ['12#'], audioDurationMs: 3000 });
    expect(lines(two).slice(3)).toEqual(['attempt 1/2: invalid input "12", failure prompt plays', 'attempt 2/2: no digits']);
  });

  it('a regex that needs the terminator is not met without one', async () => {
    const { handler, seen } = script(prompt({ InputDigitsRegex: '^123.', Repeat: 1 }));
    await simulateCall(handler, { digits: '123', audioDurationMs: 3000 });
    expect(seen[1]?.InvocationEventType).toBe('ACTION_FAILED');
    const ended = script(prompt({ InputDigitsRegex: '^123.', Repeat: 1 }));
    await simulateCall(ended.handler, { digits: '123#', audioDurationMs: 3000 });
    expect(ended.seen[1]?.ActionData).toMatchObject({ ReceivedDigits: '123' });
  });

  it('the last attempt plays no failure prompt and counts up to Repeat', async () => {
    const { handler, seen } = script(prompt({ Repeat: 2 }));
    const call = await simulateCall(handler, { digits: ['12#', '34#'], audioDurationMs: 3000 });
    expect(call.transcript.invocations[1]?.atMs).toBe(1400 + 3000 + 1000 + 400);
    expect(lines(call).slice(2)).toEqual([
      'LEG-A presses 1 2 #',
      'attempt 1/2: invalid input "12", failure prompt plays',
      'LEG-A presses 3 4 #',
      'attempt 2/2: invalid input "34"',
    ]);
    expect(seen[1]?.InvocationEventType).toBe('ACTION_FAILED');
  });

  it('stops at MaxNumberOfDigits without a terminator, and notes no terminator', async () => {
    const call = await simulateCall(script(prompt()).handler, { digits: '123456', audioDurationMs: 3000 });
    expect(lines(call)).toContain('LEG-A entered "12345"');
  });

  it('SpeakAndGetDigits: its prompts last as long as their speech; no input fails with its documented SystemException', async () => {
    const speak = (event: WireEvent) => [
      {
        Type: 'SpeakAndGetDigits',
        Parameters: {
          CallId: callIdOf(event),
          SpeechParameters: { Text: 'Your PIN' },
          FailureSpeechParameters: { Text: 'Wrong' },
          MinNumberOfDigits: 1,
          MaxNumberOfDigits: 4,
          Repeat: 2,
          RepeatDurationInMilliseconds: 5000,
        },
      },
    ];
    const { handler, seen } = script(speak);
    const call = await simulateCall(handler);
    // Prompt (500 + 8 × 60) + 5 s, then one attempt skipped: failure (500 + 5 × 60) + prompt + 5 s.
    expect(call.transcript.invocations[1]?.atMs).toBe(980 + 5000 + 800 + 980 + 5000);
    expect(seen[1]?.ActionData).toMatchObject({ ErrorType: 'SystemException', ErrorMessage: 'System error while running action' });
  });
});

describe('meetings', () => {
  const join =
    (JoinToken: string, extra: Record<string, unknown> = {}) =>
    () => [{ Type: 'JoinChimeMeeting', Parameters: { JoinToken, ...extra } }];
  const modify =
    (Operation: string, AttendeeList: string[], MeetingId = 'm-2') =>
    () => [{ Type: 'ModifyChimeMeetingAttendees', Parameters: { Operation, MeetingId, AttendeeList, ParticipantTag: 'LEG-B' } }];
  const meetings = [
    { meetingId: 'm-1', attendees: [{ attendeeId: 'a-1', joinToken: 't-1' }] },
    {
      meetingId: 'm-2',
      attendees: [
        { attendeeId: 'a-2', joinToken: 't-2' },
        { attendeeId: 'a-3', joinToken: 't-3' },
      ],
    },
  ];

  it('notes the meeting joined, mutes in sorted order, and checks attendees against the joined meeting', async () => {
    const { handler, seen } = script(
      join('t-2'),
      modify('Mute', ['a-3', 'a-2']),
      modify('Unmute', ['a-3']),
      modify('Mute', ['a-2', 'a-1']),
    );
    const call = await simulateCall(handler, { meetings });
    expect(notes(call)).toContain('LEG-A joined meeting m-2: LEG-B is the meeting leg');
    expect(notes(call)).toMatch(/· muted a-3, a-2 in meeting m-2/);
    expect(notes(call)).toContain('unmuted a-3 in meeting m-2');
    expect(seen[4]?.ActionData).toMatchObject({
      ErrorMessage: 'One or more attendees are not part of this meeting. All attendees must be part of this meeting.',
    });
    expect(call.meeting).toEqual({ meetingId: 'm-2', muted: ['a-2'] });
    const sorted = script(join('t-2'), modify('Mute', ['a-3', 'a-2']));
    expect((await simulateCall(sorted.handler, { meetings })).meeting).toEqual({ meetingId: 'm-2', muted: ['a-2', 'a-3'] });
  });

  it('without configured meetings, joins the legacy namespace and takes any MeetingId and attendee', async () => {
    const { handler, seen } = script(join('anything'), modify('Unmute', ['x'], 'whatever'));
    const call = await simulateCall(handler);
    expect(notes(call)).toContain('LEG-A joined meeting (legacy namespace, no MeetingId): LEG-B is the meeting leg');
    expect(notes(call)).toContain('unmuted x in meeting whatever');
    expect(seen[2]?.InvocationEventType).toBe('ACTION_SUCCESSFUL');
  });

  it('ModifyChimeMeetingAttendees on the caller leg without a meeting fails as not connected', async () => {
    const { handler, seen } = script((event) => [
      {
        Type: 'ModifyChimeMeetingAttendees',
        Parameters: { Operation: 'Mute', MeetingId: 'm-1', AttendeeList: ['a-1'], CallId: callIdOf(event) },
      },
    ]);
    await simulateCall(handler, { meetings });
    expect(seen[1]?.ActionData).toMatchObject({
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'Call is not connected to Chime Meeting.',
    });
  });

  it('ModifyChimeMeetingAttendees without a meeting leg, untargeted, fails as not connected', async () => {
    const { handler, seen } = script(() => [
      { Type: 'ModifyChimeMeetingAttendees', Parameters: { Operation: 'Mute', MeetingId: 'm-1', AttendeeList: ['a-1'] } },
    ]);
    await simulateCall(handler, { meetings });
    expect(seen[1]?.ActionData).toMatchObject({
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'Call is not connected to Chime Meeting.',
    });
  });

  it('a leg that has hung up does not stop a join or a bot conversation', async () => {
    const bridge = () => [
      {
        Type: 'CallAndBridge',
        Parameters: { CallerIdNumber: '+12065551212', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }] },
      },
    ];
    const answerHangup = (next: () => unknown[]) =>
      recorder((event) =>
        event.Sequence === 1 ? reply(...bridge()) : event.InvocationEventType === 'HANGUP' ? reply(...next()) : reply(),
      );
    const joining = answerHangup(join('t-1'));
    await simulateCall(joining.handler, { bridge: { hangUpAfterMs: 1000 } });
    expect(joining.seen.map((event) => `${event.InvocationEventType} ${String(event.ActionData?.Type)}`)).toEqual([
      'NEW_INBOUND_CALL undefined',
      'ACTION_SUCCESSFUL CallAndBridge',
      'HANGUP Hangup',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
    ]);
    const talking = answerHangup(() => [{ Type: 'StartBotConversation', Parameters: { BotAliasArn: BOT } }]);
    await simulateCall(talking.handler, { bridge: { hangUpAfterMs: 1000 } });
    expect(talking.seen[3]?.InvocationEventType).toBe('ACTION_SUCCESSFUL');
  });
});

describe('Hangup and ReceiveDigits', () => {
  it('hanging up LEG-B of a bridged call sends one HANGUP and no ACTION_SUCCESSFUL', async () => {
    const bridge = () => [
      {
        Type: 'CallAndBridge',
        Parameters: { CallerIdNumber: '+12065551212', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }] },
      },
    ];
    const { handler } = script(bridge, () => [{ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B', SipResponseCode: '0' } }]);
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge', 'HANGUP LEG-B']);
  });

  it('ReceiveDigits notes its regex and takes its InBetweenDigitsDurationInMilliseconds', async () => {
    const listen = (gapMs: number) => () => [
      {
        Type: 'ReceiveDigits',
        Parameters: {
          ParticipantTag: 'LEG-A',
          InputDigitsRegex: '^\\d{2}$',
          InBetweenDigitsDurationInMilliseconds: gapMs,
          FlushDigitsDurationInMilliseconds: 20_000,
        },
      },
      play('hold.wav'),
    ];
    const digits = [
      { keys: '1', atMs: 1000 },
      { keys: '2', atMs: 5000 },
    ];
    const patient = script(listen(5000));
    const call = await simulateCall(patient.handler, { fidelity: 'docs', audioDurationMs: 60_000, digits });
    expect(notes(call)).toContain('LEG-A listens for digits matching /^\\d{2}$/');
    expect(patient.seen.find((event) => event.InvocationEventType === 'DIGITS_RECEIVED')?.ActionData).toMatchObject({
      ReceivedDigits: '12',
    });
    const hasty = script(listen(1000));
    await simulateCall(hasty.handler, { fidelity: 'docs', audioDurationMs: 60_000, digits });
    expect(hasty.seen.some((event) => event.InvocationEventType === 'DIGITS_RECEIVED')).toBe(false);
  });
});

describe('the table of behaviours', () => {
  it('files each behaviour under its own action type (the generated registry)', () => {
    for (const [type, behaviour] of Object.entries(behaviours)) expect(behaviour.type).toBe(type);
  });
});

describe('Hangup does not answer the call', () => {
  // The first response is empty, so the 30 s unanswered timer runs; an update at 5 s brings one action.
  const later = (action: unknown) => (event: WireEvent) =>
    event.InvocationEventType === 'CALL_UPDATE_REQUESTED' ? reply(action) : reply();
  const options = { updates: [{ atMs: 5000, arguments: {} }] };

  it('a failed Hangup leaves an inbound call unanswered: the service still ends it at 30 s; any other action answers it', async () => {
    const hangup = await simulateCall(later({ Type: 'Hangup', Parameters: {} }), {
      ...options,
      failures: [{ action: 'Hangup', errorType: 'SystemException' }],
    });
    expect(hangup.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'CALL_UPDATE_REQUESTED', 'ACTION_FAILED Hangup', 'HANGUP LEG-A']);
    expect(hangup.transcript.invocations[3]).toMatchObject({ atMs: SERVICE_TIMINGS.unansweredTimeoutMs });
    const played = await simulateCall(later(play('a.wav')), {
      ...options,
      failures: [{ action: 'PlayAudio', errorType: 'InvalidAudioSource' }],
    });
    expect(played.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'CALL_UPDATE_REQUESTED', 'ACTION_FAILED PlayAudio']);
    expect(played.ended).toBe(false);
  });
});

describe('ReceiveDigits flushes unmatched digits', () => {
  it('FlushDigitsDurationInMilliseconds after the first digit', async () => {
    const { handler } = script(() => [
      {
        Type: 'ReceiveDigits',
        Parameters: {
          InputDigitsRegex: '^\\d{3}$',
          InBetweenDigitsDurationInMilliseconds: 30_000,
          FlushDigitsDurationInMilliseconds: 20_000,
        },
      },
    ]);
    const call = await simulateCall(handler, { digits: [{ keys: '12', atMs: 1000 }] });
    const flushed = call.transcript.entries.find((entry) => entry.kind === 'note' && entry.text.includes('flushed'));
    expect(flushed).toMatchObject({ atMs: 21_000, text: 'LEG-A digits "12" flushed (no match)' });
  });
});
