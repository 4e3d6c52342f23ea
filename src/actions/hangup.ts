import type { HangupParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages, GenericActionErrorType } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type ParticipantTag, PARTICIPANT_TAGS } from './shapes/legs.js';

/**
 * The SIP response code of a {@link HangupAction}, as a string: `"0"` normal termination,
 * `"480"` unavailable, `"486"` busy.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/hangup.html
 */
export type SipResponseCode = '0' | '480' | '486';

/**
 * Parameters of {@link HangupAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/hangup.html
 */
export interface HangupParameters {
  /**
   * The `CallId` of the leg to hang up. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/hangup.html
   */
  CallId?: string;
  /**
   * The leg to hang up, when `CallId` is not set: either leg of a bridged call, or the meeting
   * leg (`LEG-B`) of a `JoinChimeMeeting` call.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/hangup.html
   */
  ParticipantTag?: ParticipantTag;
  /**
   * The SIP response code sent when the leg is disconnected. A string on the wire (the HANGUP
   * event echoes it as a number, which `validateAction` accepts with a warning).
   *
   * Allowed values: `"0"` (normal termination), `"480"` (unavailable), `"486"` (busy).
   * @defaultValue `"0"`
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/hangup.html
   */
  SipResponseCode?: SipResponseCode;
}

/**
 * Disconnects one call leg. On a single-leg call the call ends (a `HANGUP` event follows and
 * its response is ignored); on a bridged call only the addressed leg is disconnected; on the
 * meeting leg the caller leaves the meeting (`ACTION_SUCCESSFUL` follows).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/hangup.html
 */
export interface HangupAction {
  /** The action type. */
  Type: 'Hangup';
  /** The action's parameters. */
  Parameters: HangupParameters;
}

/**
 * What a `Hangup` action adds to its events' `ActionData`: no result fields; its error types are undocumented.
 * @category Actions
 */
export interface HangupResult {
  /** Its error types: undocumented, so the ones every action may report. */
  errorTypes: GenericActionErrorType;
}

/**
 * The rules of {@link HangupAction}.
 * @internal
 */
export const hangupSpec: ActionSpec<HangupAction, HangupResult> = {
  type: 'Hangup',
  targeting: { kind: 'callIdOrLeg', legs: PARTICIPANT_TAGS },
  parameters: {
    SipResponseCode: { type: 'string', enum: ['0', '480', '486'], default: '0' },
  },
  // The docs allow "LEG-A" or "LEG-B" only, but a public sample Lambda (copyright Amazon:
  // gherlein/secondCall, src/secondCall.js) ends every call with ParticipantTag "" and no
  // CallId; observed, the tag is ignored and the invoked leg hangs up (Service quirks page).
  effects: { ParticipantTag: { docs: 'reject', observed: 'ignore' } },
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link HangupAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const hangupErrors: ErrorMessages<HangupResult> = { InvalidActionParameter: '', SystemException: '' };

/**
 * Builds a `Hangup` action; without params it hangs up with the default code `"0"`.
 *
 * @example
 * ```ts
 * actions.hangup();
 * actions.hangup({ sipResponseCode: '486' }).onLeg('LEG-B');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function hangup(params?: HangupParams): TargetableActionBuilder<HangupAction, ParticipantTag> {
  return createBuilder(hangupSpec, params);
}
