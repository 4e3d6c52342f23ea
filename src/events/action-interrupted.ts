import type { ActionType } from '../actions/index.js';
import type { ActionDataBase } from './action-successful.js';
import type { EventEnvelope } from './envelope.js';
import { type EventSpec, checkActionData } from './event-rules.js';

/**
 * The `ActionData` of an `ACTION_INTERRUPTED` event: the interrupted action.
 * @typeParam T - the action's `Type`; a union gives a union discriminated on `Type`.
 * @category Events
 */
export type ActionInterruptedData<T extends ActionType = ActionType> = T extends ActionType ? ActionDataBase<T> : never;

/**
 * `ACTION_INTERRUPTED` for one action type `T`. Use {@link ActionInterruptedEvent}.
 * @typeParam T - the action's `Type`.
 * @category Events
 */
export interface ActionInterruptedEventOf<T extends ActionType> extends EventEnvelope<'ACTION_INTERRUPTED'> {
  /**
   * The action that was interrupted.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/update-sip-call.html
   */
  ActionData: ActionInterruptedData<T>;
}

/**
 * `ACTION_INTERRUPTED`: a `CALL_UPDATE_REQUESTED` response replaced the actions while an
 * interruptible action ran (PlayAudio, RecordAudio and Pause are documented as
 * interruptible). Informational: the response's actions are ignored. Discriminated a second
 * time on `ActionData.Type`.
 * @typeParam T - the action types to cover (all by default).
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/update-sip-call.html
 */
export type ActionInterruptedEvent<T extends ActionType = ActionType> = T extends ActionType ? ActionInterruptedEventOf<T> : never;

/**
 * The parser's rules of {@link ActionInterruptedEvent}: `ActionData` of a known action.
 * @internal
 */
export const actionInterruptedEventSpec: EventSpec = {
  check: (event, issues) => void checkActionData(event, 'ACTION_INTERRUPTED', undefined, issues),
};
