import type { ActionSpec } from './define.js';
import { type JoinChimeMeetingAction, joinChimeMeeting, joinChimeMeetingSpec } from './join-chime-meeting.js';
import { type PlayAudioAction, playAudio, playAudioSpec } from './play-audio.js';
import { type PlayAudioAndGetDigitsAction, playAudioAndGetDigits, playAudioAndGetDigitsSpec } from './play-audio-and-get-digits.js';
import { type ReceiveDigitsAction, receiveDigits, receiveDigitsSpec } from './receive-digits.js';
import { type RecordAudioAction, recordAudio, recordAudioSpec } from './record-audio.js';
import { type SpeakAction, speak, speakSpec } from './speak.js';
import { type SpeakAndGetDigitsAction, speakAndGetDigits, speakAndGetDigitsSpec } from './speak-and-get-digits.js';

export * from './shared.js';
export * from './digits.js';
export * from './speech.js';
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
export * from './play-audio-and-get-digits.js';
export * from './receive-digits.js';
export * from './record-audio.js';
export * from './speak.js';
export * from './speak-and-get-digits.js';

/**
 * One builder per returnable action, named by the camelCase of its `Type`.
 * @category Actions
 */
export const actions = {
  joinChimeMeeting,
  playAudio,
  playAudioAndGetDigits,
  receiveDigits,
  recordAudio,
  speak,
  speakAndGetDigits,
};

/**
 * Any action a Lambda can return, discriminated on `Type`.
 * @category Actions
 */
export type Action =
  | JoinChimeMeetingAction
  | PlayAudioAction
  | PlayAudioAndGetDigitsAction
  | ReceiveDigitsAction
  | RecordAudioAction
  | SpeakAction
  | SpeakAndGetDigitsAction;

/**
 * The `Type` of every returnable action.
 * @category Actions
 */
export type ActionType = Action['Type'];

/**
 * The wire action whose `Type` is `T`.
 * @category Actions
 */
export type ActionOfType<T extends ActionType> = Extract<Action, { Type: T }>;

/**
 * The `Parameters` of the action whose `Type` is `T`.
 * @category Actions
 */
export type ParametersOf<T extends ActionType> = ActionOfType<T>['Parameters'];

/** The rules of every action, by `Type`. */
export const actionSpecs: { readonly [T in ActionType]: ActionSpec<ActionOfType<T>> } = {
  JoinChimeMeeting: joinChimeMeetingSpec,
  PlayAudio: playAudioSpec,
  PlayAudioAndGetDigits: playAudioAndGetDigitsSpec,
  ReceiveDigits: receiveDigitsSpec,
  RecordAudio: recordAudioSpec,
  Speak: speakSpec,
  SpeakAndGetDigits: speakAndGetDigitsSpec,
};

/**
 * Every returnable action `Type`, in the order of the docs' action list.
 * @category Actions
 */
export const ACTION_TYPES = Object.keys(actionSpecs) as readonly ActionType[];

/** `true` when `type` names a returnable action. */
export function isActionType(type: unknown): type is ActionType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(actionSpecs, type);
}
