import type { ParticipantTag } from '../actions/shapes/legs.js';

/**
 * Every `InvocationEventType` the SIP media application sends to a Lambda function.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type InvocationEventType =
  | 'NEW_INBOUND_CALL'
  | 'NEW_OUTBOUND_CALL'
  | 'RINGING'
  | 'CALL_ANSWERED'
  | 'ACTION_SUCCESSFUL'
  | 'ACTION_FAILED'
  | 'ACTION_INTERRUPTED'
  | 'HANGUP'
  | 'INVALID_LAMBDA_RESPONSE'
  | 'DIGITS_RECEIVED'
  | 'CALL_UPDATE_REQUESTED';

/**
 * The 11 invocation event types, at runtime.
 * @category Events
 */
export const INVOCATION_EVENT_TYPES: readonly InvocationEventType[] = [
  'NEW_INBOUND_CALL',
  'NEW_OUTBOUND_CALL',
  'RINGING',
  'CALL_ANSWERED',
  'ACTION_SUCCESSFUL',
  'ACTION_FAILED',
  'ACTION_INTERRUPTED',
  'HANGUP',
  'INVALID_LAMBDA_RESPONSE',
  'DIGITS_RECEIVED',
  'CALL_UPDATE_REQUESTED',
];

/**
 * `true` when `type` is one of the 11 invocation event types.
 * @category Events
 */
export function isInvocationEventType(type: unknown): type is InvocationEventType {
  return typeof type === 'string' && (INVOCATION_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * One call leg of the call, as listed in `CallDetails.Participants`.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface Participant {
  /**
   * The unique ID of this call leg. Use it as an action's `CallId` to target this leg.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  CallId: string;
  /**
   * The leg's tag: `LEG-A` is the original leg, `LEG-B` the leg created by `CallAndBridge` or
   * the meeting leg of `JoinChimeMeeting`. The parser accepts any letter case (one documented
   * example writes `Leg-A`) and always returns the upper-case form.
   *
   * Allowed values: `"LEG-A"`, `"LEG-B"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ParticipantTag: ParticipantTag;
  /**
   * The number called, normally in E.164 form. The meeting leg of a `JoinChimeMeeting` call
   * uses `"SMA"`; the parser does not check the format.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  To: string;
  /**
   * The calling number, normally in E.164 form (`"SMA"` on some meeting legs); not checked.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  From: string;
  /**
   * `Inbound` for a call made to the PSTN Audio service, `Outbound` for a call made from it.
   *
   * Allowed values: `"Inbound"`, `"Outbound"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Direction: 'Inbound' | 'Outbound';
  /**
   * When the leg started, in epoch milliseconds, as a decimal **string** (the service sends a
   * string; the documented examples have 8 to 15 digits, so the length is not checked).
   *
   * Allowed values: a string of decimal digits.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  StartTimeInMilliseconds: string;
  /**
   * Whether the leg is connected. Absent from several documented events (NEW_OUTBOUND_CALL,
   * RINGING, INVALID_LAMBDA_RESPONSE, an Alexa skill NEW_INBOUND_CALL).
   *
   * Allowed values: `"Connected"`, `"Disconnected"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Status?: 'Connected' | 'Disconnected';
  /**
   * SIP headers received on the leg: custom `X-` headers, `User-to-User` and `Diversion`.
   * Header names are kept exactly as sent (their case is not normalised).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/sip-headers.html
   */
  SipHeaders?: Record<string, string>;
}

/**
 * The call the event belongs to.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface CallDetails {
  /**
   * The ID of the call (transaction): created with the call, kept until its last HANGUP. Pass
   * it to `UpdateSipMediaApplicationCall`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  TransactionId: string;
  /**
   * The attributes the function stored in an earlier response, sent back on every later
   * invocation of the call. Absent until a response stores some.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transaction-attributes.html
   */
  TransactionAttributes?: Record<string, string>;
  /**
   * The AWS account of the SIP media application.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  AwsAccountId: string;
  /**
   * The AWS Region of the SIP media application.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  AwsRegion: string;
  /**
   * The SIP rule that routed the call; present on calls routed by a SIP rule (inbound), absent
   * from outbound calls.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  SipRuleId?: string;
  /**
   * The SIP media application's ID. The docs spell this key two ways; the parser accepts
   * `SipMediaApplicationId` and `SipApplicationId` and always returns it here (the older
   * spelling is removed from the parsed event).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  SipMediaApplicationId: string;
  /**
   * One entry per call leg, `LEG-A` first.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Participants: Participant[];
}

/**
 * What every invocation event carries. Fields the docs do not describe are kept by the parser
 * but not typed.
 * @typeParam E - the event type.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface EventEnvelope<E extends InvocationEventType = InvocationEventType> {
  /**
   * The event schema version.
   *
   * Allowed values: `"1.0"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  SchemaVersion: '1.0';
  /**
   * The number of this invocation within the call; it goes up by one on each invocation.
   *
   * Allowed values: an integer.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  Sequence: number;
  /**
   * What happened. Some documented events spell this key `InvocationEvent`; the parser always
   * returns it as `InvocationEventType`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  InvocationEventType: E;
  /**
   * The call and its legs.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  CallDetails: CallDetails;
}
