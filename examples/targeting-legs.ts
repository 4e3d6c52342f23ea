// Choosing the call leg each action runs on: ParticipantTag
// (.onLeg) names a leg by its role, CallId (.onCall) names one
// exact leg. docs/targeting-legs.md shows the regions of this file;
// test/examples/targeting-legs.test.ts runs them.
import {
  actions,
  callIdOf,
  effectiveParameters,
  type InvocationEvent,
  invokedLeg,
  isActionSuccessful,
  response,
  type SmaResponse,
  targetOf,
} from 'chime-sma-kit';

const prompt = (key: string) => ({ type: 'S3', bucketName: 'my-prompts-bucket', key }) as const;

// #region bridge
// Called with the caller on LEG-A: ring the agent's number, which
// becomes LEG-B. CallAndBridge has no onLeg()/onCall(): it always
// bridges from the leg that invoked the Lambda.
export const bridgeToAgent = actions.callAndBridge({
  callerIdNumber: '+12065550100',
  endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+12065550199' }],
});
// #endregion bridge

// #region legs
export function onEvent(event: InvocationEvent): SmaResponse {
  if (!isActionSuccessful(event, 'CallAndBridge')) return response();

  // Both legs are connected. By tag: the role ("the callee").
  const whisper = actions.playAudio({ audioSource: prompt('customer-waiting.wav') }).onLeg('LEG-B');

  // Speak takes CallId only (no onLeg): callIdOf returns the leg's
  // CallId, or throws a SmaValidationError naming the legs there are.
  const connected = actions.speak({ text: 'Connecting you to an agent.' }).onCall(callIdOf(event, 'LEG-A'));

  return response(whisper, connected);
}
// #endregion legs

// #region mistakes
// Each of these is a compile error (tsc checks that every line
// marked ts-expect-error really is one) and, for JavaScript
// callers, a SmaValidationError when it runs.
export const mistakes = {
  // JoinChimeMeeting runs on LEG-A only.
  meetingOnLegB: () =>
    // @ts-expect-error 'LEG-B' is not a leg JoinChimeMeeting allows
    actions.joinChimeMeeting({ joinToken: 'token' }).onLeg('LEG-B'),
  // After onLeg() there is no onCall(): never both keys.
  bothTargets: () =>
    // @ts-expect-error onCall does not exist after onLeg
    actions.hangup().onLeg('LEG-A').onCall('call-id-1'),
  // Speak needs its CallId before response() accepts it.
  speakWithoutCallId: () =>
    // @ts-expect-error the Speak builder is not ready without onCall()
    response(actions.speak({ text: 'Hello' })),
};
// #endregion mistakes

// #region defaults
// Where would each action run, answering this event? targetOf
// applies the documented rule: CallId, else ParticipantTag, else
// the leg that invoked the Lambda (invokedLeg).
export function whereWouldItRun(event: InvocationEvent) {
  const hold = actions.playAudio({ audioSource: prompt('hold.wav') });
  return {
    invoked: invokedLeg(event)?.ParticipantTag,
    untargeted: targetOf(hold, event),
    byTag: targetOf(hold.onLeg('LEG-B'), event),
    byCallId: targetOf(hold.onCall('call-id-1'), event),
    bridge: targetOf(bridgeToAgent, event),
  };
}

// The builders emit only what you set; effectiveParameters adds
// the documented defaults (here CallTimeoutSeconds: 30).
export const bridgeAsRun = effectiveParameters(bridgeToAgent);
// #endregion defaults
