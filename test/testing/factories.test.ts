import { describe, expect, it } from 'vitest';
import { actions } from '../../src/index.js';
import {
  actionFailedEvent,
  actionInterruptedEvent,
  actionSuccessfulEvent,
  callAnsweredEvent,
  callUpdateRequestedEvent,
  digitsReceivedEvent,
  hangupEvent,
  invalidLambdaResponseEvent,
  newInboundCallEvent,
  newOutboundCallEvent,
  ringingEvent,
} from '../../src/testing/index.js';

const legs = (event: { CallDetails: { Participants: Array<{ ParticipantTag: string; Status?: string }> } }) =>
  event.CallDetails.Participants.map((p) => `${p.ParticipantTag} ${String(p.Status)}`);

describe('event factories', () => {
  it('build the call events with realistic, seeded CallDetails', () => {
    const inbound = newInboundCallEvent({ from: '+15105550199', transactionAttributes: { state: 'x' } });
    expect(inbound).toMatchObject({
      SchemaVersion: '1.0',
      Sequence: 1,
      InvocationEventType: 'NEW_INBOUND_CALL',
      CallDetails: { TransactionAttributes: { state: 'x' }, AwsRegion: 'us-east-1' },
    });
    expect(JSON.stringify(newInboundCallEvent())).toBe(JSON.stringify(newInboundCallEvent()));
    expect(newInboundCallEvent({ seed: 2 })).not.toEqual(newInboundCallEvent({ seed: 3 }));
    const outbound = newOutboundCallEvent({ arguments: { to: 'x' } });
    expect(outbound.ActionData).toEqual({ Parameters: { Arguments: { to: 'x' } } });
    expect(Object.keys(outbound)).toEqual(['SchemaVersion', 'Sequence', 'InvocationEventType', 'ActionData', 'CallDetails']);
    expect(outbound.CallDetails).not.toHaveProperty('SipRuleId');
    expect(legs(ringingEvent())).toEqual(['LEG-A undefined']);
    expect(ringingEvent().Sequence).toBe(2);
    expect(legs(callAnsweredEvent())).toEqual(['LEG-A Connected']);
  });

  it('build ACTION_* events from builders or wire actions, with extras and documented failure encodings', () => {
    const getDigits = actions.playAudioAndGetDigits({
      audioSource: { type: 'S3', bucketName: 'b', key: 'pin.wav' },
      failureAudioSource: { type: 'S3', bucketName: 'b', key: 'bad.wav' },
      repeatDurationInMilliseconds: 5000,
    });
    expect(actionSuccessfulEvent(getDigits, { ReceivedDigits: '1234' }).ActionData).toEqual({
      ...getDigits.toJSON(),
      ReceivedDigits: '1234',
    });
    const join = { Type: 'JoinChimeMeeting' as const, Parameters: { JoinToken: 't' } };
    expect(actionFailedEvent(join, 'ErrorJoiningMeeting').ActionData).toEqual({
      ...join,
      Error: 'ErrorJoiningMeeting: Error while joining meeting.',
    });
    expect(actionFailedEvent(getDigits, 'SystemException', { errorMessage: 'boom' }).ActionData).toMatchObject({
      ErrorType: 'SystemException',
      ErrorMessage: 'boom',
    });
    // @ts-expect-error CallNotAnswered is not an error type of JoinChimeMeeting (and throws for untyped callers)
    expect(() => actionFailedEvent(join, 'CallNotAnswered')).toThrow('"CallNotAnswered" is not a documented ErrorType of JoinChimeMeeting');
    expect(actionInterruptedEvent(actions.pause({ durationInMilliseconds: 1000 })).ActionData).toEqual({
      Type: 'Pause',
      Parameters: { DurationInMilliseconds: 1000 },
    });
    expect(digitsReceivedEvent('11#').ActionData).toMatchObject({ ReceivedDigits: '11#', Type: 'ReceiveDigits' });
  });

  it('build HANGUP, CALL_UPDATE_REQUESTED and INVALID_LAMBDA_RESPONSE', () => {
    const bridged = hangupEvent({ legB: 'pstn', leg: 'LEG-B', sipResponseCode: 486 });
    expect(legs(bridged)).toEqual(['LEG-A Connected', 'LEG-B Disconnected']);
    expect(bridged.ActionData).toMatchObject({ Type: 'Hangup', Parameters: { SipResponseCode: 486, ParticipantTag: 'LEG-B' } });
    expect(legs(hangupEvent({ legB: 'meeting' }))).toEqual(['LEG-A Disconnected', 'LEG-B Disconnected']);
    expect(() => hangupEvent({ leg: 'LEG-B' })).toThrow('the call has no LEG-B');
    expect(callUpdateRequestedEvent({ a: '1' }).ActionData).toEqual({ Type: 'CallUpdateRequest', Parameters: { Arguments: { a: '1' } } });
    expect(() => callUpdateRequestedEvent(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])))).toThrow(
      'at most 20 Arguments',
    );
    expect(invalidLambdaResponseEvent()).toMatchObject({
      ErrorType: 'TransactionAttributesInvalidMapSize',
      ErrorMessage: 'Transaction Attributes has too many mappings. Maximum number of mappings is 100',
    });
  });
});
