import type { Refinement } from '../validation/index.js';
import type { RecordAudioParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type DtmfDigit, dtmfDigitsRule } from './shapes/dtmf.js';
import { type ParticipantTag, PARTICIPANT_TAGS } from './shapes/legs.js';

/**
 * Where `RecordAudio` writes its recording: an S3 bucket of the SIP media application's AWS
 * account whose policy grants `s3:PutObject` and `s3:PutObjectAcl` to the service principal
 * `voiceconnector.chime.amazonaws.com`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
 */
export interface RecordAudioDestination {
  /**
   * The kind of destination.
   *
   * Allowed values: `"S3"` (the only destination).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  Type: 'S3';
  /**
   * The S3 bucket that receives the recording.
   *
   * Allowed values: a bucket of the same AWS account that grants the service `s3:PutObject`
   * and `s3:PutObjectAcl`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  BucketName: string;
  /**
   * The key prefix (folder) of the recording in the bucket.
   *
   * Allowed values: up to 979 S3 "safe" characters: letters, digits, `!`, `-`, `_`, `.`, `*`,
   * `'`, `(`, `)`, and `/` between folders.
   * @defaultValue none (the recording is saved at the root of the bucket)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  Prefix?: string;
}

/**
 * Parameters of {@link RecordAudioAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
 */
export interface RecordAudioParameters {
  /**
   * The `CallId` of the leg to record. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  CallId?: string;
  /**
   * The leg to record, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  ParticipantTag?: ParticipantTag;
  /**
   * Where the recording is written.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  RecordingDestination: RecordAudioDestination;
  /**
   * The longest the recording may last, in seconds.
   *
   * Allowed values: an integer greater than 0 (the docs give no upper bound).
   * @defaultValue none (the recording ends on silence, a terminator or the end of the call)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  DurationInSeconds?: number;
  /**
   * Seconds of silence after which the recording stops.
   *
   * Allowed values: an integer from 1 to 1000.
   * @defaultValue none: silence detection is off (the docs also print a default of 200; see the
   * Service quirks page)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  SilenceDurationInSeconds?: number;
  /**
   * The noise level treated as silence: 1 is about 30 dB or below (a quiet room), 100 about
   * 40–50 dB (a whisper, a quiet office), 200 about 60 dB (a crowded office), 1000 about 75 dB
   * (a loud person, music). Ignored without `SilenceDurationInSeconds`.
   *
   * Allowed values: an integer from 1 to 1000.
   * @defaultValue 200, when `SilenceDurationInSeconds` is set
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  SilenceThreshold?: number;
  /**
   * DTMF keys that stop the recording.
   *
   * Allowed values: a non-empty array of `"0"`–`"9"`, `"#"`, `"*"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
   */
  RecordingTerminators: DtmfDigit[];
}

/**
 * Records the audio of a call leg to Amazon S3 until `DurationInSeconds`, silence or a
 * terminator key ends it. Interruptible by `UpdateSipMediaApplicationCall`
 * (`ACTION_INTERRUPTED`); `ACTION_SUCCESSFUL` carries the recording's location. Recording laws
 * and consent are the caller's responsibility.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
 */
export interface RecordAudioAction {
  /** The action type. */
  Type: 'RecordAudio';
  /** The action's parameters. */
  Parameters: RecordAudioParameters;
}

/** S3's "safe characters" for object keys, plus `/` between folders. */
const S3_SAFE_PREFIX = /^[0-9A-Za-z!\-_.*'()/]*$/;

/** `SilenceThreshold` is ignored without `SilenceDurationInSeconds`: a warning. */
const silenceThresholdRefinement: Refinement = (parameters, report) => {
  if (parameters.SilenceThreshold !== undefined && parameters.SilenceDurationInSeconds === undefined) {
    report('SilenceThreshold', 'ignored', 'is ignored without SilenceDurationInSeconds (silence detection is off)', 'warning');
  }
};

/**
 * Where a `RecordAudio` recording was written, in its `ACTION_SUCCESSFUL` event.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
 */
export interface RecordingDestinationResult {
  /**
   * The storage type.
   *
   * Allowed values: `"S3"`.
   */
  Type: 'S3';
  /** The bucket the recording was written to. */
  BucketName: string;
  /** The full S3 object key of the recording. */
  Key: string;
}

/**
 * What a `RecordAudio` action adds to its events' `ActionData`: where the recording was written;
 * UpdateSipMediaApplicationCall interrupts it.
 * @category Actions
 */
export interface RecordAudioResult {
  /** Added to the `ACTION_SUCCESSFUL` ActionData. */
  successful: {
    /** Where the recording was written. */
    RecordingDestination: RecordingDestinationResult;
    /** The DTMF key that stopped the recording; absent when it stopped on duration or silence. */
    RecordingTerminatorUsed?: string;
  };
  /** The documented error types. */
  errorTypes: 'InvalidActionParameter' | 'SystemException';
  /** UpdateSipMediaApplicationCall interrupts it (`ACTION_INTERRUPTED`). */
  interruptible: true;
}

/**
 * The rules of {@link RecordAudioAction}.
 * @internal
 */
export const recordAudioSpec: ActionSpec<RecordAudioAction, RecordAudioResult> = {
  type: 'RecordAudio',
  targeting: { kind: 'callIdOrLeg', legs: PARTICIPANT_TAGS },
  parameters: {
    RecordingDestination: {
      type: 'object',
      required: true,
      fields: {
        Type: { type: 'string', required: true, enum: ['S3'] },
        BucketName: { type: 'string', required: true },
        Prefix: {
          type: 'string',
          maxLength: 979,
          pattern: S3_SAFE_PREFIX,
          format: "S3 safe characters only (letters, digits, ! - _ . * ' ( ) and /)",
        },
      },
    },
    DurationInSeconds: { type: 'number', integer: true, exclusiveMin: 0 },
    SilenceDurationInSeconds: { type: 'number', integer: true, min: 1, max: 1000 },
    SilenceThreshold: {
      type: 'number',
      integer: true,
      min: 1,
      max: 1000,
      defaultFrom: (parameters) => (parameters.SilenceDurationInSeconds !== undefined ? 200 : undefined),
    },
    RecordingTerminators: { ...dtmfDigitsRule, required: true, minItems: 1 },
  },
  refine: silenceThresholdRefinement,
  result: {
    successful: {
      RecordingDestination: {
        type: 'object',
        required: true,
        fields: {
          Type: { type: 'string', required: true, enum: ['S3'] },
          BucketName: { type: 'string', required: true },
          Key: { type: 'string', required: true },
        },
      },
      RecordingTerminatorUsed: { type: 'string' },
    },
  },
  errorFormat: 'ErrorType',
  reportedMidList: true,
  interruptible: true,
};

/**
 * The documented error types of {@link RecordAudioAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const recordAudioErrors: ErrorMessages<RecordAudioResult> = {
  InvalidActionParameter: 'CallId or ParticipantTag parameter for action is invalid.',
  SystemException: 'System error while running an action.',
};

/**
 * Builds a `RecordAudio` action.
 *
 * @example
 * ```ts
 * actions.recordAudio({
 *   recordingDestination: { type: 'S3', bucketName: 'voicemail', prefix: 'inbox' },
 *   durationInSeconds: 60,
 *   silenceDurationInSeconds: 3,
 *   recordingTerminators: ['#'],
 * }).onLeg('LEG-A');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function recordAudio(params: RecordAudioParams): TargetableActionBuilder<RecordAudioAction, ParticipantTag> {
  return createBuilder(recordAudioSpec, params);
}
