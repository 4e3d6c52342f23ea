import type { ReceiveDigitsParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages, GenericActionErrorType } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { inputDigitsRegexRule, millisecondsRule } from './shapes/digit-collection.js';
import { type ParticipantTag, PARTICIPANT_TAGS } from './shapes/legs.js';

/**
 * Parameters of {@link ReceiveDigitsAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
 */
export interface ReceiveDigitsParameters {
  /**
   * The `CallId` of the leg to listen on. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  CallId?: string;
  /**
   * The leg to listen on, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  ParticipantTag?: ParticipantTag;
  /**
   * The regular expression entered digits must match to be sent to the Lambda in a
   * `DIGITS_RECEIVED` event.
   *
   * Allowed values: a valid regular expression (the service's dialect is undocumented: this
   * package checks that a JavaScript `RegExp` compiles it).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  InputDigitsRegex: string;
  /**
   * How long to wait after a digit before the digits entered so far are checked against
   * `InputDigitsRegex`, in milliseconds.
   *
   * Allowed values: an integer greater than 0 (the docs give no range).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  InBetweenDigitsDurationInMilliseconds: number;
  /**
   * How long after the first digit the received digits are flushed and sent to the Lambda, in
   * milliseconds; the interval restarts with the next digit.
   *
   * Allowed values: an integer greater than 0 (the docs give no range and no relation to
   * `InBetweenDigitsDurationInMilliseconds`).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  FlushDigitsDurationInMilliseconds: number;
}

/**
 * Arms DTMF listening on a call leg: until the call ends (or another `ReceiveDigits` replaces
 * it), digits matching `InputDigitsRegex` reach the Lambda as `DIGITS_RECEIVED` events. Digits
 * entered before this action are discarded.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
 */
export interface ReceiveDigitsAction {
  /** The action type. */
  Type: 'ReceiveDigits';
  /** The action's parameters. */
  Parameters: ReceiveDigitsParameters;
}

/**
 * What a `ReceiveDigits` action adds to its events' `ActionData`: its `ACTION_SUCCESSFUL` carries `ReceivedDigits` (empty in the example);
 * matches come in `DIGITS_RECEIVED`.
 * @category Actions
 */
export interface ReceiveDigitsResult {
  /** Added to the `ACTION_SUCCESSFUL` ActionData. */
  successful: {
    /** Digits received so far (`""` in the documented example; matches come in `DIGITS_RECEIVED`). */
    ReceivedDigits: string;
  };
  /** Its error types: undocumented, so the ones every action may report. */
  errorTypes: GenericActionErrorType;
}

/**
 * The rules of {@link ReceiveDigitsAction}.
 * @internal
 */
export const receiveDigitsSpec: ActionSpec<ReceiveDigitsAction, ReceiveDigitsResult> = {
  type: 'ReceiveDigits',
  targeting: { kind: 'callIdOrLeg', legs: PARTICIPANT_TAGS },
  parameters: {
    InputDigitsRegex: { ...inputDigitsRegexRule, required: true },
    InBetweenDigitsDurationInMilliseconds: { ...millisecondsRule, required: true },
    FlushDigitsDurationInMilliseconds: { ...millisecondsRule, required: true },
  },
  result: { successful: { ReceivedDigits: { type: 'string', required: true } } },
  errorFormat: 'ErrorType',
  // The docs (case-4.md, "also invokes … actions such as PlayAudioAndGetDigits") read as an
  // immediate success; AWS samples answer it with [] after [ReceiveDigits, PlayAudio] and
  // [ReceiveDigits LEG-A, ReceiveDigits LEG-B], which works only if it comes at the list's end.
  reportedMidList: { docs: true, observed: false },
  interruptible: false,
};

/**
 * The documented error types of {@link ReceiveDigitsAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const receiveDigitsErrors: ErrorMessages<ReceiveDigitsResult> = { InvalidActionParameter: '', SystemException: '' };

/**
 * Builds a `ReceiveDigits` action.
 *
 * @example
 * ```ts
 * actions.receiveDigits({
 *   inputDigitsRegex: '^\\d{2}#$',
 *   inBetweenDigitsDurationInMilliseconds: 1000,
 *   flushDigitsDurationInMilliseconds: 10000,
 * }).onLeg('LEG-B');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function receiveDigits(params: ReceiveDigitsParams): TargetableActionBuilder<ReceiveDigitsAction, ParticipantTag> {
  return createBuilder(receiveDigitsSpec, params);
}
