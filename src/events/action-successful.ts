import type { ActionType } from '../actions/index.js';
import type { EchoedParameters, ParameterExtrasOf, SuccessExtrasOf } from './action-data.js';
import type { EventEnvelope } from './envelope.js';
import { type EventSpec, checkActionData } from './event-rules.js';

/**
 * The `Type` and echoed `Parameters` that an `ActionData` of action `T` starts with.
 * @typeParam T - the action's `Type`.
 * @category Events
 */
export interface ActionDataBase<T extends ActionType> {
  /**
   * The action the event is about.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Type: T;
  /**
   * The action's parameters as the service echoes them: what the function sent, sometimes with
   * defaults filled in (PlayAudio `Repeat: 1`) or fields added (CallAndBridge `CallId`). They
   * are not validated against the action's rules: a failed action echoes the very values that
   * made it fail.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Parameters: EchoedParameters<T> & ParameterExtrasOf<T>;
}

/**
 * The `ActionData` of an `ACTION_SUCCESSFUL` event for action `T`: its type, echoed parameters
 * and the action's documented extras (`ReceivedDigits`, `RecordingDestination`, …).
 * @typeParam T - the action's `Type`; a union gives a union discriminated on `Type`.
 * @category Events
 */
export type ActionSuccessfulData<T extends ActionType = ActionType> = T extends ActionType ? ActionDataBase<T> & SuccessExtrasOf<T> : never;

/**
 * `ACTION_SUCCESSFUL` for one action type `T`. Use {@link ActionSuccessfulEvent}.
 * @typeParam T - the action's `Type`.
 * @category Events
 */
export interface ActionSuccessfulEventOf<T extends ActionType> extends EventEnvelope<'ACTION_SUCCESSFUL'> {
  /**
   * The action that succeeded, with its documented extras.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ActionData: ActionSuccessfulData<T>;
}

/**
 * `ACTION_SUCCESSFUL`: an action the function returned succeeded; respond with the next
 * actions. Discriminated a second time on `ActionData.Type`: narrow with
 * `isActionSuccessful(event, 'PlayAudioAndGetDigits')` to read `ActionData.ReceivedDigits`.
 * @typeParam T - the action types to cover (all by default).
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type ActionSuccessfulEvent<T extends ActionType = ActionType> = T extends ActionType ? ActionSuccessfulEventOf<T> : never;

/**
 * The parser's rules of {@link ActionSuccessfulEvent}: `ActionData` of a known action with the
 * result fields its spec documents for success.
 * @internal
 */
export const actionSuccessfulEventSpec: EventSpec = {
  check: (event, issues) => void checkActionData(event, 'ACTION_SUCCESSFUL', 'successful', issues),
};
