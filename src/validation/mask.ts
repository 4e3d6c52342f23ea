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

/** Masks a credential completely, telling only its length. */
export function maskSecret(value: string): string {
  return `[redacted, ${value.length} characters]`;
}

/**
 * Renders a value for an error message: short, JSON-like, and masked when the field is
 * sensitive. Never throws.
 */
export function describeValue(value: unknown, sensitivity?: Sensitivity): string {
  if (typeof value === 'string' && sensitivity !== undefined) {
    return sensitivity === 'phone' ? JSON.stringify(maskPhone(value)) : maskSecret(value);
  }
  if (sensitivity !== undefined && value !== null && value !== undefined) return '[redacted value]';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return text;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const PHONE_IN_TEXT = /\+?\d{7,15}/g;

/**
 * Masks everything in free text that looks like a phone number (7 to 15 digits, with or
 * without `+`), keeping the last four digits: for log lines built from error messages the
 * package does not control. Longer digit runs are masked too (better safe than leaking).
 * @category Validation
 */
export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE_IN_TEXT, (match) => maskPhone(match));
}

/**
 * Every non-empty string held under a `JoinToken` (or `join_token`, any case) key anywhere in
 * `value`, up to 8 levels deep: the secrets to mask in text built from that value.
 */
export function joinTokensIn(value: unknown, found: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 8 || typeof value !== 'object' || value === null) return found;
  if (Array.isArray(value)) for (const item of value) joinTokensIn(item, found, depth + 1);
  else {
    for (const [key, item] of Object.entries(value)) {
      if (/^join_?token$/i.test(key) && typeof item === 'string' && item !== '') found.add(item);
      else joinTokensIn(item, found, depth + 1);
    }
  }
  return found;
}

/**
 * Replaces every occurrence of each secret in `text` with {@link maskSecret} of it (longest
 * first, so a secret containing another is masked whole). Also masks a secret's JSON-escaped
 * form, so it works on `JSON.stringify` output.
 */
export function maskSecretsIn(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of [...new Set(secrets)].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
    const escaped = JSON.stringify(secret).slice(1, -1);
    out = out.split(secret).join(maskSecret(secret));
    if (escaped !== secret) out = out.split(escaped).join(maskSecret(secret));
  }
  return out;
}
