import type { SendDigitsParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link SendDigitsAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/send-digits.html
 */
export interface SendDigitsParameters {
  /**
   * The `CallId` of the leg to send the digits on (any leg of the call). Required: the action
   * has no `ParticipantTag`.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/send-digits.html
   */
  CallId: string;
  /**
   * The DTMF digits to send; a comma inserts a 0.5 second pause between the previous and the
   * next signal. Often a PIN or an account number: never echoed in messages.
   *
   * Allowed values: 1 to 50 characters of `0`–`9`, `*`, `#`, `A`–`D` (upper case) and `,`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/send-digits.html
   */
  Digits: string;
  /**
   * How long each digit's tone is sent, in milliseconds.
   *
   * Allowed values: an integer between 50 and 24000, inclusive.
   * @defaultValue 250
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/send-digits.html
   */
  ToneDurationInMilliseconds?: number;
}

/**
 * Sends up to 50 DTMF digits on a call leg, for example to drive the IVR on the far end of a
 * bridged call.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/send-digits.html
 */
export interface SendDigitsAction {
  /** The action type. */
  Type: 'SendDigits';
  /** The action's parameters. */
  Parameters: SendDigitsParameters;
}

/** The documented maximum length of `Digits` (commas included). */
const MAX_DIGITS = 50;

/** What `Digits` may contain: DTMF keys 0-9 * # A-D and the comma pause. */
const SEND_DIGITS_CHARACTERS = new Set('0123456789*#ABCD,');

/** Names the characters that are not allowed (never the digits themselves: they may be a PIN). */
function digitsProblem(digits: string): string | undefined {
  const wrong = [...new Set([...digits].filter((c) => !SEND_DIGITS_CHARACTERS.has(c)))];
  if (wrong.length === 0) return undefined;
  return `must contain only 0-9, *, #, A-D (upper case) and commas; found ${wrong.map((c) => JSON.stringify(c)).join(', ')}`;
}

/**
 * What a `SendDigits` action adds to its events' `ActionData`: no result fields.
 * @category Actions
 */
export interface SendDigitsResult {
  /** The documented error types. */
  errorTypes: 'InvalidActionParameter' | 'SystemException';
}

/**
 * The rules of {@link SendDigitsAction}.
 * @internal
 */
export const sendDigitsSpec: ActionSpec<SendDigitsAction, SendDigitsResult> = {
  type: 'SendDigits',
  targeting: { kind: 'callId' },
  parameters: {
    Digits: { type: 'string', required: true, maxLength: MAX_DIGITS, check: digitsProblem, sensitive: 'private' },
    ToneDurationInMilliseconds: { type: 'number', integer: true, min: 50, max: 24000, default: 250 },
  },
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link SendDigitsAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const sendDigitsErrors: ErrorMessages<SendDigitsResult> = {
  InvalidActionParameter: 'ToneDuration parameter value is invalid.',
  SystemException: '',
};

/**
 * Builds a `SendDigits` action. `response()` accepts it only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.sendDigits({ digits: '1234#' }).onCall(legB.CallId);
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function sendDigits(params: SendDigitsParams): CallIdRequiredBuilder<SendDigitsAction> {
  return createBuilder(sendDigitsSpec, params);
}
