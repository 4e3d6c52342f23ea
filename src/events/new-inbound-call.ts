import type { EventEnvelope } from './envelope.js';

/**
 * `NEW_INBOUND_CALL`: a call reached a phone number or Voice Connector host that a SIP rule
 * routes to the SIP media application. `CallDetails` has one `Inbound` participant, `LEG-A`,
 * and `SipRuleId`. Respond with up to 10 actions; PlayAudio or RecordAudio answers the call, and
 * a Hangup as first action leaves it unanswered. Some pages call it `NEW_INCOMING_CALL`; the
 * event value is always `NEW_INBOUND_CALL`.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface NewInboundCallEvent extends EventEnvelope<'NEW_INBOUND_CALL'> {}
