// The types and limits a response is made of, imported by response(), the transaction-attribute
// helpers and validateResponse alike (so none of them imports another for a type).
import type { ActionBuilder } from '../actions/builder.js';
import type { Action } from '../actions/index.js';

/**
 * Transaction attributes on the wire: string keys to string values, stored by the service for
 * the whole call and sent back in `CallDetails.TransactionAttributes`.
 * @category Responses
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transaction-attributes.html
 */
export type TransactionAttributes = Record<string, string>;

/**
 * The constraint on a caller's own attribute shape: an object type whose values are strings
 * (the only documented value type), for example
 * `type CallState = { step: 'pin' | 'meeting'; meetingId?: string }`.
 * @category Responses
 */
export type AttributeShape<A> = { [K in keyof A]?: string };

/**
 * The documented maximum number of actions in one response.
 * @category Responses
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/invoke-on-call-leg.html
 */
export const MAX_ACTIONS_PER_RESPONSE = 10;

/**
 * What a SIP media application Lambda returns: the actions to run next and, optionally, the
 * transaction attributes to store. Return the object itself: an API Gateway style
 * `{ statusCode, body }` or a JSON string is answered with `INVALID_LAMBDA_RESPONSE`
 * (`SchemaVersionMismatch`).
 * @typeParam A - the caller's own attribute shape (string values), see {@link AttributeShape}.
 * @category Responses
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/invoke-on-call-leg.html
 */
export interface SmaResponse<A extends AttributeShape<A> = TransactionAttributes> {
  /**
   * The response schema version.
   *
   * Allowed values: `"1.0"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/invoke-on-call-leg.html
   */
  SchemaVersion: '1.0';
  /**
   * The actions to run, in order, replacing the pending ones once the current action ends. `[]`
   * stops the running actions; a missing or `null` list is the documented NULL set, which keeps
   * the pending actions. {@link response} always writes an array.
   *
   * Allowed values: at most 10 actions ({@link MAX_ACTIONS_PER_RESPONSE}).
   * @defaultValue the NULL set (pending actions keep running)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/invoke-on-call-leg.html
   */
  Actions?: Action[] | null;
  /**
   * Application data stored for the whole call (transaction) and sent back in every later
   * event's `CallDetails.TransactionAttributes`. `{}` clears the stored attributes; `null` or a
   * missing field keeps them. Build it with {@link updateTransactionAttributes} or
   * {@link clearTransactionAttributes} (they are safe whichever way the service merges).
   *
   * Allowed values: an object of string values, at most 100 pairs and 20 KB as JSON.
   * @defaultValue keeps the stored attributes
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transaction-attributes.html
   */
  TransactionAttributes?: A | null;
}

/**
 * What {@link response} accepts: a finished builder (one whose docs require `CallId` only after
 * `.onCall()`), or a plain wire action, which is validated.
 * @category Responses
 */
export type ResponseAction = ActionBuilder<Action> | Action;
