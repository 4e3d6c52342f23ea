// A first SIP media application handler: it answers an inbound
// call by playing a welcome prompt from S3, then stops. The
// getting-started guide shows this file as it is; test/examples/
// runs it, and the package matrix bundles it as a Lambda.
import { actions } from 'chime-sma-kit';

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

/** The fields of the invocation event this handler reads. */
export interface InvocationEventLike {
  /** Why the Lambda was invoked: `NEW_INBOUND_CALL`, `HANGUP` … */
  InvocationEventType: string;
}

/** The Lambda handler: called with each invocation event of a call. */
export async function handler(event: InvocationEventLike) {
  if (event.InvocationEventType === 'NEW_INBOUND_CALL') {
    // Play the prompt on the caller's leg; `toJSON()` is the plain
    // action the service reads.
    const play = welcome.onLeg('LEG-A').toJSON();
    return { SchemaVersion: '1.0', Actions: [play] };
  }
  // Any other event (the prompt finished, the caller hung up …):
  // no more actions.
  return { SchemaVersion: '1.0', Actions: [] };
}
