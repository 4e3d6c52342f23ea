import { describe, expectTypeOf, it } from 'vitest';
import { actions, type HangupEvent, type NewInboundCallEvent } from '../../src/index.js';
import { actionFailedEvent, actionSuccessfulEvent, hangupEvent, newInboundCallEvent } from '../../src/testing/index.js';

const getDigits = actions.playAudioAndGetDigits({
  audioSource: { type: 'S3', bucketName: 'b', key: 'pin.wav' },
  failureAudioSource: { type: 'S3', bucketName: 'b', key: 'bad.wav' },
  repeatDurationInMilliseconds: 5000,
});

describe('event factory types', () => {
  it('return the typed events, narrowed by the action given', () => {
    expectTypeOf(newInboundCallEvent()).toEqualTypeOf<NewInboundCallEvent>();
    expectTypeOf(hangupEvent()).toEqualTypeOf<HangupEvent>();
    const success = actionSuccessfulEvent(getDigits, { ReceivedDigits: '12' });
    expectTypeOf(success.ActionData.Type).toEqualTypeOf<'PlayAudioAndGetDigits'>();
    expectTypeOf(success.ActionData.ReceivedDigits).toEqualTypeOf<string>();
    const failed = actionFailedEvent(actions.joinChimeMeeting({ joinToken: 't' }), 'ErrorJoiningMeeting');
    expectTypeOf(failed.ActionData.Type).toEqualTypeOf<'JoinChimeMeeting'>();
  });

  it('reject extras and error types the action does not have', () => {
    // @ts-expect-error PlayAudioAndGetDigits has no IntentResult
    actionSuccessfulEvent(getDigits, { IntentResult: {} });
    // @ts-expect-error CallNotAnswered is a CallAndBridge error
    actionFailedEvent(getDigits, 'CallNotAnswered');
  });
});
