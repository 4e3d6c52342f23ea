import type { PlayAudioParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type DtmfDigit, dtmfDigitsRule } from './shapes/dtmf.js';
import { type ParticipantTag, PARTICIPANT_TAGS } from './shapes/legs.js';
import { type S3AudioSource, s3AudioSourceRule } from './shapes/audio-source.js';

/**
 * Parameters of {@link PlayAudioAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
 */
export interface PlayAudioParameters {
  /**
   * The `CallId` of the leg to play on. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
   */
  CallId?: string;
  /**
   * The leg to play on, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
   */
  ParticipantTag?: ParticipantTag;
  /**
   * DTMF keys that stop the playback; after a terminator the audio is not repeated.
   *
   * Allowed values: an array of `"0"`–`"9"`, `"#"`, `"*"`.
   * @defaultValue none (key presses do not stop the audio)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
   */
  PlaybackTerminators?: DtmfDigit[];
  /**
   * How many times the audio file is played.
   *
   * Allowed values: an integer greater than 0.
   * @defaultValue 1
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
   */
  Repeat?: number;
  /**
   * The WAV file to play: PCM, at most 50 MB, 8 kHz mono recommended, in an S3 bucket of the
   * same AWS account.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
   */
  AudioSource: S3AudioSource;
}

/**
 * Plays a WAV file from Amazon S3 on a call leg, optionally repeated and stoppable by DTMF keys.
 * Interruptible by `UpdateSipMediaApplicationCall` (`ACTION_INTERRUPTED`).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
 */
export interface PlayAudioAction {
  /** The action type. */
  Type: 'PlayAudio';
  /** The action's parameters. */
  Parameters: PlayAudioParameters;
}

/**
 * What a `PlayAudio` action adds to its events' `ActionData`: no result fields; UpdateSipMediaApplicationCall interrupts it.
 * @category Actions
 */
export interface PlayAudioResult {
  /** The documented error types. */
  errorTypes: 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException';
  /** UpdateSipMediaApplicationCall interrupts it (`ACTION_INTERRUPTED`). */
  interruptible: true;
}

/**
 * The rules of {@link PlayAudioAction}.
 * @internal
 */
export const playAudioSpec: ActionSpec<PlayAudioAction, PlayAudioResult> = {
  type: 'PlayAudio',
  targeting: { kind: 'callIdOrLeg', legs: PARTICIPANT_TAGS },
  parameters: {
    PlaybackTerminators: dtmfDigitsRule,
    Repeat: { type: 'number', integer: true, exclusiveMin: 0, default: 1 },
    AudioSource: { ...s3AudioSourceRule, required: true },
  },
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: true,
};

/**
 * The documented error types of {@link PlayAudioAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const playAudioErrors: ErrorMessages<PlayAudioResult> = {
  InvalidAudioSource: 'The audio source parameter is invalid.',
  SystemException: 'System error while running action.',
  InvalidActionParameter: 'CallId or ParticipantTag parameter for action is invalid.',
};

/**
 * Builds a `PlayAudio` action.
 *
 * @example
 * ```ts
 * actions.playAudio({ audioSource: { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } }).onLeg('LEG-A');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function playAudio(params: PlayAudioParams): TargetableActionBuilder<PlayAudioAction, ParticipantTag> {
  return createBuilder(playAudioSpec, params);
}
