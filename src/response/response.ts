import { type ActionBuilder, type CallIdRequiredBuilder, isActionBuilder } from '../actions/builder.js';
import type { Action } from '../actions/index.js';
import { canonicalAction, checkAction } from '../actions/wire.js';
import { Issues, checkBounds, joinPath, throwOnErrors } from '../validation/index.js';
import type { AttributeShape, TransactionAttributes } from './transaction-attributes.js';

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

/**
 * Builds the response that runs `actions` in order. With no action it is the documented "stop"
 * answer (`Actions: []`), which stops the running actions.
 *
 * Builders were validated when they were made; plain wire actions are validated here (errors
 * throw) and written in canonical form: what the service tolerates is converted (a number sent as
 * a string becomes the number, `"true"` the boolean), `ParticipantTag` is left out when `CallId`
 * is also set (CallId overrides it), unknown parameters are kept. The caller's objects are not
 * changed.
 * A builder of an action that requires `CallId` (StartCallRecording, …) must be given one with
 * `.onCall()` first: a compile error, and a {@link SmaValidationError} for untyped callers.
 * Add transaction attributes with {@link updateTransactionAttributes}.
 *
 * @example
 * ```ts
 * return response(
 *   actions.playAudio({ audioSource: { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } }),
 *   actions.joinChimeMeeting({ joinToken }).onLeg('LEG-A'),
 * );
 * ```
 * @throws {@link SmaValidationError} with every issue at once, at `Actions[i]…` paths: more than
 * 10 actions, a builder without its required `CallId`, an invalid wire action.
 * @category Responses
 */
export function response(...actions: readonly ResponseAction[]): SmaResponse {
  const issues = new Issues('lenient');
  const list = actions as readonly unknown[];
  if (list.length > MAX_ACTIONS_PER_RESPONSE) {
    issues.add('Actions', 'max_items', `must have at most ${MAX_ACTIONS_PER_RESPONSE} actions (the documented limit per response), got ${list.length}`);
  }
  const wire: Action[] = [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (isActionBuilder(item)) {
      if (item.ready) {
        wire.push(item.toJSON() as Action);
        continue;
      }
      const pending = item as CallIdRequiredBuilder<Action>;
      issues.add(
        `${joinPath('Actions', index)}.Parameters.CallId`,
        'required',
        `is required: ${pending.type} runs only on the leg whose CallId it names; call .onCall(callId) on the builder before response()`,
      );
      continue;
    }
    // Bounded first: cloneJson recurses, and a hostile plain action could be circular or deep.
    const path = joinPath('Actions', index);
    if (!checkBounds(item, path, issues)) continue;
    checkAction(item, path, issues);
    wire.push(canonicalAction(item as Action));
  }
  throwOnErrors('SMA response', issues.list);
  return { SchemaVersion: '1.0', Actions: wire };
}
