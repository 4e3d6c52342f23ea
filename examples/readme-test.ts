import { expect, test } from 'vitest';
import { simulateCall } from 'chime-sma-kit/testing';
import { handler } from './readme.js';

test('the right PIN joins the meeting', async () => {
  const call = await simulateCall(handler, {
    digits: ['123456'], // what the caller types
    meetings: [{ meetingId: '1e6bf4f5-f4b5-4917-b8c9-bda45c340706', attendees: [{ attendeeId: 'a1', joinToken: 'am9pbi10b2tlbg' }] }],
  });
  expect(call.transcript.eventSummary).toEqual([
    'NEW_INBOUND_CALL',
    'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
    'ACTION_SUCCESSFUL JoinChimeMeeting',
  ]);
});
