import type { EventEnvelope } from './envelope.js';
import { type Issues, checkFields } from '../validation/index.js';
import { ARGUMENTS_RULE, type EventSpec, type Json, actionDataOf, checkExtras, checkParametersObject } from './event-rules.js';

/**
 * The `ActionData` of a `CALL_UPDATE_REQUESTED` event.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/update-sip-call.html
 */
export interface CallUpdateRequestedActionData {
  /**
   * Always `"CallUpdateRequest"` (an event-only type, not an action).
   *
   * Allowed values: `"CallUpdateRequest"`.
   */
  Type: 'CallUpdateRequest';
  /** The update request. */
  Parameters: {
    /**
     * The `Arguments` given to `UpdateSipMediaApplicationCall`, keys verbatim.
     *
     * Allowed values: 0 to 20 string pairs.
     * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_UpdateSipMediaApplicationCall.html
     */
    Arguments: Record<string, string>;
  };
}

/**
 * `CALL_UPDATE_REQUESTED`: `UpdateSipMediaApplicationCall` was called for this call. The
 * response's actions replace the current ones and interrupt an interruptible action
 * (PlayAudio, RecordAudio, Pause), which then produces `ACTION_INTERRUPTED`.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/update-sip-call.html
 */
export interface CallUpdateRequestedEvent extends EventEnvelope<'CALL_UPDATE_REQUESTED'> {
  /**
   * The arguments of the update request.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ActionData: CallUpdateRequestedActionData;
}

function checkCallUpdateRequested(event: Json, issues: Issues): void {
  const data = actionDataOf(event, issues, 'CALL_UPDATE_REQUESTED');
  if (data === undefined) return;
  checkFields({ Type: { type: 'string', required: true, enum: ['CallUpdateRequest'] } }, data, 'ActionData', issues);
  const parameters = checkParametersObject(data, issues);
  if (parameters !== undefined)
    checkExtras({ Arguments: { ...ARGUMENTS_RULE, required: true } }, parameters, 'ActionData.Parameters', issues);
}

/**
 * The parser's rules of {@link CallUpdateRequestedEvent}: a CallUpdateRequest `ActionData` with
 * the UpdateSipMediaApplicationCall `Arguments`.
 * @internal
 */
export const callUpdateRequestedEventSpec: EventSpec = { check: checkCallUpdateRequested };
