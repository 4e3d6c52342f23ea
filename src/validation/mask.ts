/**
 * What kind of sensitive data a field holds, so messages and logs can mask it.
 *
 * - `'secret'`: a credential such as a meeting join token; never shown, only its length.
 * - `'phone'`: a phone number (personal data); only the last four digits are shown.
 * - `'private'`: user data such as SIP header or TransactionAttributes values; never shown.
 * @category Validation
 */
export type Sensitivity = 'secret' | 'phone' | 'private';

/**
 * Masks a phone number, keeping only its last four digits: `+14155550100` → `+*******0100`.
 * Non-digit characters other than a leading `+` are masked too.
 * @category Validation
 */
export function maskPhone(value: string): string {
  const keep = 4;
  const digitsSeen = [...value].filter((c) => c >= '0' && c <= '9').length;
  let digitIndex = 0;
  let out = '';
  for (const [i, c] of [...value].entries()) {
    if (c >= '0' && c <= '9') {
      digitIndex += 1;
      out += digitIndex > digitsSeen - keep ? c : '*';
    } else {
      out += i === 0 && c === '+' ? '+' : '*';
    }
  }
  return out;
}

/** E.164-looking phone numbers anywhere in a text: a `+` then 7 to 15 digits. */
const PHONE_IN_TEXT = /\+[0-9]{7,15}(?![0-9])/g;

/**
 * Masks every E.164-looking phone number (`+` then 7 to 15 digits) in free text with
 * {@link maskPhone}, keeping the rest: `call +14155550100 now` → `call +*******0100 now`.
 * Used for every validation message, by `redact` on strings, and by the command line on
 * everything it prints.
 * @category Validation
 */
export function maskText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (phone) => maskPhone(phone));
}

/** Masks a credential completely, telling only its length. */
export function maskSecret(value: string): string {
  return `[redacted, ${value.length} characters]`;
}

/**
 * Renders a value for an error message: short, JSON-like, and masked when the field is
 * sensitive. Phone numbers in any string are masked ({@link maskText}), and a string holding
 * JSON text is described, never shown. Never throws.
 */
export function describeValue(value: unknown, sensitivity?: Sensitivity): string {
  if (typeof value === 'string' && sensitivity !== undefined) {
    if (sensitivity !== 'phone') return maskSecret(value);
    const masked = maskPhone(value);
    return JSON.stringify(masked.length > 40 ? `${masked.slice(0, 40)}… (${value.length} characters)` : masked);
  }
  if (sensitivity !== undefined && value !== null && value !== undefined) return '[redacted value]';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') {
    // JSON text in a string (an object or a string encoded twice) may hold any secret: never echo it.
    if (/^\s*["[{]/.test(value)) return `a string of JSON text (${value.length} characters); send the value itself, not its JSON text`;
    // Mask before cutting, so that a cut never shows the middle digits of a phone number.
    const masked = maskText(value);
    return JSON.stringify(masked.length > 40 ? `${masked.slice(0, 40)}…` : masked);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
