import type { EventEnvelope } from './envelope.js';

/**
 * `CALL_ANSWERED`: an outbound (dial-out) call was answered; not sent for bridged calls.
 * Respond with up to 10 actions. An unanswered or failed call gets `HANGUP` instead.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-create-call-api.html
 */
export interface CallAnsweredEvent extends EventEnvelope<'CALL_ANSWERED'> {}
