import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActionFailedEvent,
  type ActionSuccessfulEvent,
  type ActionTarget,
  type GenericActionErrorType,
  type IntentResult,
  type InvocationEvent,
  type RecordingDestinationResult,
  actions,
  isActionFailed,
  isActionSuccessful,
  isEventType,
  targetOf,
} from '../../src/index.js';

declare const event: InvocationEvent;

describe('per-action ActionData extras (all 18 actions)', () => {
  it('narrowing to an action exposes its extras', () => {
    if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) {
      expectTypeOf(event).toEqualTypeOf<ActionSuccessfulEvent<'PlayAudioAndGetDigits'>>();
      expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
      expectTypeOf(event.ActionData.Parameters.RepeatDurationInMilliseconds).toEqualTypeOf<number>();
    }
    if (isActionSuccessful(event, 'SpeakAndGetDigits')) expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
    if (isActionSuccessful(event, 'ReceiveDigits')) expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
    if (isActionSuccessful(event, 'RecordAudio')) {
      expectTypeOf(event.ActionData.RecordingDestination).toEqualTypeOf<RecordingDestinationResult>();
      expectTypeOf(event.ActionData.RecordingTerminatorUsed).toEqualTypeOf<string | undefined>();
    }
    if (isActionSuccessful(event, 'StartCallRecording'))
      expectTypeOf(event.ActionData.CallRecordingDestination.Location).toEqualTypeOf<string>();
    if (isActionSuccessful(event, 'StartBotConversation')) {
      expectTypeOf(event.ActionData.IntentResult).toEqualTypeOf<IntentResult>();
      expectTypeOf(event.ActionData.CallId).toEqualTypeOf<string>();
    }
    if (isActionSuccessful(event, 'CallAndBridge')) expectTypeOf(event.ActionData.Parameters.CallId).toEqualTypeOf<string | undefined>();
    if (isActionSuccessful(event, 'PlayAudio')) {
      // @ts-expect-error PlayAudio reports no digits
      void event.ActionData.ReceivedDigits;
      // @ts-expect-error RecordingDestination belongs to RecordAudio's result
      void event.ActionData.RecordingDestination;
    }
    if (isEventType(event, 'ACTION_SUCCESSFUL')) {
      // @ts-expect-error ReceivedDigits is not on every action's ActionData
      void event.ActionData.ReceivedDigits;
      if (event.ActionData.Type === 'SpeakAndGetDigits') expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
    }
  });

  it("ErrorType is each action's closed union of documented error types", () => {
    if (isActionFailed(event, 'CallAndBridge')) {
      expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<
        'CallNotAnswered' | 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException'
      >();
    }
    if (isActionFailed(event, 'Speak')) {
      expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<
        'AccessDenied' | 'InvalidActionParameter' | 'ActionExecutionThrottled' | 'MissingRequiredActionParameter' | 'SystemException'
      >();
    }
    if (isActionFailed(event, 'StartCallRecording'))
      expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<'InvalidActionParameter' | 'SystemException' | 'NoAccessToDestination'>();
    if (isActionFailed(event, 'VoiceFocus'))
      expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<
        'ActionExecutionThrottled' | 'MissingRequiredActionParameter' | 'SystemException'
      >();
    if (isActionFailed(event, 'Pause')) expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<GenericActionErrorType>();
    if (isActionFailed(event, 'StopCallRecording')) expectTypeOf(event.ActionData.ErrorType).toEqualTypeOf<GenericActionErrorType>();
    if (isActionFailed(event, 'ModifyChimeMeetingAttendees'))
      expectTypeOf(event.ActionData.ErrorList).toEqualTypeOf<unknown[] | undefined>();
    if (isActionFailed(event, 'StartBotConversation')) expectTypeOf(event.ActionData.CallId).toEqualTypeOf<string | undefined>();
    if (isActionFailed(event, 'SendDigits')) {
      expectTypeOf(event).toEqualTypeOf<ActionFailedEvent<'SendDigits'>>();
      // @ts-expect-error AccessDenied is not a documented SendDigits error type
      void (event.ActionData.ErrorType === 'AccessDenied');
      // @ts-expect-error ErrorList belongs to ModifyChimeMeetingAttendees
      void event.ActionData.ErrorList;
    }
  });

  it('targetOf takes any builder, including one that still needs onCall()', () => {
    expectTypeOf(targetOf(actions.speak({ text: 'Hi' }), event)).toEqualTypeOf<ActionTarget | undefined>();
    expectTypeOf(targetOf(actions.speak({ text: 'Hi' }).onCall('c'), event)).toEqualTypeOf<ActionTarget | undefined>();
    expectTypeOf(
      targetOf(
        actions.callAndBridge({ callerIdNumber: '+12065550100', endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+17035550122' }] }),
        event,
      ),
    ).toEqualTypeOf<ActionTarget | undefined>();
    // @ts-expect-error not an action
    targetOf({ Type: 'Nope', Parameters: {} }, event);
  });
});
