// A first SIP media application handler: it answers an inbound
// call by playing a welcome prompt from S3, then stops. The
// getting-started guide shows this file as it is; test/examples/
// runs it, and the package matrix bundles it as a Lambda.
import { actions, isActionFailed, parseInvocationEvent, response, type SmaResponse } from 'chime-sma-kit';

// Built once, when the Lambda starts: the builder checks its
// parameters here (a mistake throws SmaValidationError at cold
// start, not during a call) and is immutable, so every
// invocation reuses it.
const welcome = actions.playAudio({
  audioSource: {
    type: 'S3',
    bucketName: 'my-prompts-bucket',
    key: 'welcome.wav',
  },
});

/** The Lambda handler: called with each invocation event of a call. */
export async function handler(raw: unknown): Promise<SmaResponse> {
  // A typed, normalised copy of the event; a malformed one throws
  // SmaValidationError naming each wrong field.
  const event = parseInvocationEvent(raw);

  if (event.InvocationEventType === 'NEW_INBOUND_CALL') {
    // Play the prompt on the caller's leg.
    return response(welcome.onLeg('LEG-A'));
  }

  if (isActionFailed(event, 'PlayAudio')) {
    // Narrowed twice: ErrorType is one of PlayAudio's documented
    // errors (InvalidAudioSource, SystemException …).
    console.warn(`welcome prompt failed: ${event.ActionData.ErrorType}`);
    return response(actions.hangup().onLeg('LEG-A'));
  }

  // Any other event (the prompt finished, the caller hung up …):
  // no more actions.
  return response();
}
