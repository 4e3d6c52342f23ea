// Keeping state across the invocations of one call with
// TransactionAttributes: typed reads, updates that work whichever
// way the service merges, and clearing. docs/transaction-attributes.md
// shows the regions of this file; test/examples/ runs them.
import {
  actions,
  clearTransactionAttributes,
  type InvocationEvent,
  isActionSuccessful,
  LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  parseInvocationEvent,
  readTransactionAttributes,
  response,
  type SmaResponse,
  updateTransactionAttributes,
  validateResponse,
} from 'chime-sma-kit';

const prompt = (key: string) => ({ type: 'S3', bucketName: 'my-prompts-bucket', key }) as const;
const askForPin = actions
  .playAudioAndGetDigits({
    audioSource: prompt('enter-pin.wav'),
    failureAudioSource: prompt('invalid-pin.wav'),
    minNumberOfDigits: 4,
    maxNumberOfDigits: 6,
    repeatDurationInMilliseconds: 10_000,
  })
  .onLeg('LEG-A');
const goodbye = actions.playAudio({ audioSource: prompt('goodbye.wav') });

// #region shape
// Your own shape: every value is a string (the only documented
// value type); optional keys may not be stored yet.
export type CallState = {
  step: 'pin' | 'meeting';
  attempts: string;
  meetingId?: string;
};
// #endregion shape

/** PIN → meeting ID: your own lookup (a table in this example). */
const meetingsByPin = new Map([['1234', 'meeting-1234']]);

// #region handler
export async function handler(raw: unknown): Promise<SmaResponse> {
  const event: InvocationEvent = parseInvocationEvent(raw);
  // What earlier responses stored, typed: Partial<CallState>.
  const state = readTransactionAttributes<CallState>(event);

  if (event.InvocationEventType === 'NEW_INBOUND_CALL') {
    // Nothing is stored yet: this sends exactly these two keys.
    return updateTransactionAttributes<CallState>(response(askForPin), event, { step: 'pin', attempts: '1' });
  }

  if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) {
    const meetingId = meetingsByPin.get(event.ActionData.ReceivedDigits);
    if (meetingId !== undefined) {
      // Sends the complete set: step and attempts kept, meetingId added.
      return updateTransactionAttributes<CallState>(response(goodbye.onLeg('LEG-A')), event, { step: 'meeting', meetingId });
    }
    const attempts = Number(state.attempts ?? '0') + 1;
    if (attempts > 3) {
      // Give up: `{}` erases every stored attribute.
      return clearTransactionAttributes(response(actions.hangup()));
    }
    return updateTransactionAttributes<CallState>(response(askForPin), event, { attempts: String(attempts) });
  }

  return response();
}
// #endregion handler

// #region limits
// The current docs allow 100 pairs; older docs and the documented
// TransactionAttributesInvalidMapSize error say 10. By default more
// than 10 is a warning; this check makes it an error.
export function checkWithLegacyLimit(answer: SmaResponse) {
  return validateResponse(answer, {
    maxTransactionAttributes: LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  });
}
// #endregion limits
