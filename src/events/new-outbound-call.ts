import type { EventEnvelope } from './envelope.js';
import { type Issues, checkValue } from '../validation/index.js';
import { ARGUMENTS_RULE, type EventSpec, type Json, actionDataOf, string } from './event-rules.js';

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

function checkNewOutboundCall(event: Json, issues: Issues): void {
  const data = actionDataOf(event, issues);
  if (data === undefined) return;
  if (data.Type !== undefined) checkValue(string, data.Type, 'ActionData.Type', issues);
  if (data.Parameters === undefined) return;
  checkValue({ type: 'object', fields: { Arguments: ARGUMENTS_RULE } }, data.Parameters, 'ActionData.Parameters', issues);
}

/**
 * The parser's rules of {@link NewOutboundCallEvent}: an optional `ActionData` whose
 * `Parameters.Arguments` carries the CreateSipMediaApplicationCall arguments.
 * @internal
 */
export const newOutboundCallEventSpec: EventSpec = { check: checkNewOutboundCall };
