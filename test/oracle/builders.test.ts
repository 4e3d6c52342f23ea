/**
 * Each builder builds the documented wire form of its action (hand-written here, from the
 * examples of actions.md), and the targetable ones address a leg or a call as documented.
 */
import { describe, expect, it } from 'vitest';
import { actions } from '../../src/index.js';

const S3 = { type: 'S3', bucketName: 'b', key: 'k.wav' } as const;
const WIRE_S3 = { Type: 'S3', BucketName: 'b', Key: 'k.wav' };
const BOT = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';

describe('oracle: builders build the documented wire form', () => {
  // Built inside each test (a thunk): a builder that broke at import would leave the file out of the run.
  it.each(
    (
      [
        [() => actions.hangup({ sipResponseCode: '486' }), { Type: 'Hangup', Parameters: { SipResponseCode: '486' } }],
        [
          () => actions.modifyChimeMeetingAttendees({ operation: 'Mute', meetingId: 'm', attendeeList: ['a'] }),
          { Type: 'ModifyChimeMeetingAttendees', Parameters: { Operation: 'Mute', MeetingId: 'm', AttendeeList: ['a'] } },
        ],
        [() => actions.pause({ durationInMilliseconds: 100 }), { Type: 'Pause', Parameters: { DurationInMilliseconds: 100 } }],
        [() => actions.playAudio({ audioSource: S3 }), { Type: 'PlayAudio', Parameters: { AudioSource: WIRE_S3 } }],
        [
          () =>
            actions.receiveDigits({
              inputDigitsRegex: '^\\d#$',
              inBetweenDigitsDurationInMilliseconds: 1000,
              flushDigitsDurationInMilliseconds: 5000,
            }),
          {
            Type: 'ReceiveDigits',
            Parameters: {
              InputDigitsRegex: '^\\d#$',
              InBetweenDigitsDurationInMilliseconds: 1000,
              FlushDigitsDurationInMilliseconds: 5000,
            },
          },
        ],
        [
          () => actions.recordAudio({ recordingDestination: { type: 'S3', bucketName: 'b' }, recordingTerminators: ['#'] }),
          { Type: 'RecordAudio', Parameters: { RecordingDestination: { Type: 'S3', BucketName: 'b' }, RecordingTerminators: ['#'] } },
        ],
        [() => actions.sendDigits({ digits: '1,2' }).onCall('c'), { Type: 'SendDigits', Parameters: { CallId: 'c', Digits: '1,2' } }],
        [() => actions.speak({ text: 'Hi' }).onCall('c'), { Type: 'Speak', Parameters: { CallId: 'c', Text: 'Hi' } }],
        [
          () =>
            actions
              .speakAndGetDigits({
                speechParameters: { text: 'a' },
                failureSpeechParameters: { text: 'b' },
                repeatDurationInMilliseconds: 1,
              })
              .onCall('c'),
          {
            Type: 'SpeakAndGetDigits',
            Parameters: {
              CallId: 'c',
              SpeechParameters: { Text: 'a' },
              FailureSpeechParameters: { Text: 'b' },
              RepeatDurationInMilliseconds: 1,
            },
          },
        ],
        [() => actions.startBotConversation({ botAliasArn: BOT }), { Type: 'StartBotConversation', Parameters: { BotAliasArn: BOT } }],
        [
          () => actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: 'bucket' } }).onCall('c'),
          { Type: 'StartCallRecording', Parameters: { CallId: 'c', Track: 'BOTH', Destination: { Type: 'S3', Location: 'bucket' } } },
        ],
        [() => actions.stopCallRecording().onCall('c'), { Type: 'StopCallRecording', Parameters: { CallId: 'c' } }],
        [() => actions.pauseCallRecording().onCall('c'), { Type: 'PauseCallRecording', Parameters: { CallId: 'c' } }],
        [() => actions.resumeCallRecording().onCall('c'), { Type: 'ResumeCallRecording', Parameters: { CallId: 'c' } }],
        [() => actions.voiceFocus({ enable: true }).onCall('c'), { Type: 'VoiceFocus', Parameters: { CallId: 'c', Enable: true } }],
      ] as [() => { toJSON(): unknown }, { Type: string; Parameters: unknown }][]
    ).map(([build, wire]) => [wire.Type, build, wire] as const),
  )('%#: %s', (_type, build, wire) => {
    expect(build().toJSON()).toEqual(wire);
  });

  it('targets a leg or a call where the docs allow it', () => {
    expect(actions.hangup({}).onLeg('LEG-B').toJSON()).toEqual({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B' } });
    expect(actions.pause({ durationInMilliseconds: 1 }).onCall('c').toJSON()).toEqual({
      Type: 'Pause',
      Parameters: { DurationInMilliseconds: 1, CallId: 'c' },
    });
    expect(actions.pause({ durationInMilliseconds: 1 }).onLeg('LEG-B').toJSON().Parameters.ParticipantTag).toBe('LEG-B');
    expect(
      actions
        .receiveDigits({ inputDigitsRegex: '1', inBetweenDigitsDurationInMilliseconds: 1, flushDigitsDurationInMilliseconds: 1 })
        .onLeg('LEG-A')
        .toJSON().Parameters.ParticipantTag,
    ).toBe('LEG-A');
    expect(
      actions
        .recordAudio({ recordingDestination: { type: 'S3', bucketName: 'b' }, recordingTerminators: ['#'] })
        .onLeg('LEG-B')
        .toJSON().Parameters.ParticipantTag,
    ).toBe('LEG-B');
    expect(actions.startBotConversation({ botAliasArn: BOT }).onLeg('LEG-A').toJSON().Parameters.ParticipantTag).toBe('LEG-A');
    expect(
      actions
        .modifyChimeMeetingAttendees({ operation: 'Unmute', meetingId: 'm', attendeeList: ['a'] })
        .onLeg('LEG-B')
        .toJSON().Parameters.ParticipantTag,
    ).toBe('LEG-B');
  });

  it('a call-only action reports an argument it does not take, never drops it', () => {
    for (const build of [actions.stopCallRecording, actions.pauseCallRecording, actions.resumeCallRecording]) {
      expect(() => (build as (argument: unknown) => unknown)({ extra: 1 })).toThrow(/extra/i);
    }
  });
});
