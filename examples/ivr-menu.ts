/**
 * An IVR menu: "press 1 for sales, 2 for support". SpeakAndGetDigits reads the menu and collects
 * one key (it repeats the prompt itself on a wrong key or silence); the choice transfers the call
 * with CallAndBridge; when the caller picks nothing, a goodbye and a hang-up. A busy or silent
 * department gets an apology. Guide: docs/cookbook-ivr-menu.md. Tests:
 * `test/examples/cookbook.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
import { actions, callIdOf, createSmaHandler, response, type SmaHandler, type SmaHandlerOptions } from 'chime-sma-kit';

/** Where each key transfers the call (E.164 numbers). */
export const DEPARTMENTS: Readonly<Record<string, { name: string; number: string }>> = {
  '1': { name: 'sales', number: '+14155550101' },
  '2': { name: 'support', number: '+14155550102' },
};

/** The IVR menu Lambda handler; `callerId` is the number the departments see (one of yours). */
export function createIvrMenuHandler(callerId: string, options: SmaHandlerOptions & { exhaustive?: false } = {}): SmaHandler {
  const say = (callId: string, text: string) => actions.speak({ text, voiceId: 'Joanna', engine: 'neural' }).onCall(callId);
  return createSmaHandler(
    {
      NEW_INBOUND_CALL: (event) =>
        response(
          actions
            .speakAndGetDigits({
              speechParameters: {
                text: 'Thanks for calling. For sales, press 1. For support, press 2.',
                voiceId: 'Joanna',
                engine: 'neural',
              },
              failureSpeechParameters: { text: 'Sorry, that is not an option.' },
              minNumberOfDigits: 1,
              maxNumberOfDigits: 1,
              inputDigitsRegex: '^[12]$',
              repeat: 2,
              repeatDurationInMilliseconds: 5000,
            })
            .onCall(callIdOf(event, 'LEG-A')),
        ),
      ACTION_SUCCESSFUL: {
        SpeakAndGetDigits: (event) => {
          const department = DEPARTMENTS[event.ActionData.ReceivedDigits];
          const callId = callIdOf(event, 'LEG-A');
          if (department === undefined) return response(say(callId, 'Goodbye.'), actions.hangup().onCall(callId));
          return response(
            say(callId, `Transferring you to ${department.name}.`),
            actions.callAndBridge({
              callerIdNumber: callerId,
              callTimeoutSeconds: 30,
              endpoints: [{ bridgeEndpointType: 'PSTN', uri: department.number }],
            }),
          );
        },
        CallAndBridge: () => response(),
      },
      ACTION_FAILED: {
        // No valid key after the repeats.
        SpeakAndGetDigits: (event) =>
          response(say(callIdOf(event, 'LEG-A'), 'We did not get your choice. Goodbye.'), actions.hangup().onLeg('LEG-A')),
        // The department is busy or does not answer.
        CallAndBridge: (event) =>
          response(
            say(callIdOf(event, 'LEG-A'), 'Nobody is available right now. Please call again later.'),
            actions.hangup().onLeg('LEG-A'),
          ),
        default: () => response(actions.hangup().onLeg('LEG-A')),
      },
      // After a transfer, whoever stays on the line is hung up too.
      HANGUP: (event) => {
        const other = event.ActionData.Parameters.ParticipantTag === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        return event.CallDetails.Participants.some((p) => p.ParticipantTag === other && p.Status === 'Connected')
          ? response(actions.hangup().onLeg(other))
          : undefined;
      },
    },
    options,
  );
}

/** The Lambda handler. */
export const handler = createIvrMenuHandler(process.env.CALLER_ID ?? '+12065551212');
