import { describe, expect, it } from 'vitest';
import { type InvocationEvent, actions, parseInvocationEvent, participant, safeParseInvocationEvent, targetOf } from '../../src/index.js';
import { BASE_CALL_DETAILS, type JsonObject } from './fixtures.js';

const event = (type: string, actionData: JsonObject): JsonObject => ({
  SchemaVersion: '1.0',
  Sequence: 3,
  InvocationEventType: type,
  ActionData: actionData,
  CallDetails: BASE_CALL_DETAILS,
});

function errorsOf(value: unknown): [string, string][] {
  const result = safeParseInvocationEvent(value);
  if (result.success) throw new Error('parsed');
  return result.error.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
}

const intent = { Name: 'Order', State: 'Fulfilled' };
const intentResult = {
  SessionId: 'call-id-1',
  SessionState: { Intent: intent },
  Interpretations: [{ NluConfidence: { Score: 0.9 }, Intent: intent }],
};

describe('documented ActionData extras of each action', () => {
  it('digit-collecting actions carry ReceivedDigits (possibly empty)', () => {
    for (const Type of ['PlayAudioAndGetDigits', 'SpeakAndGetDigits', 'ReceiveDigits']) {
      expect(parseInvocationEvent(event('ACTION_SUCCESSFUL', { Type, Parameters: {}, ReceivedDigits: '' }))).toBeTruthy();
      expect(errorsOf(event('ACTION_SUCCESSFUL', { Type, Parameters: {} }))).toEqual([['ActionData.ReceivedDigits', 'required']]);
      expect(errorsOf(event('ACTION_SUCCESSFUL', { Type, Parameters: {}, ReceivedDigits: 123 }))).toEqual([
        ['ActionData.ReceivedDigits', 'type'],
      ]);
    }
    // Not an extra of ACTION_FAILED: no ReceivedDigits needed there.
    expect(
      parseInvocationEvent(
        event('ACTION_FAILED', { Type: 'PlayAudioAndGetDigits', Parameters: {}, ErrorType: 'SystemException', ErrorMessage: 'x' }),
      ),
    ).toBeTruthy();
  });

  it('RecordAudio: RecordingDestination, optional RecordingTerminatorUsed', () => {
    const destination = { Type: 'S3', BucketName: 'b', Key: 'recordings/1.wav' };
    expect(
      parseInvocationEvent(event('ACTION_SUCCESSFUL', { Type: 'RecordAudio', Parameters: {}, RecordingDestination: destination })),
    ).toBeTruthy();
    expect(errorsOf(event('ACTION_SUCCESSFUL', { Type: 'RecordAudio', Parameters: {} }))).toEqual([
      ['ActionData.RecordingDestination', 'required'],
    ]);
    expect(
      errorsOf(event('ACTION_SUCCESSFUL', { Type: 'RecordAudio', Parameters: {}, RecordingDestination: { ...destination, Type: 'FTP' } })),
    ).toEqual([['ActionData.RecordingDestination.Type', 'enum']]);
    expect(
      errorsOf(
        event('ACTION_SUCCESSFUL', { Type: 'RecordAudio', Parameters: {}, RecordingDestination: destination, RecordingTerminatorUsed: 5 }),
      ),
    ).toEqual([['ActionData.RecordingTerminatorUsed', 'type']]);
  });

  it('StartCallRecording: CallRecordingDestination', () => {
    expect(
      errorsOf(event('ACTION_SUCCESSFUL', { Type: 'StartCallRecording', Parameters: {}, CallRecordingDestination: { Type: 'S3' } })),
    ).toEqual([['ActionData.CallRecordingDestination.Location', 'required']]);
  });

  it('StartBotConversation: CallId and IntentResult', () => {
    const ok = parseInvocationEvent(
      event('ACTION_SUCCESSFUL', { Type: 'StartBotConversation', Parameters: {}, CallId: 'call-id-1', IntentResult: intentResult }),
    );
    expect(ok.InvocationEventType).toBe('ACTION_SUCCESSFUL');
    expect(errorsOf(event('ACTION_SUCCESSFUL', { Type: 'StartBotConversation', Parameters: {}, IntentResult: intentResult }))).toEqual([
      ['ActionData.CallId', 'required'],
    ]);
    expect(errorsOf(event('ACTION_SUCCESSFUL', { Type: 'StartBotConversation', Parameters: {}, CallId: 'c' }))).toEqual([
      ['ActionData.IntentResult', 'required'],
    ]);
    const badScore = { ...intentResult, Interpretations: [{ NluConfidence: { Score: 2 }, Intent: intent }] };
    expect(
      errorsOf(event('ACTION_SUCCESSFUL', { Type: 'StartBotConversation', Parameters: {}, CallId: 'c', IntentResult: badScore })),
    ).toEqual([['ActionData.IntentResult.Interpretations[0].NluConfidence.Score', 'range']]);
    expect(
      errorsOf(
        event('ACTION_SUCCESSFUL', {
          Type: 'StartBotConversation',
          Parameters: {},
          CallId: 'c',
          IntentResult: { SessionId: 'c', SessionState: {} },
        }),
      ),
    ).toEqual([['ActionData.IntentResult.SessionState.Intent', 'required']]);
    expect(
      errorsOf(
        event('ACTION_FAILED', {
          Type: 'StartBotConversation',
          Parameters: {},
          CallId: 5,
          ErrorType: 'ResourceNotFound',
          ErrorMessage: 'x',
        }),
      ),
    ).toEqual([['ActionData.CallId', 'type']]);
  });

  it('CallAndBridge: the echo gains the A leg CallId', () => {
    expect(errorsOf(event('ACTION_SUCCESSFUL', { Type: 'CallAndBridge', Parameters: { CallId: 5 } }))).toEqual([
      ['ActionData.Parameters.CallId', 'type'],
    ]);
  });

  it('ModifyChimeMeetingAttendees: ErrorList is kept', () => {
    const failed = parseInvocationEvent(
      event('ACTION_FAILED', {
        Type: 'ModifyChimeMeetingAttendees',
        Parameters: {},
        ErrorType: 'InvalidActionParameter',
        ErrorMessage: 'x',
        ErrorList: [{ AttendeeId: 'a' }],
      }),
    );
    expect((failed as unknown as { ActionData: JsonObject }).ActionData.ErrorList).toEqual([{ AttendeeId: 'a' }]);
  });
});

describe('targetOf for every targeting kind', () => {
  const inbound = parseInvocationEvent({
    SchemaVersion: '1.0',
    Sequence: 1,
    InvocationEventType: 'NEW_INBOUND_CALL',
    CallDetails: BASE_CALL_DETAILS,
  });
  const hangupB: InvocationEvent = parseInvocationEvent(
    event('HANGUP', { Type: 'Hangup', Parameters: { CallId: 'call-id-2', ParticipantTag: 'LEG-B' } }),
  );

  it('CallAndBridge has no targeting: always the invoked leg (a CallId in its JSON is ignored)', () => {
    const bridge = actions.callAndBridge({
      callerIdNumber: '+12065550100',
      endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+17035550122' }],
    });
    expect(targetOf(bridge, hangupB)).toEqual({ by: 'invokedLeg', participant: participant(inbound, 'LEG-B') });
    const json = { ...bridge.toJSON(), Parameters: { ...bridge.toJSON().Parameters, CallId: 'call-id-2' } };
    expect(targetOf(json, inbound)).toEqual({ by: 'invokedLeg', participant: participant(inbound, 'LEG-A') });
  });

  it('actions that require CallId run nowhere without it', () => {
    const speak = actions.speak({ text: 'Hello' });
    expect(targetOf(speak, inbound)).toBeUndefined();
    expect(targetOf(speak.onCall('call-id-2'), inbound)).toEqual({ by: 'CallId', participant: participant(inbound, 'LEG-B') });
    expect(targetOf({ Type: 'SendDigits', Parameters: { Digits: '1', ParticipantTag: 'LEG-B' } } as never, inbound)).toBeUndefined();
  });
});
