import { describe, expect, it } from 'vitest';
import { actions, response, validateResponse } from '../../src/index.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import digitsReceived from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudioAndGetDigits.use-case.json' with { type: 'json' };
import joined from '../fixtures/invocation.ACTION_SUCCESSFUL.JoinChimeMeeting.use-case.json' with { type: 'json' };
import greetAndAskPin from '../fixtures/response.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import joinMeeting from '../fixtures/response.ACTION_SUCCESSFUL.JoinChimeMeeting.use-case.json' with { type: 'json' };
import stop from '../fixtures/response.empty-actions.use-case.json' with { type: 'json' };

/** The documented end-to-end use case (seed 004, use-cases.md), written with the builders. */
const bucketName = 'chime-meetings-audio-files-bucket-name';
const audio = (key: string) => ({ type: 'S3', bucketName, key }) as const;

const askForPin = actions
  .playAudioAndGetDigits({
    audioSource: audio('enter-meeting-pin.wav'),
    failureAudioSource: audio('invalid-meeting-pin.wav'),
    minNumberOfDigits: 3,
    maxNumberOfDigits: 5,
    terminatorDigits: ['#'],
    inBetweenDigitsDurationInMilliseconds: 5000,
    repeat: 3,
    repeatDurationInMilliseconds: 10000,
  })
  .onLeg('LEG-A');

function onNewInboundCall(event: typeof newInboundCall) {
  const callId = event.CallDetails.Participants[0]?.CallId ?? '';
  return response(actions.playAudio({ audioSource: audio('welcome-to-meetings.wav') }).onCall(callId), askForPin);
}

function onPinReceived(event: typeof digitsReceived, joinTokenFor: (pin: string) => string) {
  return response(actions.joinChimeMeeting({ joinToken: joinTokenFor(event.ActionData.ReceivedDigits) }));
}

describe('the documented PIN-to-meeting flow', () => {
  it('greets the caller and asks for the PIN: exactly the documented JSON', () => {
    const answer = onNewInboundCall(newInboundCall);
    expect(answer).toStrictEqual(greetAndAskPin);
    expect(validateResponse(answer)).toEqual({ ok: true, issues: [] });
  });

  it('the PlayAudioAndGetDigits result event echoes exactly the parameters the builder sent', () => {
    expect(digitsReceived.ActionData.Parameters).toStrictEqual(askForPin.toJSON().Parameters);
  });

  it('joins the meeting with the token for the PIN received: exactly the documented JSON', () => {
    const answer = onPinReceived(digitsReceived, (pin) => (pin === '12345' ? 'meeting-attendee-join-token' : 'wrong'));
    expect(answer).toStrictEqual(joinMeeting);
    expect(joined.ActionData.Parameters).toStrictEqual(answer.Actions?.[0]?.Parameters);
    expect(validateResponse(answer)).toEqual({ ok: true, issues: [] });
  });

  it('stops running actions with the documented empty answer', () => {
    expect(response()).toStrictEqual(stop);
  });
});
