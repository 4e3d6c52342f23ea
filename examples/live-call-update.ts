/**
 * Controlling a live call from outside. The caller waits on hold (music in a loop); a back end
 * (an agent desktop, a queue) calls UpdateSipMediaApplicationCall with the call's TransactionId
 * and `Arguments`, and the service invokes the Lambda with CALL_UPDATE_REQUESTED: the running
 * hold music is interrupted and the actions returned now run: say a text, transfer the call, or
 * hang up. Guide: docs/cookbook-update-call.md. Tests: `test/examples/cookbook.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/update-sip-call.html
 */
import { actions, callIdOf, createSmaHandler, participant, response, type SmaHandler, type SmaHandlerOptions } from 'chime-sma-kit';

/** The hold music, and the number transfers show. */
export interface HoldConfig {
  /** The S3 bucket of `hold-music.wav`. */
  bucket: string;
  /** The caller ID of transfers (one of your numbers). */
  callerId: string;
}

/** The Lambda handler of a call on hold, controlled by UpdateSipMediaApplicationCall. */
export function createLiveCallHandler(config: HoldConfig, options: SmaHandlerOptions & { exhaustive?: false } = {}): SmaHandler {
  const hold = actions
    .playAudio({ audioSource: { type: 'S3', bucketName: config.bucket, key: 'hold-music.wav' }, repeat: 100 })
    .onLeg('LEG-A');
  return createSmaHandler(
    {
      NEW_INBOUND_CALL: () => response(hold),
      CALL_UPDATE_REQUESTED: (event) => {
        // UpdateSipMediaApplicationCall's Arguments, as the back end sent them.
        const { action, text, to } = event.ActionData.Parameters.Arguments;
        const callId = callIdOf(event, 'LEG-A');
        if (action === 'say' && text) return response(actions.speak({ text }).onCall(callId), hold);
        if (action === 'transfer' && to)
          return response(actions.callAndBridge({ callerIdNumber: config.callerId, endpoints: [{ bridgeEndpointType: 'PSTN', uri: to }] }));
        if (action === 'hangup') return response(actions.hangup().onCall(callId));
        return undefined; // unknown request: the hold music goes on
      },
      ACTION_SUCCESSFUL: { CallAndBridge: () => response() },
      ACTION_FAILED: { CallAndBridge: () => response(hold) },
      HANGUP: (event) => {
        const other = event.ActionData.Parameters.ParticipantTag === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        return participant(event, other)?.Status === 'Connected' ? response(actions.hangup().onLeg(other)) : undefined;
      },
    },
    options,
  );
}

/** The Lambda handler, configured from the environment. */
export const handler = createLiveCallHandler({
  bucket: process.env.PROMPTS_BUCKET ?? 'prompts',
  callerId: process.env.CALLER_ID ?? '+12065551212',
});
