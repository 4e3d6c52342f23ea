import type { PauseParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages, GenericActionErrorType } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type ParticipantTag, PARTICIPANT_TAGS } from './shapes/legs.js';

/**
 * Parameters of {@link PauseAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause.html
 */
export interface PauseParameters {
  /**
   * The `CallId` of the leg to pause. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause.html
   */
  CallId?: string;
  /**
   * The leg to pause, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause.html
   */
  ParticipantTag?: ParticipantTag;
  /**
   * How long to stay silent, in milliseconds. A number on the wire (the docs' example sends the
   * string `"3000"`, which `validateAction` accepts with a warning). No maximum is documented.
   *
   * Allowed values: an integer greater than 0.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause.html
   */
  DurationInMilliseconds: number;
}

/**
 * Holds a call leg silent for a number of milliseconds. Interruptible by
 * `UpdateSipMediaApplicationCall` (`ACTION_INTERRUPTED`).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pause.html
 */
export interface PauseAction {
  /** The action type. */
  Type: 'Pause';
  /** The action's parameters. */
  Parameters: PauseParameters;
}

/**
 * What a `Pause` action adds to its events' `ActionData`: no result fields; UpdateSipMediaApplicationCall interrupts it.
 * @category Actions
 */
export interface PauseResult {
  /** Its error types: undocumented, so the ones every action may report. */
  errorTypes: GenericActionErrorType;
  /** UpdateSipMediaApplicationCall interrupts it (`ACTION_INTERRUPTED`). */
  interruptible: true;
}

/**
 * The rules of {@link PauseAction}.
 * @internal
 */
export const pauseSpec: ActionSpec<PauseAction, PauseResult> = {
  type: 'Pause',
  targeting: { kind: 'callIdOrLeg', legs: PARTICIPANT_TAGS },
  parameters: {
    DurationInMilliseconds: { type: 'number', required: true, integer: true, exclusiveMin: 0 },
  },
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: true,
};

/**
 * The documented error types of {@link PauseAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const pauseErrors: ErrorMessages<PauseResult> = { InvalidActionParameter: '', SystemException: '' };

/**
 * Builds a `Pause` action.
 *
 * @example
 * ```ts
 * actions.pause({ durationInMilliseconds: 3000 }).onLeg('LEG-A');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function pause(params: PauseParams): TargetableActionBuilder<PauseAction, ParticipantTag> {
  return createBuilder(pauseSpec, params);
}
