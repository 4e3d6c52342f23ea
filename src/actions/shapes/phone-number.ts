import type { StringRule } from '../../validation/index.js';

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
