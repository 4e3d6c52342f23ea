/**
 * Passing context into a call and through it. Inbound, the caller's carrier or PBX sends a SIP
 * header (`X-Customer-Id`): the handler reads it from the caller's leg, keeps it in
 * TransactionAttributes, and hands it on to the agents' PBX as a SIP header of CallAndBridge
 * (to a Voice Connector: SipHeaders are documented for AWS endpoints). Outbound, a back end's
 * CreateSipMediaApplicationCall `ArgumentsMap` arrives in NEW_OUTBOUND_CALL
 * `ActionData.Parameters.Arguments`. Guide: docs/cookbook-sip-headers.md. Tests:
 * `test/examples/cookbook.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/sip-headers.html
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-create-call-api.html
 */
import {
  actions,
  createSmaHandler,
  participant,
  response,
  updateTransactionAttributes,
  type SmaHandler,
  type SmaHandlerOptions,
} from 'chime-sma-kit';

/** What the call remembers: who the customer is. */
export type CustomerState = { customerId: string };

/** The agents' PBX, behind an Amazon Chime SDK Voice Connector. */
export interface AgentPbx {
  /** The Voice Connector ARN. */
  voiceConnectorArn: string;
  /** The extension (the user part of the SIP URI) to call. */
  extension: string;
  /** The number the agents see (one of yours). */
  callerId: string;
}

/** The Lambda handler that carries the customer ID from the call's headers or arguments to the agent. */
export function createSipContextHandler(
  pbx: AgentPbx,
  options: SmaHandlerOptions & { exhaustive?: false } = {},
): SmaHandler<CustomerState> {
  const toAgent = (customerId: string) =>
    actions.callAndBridge({
      callerIdNumber: pbx.callerId,
      endpoints: [{ bridgeEndpointType: 'AWS', arn: pbx.voiceConnectorArn, uri: pbx.extension }],
      sipHeaders: { 'X-Customer-Id': customerId },
    });
  return createSmaHandler<CustomerState>(
    {
      NEW_INBOUND_CALL: (event) => {
        // Header names keep the case the sender used.
        const customerId = participant(event, 'LEG-A')?.SipHeaders?.['X-Customer-Id'] ?? 'unknown';
        return updateTransactionAttributes<CustomerState>(response(toAgent(customerId)), event, { customerId });
      },
      NEW_OUTBOUND_CALL: (event) => {
        // The back end's ArgumentsMap; only the attributes of this response are kept.
        const customerId = event.ActionData?.Parameters?.Arguments?.customerId ?? 'unknown';
        return updateTransactionAttributes<CustomerState>(response(), event, { customerId });
      },
      CALL_ANSWERED: (event, { attributes }) => response(toAgent(attributes.customerId ?? 'unknown')),
      ACTION_SUCCESSFUL: { CallAndBridge: () => response() },
      ACTION_FAILED: { default: () => response(actions.hangup().onLeg('LEG-A')) },
      HANGUP: (event) => {
        const other = event.ActionData.Parameters.ParticipantTag === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        return participant(event, other)?.Status === 'Connected' ? response(actions.hangup().onLeg(other)) : undefined;
      },
    },
    options,
  );
}

/** The Lambda handler, configured from the environment. */
export const handler = createSipContextHandler({
  voiceConnectorArn: process.env.VOICE_CONNECTOR_ARN ?? 'arn:aws:chime:us-east-1:123456789012:vc/abcdefghij1234567890',
  extension: process.env.AGENT_EXTENSION ?? '5001',
  callerId: process.env.CALLER_ID ?? '+12065551212',
});
