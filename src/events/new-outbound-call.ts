import type { EventEnvelope } from './envelope.js';

/**
 * The `ActionData` some `NEW_OUTBOUND_CALL` events carry: the `ArgumentsMap` given to
 * `CreateSipMediaApplicationCall`. Where the service puts those arguments is undocumented;
 * public SMA Lambdas read them here, so the parser accepts (and checks) this shape.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateSipMediaApplicationCall.html
 */
export interface NewOutboundCallActionData {
  /** A type name, when the service sends one (undocumented). */
  Type?: string;
  /** The call's creation parameters. */
  Parameters?: {
    /**
     * The `ArgumentsMap` of `CreateSipMediaApplicationCall`, keys verbatim.
     *
     * Allowed values: 0 to 20 string pairs.
     */
    Arguments?: Record<string, string>;
  };
}

/**
 * `NEW_OUTBOUND_CALL`: `CreateSipMediaApplicationCall` started an outbound call. `CallDetails`
 * has one `Outbound` participant, `LEG-A`, without `Status`. The response's actions are ignored
 * (its TransactionAttributes are kept); return actions on `CALL_ANSWERED`.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-create-call-api.html
 */
export interface NewOutboundCallEvent extends EventEnvelope<'NEW_OUTBOUND_CALL'> {
  /**
   * The `CreateSipMediaApplicationCall` arguments, when the service sends them (undocumented;
   * absent from the documented example).
   */
  ActionData?: NewOutboundCallActionData;
}
