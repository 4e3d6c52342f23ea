import type { ActionSpec, ErrorMessages, GenericActionErrorType } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link ResumeCallRecordingAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/resume-call-recording.html
 */
export interface ResumeCallRecordingParameters {
  /**
   * The `CallId` of the leg whose paused recording resumes. It must be a leg recorded with `StartCallRecording`.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/resume-call-recording.html
   */
  CallId: string;
}

/**
 * Resumes the paused recording of a call leg; a brief tone is played before recording restarts.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/resume-call-recording.html
 */
export interface ResumeCallRecordingAction {
  /** The action type. */
  Type: 'ResumeCallRecording';
  /** The action's parameters. */
  Parameters: ResumeCallRecordingParameters;
}

/**
 * What a `ResumeCallRecording` action adds to its events' `ActionData`: no result fields; its error types are undocumented.
 * @category Actions
 */
export interface ResumeCallRecordingResult {
  /** Its error types: undocumented, so the ones every action may report. */
  errorTypes: GenericActionErrorType;
}

/**
 * The rules of {@link ResumeCallRecordingAction}: `CallId` only.
 * @internal
 */
export const resumeCallRecordingSpec: ActionSpec<ResumeCallRecordingAction, ResumeCallRecordingResult> = {
  type: 'ResumeCallRecording',
  targeting: { kind: 'callId' },
  parameters: {},
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link ResumeCallRecordingAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const resumeCallRecordingErrors: ErrorMessages<ResumeCallRecordingResult> = { InvalidActionParameter: '', SystemException: '' };

/**
 * Builds a `ResumeCallRecording` action. It has no parameter besides `CallId`, which the docs require:
 * `response()` accepts the builder only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.resumeCallRecording().onCall(callId);
 * ```
 * @throws {@link SmaValidationError} when called with parameters (there are none; use `.onCall()`).
 * @category Actions
 */
export function resumeCallRecording(): CallIdRequiredBuilder<ResumeCallRecordingAction> {
  // An untyped caller's argument is reported (unknown parameter), never silently dropped.
  return createBuilder(resumeCallRecordingSpec, arguments[0] as unknown);
}
