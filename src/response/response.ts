import { type CallIdRequiredBuilder, isActionBuilder } from '../actions/builder.js';
import type { Action } from '../actions/index.js';
import { canonicalAction, checkAction } from '../actions/wire.js';
import { Issues, checkBounds, joinPath, throwOnErrors } from '../validation/index.js';
import { MAX_ACTIONS_PER_RESPONSE, type ResponseAction, type SmaResponse } from './types.js';

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
    issues.add(
      'Actions',
      'max_items',
      `must have at most ${MAX_ACTIONS_PER_RESPONSE} actions (the documented limit per response), got ${list.length}`,
    );
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
