import { actions, isActionSuccessful, parseInvocationEvent, response } from 'chime-sma-kit';

const s3 = (key: string) => ({ type: 'S3', bucketName: 'my-prompts', key }) as const;
const askForPin = actions
  .playAudioAndGetDigits({
    audioSource: s3('enter-pin.wav'),
    failureAudioSource: s3('wrong-pin.wav'),
    minNumberOfDigits: 6,
    maxNumberOfDigits: 6,
    repeatDurationInMilliseconds: 10_000,
  })
  .onLeg('LEG-A');
// PIN → meeting ID and an attendee's join token (from CreateAttendee): your own store.
const seats = new Map([['123456', { meetingId: '1e6bf4f5-f4b5-4917-b8c9-bda45c340706', joinToken: 'am9pbi10b2tlbg' }]]);

export async function handler(raw: unknown) {
  const event = parseInvocationEvent(raw); // typed, or SmaValidationError naming the bad field
  if (event.InvocationEventType === 'NEW_INBOUND_CALL') return response(askForPin);
  // isActionSuccessful narrows ActionData too
  if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) {
    const seat = seats.get(event.ActionData.ReceivedDigits);
    return response(seat ? actions.joinChimeMeeting(seat).onLeg('LEG-A') : askForPin);
  }
  return response(); // stop
}
