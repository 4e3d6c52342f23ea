import type { ActionSpec, ErrorMessages, GenericActionErrorType } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link StopCallRecordingAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/stop-call-recording.html
 */
export interface StopCallRecordingParameters {
  /**
   * The `CallId` of the leg whose recording stops. It must be a leg recorded with `StartCallRecording`.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/stop-call-recording.html
   */
  CallId: string;
}

/**
 * Stops the recording of a call leg started by `StartCallRecording`; the file is then delivered to
 * its destination. A stopped recording cannot restart on that leg, and no stop is needed at the
 * end of a call: recording stops when the call ends.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/stop-call-recording.html
 */
export interface StopCallRecordingAction {
  /** The action type. */
  Type: 'StopCallRecording';
  /** The action's parameters. */
  Parameters: StopCallRecordingParameters;
}

/**
 * What a `StopCallRecording` action adds to its events' `ActionData`: no result fields; its error types are undocumented.
 * @category Actions
 */
export interface StopCallRecordingResult {
  /** Its error types: undocumented, so the ones every action may report. */
  errorTypes: GenericActionErrorType;
}

/**
 * The rules of {@link StopCallRecordingAction}: `CallId` only.
 * @internal
 */
export const stopCallRecordingSpec: ActionSpec<StopCallRecordingAction, StopCallRecordingResult> = {
  type: 'StopCallRecording',
  targeting: { kind: 'callId' },
  parameters: {},
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link StopCallRecordingAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const stopCallRecordingErrors: ErrorMessages<StopCallRecordingResult> = { InvalidActionParameter: '', SystemException: '' };

/**
 * Builds a `StopCallRecording` action. It has no parameter besides `CallId`, which the docs require:
 * `response()` accepts the builder only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.stopCallRecording().onCall(callId);
 * ```
 * @throws {@link SmaValidationError} when called with parameters (there are none; use `.onCall()`).
 * @category Actions
 */
export function stopCallRecording(): CallIdRequiredBuilder<StopCallRecordingAction> {
  // An untyped caller's argument is reported (unknown parameter), never silently dropped.
  return createBuilder(stopCallRecordingSpec, arguments[0] as unknown);
}
