import type { ActionSpec } from './define.js';
import { type JoinChimeMeetingAction, joinChimeMeeting, joinChimeMeetingSpec } from './join-chime-meeting.js';
import { type PlayAudioAction, playAudio, playAudioSpec } from './play-audio.js';
import { type StartBotConversationAction, startBotConversation, startBotConversationSpec } from './start-bot-conversation.js';
import { type StartCallRecordingAction, startCallRecording, startCallRecordingSpec } from './start-call-recording.js';
import { type StopCallRecordingAction, stopCallRecording, stopCallRecordingSpec } from './stop-call-recording.js';
import { type PauseCallRecordingAction, pauseCallRecording, pauseCallRecordingSpec } from './pause-call-recording.js';
import { type ResumeCallRecordingAction, resumeCallRecording, resumeCallRecordingSpec } from './resume-call-recording.js';

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
export * from './start-bot-conversation.js';
export * from './start-call-recording.js';
export * from './stop-call-recording.js';
export * from './pause-call-recording.js';
export * from './resume-call-recording.js';

/**
 * One builder per returnable action, named by the camelCase of its `Type`.
 * @category Actions
 */
export const actions = {
  joinChimeMeeting,
  playAudio,
  startBotConversation,
  startCallRecording,
  stopCallRecording,
  pauseCallRecording,
  resumeCallRecording,
};

/**
 * Any action a Lambda can return, discriminated on `Type`.
 * @category Actions
 */
export type Action =
  | JoinChimeMeetingAction
  | PlayAudioAction
  | StartBotConversationAction
  | StartCallRecordingAction
  | StopCallRecordingAction
  | PauseCallRecordingAction
  | ResumeCallRecordingAction;

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
  StartBotConversation: startBotConversationSpec,
  StartCallRecording: startCallRecordingSpec,
  StopCallRecording: stopCallRecordingSpec,
  PauseCallRecording: pauseCallRecordingSpec,
  ResumeCallRecording: resumeCallRecordingSpec,
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
