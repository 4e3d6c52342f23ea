import type { EventEnvelope } from './envelope.js';

/**
 * `RINGING`: an outbound call leg is ringing. The response's actions are ignored (its
 * TransactionAttributes are kept).
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-create-call-api.html
 */
export interface RingingEvent extends EventEnvelope<'RINGING'> {}
