import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS_PER_RESPONSE, type ResponseAction, SmaValidationError, actions, response, validateResponse } from '../../src/index.js';
import emptyActions from '../fixtures/response.empty-actions.use-case.json' with { type: 'json' };

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;
const wireAudio = { Type: 'S3', BucketName: 'prompts', Key: 'welcome.wav' };

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof SmaValidationError) return error.issues.map((i) => [i.path, i.code, i.severity]);
    throw error;
  }
  throw new Error('did not throw');
}

describe('response()', () => {
  it('with no action is the documented "stop" answer', () => {
    expect(response()).toStrictEqual({ SchemaVersion: '1.0', Actions: [] });
    expect(response()).toStrictEqual(emptyActions);
  });

  it('serialises builders and copies plain wire actions, in order', () => {
    const wire = { Type: 'JoinChimeMeeting' as const, Parameters: { JoinToken: 'token' } };
    const result = response(actions.playAudio({ audioSource }).onLeg('LEG-A'), wire, actions.stopCallRecording().onCall('call-1'));
    expect(result).toStrictEqual({
      SchemaVersion: '1.0',
      Actions: [
        { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-A', AudioSource: wireAudio } },
        { Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token' } },
        { Type: 'StopCallRecording', Parameters: { CallId: 'call-1' } },
      ],
    });
    wire.Parameters.JoinToken = 'changed';
    expect(result.Actions?.[1]).toEqual({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token' } });
    expect(validateResponse(result)).toEqual({ ok: true, issues: [] });
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it('validates plain wire actions at Actions[i] paths, all at once', () => {
    expect(
      issuesOf(() =>
        response(
          actions.playAudio({ audioSource }),
          { Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b' } } } as never,
          { Type: 'RecordMeeting', Parameters: {} } as never,
          'PlayAudio' as never,
        ),
      ),
    ).toEqual([
      ['Actions[1].Parameters.AudioSource.Key', 'required', 'error'],
      ['Actions[2].Type', 'unknown_action_type', 'error'],
      ['Actions[3]', 'type', 'error'],
    ]);
  });

  it('accepts plain actions the service tolerates and emits their canonical form (warnings do not throw)', () => {
    const tolerated = { Type: 'PlayAudio', Parameters: { Repeat: '5', AudioSource: wireAudio } };
    const before = structuredClone(tolerated);
    expect(response(tolerated as never).Actions).toStrictEqual([{ Type: 'PlayAudio', Parameters: { Repeat: 5, AudioSource: wireAudio } }]);
    expect(tolerated).toStrictEqual(before);
  });

  it("converts every coercion the validator tolerates, by the spec rules, without touching the caller's object", () => {
    const plain = [
      { Type: 'Hangup', Parameters: { SipResponseCode: 480 } },
      { Type: 'VoiceFocus', Parameters: { CallId: 'call-1', Enable: 'TRUE' } },
      {
        Type: 'PlayAudioAndGetDigits',
        Parameters: {
          MinNumberOfDigits: '4',
          MaxNumberOfDigits: '6',
          RepeatDurationInMilliseconds: '3000',
          TerminatorDigits: [5],
          AudioSource: wireAudio,
          FailureAudioSource: wireAudio,
        },
      },
    ];
    const before = structuredClone(plain);
    expect(response(...(plain as never[])).Actions).toStrictEqual([
      { Type: 'Hangup', Parameters: { SipResponseCode: '480' } },
      { Type: 'VoiceFocus', Parameters: { CallId: 'call-1', Enable: true } },
      {
        Type: 'PlayAudioAndGetDigits',
        Parameters: {
          MinNumberOfDigits: 4,
          MaxNumberOfDigits: 6,
          RepeatDurationInMilliseconds: 3000,
          TerminatorDigits: ['5'],
          AudioSource: wireAudio,
          FailureAudioSource: wireAudio,
        },
      },
    ]);
    expect(plain).toStrictEqual(before);
  });

  it('converts tolerated values inside arrays (DTMF keys sent as numbers)', () => {
    const play = { Type: 'PlayAudio', Parameters: { PlaybackTerminators: [1, '#', '*'], AudioSource: wireAudio } };
    expect(response(play as never).Actions).toStrictEqual([
      { Type: 'PlayAudio', Parameters: { PlaybackTerminators: ['1', '#', '*'], AudioSource: wireAudio } },
    ]);
    expect(play.Parameters.PlaybackTerminators).toStrictEqual([1, '#', '*']);
  });

  it('never emits both CallId and ParticipantTag: CallId overrides ParticipantTag', () => {
    const both = { Type: 'PlayAudio', Parameters: { CallId: 'call-1', ParticipantTag: 'LEG-B', AudioSource: wireAudio } };
    const before = structuredClone(both);
    expect(response(both as never).Actions).toStrictEqual([
      { Type: 'PlayAudio', Parameters: { CallId: 'call-1', AudioSource: wireAudio } },
    ]);
    expect(both).toStrictEqual(before);
    // ParticipantTag alone is kept.
    const leg = { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-B', AudioSource: wireAudio } };
    expect(response(leg as never).Actions).toStrictEqual([leg]);
  });

  it('keeps unknown parameters and keys it does not own (they are warnings, nothing is dropped)', () => {
    // On a CallId-only action ParticipantTag is an unknown parameter, not a competing target: kept.
    const speak = { Type: 'Speak', Parameters: { CallId: 'call-1', ParticipantTag: 'LEG-A', Text: 'Hi', Extra: { Repeat: '2' } } };
    expect(response(speak as never).Actions).toStrictEqual([speak]);
    const bridge = {
      Type: 'CallAndBridge',
      Parameters: {
        CallId: 'call-1',
        ParticipantTag: 'LEG-A',
        CallerIdNumber: '+12065550100',
        Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+12065550101' }],
      },
    };
    expect(response(bridge as never).Actions).toStrictEqual([bridge]);
  });

  it('rejects a builder whose docs require CallId until onCall() was given', () => {
    const pending = actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: 'recordings' } });
    expect(issuesOf(() => response(actions.playAudio({ audioSource }), pending as unknown as ResponseAction))).toEqual([
      ['Actions[1].Parameters.CallId', 'required', 'error'],
    ]);
    expect(() => response(actions.pauseCallRecording() as unknown as ResponseAction)).toThrow(
      'Actions[0].Parameters.CallId is required: PauseCallRecording runs only on the leg whose CallId it names; call .onCall(callId)',
    );
    expect(response(pending.onCall('call-1')).Actions).toEqual([
      { Type: 'StartCallRecording', Parameters: { CallId: 'call-1', Track: 'BOTH', Destination: { Type: 'S3', Location: 'recordings' } } },
    ]);
  });

  it('allows at most 10 actions', () => {
    const play = actions.playAudio({ audioSource });
    expect(MAX_ACTIONS_PER_RESPONSE).toBe(10);
    expect(response(...Array.from({ length: 10 }, () => play)).Actions).toHaveLength(10);
    expect(issuesOf(() => response(...Array.from({ length: 11 }, () => play)))).toEqual([['Actions', 'max_items', 'error']]);
    expect(() => response(...Array.from({ length: 11 }, () => play))).toThrow(
      /Actions must have at most 10 actions \(the documented limit per response\), got 11/,
    );
  });

  it('never echoes a join token from an invalid plain action', () => {
    const secret = 'c2VjcmV0LWpvaW4tdG9rZW4';
    try {
      response({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: { value: secret }, ParticipantTag: 'LEG-B' } } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SmaValidationError);
      expect(JSON.stringify((error as SmaValidationError).issues) + String(error)).not.toContain(secret);
    }
  });
});
