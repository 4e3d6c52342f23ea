import type { ActionSpec, ErrorMessages, GenericActionErrorType } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link PauseCallRecordingAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause-call-recording.html
 */
export interface PauseCallRecordingParameters {
  /**
   * The `CallId` of the leg whose recording pauses. It must be a leg recorded with `StartCallRecording`.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause-call-recording.html
   */
  CallId: string;
}

/**
 * Pauses the recording of a call leg: a tone is captured, then silence until `ResumeCallRecording`.
 * Pauses do not shorten the file and are billed; pause and resume may be repeated.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause-call-recording.html
 */
export interface PauseCallRecordingAction {
  /** The action type. */
  Type: 'PauseCallRecording';
  /** The action's parameters. */
  Parameters: PauseCallRecordingParameters;
}

/**
 * What a `PauseCallRecording` action adds to its events' `ActionData`: no result fields; its error types are undocumented.
 * @category Actions
 */
export interface PauseCallRecordingResult {
  /** Its error types: undocumented, so the ones every action may report. */
  errorTypes: GenericActionErrorType;
}

/**
 * The rules of {@link PauseCallRecordingAction}: `CallId` only.
 * @internal
 */
export const pauseCallRecordingSpec: ActionSpec<PauseCallRecordingAction, PauseCallRecordingResult> = {
  type: 'PauseCallRecording',
  targeting: { kind: 'callId' },
  parameters: {},
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link PauseCallRecordingAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const pauseCallRecordingErrors: ErrorMessages<PauseCallRecordingResult> = { InvalidActionParameter: '', SystemException: '' };

/**
 * Builds a `PauseCallRecording` action. It has no parameter besides `CallId`, which the docs require:
 * `response()` accepts the builder only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.pauseCallRecording().onCall(callId);
 * ```
 * @throws {@link SmaValidationError} when called with parameters (there are none; use `.onCall()`).
 * @category Actions
 */
export function pauseCallRecording(): CallIdRequiredBuilder<PauseCallRecordingAction> {
  // An untyped caller's argument is reported (unknown parameter), never silently dropped.
  return createBuilder(pauseCallRecordingSpec, arguments[0] as unknown);
}
