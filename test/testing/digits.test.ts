import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/testing/index.js';
import { type WireEvent, getDigits, play, recorder, reply } from './helpers.js';

const firstThen = (first: unknown) => recorder((event) => (event.Sequence === 1 ? reply(first) : reply()));

describe('PlayAudioAndGetDigits', () => {
  it('collects the digits typed when it listens, without the terminator', async () => {
    const { handler, seen } = firstThen(getDigits());
    const call = await simulateCall(handler, { digits: '1234#' });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL PlayAudioAndGetDigits']);
    expect(seen[1]?.ActionData).toMatchObject({ ReceivedDigits: '1234' });
    // Barge-in after 1 s, 200 ms between keys: '#' at 1800 ms.
    expect(call.transcript.invocations[1]?.atMs).toBe(1800);
  });

  it('stops at MaxNumberOfDigits without a terminator, and after the gap between digits', async () => {
    const full = await simulateCall(firstThen(getDigits()).handler, { digits: '123456789' });
    expect(full.transcript.events[1]).toMatchObject({ ActionData: { ReceivedDigits: '12345' } });
    const { handler, seen } = firstThen(getDigits());
    const gap = await simulateCall(handler, { digits: { keys: '1234', delayMs: 2500 } });
    expect(seen[1]?.ActionData).toMatchObject({ ReceivedDigits: '1234' });
    // Last key at 2500 + 600 ms, then the 5 s InBetweenDigitsDurationInMilliseconds.
    expect(gap.transcript.invocations[1]?.atMs).toBe(8100);
  });

  it('plays the failure prompt and repeats on wrong input, taking the next typed string', async () => {
    const { handler, seen } = firstThen(getDigits());
    const call = await simulateCall(handler, { digits: ['12#', '9876#'] });
    expect(seen[1]?.ActionData).toMatchObject({ ReceivedDigits: '9876' });
    const text = call.transcript.toText();
    expect(text).toContain('attempt 1/3: invalid input "12", failure prompt plays');
    expect(text).toContain('LEG-A entered "9876" then #');
  });

  it('checks InputDigitsRegex, with or without the terminator', async () => {
    const withTerminator = await simulateCall(firstThen(getDigits({ InputDigitsRegex: '^\\d{4}#$' })).handler, { digits: '1234#' });
    expect(withTerminator.transcript.events[1]).toMatchObject({ ActionData: { ReceivedDigits: '1234' } });
    const plain = await simulateCall(firstThen(getDigits({ InputDigitsRegex: '^[0-4]+$', Repeat: 1 })).handler, { digits: '5555#' });
    expect(plain.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudioAndGetDigits']);
  });

  it('fails after every attempt went without valid digits, with the ErrorType of its documented failure example', async () => {
    const { handler, seen } = firstThen(getDigits());
    const call = await simulateCall(handler, { audioDurationMs: 3000 });
    expect(seen[1]?.ActionData).toMatchObject({
      ErrorType: 'InvalidAudioSource',
      ErrorMessage: 'Audio source parameter value is invalid.',
    });
    // Three attempts of prompt (3 s) + 10 s wait, two failure prompts (3 s).
    expect(call.transcript.invocations[1]?.atMs).toBe(3 * 13_000 + 2 * 3000);
  });

  it('takes keys at fixed times, whoever listens, and discards keys nobody listens for', async () => {
    const { handler, seen } = recorder((event) => (event.Sequence === 1 ? reply(play('intro.wav'), getDigits()) : reply()));
    const call = await simulateCall(handler, {
      digits: [
        { keys: '9', atMs: 500 },
        { keys: '777#', atMs: 3000, gapMs: 100 },
      ],
    });
    expect(seen[1]?.ActionData).toMatchObject({ ReceivedDigits: '777' });
    expect(call.transcript.toText()).toContain('LEG-A key 9 discarded (nothing listens for digits)');
  });

  it('runs a PlayAudioAndGetDigits in the middle of a list and reports it at once', async () => {
    const { handler, seen } = recorder((event) =>
      event.Sequence === 1 ? reply(getDigits(), play('thanks.wav')) : { SchemaVersion: '1.0' },
    );
    const call = await simulateCall(handler, { digits: '123#' });
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
    expect(seen[1]?.ActionData?.ReceivedDigits).toBe('123');
  });
});

describe('SpeakAndGetDigits and Speak', () => {
  it('collects digits after speech, and fails a Speak without CallId', async () => {
    const { handler, seen } = recorder((event) => {
      const callId = String(event.CallDetails.Participants[0]?.CallId);
      if (event.Sequence === 1) {
        return reply({
          Type: 'SpeakAndGetDigits',
          Parameters: {
            CallId: callId,
            SpeechParameters: { Text: 'Enter your account number' },
            FailureSpeechParameters: { Text: 'Try again' },
            RepeatDurationInMilliseconds: 3000,
            MaxNumberOfDigits: 6,
          },
        });
      }
      if (event.InvocationEventType === 'ACTION_SUCCESSFUL' && event.ActionData?.Type === 'SpeakAndGetDigits')
        return reply({ Type: 'Speak', Parameters: { Text: 'Thanks' } });
      return reply();
    });
    const call = await simulateCall(handler, { digits: '424242' });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL SpeakAndGetDigits', 'ACTION_FAILED Speak']);
    expect(seen[1]?.ActionData?.ReceivedDigits).toBe('424242');
    expect(seen[2]?.ActionData).toMatchObject({
      ErrorType: 'MissingRequiredActionParameter',
      ErrorMessage:
        'Actions[0].Parameters.CallId is required: this action runs only on the leg whose CallId it names (use .onCall(callId))',
    });
  });

  it('fails a SpeakAndGetDigits without input with its documented SystemException', async () => {
    const { handler, seen } = recorder((event) =>
      event.Sequence === 1
        ? reply({
            Type: 'SpeakAndGetDigits',
            Parameters: {
              CallId: String(event.CallDetails.Participants[0]?.CallId),
              SpeechParameters: { Text: 'Hi' },
              FailureSpeechParameters: { Text: 'Again' },
              RepeatDurationInMilliseconds: 3000,
            },
          })
        : reply(),
    );
    await simulateCall(handler);
    expect(seen[1]?.ActionData).toMatchObject({ ErrorType: 'SystemException' });
  });
});

describe('ReceiveDigits and DIGITS_RECEIVED', () => {
  const receive = {
    Type: 'ReceiveDigits',
    Parameters: { InputDigitsRegex: '^\\d{2}#$', InBetweenDigitsDurationInMilliseconds: 1000, FlushDigitsDurationInMilliseconds: 10000 },
  };

  it('with fidelity "docs", reports ACTION_SUCCESSFUL (empty ReceivedDigits) at once, DIGITS_RECEIVED on a match mid-list', async () => {
    const { handler, seen } = recorder((event) => {
      if (event.Sequence === 1) return reply(receive, play('menu.wav'));
      if (event.InvocationEventType === 'ACTION_SUCCESSFUL' && event.ActionData?.Type === 'ReceiveDigits') return { SchemaVersion: '1.0' };
      if (event.InvocationEventType === 'DIGITS_RECEIVED')
        return reply(play(`option-${String(event.ActionData?.ReceivedDigits).slice(0, 2)}.wav`));
      return reply();
    });
    const call = await simulateCall(handler, { fidelity: 'docs', audioDurationMs: 10_000, digits: [{ keys: '11#', atMs: 4000 }] });
    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL ReceiveDigits',
      'DIGITS_RECEIVED',
      'ACTION_SUCCESSFUL PlayAudio',
    ]);
    expect(seen[1]?.ActionData).toMatchObject({ ReceivedDigits: '', Type: 'ReceiveDigits' });
    expect(seen[2]?.ActionData).toMatchObject({
      ReceivedDigits: '11#',
      Type: 'ReceiveDigits',
      Parameters: { InputDigitsRegex: '^\\d{2}#$' },
    });
    expect(call.transcript.invocations[2]?.atMs).toBe(4400);
    // menu.wav finishes (not interruptible by digits), then the new list runs.
    expect(call.transcript.toText()).toContain('PlayAudio (option-11.wav) starts');
    expect(call.transcript.invocations[3]?.atMs).toBe(20_000);
  });

  it('by default (observed), reports ReceiveDigits at the end of its list: [ReceiveDigits, PlayAudio] answered [] plays', async () => {
    // AWS samples answer the success of [ReceiveDigits, PlayAudio] with []: with the docs'
    // reading the [] would stop the prompt before it plays.
    const answer = (event: WireEvent) =>
      event.Sequence === 1
        ? reply(receive, play('menu.wav'))
        : event.InvocationEventType === 'DIGITS_RECEIVED'
          ? reply(play('thanks.wav'))
          : reply();
    const observed = await simulateCall(answer, { audioDurationMs: 10_000, digits: [{ keys: '11#', atMs: 4000 }] });
    expect(observed.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'DIGITS_RECEIVED', 'ACTION_SUCCESSFUL PlayAudio']);
    expect(observed.transcript.toText()).toContain('PlayAudio (menu.wav) starts');
    const docs = await simulateCall(answer, { fidelity: 'docs', audioDurationMs: 10_000, digits: [{ keys: '11#', atMs: 4000 }] });
    expect(docs.transcript.eventSummary.slice(0, 2)).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL ReceiveDigits']);
    expect(docs.transcript.toText()).not.toContain('PlayAudio (menu.wav) starts');
  });

  it('alone in its list, ReceiveDigits is reported at once whatever the fidelity (case-4.md)', async () => {
    for (const fidelity of ['observed', 'docs'] as const) {
      const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(receive) : { SchemaVersion: '1.0' }), {
        fidelity,
      });
      expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL ReceiveDigits']);
    }
  });

  it('discards digits that do not match before the flush interval', async () => {
    const { handler } = recorder((event) => (event.Sequence === 1 ? reply(receive) : { SchemaVersion: '1.0' }));
    const call = await simulateCall(handler, { digits: [{ keys: '123', atMs: 1000 }] });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL ReceiveDigits']);
    expect(call.transcript.toText()).toContain('LEG-A digits "123" flushed (no match)');
  });
});

describe('RecordAudio and PlayAudio terminators', () => {
  const record = (extra: Record<string, unknown> = {}) => ({
    Type: 'RecordAudio',
    Parameters: { RecordingTerminators: ['#'], RecordingDestination: { Type: 'S3', BucketName: 'voicemail', Prefix: 'calls/' }, ...extra },
  });

  it('stops on a terminator key and reports the recording and the key', async () => {
    const { handler, seen } = firstThen(record());
    await simulateCall(handler, { digits: { keys: '#', delayMs: 3000 } });
    const data = seen[1]?.ActionData as Record<string, unknown>;
    expect(data).toMatchObject({
      Type: 'RecordAudio',
      RecordingTerminatorUsed: '#',
      RecordingDestination: { Type: 'S3', BucketName: 'voicemail' },
    });
    expect(String((data.RecordingDestination as Record<string, unknown>).Key)).toMatch(/^calls\/[0-9a-f-]{36}-1700000000000\.wav$/);
  });

  it('stops at DurationInSeconds, or when the caller stops speaking, without RecordingTerminatorUsed', async () => {
    const limited = await simulateCall(firstThen(record({ DurationInSeconds: 3 })).handler);
    expect(limited.transcript.invocations[1]?.atMs).toBe(3000);
    expect(limited.transcript.events[1]).not.toHaveProperty('ActionData.RecordingTerminatorUsed');
    const silence = await simulateCall(firstThen(record({ SilenceDurationInSeconds: 2 })).handler, { speechDurationMs: 8000 });
    expect(silence.transcript.invocations[1]?.atMs).toBe(10_000);
  });

  it('stops PlayAudio on one of its PlaybackTerminators', async () => {
    const call = await simulateCall(firstThen(play('long.wav', { PlaybackTerminators: ['*'] })).handler, {
      audioDurationMs: 60_000,
      digits: [{ keys: '1*', atMs: 5000 }],
    });
    expect(call.transcript.invocations[1]?.atMs).toBe(5200);
  });
});
