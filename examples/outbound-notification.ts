/**
 * An outbound notification call: a back end calls CreateSipMediaApplicationCall with
 * `ArgumentsMap: { message }`; the Lambda keeps the message in TransactionAttributes while the
 * phone rings (the service ignores the actions of NEW_OUTBOUND_CALL and RINGING responses but
 * keeps their attributes), says it with Amazon Polly when the callee answers, and hangs up.
 * Tests: `test/examples/flows.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-create-call-api.html
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
 */
import {
  actions,
  callIdOf,
  createSmaHandler,
  response,
  updateTransactionAttributes,
  type SmaHandler,
  type SmaHandlerOptions,
} from 'chime-sma-kit';

/** What the call remembers: the text to say. */
export type NotificationState = { message: string };

/** Said when the back end sent no message. */
export const DEFAULT_MESSAGE = 'This is a reminder from your clinic: your appointment is tomorrow at 9 AM.';

/** The notification Lambda handler. */
export function createNotificationHandler(options: SmaHandlerOptions & { exhaustive?: false } = {}): SmaHandler<NotificationState> {
  return createSmaHandler<NotificationState>(
    {
      NEW_OUTBOUND_CALL: (event) => {
        const message = event.ActionData?.Parameters?.Arguments?.message ?? DEFAULT_MESSAGE;
        return updateTransactionAttributes<NotificationState>(response(), event, { message });
      },
      CALL_ANSWERED: (event, { attributes }) => {
        const callId = callIdOf(event, 'LEG-A');
        const speak = actions.speak({ text: attributes.message ?? DEFAULT_MESSAGE, voiceId: 'Joanna', engine: 'neural' }).onCall(callId);
        return response(speak, actions.hangup().onCall(callId));
      },
      ACTION_FAILED: {
        // Polly refused or throttled: still end the call cleanly.
        Speak: (event) => response(actions.hangup().onCall(event.ActionData.Parameters.CallId)),
      },
      // Busy, no answer (480/486) or the end of the message: nothing left to do.
      HANGUP: () => undefined,
    },
    options,
  );
}

/** The Lambda handler. */
export const handler = createNotificationHandler();
