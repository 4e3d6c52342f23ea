import { type ArrayRule, type MapRule, type ObjectRule, type Refinement, type StringRule, numericValue } from '../validation/index.js';

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
 * SIP headers sent on an outbound call leg: header name → value. The names are user data and
 * stay verbatim (builders do not camelCase them). Allowed names: a custom `x-…` header (prefix
 * in any letter case, except the reserved `X-AMZN…`), `User-to-User` or `Diversion`; values of
 * at most 2048 characters.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/sip-headers.html
 */
export type SipHeaders = Record<string, string>;

/**
 * The documented maximum length of one SIP header value, in characters.
 * @category Actions
 */
export const SIP_HEADER_MAX_LENGTH = 2048;

/**
 * The header-name prefix the service reserves for itself (compared case-insensitively).
 * @category Actions
 */
export const RESERVED_SIP_HEADER_PREFIX = 'X-AMZN';

/**
 * The standard SIP headers a Lambda may set besides custom `x-` headers.
 * @category Actions
 */
export const STANDARD_SIP_HEADERS: readonly string[] = ['User-to-User', 'Diversion'];

/** An RFC 3261 header name: one token (letters, digits and the marks - . ! % * _ + ` ' ~). */
const SIP_TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

/**
 * Checks one SIP header name by the documented rules; returns the predicate of a message when
 * the name is not allowed. Header names are case-insensitive in SIP (RFC 3261 §7.3.1), so the
 * `x-` prefix, `X-AMZN`, `User-to-User` and `Diversion` are compared without letter case.
 * @internal
 */
export function sipHeaderNameProblem(name: string): string | undefined {
  if (!SIP_TOKEN.test(name)) {
    return 'is not a valid SIP header name (RFC 3261 token: letters, digits and the marks - . ! % * _ + ` \' ~ only)';
  }
  const lower = name.toLowerCase();
  if (lower.startsWith(RESERVED_SIP_HEADER_PREFIX.toLowerCase())) {
    return `uses the reserved header name ${RESERVED_SIP_HEADER_PREFIX} (the service fails with "Invalid SIP header(s) provided")`;
  }
  if (lower.startsWith('x-') || STANDARD_SIP_HEADERS.some((header) => header.toLowerCase() === lower)) return undefined;
  return 'is not an allowed SIP header name: custom headers must start with "x-"; the only other headers allowed are "User-to-User" and "Diversion"';
}

/** Control characters a SIP header value cannot hold (RFC 3261 TEXT-UTF8: only HTAB among them). */
const SIP_VALUE_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Checks one SIP header value: RFC 3261 allows no control character but HTAB in a header
 * value, and a CR or LF would end the header and start another one (header injection).
 * The message names the characters by code point and never shows the value.
 * @internal
 */
export function sipHeaderValueProblem(value: string): string | undefined {
  const found = [...new Set(value.match(SIP_VALUE_CONTROL) ?? [])];
  if (found.length === 0) return undefined;
  const names = found.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  return `must not contain control characters (found ${names}): a SIP header value is one line of text, and a line break would start another header`;
}

/**
 * Rule of a {@link SipHeaders} map: allowed names, single-line string values of at most 2048
 * characters (masked in messages).
 * @internal
 */
export const sipHeadersRule: MapRule = { type: 'map', key: sipHeaderNameProblem, value: sipHeaderValueProblem, maxValueLength: SIP_HEADER_MAX_LENGTH };

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
 * The documented default of `MaxNumberOfDigits` in the digit-collecting actions.
 * @internal
 */
export const DEFAULT_MAX_NUMBER_OF_DIGITS = 128;

/**
 * Cross-field rule of the digit-collecting actions: `MinNumberOfDigits` ≤ `MaxNumberOfDigits`,
 * whose default is 128 when it is left out. Equal bounds are valid (production Lambdas send
 * them); the issue sits on `MaxNumberOfDigits`.
 * @internal
 */
export const minMaxDigitsRefinement: Refinement = (parameters, report) => {
  const min = parameters.MinNumberOfDigits === undefined ? 0 : numericValue(parameters.MinNumberOfDigits);
  const unset = parameters.MaxNumberOfDigits === undefined;
  const max = unset ? DEFAULT_MAX_NUMBER_OF_DIGITS : numericValue(parameters.MaxNumberOfDigits);
  if (min === undefined || max === undefined || !Number.isFinite(min) || !Number.isFinite(max)) return;
  if (max < min && unset) {
    report('MaxNumberOfDigits', 'cross_field', `is not set, so its default ${max} is below MinNumberOfDigits (${min}): set MaxNumberOfDigits to at least ${min}, or lower MinNumberOfDigits`);
  } else if (max < min) {
    report('MaxNumberOfDigits', 'cross_field', `must be at least MinNumberOfDigits (${min}), got ${max}`);
  }
};
