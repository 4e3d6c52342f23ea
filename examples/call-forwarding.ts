/**
 * Call forwarding with CallAndBridge: every inbound call is bridged to one number. When nobody
 * answers (or the line is busy) the caller hears a message; when either party hangs up, the other
 * leg is hung up too (the service does not do it by itself). Tests:
 * `test/examples/flows.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
import { actions, createSmaHandler, participant, response, type SmaHandler, type SmaHandlerOptions } from 'chime-sma-kit';

/** Where calls go and what the caller hears meanwhile. */
export interface ForwardingConfig {
  /** The number calls are forwarded to (E.164). */
  forwardTo: string;
  /** How long it may ring, in seconds (1–120). */
  ringSeconds?: number;
  /** The S3 bucket of the prompts. */
  bucket: string;
}

/** The call-forwarding Lambda handler. */
export function createCallForwardingHandler(
  config: ForwardingConfig,
  options: SmaHandlerOptions & { exhaustive?: false } = {},
): SmaHandler {
  const unavailable = actions
    .playAudio({ audioSource: { type: 'S3', bucketName: config.bucket, key: 'nobody-available.wav' } })
    .onLeg('LEG-A');
  return createSmaHandler(
    {
      NEW_INBOUND_CALL: (event) => {
        // Show the caller's own number to the person the call is forwarded to.
        const caller = participant(event, 'LEG-A')?.From ?? '';
        return response(
          actions.callAndBridge({
            callerIdNumber: caller,
            callTimeoutSeconds: config.ringSeconds ?? 20,
            endpoints: [{ bridgeEndpointType: 'PSTN', uri: config.forwardTo }],
          }),
        );
      },
      ACTION_SUCCESSFUL: {
        // Bridged: nothing to run until someone hangs up.
        CallAndBridge: () => response(),
      },
      ACTION_FAILED: {
        CallAndBridge: () => response(unavailable, actions.hangup().onLeg('LEG-A')),
        default: () => response(actions.hangup().onLeg('LEG-A')),
      },
      HANGUP: (event) => {
        const other = event.ActionData.Parameters.ParticipantTag === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        return participant(event, other)?.Status === 'Connected' ? response(actions.hangup().onLeg(other)) : undefined;
      },
    },
    options,
  );
}

/** The Lambda handler, configured from the environment. */
export const handler = createCallForwardingHandler({
  forwardTo: process.env.FORWARD_TO ?? '+14155550123',
  bucket: process.env.PROMPTS_BUCKET ?? 'prompts',
});
