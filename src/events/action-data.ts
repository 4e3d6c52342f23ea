import type { ActionResultOf, ActionType, ParametersOf } from '../actions/index.js';
import type { GenericActionErrorType } from '../actions/spec.js';

export type { GenericActionErrorType } from '../actions/spec.js';
export type { RecordingDestinationResult } from '../actions/record-audio.js';
export type { CallRecordingDestinationResult } from '../actions/start-call-recording.js';
export type { BotIntent, BotSlot, BotSlotValue, IntentResult } from '../actions/start-bot-conversation.js';

/**
 * The `Parameters` of the action named `T` as the service echoes them in `ActionData`, or a
 * plain object for a name that is not (yet) a returnable action of this package.
 * @category Events
 */
export type EchoedParameters<T extends string> = T extends ActionType ? ParametersOf<T> : Record<string, unknown>;

/**
 * The documented per-action additions to `ActionData`, keyed by action `Type`: each action's
 * hand-written result contract (`PlayAudioAndGetDigitsResult` …), read from its spec. For each action:
 * - `successful`: extra `ActionData` fields of its `ACTION_SUCCESSFUL` event;
 * - `failed`: extra `ActionData` fields of its `ACTION_FAILED` event (besides the error fields);
 * - `parameters`: fields the service adds to the echoed `Parameters`;
 * - `errorTypes`: its documented error types (the closed union of its `ErrorType`).
 *
 * A missing member adds nothing.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type ActionResultExtras = { [T in ActionType]: ActionResultOf<T> };

/**
 * Member `K` of action `T`'s entry in {@link ActionResultExtras}, or `Fallback` when the action or
 * the member is not there.
 * @typeParam T - the action's `Type`.
 * @typeParam K - the member: `successful`, `failed`, `parameters` or `errorTypes`.
 * @typeParam Fallback - what a missing member means.
 * @category Events
 */
export type ActionResultExtra<T extends string, K extends string, Fallback = {}> = T extends keyof ActionResultExtras
  ? K extends keyof ActionResultExtras[T]
    ? ActionResultExtras[T][K]
    : Fallback
  : Fallback;

/**
 * The extra `ActionData` fields of action `T`'s `ACTION_SUCCESSFUL` event.
 * @category Events
 */
export type SuccessExtrasOf<T extends string> = ActionResultExtra<T, 'successful'>;

/**
 * The extra `ActionData` fields of action `T`'s `ACTION_FAILED` event (besides the error fields).
 * @category Events
 */
export type FailureExtrasOf<T extends string> = ActionResultExtra<T, 'failed'>;

/**
 * The fields the service adds to action `T`'s echoed `Parameters`.
 * @category Events
 */
export type ParameterExtrasOf<T extends string> = ActionResultExtra<T, 'parameters'>;

/**
 * The documented error types of action `T`: the closed union its `ErrorType` can take.
 * @category Events
 */
export type ActionErrorType<T extends string> = ActionResultExtra<T, 'errorTypes', GenericActionErrorType>;
