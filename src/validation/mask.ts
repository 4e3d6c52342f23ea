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

/** Phone-number-like digit runs: 7 digits or more, with or without `+` (a longer run is masked whole). */
const DIGITS_IN_TEXT = /\+?\d{7,}/g;
/** E.164-looking phone numbers: a `+` then 7 to 15 digits. */
const E164_IN_TEXT = /\+\d{7,15}(?!\d)/g;

/**
 * Masks what looks like a phone number in free text, keeping the last four digits
 * ({@link maskPhone}): `call +14155550100 now` → `call +*******0100 now`.
 *
 * By default every run of 7 digits or more, with or without `+`, is masked whole (better safe
 * than leaking: a longer run shows its last four digits only): for log lines built from error
 * messages the package does not control. With `{ e164Only: true }` only `+` followed by 7 to 15 digits is: for validation
 * messages, `redact` and the command line, where timestamps and IDs must stay readable.
 * @category Validation
 */
export function maskPhoneNumbers(text: string, options: { e164Only?: boolean } = {}): string {
  return text.replace(options.e164Only === true ? E164_IN_TEXT : DIGITS_IN_TEXT, (match) => maskPhone(match));
}

/**
 * Base64/base64url runs (24 characters or more before any `=` padding) that may be credentials
 * (ARNs are set apart before, see {@link KEPT_IDS}).
 */
const CREDENTIAL_CANDIDATES = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
/**
 * A UUID (call, transaction, meeting and SIP media application IDs) or an ARN: kept (the capture
 * keeps it in `split`).
 */
const KEPT_IDS = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\barn:[^\s"'`,;()[\]{}<>]+)/i;
/** {@link KEPT_IDS} for a text without `arn:` (most of them: the cheaper scan). */
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/**
 * `true` when the run is an S3 object key or a path, not a credential: it has a `/` separator
 * and is followed by a file extension (`recordings/QmFz….wav`, as a Speak text or a message may
 * show it). A bare name (`<token>.json`) is still judged as a possible credential.
 */
const isFileName = (text: string, run: string, offset: number): boolean =>
  run.includes('/') && /^\.[A-Za-z0-9]{1,5}\b/.test(text.slice(offset + run.length, offset + run.length + 7));

const charClass = (c: string): number => (c >= '0' && c <= '9' ? 0 : c >= 'a' && c <= 'z' ? 1 : 2);

/**
 * `true` for a run that looks random, as credentials do: 24 characters or more, letters and
 * digits, and its letters and digits switch between lower case, upper case and digits at 30 % or
 * more of their steps (random base64 does at about 60 %; words, paths and file names rarely).
 */
function looksLikeCredential(run: string): boolean {
  const chars = run.replace(/[^A-Za-z0-9]/g, '');
  if (run.length < 24 || !/[0-9]/.test(chars) || !/[A-Za-z]/.test(chars)) return false;
  let switches = 0;
  for (let i = 1; i < chars.length; i++) if (charClass(chars[i] as string) !== charClass(chars[i - 1] as string)) switches += 1;
  return switches >= 0.3 * (chars.length - 1);
}

/** What {@link maskText} masks. */
export interface MaskTextOptions {
  /**
   * Credential-like runs, masked completely with {@link maskSecret}.
   * @defaultValue true
   */
  credentials?: boolean;
  /**
   * Phone numbers, last four digits kept: `'e164'` a `+` then 7 to 15 digits; `'digitRuns'`
   * every run of 7 digits or more, with or without `+` (see {@link maskPhoneNumbers}); `false` none.
   * @defaultValue 'e164'
   */
  phones?: 'e164' | 'digitRuns' | false;
}

/**
 * Masks what may be sensitive in free text the package did not build from known fields (error
 * messages, file names, log lines): the one masking of text shared by validation messages, the
 * router's log lines, the command line and `redact`.
 *
 * 1. Credential-like runs, such as a join token read from a database that no event holds: runs
 *    of 24 or more base64/base64url characters that look random (see the rule below) become
 *    `[redacted, N characters]`. ARNs are kept; words, paths and file names are kept unless they
 *    look random.
 * 2. Phone numbers, after credentials, with {@link maskPhone} (`+14155550100` → `+*******0100`).
 *
 * UUIDs (TransactionId, CallId, MeetingId) are never masked by either rule, even with
 * `phones: 'digitRuns'` (a UUID may hold a run of 7 or more digits); ARNs keep their account ID
 * (only a `+` phone number inside one is masked); a run followed by a file extension is a file
 * name or an S3 key when it has a `/` (`prompts/QmFz….wav`), not a credential.
 *
 * The rule for a credential: at least 24 characters, letters and digits, and a switch between
 * lower case, upper case and digit at 30 % or more of the steps between its letters and digits.
 * Applying it twice changes nothing.
 */
export function maskText(text: string, options: MaskTextOptions = {}): string {
  const { credentials = true, phones = 'e164' } = options;
  // UUIDs and ARNs are set apart first: neither rule sees a UUID (its digit runs are no phone
  // numbers), and an ARN keeps its account ID (not personal; users need it to debug access),
  // only a `+` number in it (a phone-number ARN) is masked.
  return text
    .split(text.includes('arn:') ? KEPT_IDS : UUID)
    .map((part, i) => {
      if (i % 2 === 1) return phones === false || !part.startsWith('arn:') ? part : maskPhoneNumbers(part, { e164Only: true });
      const out = credentials
        ? part.replace(CREDENTIAL_CANDIDATES, (run, offset: number) =>
            isFileName(part, run, offset) || !looksLikeCredential(run) ? run : maskSecret(run),
          )
        : part;
      return phones === false ? out : maskPhoneNumbers(out, { e164Only: phones === 'e164' });
    })
    .join('');
}

/**
 * Every non-empty string held under a `JoinToken` (or `join_token`, any case) key anywhere in
 * `value`, up to 8 levels deep: the secrets to mask in text built from that value.
 */
export function joinTokensIn(value: unknown, found: Set<string> = new Set(), depth = 0): Set<string> {
  return stringsUnderKeys(value, (secretKeys ??= keySet('secret')), found, depth);
}

/**
 * The one table of keys whose values are masked, by {@link redact} option and mask: redact, the
 * router's log lines, the simulator's transcript and the CLI read it (`joinTokensIn`,
 * `phoneNumbersIn`). A test walks every action spec and event rule and fails when a field
 * marked `sensitive`, or a user map, is missing here. Keys match without letter case and `_`.
 * @internal
 */
export const MASKED_KEYS = [
  ['joinTokens', 'secret', ['JoinToken']],
  ['phoneNumbers', 'phone', ['From', 'To', 'CallerIdNumber', 'FromNumber', 'ToNumber', 'Uri']],
  ['sipHeaders', 'map', ['SipHeaders']],
  ['transactionAttributes', 'map', ['TransactionAttributes']],
  ['sessionAttributes', 'map', ['SessionAttributes']],
  ['arguments', 'map', ['Arguments', 'ArgumentsMap']],
  ['digits', 'private', ['ReceivedDigits', 'Digits']],
] as const;

/** How one masked key's value is masked: a secret, a phone number, each value of a map, or whole. */
export type MaskKind = (typeof MASKED_KEYS)[number][1];

/** The keys of one mask, lower case, in both spellings (`jointoken`, `join_token`): one lookup per key. */
function keySet(kind: MaskKind): ReadonlySet<string> {
  const names = MASKED_KEYS.filter((row) => row[1] === kind).flatMap((row) => row[2]);
  return new Set(names.flatMap((name) => [name.toLowerCase(), name.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase()]));
}

/** Keys whose values are credentials (join tokens); built on first use, not at import (cold starts). */
let secretKeys: ReadonlySet<string> | undefined;

/** Keys whose values are phone numbers in events and actions; built on first use, like `secretKeys`. */
let phoneKeys: ReadonlySet<string> | undefined;

/**
 * Every string held under a phone-number key (`From`, `To`, `CallerIdNumber`, `FromNumber`,
 * `ToNumber`, `Uri`) anywhere in `value`, up to 8 levels deep, when it has digits (`"SMA"` is
 * not a phone number): the numbers to mask in text built from that value, however they are
 * written (`+1 (415) 555-0100` is not a run of digits {@link maskPhoneNumbers} would see).
 */
export function phoneNumbersIn(value: unknown, found: Set<string> = new Set(), depth = 0): Set<string> {
  const all = stringsUnderKeys(value, (phoneKeys ??= keySet('phone')), new Set(), depth);
  for (const text of all) if (/\d/.test(text)) found.add(text);
  return found;
}

function stringsUnderKeys(value: unknown, keys: ReadonlySet<string>, found: Set<string>, depth: number): Set<string> {
  if (depth > 8 || typeof value !== 'object' || value === null) return found;
  if (Array.isArray(value)) for (const item of value) stringsUnderKeys(item, keys, found, depth + 1);
  else {
    for (const [key, item] of Object.entries(value)) {
      if (keys.has(key.toLowerCase()) && typeof item === 'string' && item !== '') found.add(item);
      else stringsUnderKeys(item, keys, found, depth + 1);
    }
  }
  return found;
}

/**
 * Replaces every occurrence of each secret in `text` with {@link maskSecret} of it (longest
 * first, so a secret containing another is masked whole), or with `mask` (for example
 * {@link maskPhone} for phone numbers). Also masks a secret's JSON-escaped form, so it works on
 * `JSON.stringify` output.
 */
export function maskSecretsIn(text: string, secrets: Iterable<string>, mask: (secret: string) => string = maskSecret): string {
  let out = text;
  for (const secret of [...new Set(secrets)].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
    const escaped = JSON.stringify(secret).slice(1, -1);
    out = out.split(secret).join(mask(secret));
    if (escaped !== secret) out = out.split(escaped).join(mask(secret));
  }
  return out;
}
