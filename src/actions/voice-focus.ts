import type { VoiceFocusParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link VoiceFocusAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/voice-focus.html
 */
export interface VoiceFocusParameters {
  /**
   * Whether Amazon Voice Focus noise reduction is on for the leg. A JSON boolean (the docs
   * write Python's `True|False`; `validateAction` accepts the strings `"true"`/`"false"` with a
   * warning).
   *
   * Allowed values: `true`, `false`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/voice-focus.html
   */
  Enable: boolean;
  /**
   * The `CallId` of the leg to apply the setting to (an inbound leg, or an outbound leg from
   * `CallAndBridge` or `CreateSipMediaApplicationCall`). Required: the action has no
   * `ParticipantTag`.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/voice-focus.html
   */
  CallId: string;
}

/**
 * Turns Amazon Voice Focus noise reduction on or off for one call leg. Billed per leg
 * (`BillableVoiceFocusSeconds` in the call detail records); PSTN Audio actions are limited to
 * 5 requests per second per account (`ActionExecutionThrottled`).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/voice-focus.html
 */
export interface VoiceFocusAction {
  /** The action type. */
  Type: 'VoiceFocus';
  /** The action's parameters. */
  Parameters: VoiceFocusParameters;
}

/**
 * What a `VoiceFocus` action adds to its events' `ActionData`: no result fields.
 * @category Actions
 */
export interface VoiceFocusResult {
  /** The documented error types. */
  errorTypes: 'ActionExecutionThrottled' | 'MissingRequiredActionParameter' | 'SystemException';
}

/**
 * The rules of {@link VoiceFocusAction}.
 * @internal
 */
export const voiceFocusSpec: ActionSpec<VoiceFocusAction, VoiceFocusResult> = {
  type: 'VoiceFocus',
  targeting: { kind: 'callId' },
  parameters: {
    Enable: { type: 'boolean', required: true },
  },
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link VoiceFocusAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const voiceFocusErrors: ErrorMessages<VoiceFocusResult> = {
  ActionExecutionThrottled: 'Failed to run action. The maximum number of actions per second has been reached.',
  MissingRequiredActionParameter: 'Missing required action parameter.',
  SystemException: 'System error while running action.',
};

/**
 * Builds a `VoiceFocus` action. `response()` accepts it only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.voiceFocus({ enable: true }).onCall(legA.CallId);
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function voiceFocus(params: VoiceFocusParams): CallIdRequiredBuilder<VoiceFocusAction> {
  return createBuilder(voiceFocusSpec, params);
}
