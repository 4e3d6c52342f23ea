import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActionFailedEvent,
  type ActionSuccessfulEvent,
  type CallDetails,
  type HangupEvent,
  INVOCATION_EVENT_TYPES,
  type InvocationEvent,
  type InvocationEventType,
  type NewInboundCallEvent,
  type Participant,
  type PlayAudioParameters,
  type SafeParseResult,
  type SmaValidationError,
  isActionFailed,
  isActionInterrupted,
  isActionSuccessful,
  isEventType,
  parseInvocationEvent,
  participant,
  safeParseInvocationEvent,
} from '../../src/index.js';

declare const event: InvocationEvent;

describe('invocation event types', () => {
  it('InvocationEventType is the union of the 11 event types, with a runtime list', () => {
    expectTypeOf<InvocationEventType>().toEqualTypeOf<
      | 'NEW_INBOUND_CALL'
      | 'NEW_OUTBOUND_CALL'
      | 'RINGING'
      | 'CALL_ANSWERED'
      | 'ACTION_SUCCESSFUL'
      | 'ACTION_FAILED'
      | 'ACTION_INTERRUPTED'
      | 'HANGUP'
      | 'INVALID_LAMBDA_RESPONSE'
      | 'DIGITS_RECEIVED'
      | 'CALL_UPDATE_REQUESTED'
    >();
    expectTypeOf(INVOCATION_EVENT_TYPES).toEqualTypeOf<readonly InvocationEventType[]>();
    expectTypeOf<InvocationEvent['InvocationEventType']>().toEqualTypeOf<InvocationEventType>();
  });

  it('parsers return InvocationEvent or a result union', () => {
    expectTypeOf(parseInvocationEvent).returns.toEqualTypeOf<InvocationEvent>();
    expectTypeOf(safeParseInvocationEvent).returns.toEqualTypeOf<SafeParseResult<InvocationEvent>>();
    const result = safeParseInvocationEvent({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<InvocationEvent>();
    else expectTypeOf(result.error).toEqualTypeOf<SmaValidationError>();
    // @ts-expect-error data exists only on success
    void result.data;
  });

  it('the first discriminant narrows with switch and isEventType', () => {
    switch (event.InvocationEventType) {
      case 'HANGUP':
        expectTypeOf(event).toEqualTypeOf<HangupEvent>();
        expectTypeOf(event.ActionData.Parameters.SipResponseCode).toEqualTypeOf<number | undefined>();
        break;
      case 'NEW_INBOUND_CALL':
        expectTypeOf(event).toEqualTypeOf<NewInboundCallEvent>();
        // @ts-expect-error NEW_INBOUND_CALL has no ActionData
        void event.ActionData;
        break;
      case 'INVALID_LAMBDA_RESPONSE':
        expectTypeOf(event.ErrorType).toBeString();
        break;
    }
    if (isEventType(event, 'HANGUP')) expectTypeOf(event).toEqualTypeOf<HangupEvent>();
    if (isEventType(event, 'CALL_UPDATE_REQUESTED'))
      expectTypeOf(event.ActionData.Parameters.Arguments).toEqualTypeOf<Record<string, string>>();
    if (isEventType(event, 'DIGITS_RECEIVED')) expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
    // @ts-expect-error NEW_INCOMING_CALL is not an event type (the docs' prose name)
    isEventType(event, 'NEW_INCOMING_CALL');
    // @ts-expect-error event properties are typed: no index signature
    void event.Unknown;
  });

  it('the guards narrow both levels', () => {
    if (isActionSuccessful(event, 'PlayAudio')) {
      expectTypeOf(event).toEqualTypeOf<ActionSuccessfulEvent<'PlayAudio'>>();
      expectTypeOf(event.ActionData.Type).toEqualTypeOf<'PlayAudio'>();
      expectTypeOf(event.ActionData.Parameters).toMatchTypeOf<PlayAudioParameters>();
      expectTypeOf(event.ActionData.Parameters.AudioSource.Key).toEqualTypeOf<string>();
    }
    if (isActionFailed(event, 'PlayAudio')) {
      expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException'>();
      expectTypeOf(event.ActionData.ErrorMessage).toEqualTypeOf<string>();
      expectTypeOf(event.ActionData.Error).toEqualTypeOf<string | undefined>();
      // @ts-expect-error CallNotAnswered is not a documented PlayAudio error type
      void (event.ActionData.ErrorType === 'CallNotAnswered');
    }
    if (isActionFailed(event, 'JoinChimeMeeting')) {
      expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<'InvalidActionParameter' | 'SystemException' | 'ErrorJoiningMeeting'>();
      expectTypeOf(event.ActionData.Parameters.JoinToken).toEqualTypeOf<string>();
    }
    if (isActionInterrupted(event, 'PlayAudio')) expectTypeOf(event.ActionData.Parameters.AudioSource.Type).toEqualTypeOf<'S3'>();
    if (isActionFailed(event)) expectTypeOf(event).toEqualTypeOf<ActionFailedEvent>();
    // @ts-expect-error Nope is not an action type
    isActionSuccessful(event, 'Nope');
    // @ts-expect-error CallUpdateRequest is event-only, not an action type
    isActionInterrupted(event, 'CallUpdateRequest');
  });

  it('un-narrowed ActionData exposes only what every action has', () => {
    if (isEventType(event, 'ACTION_SUCCESSFUL')) {
      expectTypeOf(event.ActionData.Type).toBeString();
      // @ts-expect-error ReceivedDigits exists only once narrowed to a digit-collecting action
      void event.ActionData.ReceivedDigits;
      // @ts-expect-error ErrorType exists only on ACTION_FAILED
      void event.ActionData.ErrorType;
      if (event.ActionData.Type === 'JoinChimeMeeting') expectTypeOf(event.ActionData.Parameters.JoinToken).toEqualTypeOf<string>();
    }
    const success = {} as ActionSuccessfulEvent;
    // @ts-expect-error not on the un-narrowed union
    void success.ActionData.ReceivedDigits;
  });

  it('participant takes a tag or a CallId and may find nothing', () => {
    expectTypeOf(participant(event, 'LEG-A')).toEqualTypeOf<Participant | undefined>();
    expectTypeOf(participant(event, 'call-id-1')).toEqualTypeOf<Participant | undefined>();
    expectTypeOf(participant({ CallDetails: {} as CallDetails }, 'LEG-B')).toEqualTypeOf<Participant | undefined>();
    // @ts-expect-error a leg is a string
    participant(event, 1);
    expectTypeOf<Participant['ParticipantTag']>().toEqualTypeOf<'LEG-A' | 'LEG-B'>();
    expectTypeOf<Participant['StartTimeInMilliseconds']>().toEqualTypeOf<string>();
    expectTypeOf<CallDetails['SipMediaApplicationId']>().toEqualTypeOf<string>();
    // @ts-expect-error the older spelling is normalised away
    void ({} as CallDetails).SipApplicationId;
  });
});
