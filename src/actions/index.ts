import type { ActionSpec } from './define.js';
import { type JoinChimeMeetingAction, joinChimeMeeting, joinChimeMeetingSpec } from './join-chime-meeting.js';
import { type PlayAudioAction, playAudio, playAudioSpec } from './play-audio.js';

export * from './shared.js';
export {
  type ActionBuilder,
  type TargetableActionBuilder,
  type CallIdRequiredBuilder,
  type BuilderParams,
  type CamelCaseKeys,
  type TargetKey,
  isActionBuilder,
} from './define.js';
export * from './join-chime-meeting.js';
export * from './play-audio.js';

/**
 * One builder per returnable action, named by the camelCase of its `Type`:
 * `actions.playAudio(params)` builds a `PlayAudio` action. Each builder checks its parameters
 * when it is called and throws {@link SmaValidationError} listing every issue.
 *
 * @example
 * ```ts
 * import { actions } from 'chime-sma-kit';
 *
 * const join = actions.joinChimeMeeting({ joinToken, meetingId }).onLeg('LEG-A');
 * ```
 * @namespace
 * @category Actions
 */
export const actions = {
  joinChimeMeeting,
  playAudio,
};

/**
 * Any action a Lambda can return, discriminated on `Type`.
 * @category Actions
 */
export type Action = JoinChimeMeetingAction | PlayAudioAction;

/**
 * The `Type` of every returnable action.
 * @category Actions
 */
export type ActionType = Action['Type'];

/**
 * The wire action whose `Type` is `T`.
 * @category Actions
 */
export type ActionOfType<T extends ActionType> = Extract<
  Action,
  {
    /** The action type to select. */
    Type: T;
  }
>;

/**
 * The `Parameters` of the action whose `Type` is `T`.
 * @category Actions
 */
export type ParametersOf<T extends ActionType> = ActionOfType<T>['Parameters'];

/**
 * The rules of every action, by `Type`.
 * @internal
 */
export const actionSpecs: { readonly [T in ActionType]: ActionSpec<ActionOfType<T>> } = {
  JoinChimeMeeting: joinChimeMeetingSpec,
  PlayAudio: playAudioSpec,
};

/**
 * Every returnable action `Type`, in the order of the docs' action list.
 * @category Actions
 */
export const ACTION_TYPES = Object.keys(actionSpecs) as readonly ActionType[];

/**
 * `true` when `type` names a returnable action.
 * @category Actions
 */
export function isActionType(type: unknown): type is ActionType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(actionSpecs, type);
}
