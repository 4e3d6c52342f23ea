import type { ActionType } from '../actions/index.js';
import type { ParticipantTag } from '../actions/shapes/legs.js';
import type { EventEnvelope } from './envelope.js';

/**
 * The `ActionData.Parameters` of a `HANGUP` event: which leg hung up, and how.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface HangupEventParameters {
  /**
   * The SIP response code of the hang-up; the most common are `0` (normal clearing), `480`
   * (no answer) and `486` (busy); others are undocumented. The service sends a number; the
   * parser also accepts a numeric string and returns a number.
   *
   * Allowed values: an integer.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  SipResponseCode?: number;
  /**
   * The `CallId` of the leg that hung up.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  CallId: string;
  /**
   * The tag of the leg that hung up (any letter case accepted, returned upper-case).
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ParticipantTag: ParticipantTag;
}

/**
 * The `ActionData` of a `HANGUP` event.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface HangupActionData {
  /**
   * Usually `"Hangup"`. A documented bridged-call example names the action that was running on
   * the leg instead (`"ReceiveDigits"`), so any action type is accepted.
   *
   * Allowed values: `"Hangup"` or another action type.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/case-5.html
   */
  Type: 'Hangup' | ActionType;
  /**
   * Which leg hung up (fields of the named action, if sent, are kept but not typed).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Parameters: HangupEventParameters;
}

/**
 * `HANGUP`: a caller or the application hung up a leg (also sent when an outbound call is not
 * answered). The leg that hung up has `Status: "Disconnected"`. The response is ignored when no
 * other leg is still connected; on a bridged call its actions run.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface HangupEvent extends EventEnvelope<'HANGUP'> {
  /**
   * The leg that hung up.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ActionData: HangupActionData;
}
