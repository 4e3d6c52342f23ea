import type { ActionType } from '../actions/index.js';
import { isRecord } from '../validation/index.js';
import type { ParticipantTag } from '../actions/shapes/legs.js';
import type { ActionFailedEvent } from './action-failed.js';
import type { ActionInterruptedEvent } from './action-interrupted.js';
import type { ActionSuccessfulEvent } from './action-successful.js';
import type { CallDetails, InvocationEventType, Participant } from './envelope.js';
import type { InvocationEvent, InvocationEventOf } from './invocation-event.js';

/**
 * `true` when `event` is of type `type`; narrows it to that event's type.
 *
 * @example
 * ```ts
 * if (isEventType(event, 'HANGUP')) console.log(event.ActionData.Parameters.ParticipantTag);
 * ```
 * @category Events
 */
export function isEventType<E extends InvocationEventType>(event: InvocationEvent, type: E): event is InvocationEventOf<E> {
  return eventTypeOf(event) === type;
}

/**
 * The `InvocationEventType` of `event`, or `undefined` when `event` is not an object (untyped
 * callers may pass anything: guards return `false` then, never throw).
 * @internal
 */
export function eventTypeOf(event: unknown): unknown {
  return isRecord(event) ? event.InvocationEventType : undefined;
}

function isActionEvent(event: InvocationEvent, eventType: InvocationEventType, type: ActionType | undefined): boolean {
  if (eventTypeOf(event) !== eventType) return false;
  const data: unknown = (event as { ActionData?: unknown }).ActionData;
  return type === undefined || (typeof data === 'object' && data !== null && (data as { Type?: unknown }).Type === type);
}

/**
 * `true` when `event` is an `ACTION_SUCCESSFUL` event (for the action `type`, when given);
 * narrows both the event and its `ActionData`.
 *
 * @example
 * ```ts
 * if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) pin = event.ActionData.ReceivedDigits;
 * ```
 * @category Events
 */
export function isActionSuccessful<T extends ActionType = ActionType>(event: InvocationEvent, type?: T): event is ActionSuccessfulEvent<T> {
  return isActionEvent(event, 'ACTION_SUCCESSFUL', type);
}

/**
 * `true` when `event` is an `ACTION_FAILED` event (for the action `type`, when given); narrows
 * both levels, so `ActionData.ErrorType` is that action's documented error types.
 *
 * @example
 * ```ts
 * if (isActionFailed(event, 'JoinChimeMeeting') && event.ActionData.ErrorType === 'ErrorJoiningMeeting') retry();
 * ```
 * @category Events
 */
export function isActionFailed<T extends ActionType = ActionType>(event: InvocationEvent, type?: T): event is ActionFailedEvent<T> {
  return isActionEvent(event, 'ACTION_FAILED', type);
}

/**
 * `true` when `event` is an `ACTION_INTERRUPTED` event (for the action `type`, when given);
 * narrows both levels.
 *
 * @example
 * ```ts
 * if (isActionInterrupted(event, 'PlayAudio')) console.log(event.ActionData.Parameters.AudioSource.Key);
 * ```
 * @category Events
 */
export function isActionInterrupted<T extends ActionType = ActionType>(
  event: InvocationEvent,
  type?: T,
): event is ActionInterruptedEvent<T> {
  return isActionEvent(event, 'ACTION_INTERRUPTED', type);
}

/**
 * The participant (call leg) with this tag (`'LEG-A'`, `'LEG-B'`) or this `CallId`, or
 * `undefined` when the call has no such leg.
 *
 * @example
 * ```ts
 * const caller = participant(event, 'LEG-A')?.From;
 * ```
 * @category Events
 */
export function participant(event: { CallDetails: CallDetails }, legOrCallId: ParticipantTag | (string & {})): Participant | undefined {
  const participants: unknown = isRecord(event) ? (event.CallDetails as Partial<CallDetails> | undefined)?.Participants : undefined;
  if (!Array.isArray(participants)) return undefined;
  const byTag = legOrCallId === 'LEG-A' || legOrCallId === 'LEG-B';
  return (participants as Participant[]).find((p) => (byTag ? p.ParticipantTag === legOrCallId : p.CallId === legOrCallId));
}
