import type { PlayAudioAndGetDigitsParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type DigitCollectionParameters, digitCollectionRules } from './shapes/digit-collection.js';
import { type ParticipantTag, PARTICIPANT_TAGS } from './shapes/legs.js';
import { type S3AudioSource, s3AudioSourceRule } from './shapes/audio-source.js';
import { minMaxDigitsRefinement } from './shapes/digit-collection.js';

/**
 * Parameters of {@link PlayAudioAndGetDigitsAction}: the prompts, plus the
 * {@link DigitCollectionParameters} shared with `SpeakAndGetDigits`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
 */
export interface PlayAudioAndGetDigitsParameters extends DigitCollectionParameters {
  /**
   * The `CallId` of the leg to play on and collect digits from. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  CallId?: string;
  /**
   * The leg to play on and collect digits from, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  ParticipantTag?: ParticipantTag;
  /**
   * The prompt played at each attempt: a PCM WAV file of at most 50 MB in an S3 bucket of the
   * same AWS account. The docs mark `Type` both required and defaulting to `"S3"`: this package
   * requires it.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  AudioSource: S3AudioSource;
  /**
   * The prompt played after wrong or missing input, before `AudioSource` is played again.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  FailureAudioSource: S3AudioSource;
}

/**
 * Plays a WAV prompt from Amazon S3 and collects DTMF digits; on wrong or missing input it plays
 * the failure prompt and tries again, up to `Repeat` attempts. `ACTION_SUCCESSFUL` carries
 * `ReceivedDigits`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
 */
export interface PlayAudioAndGetDigitsAction {
  /** The action type. */
  Type: 'PlayAudioAndGetDigits';
  /** The action's parameters. */
  Parameters: PlayAudioAndGetDigitsParameters;
}

/**
 * What a `PlayAudioAndGetDigits` action adds to its events' `ActionData`: the digits collected.
 * @category Actions
 */
export interface PlayAudioAndGetDigitsResult {
  /** Added to the `ACTION_SUCCESSFUL` ActionData. */
  successful: {
    /** The DTMF digits the caller entered. */
    ReceivedDigits: string;
  };
  /** The documented error types (the one for "no valid digits" is undocumented). */
  errorTypes: 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException';
}

/**
 * The rules of {@link PlayAudioAndGetDigitsAction}.
 * @internal
 */
export const playAudioAndGetDigitsSpec: ActionSpec<PlayAudioAndGetDigitsAction, PlayAudioAndGetDigitsResult> = {
  type: 'PlayAudioAndGetDigits',
  targeting: { kind: 'callIdOrLeg', legs: PARTICIPANT_TAGS },
  parameters: {
    AudioSource: { ...s3AudioSourceRule, required: true },
    FailureAudioSource: { ...s3AudioSourceRule, required: true },
    ...digitCollectionRules,
  },
  refine: minMaxDigitsRefinement,
  result: { successful: { ReceivedDigits: { type: 'string', required: true } } },
  errorFormat: 'ErrorType',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link PlayAudioAndGetDigitsAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const playAudioAndGetDigitsErrors: ErrorMessages<PlayAudioAndGetDigitsResult> = {
  InvalidAudioSource: 'Audio source parameter value is invalid.',
  InvalidActionParameter: 'CallId or ParticipantTag parameter for the action is invalid.',
  SystemException: 'System error while running the action.',
};

/**
 * Builds a `PlayAudioAndGetDigits` action.
 *
 * @example
 * ```ts
 * actions.playAudioAndGetDigits({
 *   audioSource: { type: 'S3', bucketName: 'prompts', key: 'enter-pin.wav' },
 *   failureAudioSource: { type: 'S3', bucketName: 'prompts', key: 'invalid-pin.wav' },
 *   minNumberOfDigits: 3,
 *   maxNumberOfDigits: 5,
 *   terminatorDigits: ['#'],
 *   repeat: 3,
 *   repeatDurationInMilliseconds: 10000,
 * }).onLeg('LEG-A');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function playAudioAndGetDigits(
  params: PlayAudioAndGetDigitsParams,
): TargetableActionBuilder<PlayAudioAndGetDigitsAction, ParticipantTag> {
  return createBuilder(playAudioAndGetDigitsSpec, params);
}
