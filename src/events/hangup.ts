import type { ActionType } from '../actions/index.js';
import type { ParticipantTag } from '../actions/shapes/legs.js';
import type { EventEnvelope } from './envelope.js';
import { type FieldRules, type Issues, checkFields } from '../validation/index.js';
import { PARTICIPANT_TAGS } from '../actions/shapes/legs.js';
import { type EventSpec, type Json, actionDataOf, checkActionType, checkParametersObject, requiredString } from './event-rules.js';

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

const HANGUP_PARAMETER_RULES: FieldRules<HangupEventParameters> = {
  SipResponseCode: { type: 'number', integer: true, min: 0 },
  CallId: requiredString,
  ParticipantTag: { type: 'string', required: true, enum: PARTICIPANT_TAGS },
};

function checkHangup(event: Json, issues: Issues): void {
  const data = actionDataOf(event, issues, 'HANGUP');
  if (data === undefined) return;
  checkActionType(data, issues);
  const parameters = checkParametersObject(data, issues);
  if (parameters === undefined) return;
  const code = parameters.SipResponseCode;
  // Number() ignores the same surrounding whitespace that trim() removes.
  if (typeof code === 'string' && /^\d+$/.test(code.trim())) parameters.SipResponseCode = Number(code);
  checkFields(HANGUP_PARAMETER_RULES, parameters, 'ActionData.Parameters', issues);
}

/**
 * The parser's rules of {@link HangupEvent}: `SipResponseCode` as a number or a numeric string,
 * the leg's `CallId` and `ParticipantTag`, and any action `Type` (a documented example names the
 * interrupted action).
 * @internal
 */
export const hangupEventSpec: EventSpec = { check: checkHangup };
