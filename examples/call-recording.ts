/**
 * A recorded support line: the caller hears the recording notice, StartCallRecording records
 * both directions of their leg to S3, and the call is bridged to an agent. The recording's S3
 * location is kept in TransactionAttributes; the recording stops by itself when the call ends.
 * If recording fails the caller is still connected (and the failure is logged). Tests:
 * `test/examples/flows.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
 */
import {
  actions,
  callIdOf,
  createSmaHandler,
  participant,
  response,
  updateTransactionAttributes,
  type SmaHandler,
  type SmaHandlerOptions,
} from 'chime-sma-kit';

/** What the call remembers: where its recording goes. */
export type RecordingState = { recording: string };

/** Where recordings go and who answers. */
export interface RecordingConfig {
  /** `bucket/prefix` of the recordings (the bucket must allow the service to write). */
  location: string;
  /** The agents' number (E.164). */
  agent: string;
  /** The number shown to the agent (E.164, one of yours). */
  callerId: string;
  /** The bucket of the prompts. */
  bucket: string;
}

/** The call-recording Lambda handler. */
export function createCallRecordingHandler(
  config: RecordingConfig,
  options: SmaHandlerOptions & { exhaustive?: false } = {},
): SmaHandler<RecordingState> {
  const notice = actions
    .playAudio({ audioSource: { type: 'S3', bucketName: config.bucket, key: 'this-call-is-recorded.wav' } })
    .onLeg('LEG-A');
  const toAgent = actions.callAndBridge({
    callerIdNumber: config.callerId,
    endpoints: [{ bridgeEndpointType: 'PSTN', uri: config.agent }],
  });
  return createSmaHandler<RecordingState>(
    {
      NEW_INBOUND_CALL: (event) => {
        const callId = callIdOf(event, 'LEG-A');
        const record = actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: config.location } }).onCall(callId);
        return response(notice, record);
      },
      ACTION_SUCCESSFUL: {
        StartCallRecording: (event) =>
          updateTransactionAttributes<RecordingState>(response(toAgent), event, {
            recording: event.ActionData.CallRecordingDestination.Location,
          }),
        CallAndBridge: () => response(),
      },
      ACTION_FAILED: {
        StartCallRecording: (event, { logger }) => {
          logger.warn(`call recording failed (${event.ActionData.ErrorType}); connecting without it`);
          return response(toAgent);
        },
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
export const handler = createCallRecordingHandler({
  location: process.env.RECORDINGS ?? 'call-recordings/support',
  agent: process.env.AGENT_NUMBER ?? '+14155550123',
  callerId: process.env.CALLER_ID ?? '+12065551212',
  bucket: process.env.PROMPTS_BUCKET ?? 'prompts',
});
