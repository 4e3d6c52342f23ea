import type { ArrayRule } from '../../validation/index.js';

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
