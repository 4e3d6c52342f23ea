import { describeValue } from '../validation/index.js';
import type { StartCallRecordingParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link StartCallRecordingAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
 */
export interface StartCallRecordingParameters {
  /**
   * The `CallId` of the leg to record. Either leg of a bridged call can be recorded; each leg
   * gives its own file.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
   */
  CallId: string;
  /**
   * Which audio of the leg to record: `INCOMING` is what the leg's party says, `OUTGOING` what
   * it hears, `BOTH` both as a stereo file (incoming left, outgoing right); one track is mono.
   *
   * Allowed values: `"BOTH"`, `"INCOMING"`, `"OUTGOING"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
   */
  Track: 'BOTH' | 'INCOMING' | 'OUTGOING';
  /**
   * Where the recording is delivered once the call ends (or `StopCallRecording` runs).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
   */
  Destination: StartCallRecordingDestination;
}

/**
 * Where a call recording is stored: an S3 bucket of the SIP media application's AWS account
 * that grants `s3:PutObject` and `s3:PutObjectAcl` to `voiceconnector.chime.amazonaws.com`.
 * The same shape comes back as `CallRecordingDestination` in the `ACTION_SUCCESSFUL` event,
 * with the full key of the file.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
 */
export interface StartCallRecordingDestination {
  /**
   * The kind of destination.
   *
   * Allowed values: `"S3"` (the only destination).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
   */
  Type: 'S3';
  /**
   * The bucket name, optionally followed by `/` and a key prefix; without a prefix the
   * recordings go under `Amazon-Chime-SMA-Call-Recordings/`. Files are named
   * `<prefix>/year/month/date/<timestamp>_<transactionId>_<callId>.wav`.
   *
   * Allowed values: `bucket-name[/key-prefix]`, the bucket name following the S3 naming rules
   * (no `s3://` scheme).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
   */
  Location: string;
}

/**
 * Starts recording one call leg to Amazon S3. A leg can be recorded once: after
 * `StopCallRecording` it cannot restart. Recording stops by itself when the call ends and is
 * billed per minute, pauses included.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
 */
export interface StartCallRecordingAction {
  /** The action type. */
  Type: 'StartCallRecording';
  /** The action's parameters. */
  Parameters: StartCallRecordingParameters;
}

/** An S3 general purpose bucket name: 3 to 63 lowercase letters, digits, dots and hyphens. */
const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Checks `bucket-name[/key-prefix]`; returns the predicate of a message when it is wrong. */
function recordingLocationProblem(location: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    return (
      'must be a bucket name with an optional key prefix (bucket-name[/key-prefix]), ' +
      `without a scheme such as s3://, got ${describeValue(location)}`
    );
  }
  const bucket = location.split('/', 1)[0] ?? '';
  if (!S3_BUCKET_NAME.test(bucket) || bucket.includes('..')) {
    return (
      'must start with an S3 bucket name (3 to 63 lowercase letters, digits, dots or hyphens, ' +
      `beginning and ending with a letter or digit), optionally followed by /key-prefix, got bucket ${describeValue(bucket)}`
    );
  }
  return undefined;
}

/**
 * Where a `StartCallRecording` recording goes, in its `ACTION_SUCCESSFUL` event.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
 */
export interface CallRecordingDestinationResult {
  /**
   * The storage type.
   *
   * Allowed values: `"S3"`.
   */
  Type: 'S3';
  /** The bucket and key of the recording. */
  Location: string;
}

/**
 * What a `StartCallRecording` action adds to its events' `ActionData`: where the recording goes; its failure example uses one
 * `Error: "NoAccessToDestination: …"` string.
 * @category Actions
 */
export interface StartCallRecordingResult {
  /** Added to the `ACTION_SUCCESSFUL` ActionData. */
  successful: {
    /** Where the recording is written. */
    CallRecordingDestination: CallRecordingDestinationResult;
  };
  /** The documented error types (`NoAccessToDestination` appears as `Error: "NoAccessToDestination: …"`). */
  errorTypes: 'InvalidActionParameter' | 'SystemException' | 'NoAccessToDestination';
}

/**
 * The rules of {@link StartCallRecordingAction}.
 * @internal
 */
export const startCallRecordingSpec: ActionSpec<StartCallRecordingAction, StartCallRecordingResult> = {
  type: 'StartCallRecording',
  targeting: { kind: 'callId' },
  parameters: {
    Track: { type: 'string', required: true, enum: ['BOTH', 'INCOMING', 'OUTGOING'] },
    Destination: {
      type: 'object',
      required: true,
      fields: {
        Type: { type: 'string', required: true, enum: ['S3'] },
        Location: { type: 'string', required: true, check: recordingLocationProblem },
      },
    },
  },
  result: {
    successful: {
      CallRecordingDestination: {
        type: 'object',
        required: true,
        fields: { Type: { type: 'string', required: true, enum: ['S3'] }, Location: { type: 'string', required: true } },
      },
    },
  },
  errorFormat: 'Error',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link StartCallRecordingAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const startCallRecordingErrors: ErrorMessages<StartCallRecordingResult> = {
  InvalidActionParameter: 'CallId parameter for action is invalid',
  SystemException: 'System error while running an action.',
  NoAccessToDestination: 'Error while accessing destination',
};

/**
 * Builds a `StartCallRecording` action. The docs require `CallId`: `response()` accepts the
 * builder only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: 'recordings/calls' } }).onCall(callId);
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function startCallRecording(params: StartCallRecordingParams): CallIdRequiredBuilder<StartCallRecordingAction> {
  return createBuilder(startCallRecordingSpec, params);
}
