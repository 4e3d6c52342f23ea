import { deepFreeze } from '../validation/index.js';
import type { ActionSpec } from './spec.js';
import { type CallAndBridgeAction, callAndBridge, callAndBridgeSpec } from './call-and-bridge.js';
import { type HangupAction, hangup, hangupSpec } from './hangup.js';
import { type JoinChimeMeetingAction, joinChimeMeeting, joinChimeMeetingSpec } from './join-chime-meeting.js';
import {
  type ModifyChimeMeetingAttendeesAction,
  modifyChimeMeetingAttendees,
  modifyChimeMeetingAttendeesSpec,
} from './modify-chime-meeting-attendees.js';
import { type PauseAction, pause, pauseSpec } from './pause.js';
import { type PlayAudioAction, playAudio, playAudioSpec } from './play-audio.js';
import { type PlayAudioAndGetDigitsAction, playAudioAndGetDigits, playAudioAndGetDigitsSpec } from './play-audio-and-get-digits.js';
import { type ReceiveDigitsAction, receiveDigits, receiveDigitsSpec } from './receive-digits.js';
import { type RecordAudioAction, recordAudio, recordAudioSpec } from './record-audio.js';
import { type SendDigitsAction, sendDigits, sendDigitsSpec } from './send-digits.js';
import { type SpeakAction, speak, speakSpec } from './speak.js';
import { type SpeakAndGetDigitsAction, speakAndGetDigits, speakAndGetDigitsSpec } from './speak-and-get-digits.js';
import { type StartBotConversationAction, startBotConversation, startBotConversationSpec } from './start-bot-conversation.js';
import { type StartCallRecordingAction, startCallRecording, startCallRecordingSpec } from './start-call-recording.js';
import { type StopCallRecordingAction, stopCallRecording, stopCallRecordingSpec } from './stop-call-recording.js';
import { type PauseCallRecordingAction, pauseCallRecording, pauseCallRecordingSpec } from './pause-call-recording.js';
import { type ResumeCallRecordingAction, resumeCallRecording, resumeCallRecordingSpec } from './resume-call-recording.js';
import { type VoiceFocusAction, voiceFocus, voiceFocusSpec } from './voice-focus.js';

export * from './builder-params.js';
export * from './shapes/legs.js';
export * from './shapes/dtmf.js';
export * from './shapes/phone-number.js';
export * from './shapes/audio-source.js';
export * from './shapes/sip-headers.js';
export * from './shapes/digit-collection.js';
export * from './shapes/speech.js';
export {
  type ActionBuilder,
  type TargetableActionBuilder,
  type CallIdRequiredBuilder,
  type BuilderParams,
  type CamelCaseKeys,
  isActionBuilder,
} from './builder.js';
export type { TargetKey } from './spec.js';
export * from './call-and-bridge.js';
export * from './hangup.js';
export * from './join-chime-meeting.js';
export * from './modify-chime-meeting-attendees.js';
export * from './pause.js';
export * from './play-audio.js';
export * from './play-audio-and-get-digits.js';
export * from './receive-digits.js';
export * from './record-audio.js';
export * from './send-digits.js';
export * from './speak.js';
export * from './speak-and-get-digits.js';
export * from './start-bot-conversation.js';
export * from './start-call-recording.js';
export * from './stop-call-recording.js';
export * from './pause-call-recording.js';
export * from './resume-call-recording.js';
export * from './voice-focus.js';

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
  callAndBridge,
  hangup,
  joinChimeMeeting,
  modifyChimeMeetingAttendees,
  pause,
  playAudio,
  playAudioAndGetDigits,
  receiveDigits,
  recordAudio,
  sendDigits,
  speak,
  speakAndGetDigits,
  startBotConversation,
  startCallRecording,
  stopCallRecording,
  pauseCallRecording,
  resumeCallRecording,
  voiceFocus,
};

/**
 * Any action a Lambda can return, discriminated on `Type`.
 * @category Actions
 */
export type Action =
  | CallAndBridgeAction
  | HangupAction
  | JoinChimeMeetingAction
  | ModifyChimeMeetingAttendeesAction
  | PauseAction
  | PlayAudioAction
  | PlayAudioAndGetDigitsAction
  | ReceiveDigitsAction
  | RecordAudioAction
  | SendDigitsAction
  | SpeakAction
  | SpeakAndGetDigitsAction
  | StartBotConversationAction
  | StartCallRecordingAction
  | StopCallRecordingAction
  | PauseCallRecordingAction
  | ResumeCallRecordingAction
  | VoiceFocusAction;

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

/** The spec of every action by `Type`, each typed by its action and result contract. */
const specTable = {
  CallAndBridge: callAndBridgeSpec,
  Hangup: hangupSpec,
  JoinChimeMeeting: joinChimeMeetingSpec,
  ModifyChimeMeetingAttendees: modifyChimeMeetingAttendeesSpec,
  Pause: pauseSpec,
  PlayAudio: playAudioSpec,
  PlayAudioAndGetDigits: playAudioAndGetDigitsSpec,
  ReceiveDigits: receiveDigitsSpec,
  RecordAudio: recordAudioSpec,
  SendDigits: sendDigitsSpec,
  Speak: speakSpec,
  SpeakAndGetDigits: speakAndGetDigitsSpec,
  StartBotConversation: startBotConversationSpec,
  StartCallRecording: startCallRecordingSpec,
  StopCallRecording: stopCallRecordingSpec,
  PauseCallRecording: pauseCallRecordingSpec,
  ResumeCallRecording: resumeCallRecordingSpec,
  VoiceFocus: voiceFocusSpec,
} satisfies { readonly [T in ActionType]: ActionSpec<ActionOfType<T>, any> };

/**
 * The hand-written result contract of the action whose `Type` is `T` (`PlayAudioResult` …):
 * what its events add to `ActionData`, its documented error types, whether it is interruptible.
 * @category Actions
 */
export type ActionResultOf<T extends ActionType> = NonNullable<(typeof specTable)[T]['~result']>;

/**
 * The whole contract of every action, by `Type`. Frozen deeply, with every rule they share, once
 * here: an assignment to a rule throws (strict mode) or does nothing, so no caller can switch a
 * check off for the rest of the process.
 * @internal
 */
export const actionSpecs: { readonly [T in ActionType]: ActionSpec<ActionOfType<T>, ActionResultOf<T>> } =
  /* @__PURE__ */ deepFreeze(specTable);

/**
 * The action types UpdateSipMediaApplicationCall interrupts (`ACTION_INTERRUPTED`): those whose
 * result contract says `interruptible: true`.
 * @category Actions
 */
export type InterruptibleActionType = {
  [T in ActionType]: ActionResultOf<T> extends {
    /** The action's result contract says UpdateSipMediaApplicationCall interrupts it. */
    interruptible: true;
  }
    ? T
    : never;
}[ActionType];

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
