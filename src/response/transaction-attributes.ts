import { Issues, checkValue, isRecord, jsonByteLength, setOwn, throwOnErrors, cloneJson } from '../validation/index.js';
import type { AttributeShape, SmaResponse, TransactionAttributes } from './types.js';

/**
 * The documented maximum number of transaction attribute pairs: 100 (the current docs, since
 * June 2022). Older docs and the documented error example say 10
 * ({@link LEGACY_MAX_TRANSACTION_ATTRIBUTES}); `validateResponse` warns above 10 unless a limit
 * is passed explicitly.
 * @category Responses
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transaction-attributes.html
 */
export const MAX_TRANSACTION_ATTRIBUTES = 100;

/**
 * The limit of 10 transaction attribute pairs of the docs before June 2022, still shown by the
 * documented `TransactionAttributesInvalidMapSize` error ("Maximum number of mappings is 10").
 * Pass it as `maxTransactionAttributes` to treat it as the limit.
 * @category Responses
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/attribute-trans-invalid.html
 */
export const LEGACY_MAX_TRANSACTION_ATTRIBUTES = 10;

/**
 * The documented maximum size of the transaction attributes: 20 KB, counted as bytes of their
 * UTF-8 JSON form (20,480).
 * @category Responses
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transaction-attributes.html
 */
export const MAX_TRANSACTION_ATTRIBUTES_BYTES = 20 * 1024;

/**
 * Limits to check transaction attributes against (the documented ones by default).
 * @category Responses
 */
export interface TransactionAttributesLimits {
  /**
   * The maximum number of pairs; more is an error.
   * @defaultValue {@link MAX_TRANSACTION_ATTRIBUTES} (100), with a warning above
   * {@link LEGACY_MAX_TRANSACTION_ATTRIBUTES} (10) because older docs and the documented error
   * example say 10. Passing any value removes that warning.
   */
  maxTransactionAttributes?: number;
  /**
   * The maximum size in bytes of the attributes as UTF-8 JSON; more is an error.
   * @defaultValue {@link MAX_TRANSACTION_ATTRIBUTES_BYTES} (20 KB)
   */
  maxTransactionAttributesBytes?: number;
}

const STRING_MAP = { type: 'map' } as const;

/**
 * Adds the issues of a `TransactionAttributes` value at `path`: an object of string values
 * (masked in messages), within the count and size limits.
 * @internal
 */
export function checkTransactionAttributes(value: unknown, path: string, issues: Issues, limits: TransactionAttributesLimits): void {
  checkValue(STRING_MAP, value, path, issues);
  if (!isRecord(value)) return;
  const count = Object.keys(value).length;
  const max = limits.maxTransactionAttributes ?? MAX_TRANSACTION_ATTRIBUTES;
  if (count > max) {
    issues.add(
      path,
      'max_items',
      `must have at most ${max} key/value pairs, got ${count} ` +
        '(the service answers INVALID_LAMBDA_RESPONSE TransactionAttributesInvalidMapSize)',
    );
  } else if (limits.maxTransactionAttributes === undefined && count > LEGACY_MAX_TRANSACTION_ATTRIBUTES) {
    issues.add(
      path,
      'legacy_limit',
      `has ${count} key/value pairs: the current docs allow ${MAX_TRANSACTION_ATTRIBUTES}, but older docs and the documented ` +
        `TransactionAttributesInvalidMapSize error say ${LEGACY_MAX_TRANSACTION_ATTRIBUTES}; pass maxTransactionAttributes to choose`,
      'warning',
    );
  }
  const maxBytes = limits.maxTransactionAttributesBytes ?? MAX_TRANSACTION_ATTRIBUTES_BYTES;
  const bytes = jsonByteLength(value);
  if (bytes > maxBytes) {
    issues.add(path, 'max_size', `must be at most ${maxBytes} bytes as JSON (the documented limit is 20 KB), got ${bytes} bytes`);
  }
}

/**
 * The part of an invocation event's `CallDetails` that
 * {@link readTransactionAttributes} and {@link updateTransactionAttributes} read.
 * @category Responses
 */
export interface TransactionAttributesCallDetails {
  /** The attributes stored by earlier responses (absent until one stored some). */
  TransactionAttributes?: Readonly<Record<string, string>> | null | undefined;
}

/**
 * Anything that carries the stored attributes: an invocation event
 * (`event.CallDetails.TransactionAttributes`).
 * @category Responses
 */
export interface TransactionAttributesCarrier {
  /**
   * The event's call details, with the attributes stored by earlier responses in
   * `TransactionAttributes` (see {@link TransactionAttributesCallDetails}).
   */
  CallDetails?: (object & TransactionAttributesCallDetails) | null | undefined;
}

/**
 * The attributes stored for the call, as the event reports them, typed with the caller's own
 * shape (a copy; `{}` when none are stored). The service only stores what responses sent, so
 * the shape is not checked at run time; values that are not strings are left out.
 *
 * @example
 * ```ts
 * type CallState = { step: 'pin' | 'meeting'; meetingId?: string };
 * const { step } = readTransactionAttributes<CallState>(event);
 * ```
 * @category Responses
 */
export function readTransactionAttributes<A extends AttributeShape<A> = TransactionAttributes>(
  event: TransactionAttributesCarrier | null | undefined,
): Partial<A> {
  const stored = event?.CallDetails?.TransactionAttributes;
  // Own string values only, copied flat: the attributes are a string map, and the router reads
  // them from events that failed to parse too (which may be deep, circular or hostile).
  const copy: Record<string, string> = {};
  if (isRecord(stored)) {
    for (const key of Object.keys(stored)) {
      const value = (stored as Record<string, unknown>)[key];
      if (typeof value === 'string') setOwn(copy, key, value);
    }
  }
  return copy as Partial<A>;
}

/**
 * Returns `response` with `TransactionAttributes` set to the event's stored attributes with
 * `updates` applied: the complete set the call should hold afterwards. Use it to set attributes
 * the first time (nothing is stored yet, so exactly `updates` is sent) and to change them later.
 *
 * Why the complete set: the docs disagree on what the service does with the keys a response
 * leaves out. One page says a different key set *replaces* the stored set, another that a new
 * key is *added* to it. Sending the complete set gives the same stored result under both
 * readings. For the same reason there is no way to remove one key in a single response (under
 * the "add" reading a left-out key survives): store an empty string for it, or
 * {@link clearTransactionAttributes} and store the rest in a later response.
 *
 * A key of `updates` whose value is `undefined` is skipped (the stored value, if any, stays), as
 * JSON serialisation would leave it out anyway: `{ meetingId: maybeId }` is safe to write.
 *
 * @example
 * ```ts
 * type CallState = { step: 'pin' | 'meeting'; meetingId?: string };
 * return updateTransactionAttributes<CallState>(response(prompt), event, { step: 'pin' });
 * ```
 * @throws {@link SmaValidationError} when the complete set breaks a documented limit (string
 * values, 100 pairs, 20 KB), at `TransactionAttributes.<key>` paths; values are never echoed.
 * @category Responses
 */
export function updateTransactionAttributes<A extends AttributeShape<A> = TransactionAttributes>(
  response: Pick<SmaResponse, 'SchemaVersion' | 'Actions'>,
  event: TransactionAttributesCarrier | null | undefined,
  updates: { [K in keyof A]?: A[K] | undefined },
): SmaResponse<Partial<A>> {
  const attributes: Record<string, unknown> = readTransactionAttributes<A>(event);
  const changes: Record<string, unknown> = isRecord(updates) ? updates : {};
  for (const key of Object.keys(changes)) if (changes[key] !== undefined) setOwn(attributes, key, cloneJson(changes[key]));
  const issues = new Issues('strict');
  checkTransactionAttributes(attributes, 'TransactionAttributes', issues, {});
  throwOnErrors('TransactionAttributes', issues.list);
  return { ...response, TransactionAttributes: attributes as Partial<A> };
}

/**
 * Returns `response` with `TransactionAttributes: {}`, which erases every stored attribute
 * (both documented readings agree on this; `null` or leaving the field out keeps them).
 * @example
 * ```ts
 * return clearTransactionAttributes(response());
 * ```
 * @category Responses
 */
export function clearTransactionAttributes(response: Pick<SmaResponse, 'SchemaVersion' | 'Actions'>): SmaResponse<Record<never, string>> {
  return { ...response, TransactionAttributes: {} };
}
