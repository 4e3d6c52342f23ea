// AFTER: examples/migrating-before.ts with chime-sma-kit: parsed
// events, guards instead of casts, builders instead of PascalCase
// literals. docs/migrating.md compares the two files;
// test/examples/migrating.test.ts runs both.
import { actions, isActionFailed, isActionSuccessful, parseInvocationEvent, response, type SmaResponse } from 'chime-sma-kit';

const seats = new Map([['123456', { meetingId: '1e6bf4f5-f4b5-4917-b8c9-bda45c340706', joinToken: 'am9pbi10b2tlbg' }]]);

// Checked once, at cold start; `inputDigitRegex` would not compile.
const askForPin = actions
  .playAudioAndGetDigits({
    audioSource: { type: 'S3', bucketName: 'my-prompts', key: 'enter-pin.wav' },
    failureAudioSource: { type: 'S3', bucketName: 'my-prompts', key: 'wrong-pin.wav' },
    minNumberOfDigits: 6,
    maxNumberOfDigits: 6,
    inputDigitsRegex: '^\\d{6}$',
    repeatDurationInMilliseconds: 10000,
  })
  .onLeg('LEG-A');

export const handler = async (raw: unknown): Promise<SmaResponse> => {
  const event = parseInvocationEvent(raw);
  if (event.InvocationEventType === 'NEW_INBOUND_CALL') {
    return response(askForPin);
  }
  if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) {
    // ReceivedDigits is a string here: no `!`, no cast.
    const seat = seats.get(event.ActionData.ReceivedDigits);
    return seat ? response(actions.joinChimeMeeting(seat).onLeg('LEG-A')) : response(askForPin);
  }
  if (isActionFailed(event)) {
    return response(actions.hangup({ sipResponseCode: '0' }).onLeg('LEG-A'));
  }
  return response();
};
