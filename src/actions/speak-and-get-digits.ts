import type { SpeakAndGetDigitsParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type DigitCollectionParameters, digitCollectionRules } from './shapes/digit-collection.js';
import { minMaxDigitsRefinement } from './shapes/digit-collection.js';
import { type FailureSpeechParameters, type SpeechParameters, failureSpeechParametersRule, speechParametersRule } from './shapes/speech.js';

/**
 * Parameters of {@link SpeakAndGetDigitsAction}: the leg and the prompts, plus the
 * {@link DigitCollectionParameters} shared with `PlayAudioAndGetDigits`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
 */
export interface SpeakAndGetDigitsParameters extends DigitCollectionParameters {
  /**
   * The `CallId` of the leg to speak on and collect digits from. `ParticipantTag` is not a
   * parameter of this action.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  CallId: string;
  /**
   * The prompt spoken at each attempt. The docs give the object no "Required" line, but its
   * `Text` is required: this package requires it.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  SpeechParameters: SpeechParameters;
  /**
   * The prompt spoken after wrong or missing input, before `SpeechParameters` is spoken again.
   * Its `Text` is required; its other fields default to those of `SpeechParameters`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  FailureSpeechParameters: FailureSpeechParameters;
}

/**
 * Speaks an Amazon Polly prompt and collects DTMF digits; on wrong or missing input it speaks
 * the failure prompt and tries again, up to `Repeat` attempts. `ACTION_SUCCESSFUL` carries
 * `ReceivedDigits`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
 */
export interface SpeakAndGetDigitsAction {
  /** The action type. */
  Type: 'SpeakAndGetDigits';
  /** The action's parameters. */
  Parameters: SpeakAndGetDigitsParameters;
}

/**
 * What a `SpeakAndGetDigits` action adds to its events' `ActionData`: the digits collected.
 * @category Actions
 */
export interface SpeakAndGetDigitsResult {
  /** Added to the `ACTION_SUCCESSFUL` ActionData. */
  successful: {
    /** The DTMF digits the caller entered. */
    ReceivedDigits: string;
  };
  /** The documented error types. */
  errorTypes: 'AccessDenied' | 'InvalidActionParameter' | 'MissingRequiredActionParameter' | 'SystemException';
}

/**
 * The rules of {@link SpeakAndGetDigitsAction}.
 * @internal
 */
export const speakAndGetDigitsSpec: ActionSpec<SpeakAndGetDigitsAction, SpeakAndGetDigitsResult> = {
  type: 'SpeakAndGetDigits',
  targeting: { kind: 'callId' },
  parameters: {
    // SpeechParameters comes first: FailureSpeechParameters takes its defaults from it.
    SpeechParameters: { ...speechParametersRule, required: true },
    FailureSpeechParameters: { ...failureSpeechParametersRule, required: true },
    ...digitCollectionRules,
  },
  refine: minMaxDigitsRefinement,
  result: { successful: { ReceivedDigits: { type: 'string', required: true } } },
  errorFormat: 'ErrorType',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link SpeakAndGetDigitsAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const speakAndGetDigitsErrors: ErrorMessages<SpeakAndGetDigitsResult> = {
  AccessDenied: 'The AWSServiceRoleForAmazonChimeVoiceConnector role is not configured correctly.',
  InvalidActionParameter: '',
  MissingRequiredActionParameter: 'Text is a required parameter.',
  SystemException: 'System error while running action.',
};

/**
 * Builds a `SpeakAndGetDigits` action. The docs require `CallId`: `response()` accepts the
 * builder only after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.speakAndGetDigits({
 *   speechParameters: { text: 'Please enter your PIN, then press pound.' },
 *   failureSpeechParameters: { text: 'Sorry, that PIN is not valid.' },
 *   minNumberOfDigits: 4,
 *   maxNumberOfDigits: 4,
 *   repeat: 3,
 *   repeatDurationInMilliseconds: 10000,
 * }).onCall(callId);
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function speakAndGetDigits(params: SpeakAndGetDigitsParams): CallIdRequiredBuilder<SpeakAndGetDigitsAction> {
  return createBuilder(speakAndGetDigitsSpec, params);
}
