import type { SpeakParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { CallIdRequiredBuilder } from './builder.js';
import { createBuilder } from './builder.js';
import { type SpeechParameters, speechFieldRules } from './shapes/speech.js';

/**
 * Parameters of {@link SpeakAction}: the `CallId` of the leg, plus the
 * {@link SpeechParameters} (`Text`, `Engine`, `LanguageCode`, `TextType`, `VoiceId`) shared with
 * `SpeakAndGetDigits`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
 */
export interface SpeakParameters extends SpeechParameters {
  /**
   * The `CallId` of the leg that hears the speech (any leg, including the callee of a bridged
   * call). `ParticipantTag` is not a parameter of this action.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
   */
  CallId: string;
}

/**
 * Speaks text or SSML on a call leg with Amazon Polly text-to-speech (Polly usage is billed
 * separately).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
 */
export interface SpeakAction {
  /** The action type. */
  Type: 'Speak';
  /** The action's parameters. */
  Parameters: SpeakParameters;
}

/**
 * What a `Speak` action adds to its events' `ActionData`: no result fields.
 * @category Actions
 */
export interface SpeakResult {
  /** The documented error types. */
  errorTypes: 'AccessDenied' | 'InvalidActionParameter' | 'ActionExecutionThrottled' | 'MissingRequiredActionParameter' | 'SystemException';
}

/**
 * The rules of {@link SpeakAction}.
 * @internal
 */
export const speakSpec: ActionSpec<SpeakAction, SpeakResult> = {
  type: 'Speak',
  targeting: { kind: 'callId' },
  parameters: speechFieldRules,
  result: {},
  errorFormat: 'ErrorType',
  reportedMidList: false,
  interruptible: false,
};

/**
 * The documented error types of {@link SpeakAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const speakErrors: ErrorMessages<SpeakResult> = {
  AccessDenied: 'The AWSServiceRoleForAmazonChimeVoiceConnector service-linked role is not configured correctly.',
  InvalidActionParameter: '',
  ActionExecutionThrottled: 'Amazon Polly is throttling the request to synthesize speech.',
  MissingRequiredActionParameter: 'Text is a required parameter.',
  SystemException: 'System error while running action.',
};

/**
 * Builds a `Speak` action. The docs require `CallId`: `response()` accepts the builder only
 * after `.onCall(callId)`.
 *
 * @example
 * ```ts
 * actions.speak({ text: 'Hello, World!', engine: 'neural', voiceId: 'Joanna' }).onCall(callId);
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function speak(params: SpeakParams): CallIdRequiredBuilder<SpeakAction> {
  return createBuilder(speakSpec, params);
}
