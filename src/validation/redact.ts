import { MAX_DEPTH } from './bounds.js';
import { setOwn } from './json.js';
import { MASKED_KEYS, type MaskKind, maskPhone, maskSecret, maskText } from './mask.js';

/**
 * What {@link redact} masks. Every category is on by default; set one to `false` to keep those
 * values. Keys are matched without letter case, so wire keys (`JoinToken`) and builder
 * parameters (`joinToken`) are both covered.
 * @category Validation
 */
export interface RedactOptions {
  /**
   * Meeting join tokens: the value of every `JoinToken` key, anywhere, replaced by
   * `[redacted, N characters]`; and, inside any other string, every credential-like run (24 or
   * more base64/base64url characters that look random, such as a token in an error message;
   * UUIDs and ARNs are kept).
   * @defaultValue true
   */
  joinTokens?: boolean;
  /**
   * Phone numbers, last four digits kept (`+*******0100`): the values of `From`, `To`,
   * `CallerIdNumber`, `FromNumber`, `ToNumber` and `Uri` keys (except the service's own `"SMA"`
   * marker and values without digits), and every E.164-looking number (`+` then 7 to 15
   * digits) inside any other string.
   * @defaultValue true
   */
  phoneNumbers?: boolean;
  /**
   * SIP header values: each value of a `SipHeaders` map (names are kept).
   * @defaultValue true
   */
  sipHeaders?: boolean;
  /**
   * Each value of a `TransactionAttributes` map (keys are kept).
   * @defaultValue true
   */
  transactionAttributes?: boolean;
  /**
   * Each value of a `SessionAttributes` map (Amazon Lex session state; keys are kept).
   * @defaultValue true
   */
  sessionAttributes?: boolean;
  /**
   * Each value of an `Arguments` / `ArgumentsMap` map (UpdateSipMediaApplicationCall and
   * CreateSipMediaApplicationCall arguments; keys are kept).
   * @defaultValue true
   */
  arguments?: boolean;
  /**
   * DTMF digits a caller entered or a Lambda sends (`ReceivedDigits`, `Digits`): often a PIN.
   * @defaultValue true
   */
  digits?: boolean;
  /**
   * More keys whose values are masked completely wherever they appear (matched without letter
   * case), for example `['ExternalUserId', 'pin']`.
   * @defaultValue none
   */
  keys?: readonly string[];
  /**
   * Levels of objects and arrays copied; deeper values become `"[Truncated]"`.
   * @defaultValue 32 (`MAX_DEPTH`)
   */
  maxDepth?: number;
}

/** How one key's value is masked. */
type Mask = MaskKind;

/** The masked keys by option (one table, in mask.ts); a missing option here does not compile. */
const CATEGORY_KEYS: readonly (readonly [Exclude<keyof RedactOptions, 'keys' | 'maxDepth'>, Mask, readonly string[]])[] = MASKED_KEYS;

/** The service's own party name on the meeting leg (`To` or `From` is `"SMA"`): not personal data. */
const SERVICE_PARTY = 'SMA';

/** Masks a whole value of any type, keeping `null` and `undefined` (absence tells nothing). */
function maskWhole(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  return typeof value === 'string' ? maskSecret(value) : '[redacted value]';
}

/** A phone-number field: masked with `maskPhone` when it holds digits (`"SMA"` and names stay). */
function maskPhoneValue(value: unknown): unknown {
  if (typeof value !== 'string') return maskWhole(value);
  return value === SERVICE_PARTY || !/[0-9]/.test(value) ? value : maskPhone(value);
}

/** One redaction run: the options resolved once, the ancestors for cycle detection. */
class Redactor {
  readonly #masks = new Map<string, Mask>();
  readonly #phones: boolean;
  readonly #credentials: boolean;
  readonly #maxDepth: number;
  readonly #ancestors = new Set<object>();

  constructor(options: RedactOptions) {
    for (const [category, mask, keys] of CATEGORY_KEYS) {
      if (options[category] === false) continue;
      for (const key of keys) this.#masks.set(key.toLowerCase(), mask);
    }
    if (Array.isArray(options.keys)) {
      for (const key of options.keys) if (typeof key === 'string') this.#masks.set(key.toLowerCase(), 'private');
    }
    this.#phones = options.phoneNumbers !== false;
    this.#credentials = options.joinTokens !== false;
    const depth = options.maxDepth;
    this.#maxDepth = typeof depth === 'number' && depth >= 0 ? depth : MAX_DEPTH;
  }

  /** A redacted copy of `value`, at nesting level `depth` (the top value is level 1). */
  copy(value: unknown, depth: number): unknown {
    switch (typeof value) {
      case 'string':
        return this.#string(value, depth);
      case 'bigint':
        return `${value}n`;
      case 'symbol':
        return value.toString();
      case 'function':
        return `[function ${value.name || 'anonymous'}]`;
      case 'object':
        return value === null ? null : this.#object(value, depth);
      default:
        return value;
    }
  }

  #string(value: string, depth: number): string {
    // JSON text inside a string (a stringified event, a JSON TransactionAttributes value) is
    // redacted as the value it holds, then written back as JSON text.
    // A JSON string literal (text encoded twice) is decoded and redacted the same way.
    if (/^\s*["[{]/.test(value) && value.length <= 1024 * 1024) {
      try {
        const parsed = JSON.parse(value) as unknown;
        return JSON.stringify(typeof parsed === 'string' ? this.#string(parsed, depth + 1) : this.copy(parsed, depth));
      } catch {
        // Not JSON after all: masked as text below.
      }
    }
    return maskText(value, { phones: this.#phones ? 'e164' : false, credentials: this.#credentials });
  }

  #object(value: object, depth: number): unknown {
    if (this.#ancestors.has(value)) return '[Circular]';
    if (depth > this.#maxDepth) return '[Truncated]';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binary, ${value.byteLength} bytes]`;
    this.#ancestors.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => this.#child(() => item, depth));
      if (value instanceof Map) {
        return [...value.entries()].map(([key, item]) => [
          this.copy(key, depth + 1),
          this.#child(() => item, depth, typeof key === 'string' ? this.#masks.get(key.toLowerCase()) : undefined),
        ]);
      }
      if (value instanceof Set) return [...value.values()].map((item) => this.#child(() => item, depth));
      const copy: Record<string, unknown> = {};
      if (value instanceof Error) {
        setOwn(copy, 'name', value.name);
        setOwn(copy, 'message', this.#string(String(value.message), depth));
      }
      for (const key of Object.keys(value)) {
        const mask = this.#masks.get(key.toLowerCase());
        setOwn(
          copy,
          key,
          this.#child(() => (value as Record<string, unknown>)[key], depth, mask),
        );
      }
      return copy;
    } catch {
      return '[Unreadable]';
    } finally {
      this.#ancestors.delete(value);
    }
  }

  /** The redacted copy of one child, read by `read` (a getter may throw). */
  #child(read: () => unknown, depth: number, mask?: Mask): unknown {
    let value: unknown;
    try {
      value = read();
    } catch {
      return '[Unreadable]';
    }
    switch (mask) {
      case undefined:
        return this.copy(value, depth + 1);
      case 'secret':
      case 'private':
        return maskWhole(value);
      case 'phone':
        return maskPhoneValue(value);
      case 'map':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return maskWhole(value);
        return this.#map(value as Record<string, unknown>, depth + 1);
    }
  }

  /** A user map: its keys kept, each value masked. */
  #map(value: Record<string, unknown>, depth: number): unknown {
    if (depth > this.#maxDepth) return '[Truncated]';
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      setOwn(
        copy,
        key,
        this.#child(() => value[key], depth, 'private'),
      );
    return copy;
  }
}

/**
 * A deep copy of `value` that is safe to log: meeting join tokens, phone numbers (last four
 * digits kept), SIP header values, TransactionAttributes, session attributes and call
 * arguments values, and DTMF digits are masked, by key name and wherever they appear. Map keys
 * are kept, so the log still shows which headers or attributes were set.
 *
 * The copy is plain data that `JSON.stringify` accepts: objects and arrays are copied (a
 * `__proto__` key stays an ordinary key), a circular reference becomes `"[Circular]"`, levels
 * deeper than `maxDepth` become `"[Truncated]"`, a property that throws when read becomes
 * `"[Unreadable]"`, a `Map` an array of `[key, value]` pairs (masked by key like an object's), a
 * `Set` an array, a `Date` its ISO string, a `bigint` a string such as `"12n"`, an `Error` an
 * object with its `name`, masked `message` and own fields. A string that holds JSON text is
 * redacted as the value it holds. It never throws and never changes its input.
 *
 * @example
 * ```ts
 * console.log(JSON.stringify(redact(event)));
 * // …"From":"+*******0100"…"TransactionAttributes":{"pin":"[redacted, 4 characters]"}…
 * redact(action, { keys: ['MeetingId'], digits: false });
 * ```
 * @category Validation
 */
export function redact(value: unknown, options: RedactOptions = {}): unknown {
  try {
    return new Redactor(typeof options === 'object' && options !== null ? options : {}).copy(value, 1);
  } catch {
    // Only a hostile options object or a broken runtime gets here: log nothing rather than throw.
    return '[Unreadable]';
  }
}
