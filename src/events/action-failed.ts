import { type ActionType, isActionType } from '../actions/index.js';
import type { ActionErrorType, FailureExtrasOf } from './action-data.js';
import type { ActionDataBase } from './action-successful.js';
import type { EventEnvelope } from './envelope.js';
import { type Issues, checkValue, describeValue, setOwn } from '../validation/index.js';
import { type EventSpec, type Json, checkActionData, requirePresent, string } from './event-rules.js';

/**
 * Why an action failed. The docs use two encodings: `ErrorType` + `ErrorMessage` (most
 * actions) and a single `Error: "<ErrorType>: <message>"` (JoinChimeMeeting, StartCallRecording).
 * The parser always fills `ErrorType` and `ErrorMessage` (splitting `Error` when only that was
 * sent) and keeps `Error` when it was sent.
 * @typeParam T - the action's `Type`.
 * @category Events
 */
export interface ActionFailure<T extends ActionType> {
  /**
   * The error type: one of the action's documented error types. A value the docs do not list
   * is passed through verbatim, so keep a `default` branch when switching on it. (One
   * documented ModifyChimeMeetingAttendees example sends `""`.)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ErrorType: ActionErrorType<T>;
  /**
   * The error message, for people.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ErrorMessage: string;
  /**
   * The single-field encoding `"<ErrorType>: <message>"`, exactly as sent, when the service
   * used it (`ErrorType` and `ErrorMessage` are filled from it).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
   */
  Error?: string;
}

/**
 * The `ActionData` of an `ACTION_FAILED` event for action `T`: type, echoed parameters, the
 * error fields and the action's documented failure extras (`ErrorList`, `CallId`).
 * @typeParam T - the action's `Type`; a union gives a union discriminated on `Type`.
 * @category Events
 */
export type ActionFailedData<T extends ActionType = ActionType> = T extends ActionType
  ? ActionDataBase<T> & ActionFailure<T> & FailureExtrasOf<T>
  : never;

/**
 * `ACTION_FAILED` for one action type `T`. Use {@link ActionFailedEvent}.
 * @typeParam T - the action's `Type`.
 * @category Events
 */
export interface ActionFailedEventOf<T extends ActionType> extends EventEnvelope<'ACTION_FAILED'> {
  /**
   * The action that failed and why.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ActionData: ActionFailedData<T>;
}

/**
 * `ACTION_FAILED`: an action the function returned failed; the actions after it in the list
 * were dropped. Respond with the next actions. Discriminated a second time on
 * `ActionData.Type`; `ActionData.ErrorType` is that action's documented error types.
 * @typeParam T - the action types to cover (all by default).
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type ActionFailedEvent<T extends ActionType = ActionType> = T extends ActionType ? ActionFailedEventOf<T> : never;

const ERROR_FIELD = /^\s*([A-Za-z][\w.-]*)\s*:\s*([\s\S]*)/; // the message runs to the end

/** Fills `ErrorType` / `ErrorMessage` of a failed action, from `Error` when only that was sent. */
function checkFailure(data: Json, issues: Issues): void {
  if (data.ErrorType !== undefined) {
    checkValue(string, data.ErrorType, 'ActionData.ErrorType', issues);
    if (requirePresent(data, 'ErrorMessage', 'ActionData', 'a string, with ErrorType', issues))
      checkValue(string, data.ErrorMessage, 'ActionData.ErrorMessage', issues);
  } else if (data.Error !== undefined) {
    const match = typeof data.Error === 'string' ? ERROR_FIELD.exec(data.Error) : null;
    if (typeof data.Error !== 'string') {
      issues.add('ActionData.Error', 'type', `must be a string, got ${describeValue(data.Error)}`);
    } else if (match === null) {
      issues.add('ActionData.Error', 'format', `must be "<ErrorType>: <message>", got ${describeValue(data.Error)}`);
    } else {
      setOwn(data, 'ErrorType', match[1]);
      if (data.ErrorMessage === undefined) setOwn(data, 'ErrorMessage', match[2]);
      else checkValue(string, data.ErrorMessage, 'ActionData.ErrorMessage', issues);
    }
  } else {
    issues.add(
      'ActionData.ErrorType',
      'required',
      'is required in an ACTION_FAILED event (with ErrorMessage, or the single field Error: "<ErrorType>: <message>")',
    );
  }
  if (data.ErrorList !== undefined && !Array.isArray(data.ErrorList)) {
    issues.add('ActionData.ErrorList', 'type', `must be an array, got ${describeValue(data.ErrorList)}`);
  }
}

/**
 * The parser's rules of {@link ActionFailedEvent}: `ActionData` of a known action with the result
 * fields its spec documents for failure, and its error in either documented format.
 * @internal
 */
export const actionFailedEventSpec: EventSpec = {
  check(event, issues) {
    const data = checkActionData(event, 'ACTION_FAILED', 'failed', issues);
    // The failure is checked only when the action type is known (as the parser always did).
    if (data !== undefined && isActionType(data.Type)) checkFailure(data, issues);
  },
};
