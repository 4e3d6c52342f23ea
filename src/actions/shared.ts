import type { ArrayRule, ObjectRule, Refinement, StringRule } from '../validation/index.js';

/**
 * The tag of a call leg: `LEG-A` is the original leg, `LEG-B` the leg created by
 * `CallAndBridge` or the meeting leg of `JoinChimeMeeting`.
 * @category Actions
 */
export type ParticipantTag = 'LEG-A' | 'LEG-B';

/**
 * Both participant tags, in order.
 * @category Actions
 */
export const PARTICIPANT_TAGS: readonly ParticipantTag[] = ['LEG-A', 'LEG-B'];

/**
 * A DTMF key: `0`–`9`, `#` or `*`.
 * @category Actions
 */
export type DtmfDigit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '#' | '*';

/**
 * The DTMF keys, in keypad order.
 * @category Actions
 */
export const DTMF_DIGITS: readonly DtmfDigit[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'];

/**
 * Rule of an array of DTMF keys (terminators).
 * @internal
 */
export const dtmfDigitsRule: ArrayRule<DtmfDigit> = { type: 'array', items: { type: 'string', enum: DTMF_DIGITS } };

/**
 * An E.164 phone number: `+`, a non-zero digit, then 1 to 14 digits.
 * @category Actions
 */
export const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Rule of a phone number in E.164 form (masked in messages).
 * @internal
 */
export const e164Rule: StringRule = {
  type: 'string',
  pattern: E164,
  format: 'an E.164 phone number (+ then 2 to 15 digits)',
  sensitive: 'phone',
};

/**
 * An audio file in Amazon S3: a PCM WAV file of at most 50 MB (8 kHz mono recommended) in a
 * bucket of the same AWS account, with S3 metadata `ContentType: audio/wav`.
 * @category Actions
 */
export interface S3AudioSource {
  /**
   * Where the audio comes from.
   *
   * Allowed values: `"S3"` (the only source).
   */
  Type: 'S3';
  /**
   * The S3 bucket. It must belong to the SIP media application's AWS account and grant
   * `s3:GetObject` to the service principal `voiceconnector.chime.amazonaws.com`.
   */
  BucketName: string;
  /** The object key of the WAV file in the bucket. */
  Key: string;
}

/**
 * Rule of an {@link S3AudioSource}.
 * @internal
 */
export const s3AudioSourceRule: ObjectRule<S3AudioSource> = {
  type: 'object',
  fields: {
    Type: { type: 'string', required: true, enum: ['S3'] },
    BucketName: { type: 'string', required: true },
    Key: { type: 'string', required: true },
  },
};

/**
 * Checks that a JavaScript RegExp can compile the pattern (the service's dialect is undocumented).
 * @internal
 */
export function compilesAsRegExp(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return `must be a valid regular expression (${(error as Error).message})`;
  }
}

/**
 * Cross-field rule of the digit-collecting actions: `MinNumberOfDigits` ≤ `MaxNumberOfDigits`.
 * Equal bounds are valid (production Lambdas send them); the issue sits on `MaxNumberOfDigits`.
 * @internal
 */
export const minMaxDigitsRefinement: Refinement = (parameters, report) => {
  const min = Number(parameters.MinNumberOfDigits ?? 0);
  const max = parameters.MaxNumberOfDigits;
  if (max === undefined || !Number.isFinite(min) || !Number.isFinite(Number(max))) return;
  if (Number(max) < min) {
    report('MaxNumberOfDigits', 'cross_field', `must be at least MinNumberOfDigits (${min}), got ${Number(max)}`);
  }
};
