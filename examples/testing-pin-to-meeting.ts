// Tests of the PIN-to-meeting handler (examples/pin-to-meeting.ts)
// with the local simulator: an ordinary vitest suite, as you would
// keep it next to your own handler. docs/testing.md shows its
// regions; test/examples/testing-pin-to-meeting.test.ts runs it.
import { actions, type SmaLogger } from 'chime-sma-kit';
import { actionSuccessfulEvent, simulateCall, type SimulatorOptions } from 'chime-sma-kit/testing';
import { describe, expect, it } from 'vitest';
import { createPinToMeetingHandler, type FindMeeting } from './pin-to-meeting.js';

// #region setup
const MEETING_ID = 'c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11';
const JOIN_TOKEN = 'ZGVtby1qb2luLXRva2VuLWZvci1hdHRlbmRlZS0x';

// The handler's PIN directory: a fake, in memory, returning the
// CreateMeetingWithAttendees output of the PIN's meeting.
const directory: FindMeeting = async (pin) =>
  pin === '12345'
    ? {
        Meeting: { MeetingId: MEETING_ID },
        Attendees: [{ ExternalUserId: 'caller', AttendeeId: 'attendee-1', JoinToken: JOIN_TOKEN }],
      }
    : undefined;

// The meetings the simulated service knows: JoinChimeMeeting
// succeeds only with the join token of one of their attendees.
const meetings: SimulatorOptions['meetings'] = [
  { meetingId: MEETING_ID, attendees: [{ attendeeId: 'attendee-1', joinToken: JOIN_TOKEN }] },
];

// A logger that keeps its lines, to assert on them.
function memoryLogger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}
// #endregion setup

describe('PIN to meeting: whole calls', () => {
  // #region digits
  it('joins the meeting after one wrong PIN', async () => {
    const handler = createPinToMeetingHandler(directory);
    // Each string is typed when the next PIN prompt listens.
    const call = await simulateCall(handler, { meetings, digits: ['999#', '12345#'] });

    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
    ]);
    // What the service stores, round-tripped through every event.
    expect(call.transactionAttributes).toEqual({ wrongPins: '1', meetingId: MEETING_ID });
    expect(call.meeting?.meetingId).toBe(MEETING_ID);

    // The call waits in the meeting: the test hangs up for the caller.
    await call.hangUp('LEG-A').run();
    expect(call.transcript.eventSummary.at(-1)).toBe('HANGUP LEG-A');
    expect(call.ended).toBe(true);
  });
  // #endregion digits

  // #region failures
  it('announces a failed join, logs it and hangs up', async () => {
    const logger = memoryLogger();
    const handler = createPinToMeetingHandler(directory, { logger });
    const call = await simulateCall(handler, {
      meetings,
      digits: '12345#',
      // Only JoinChimeMeeting's documented error types compile here.
      failures: [{ action: 'JoinChimeMeeting', errorType: 'ErrorJoiningMeeting' }],
    });

    expect(call.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_FAILED JoinChimeMeeting',
      'HANGUP LEG-A',
    ]);
    expect(logger.lines).toEqual([`joining meeting ${MEETING_ID} failed: ErrorJoiningMeeting`]);
  });

  it('says goodbye when the caller never types a PIN', async () => {
    const call = await simulateCall(createPinToMeetingHandler(directory), { meetings });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudioAndGetDigits', 'HANGUP LEG-A']);
  });

  it('stops when the caller hangs up during the prompt', async () => {
    const call = await simulateCall(createPinToMeetingHandler(directory), {
      meetings,
      hangups: [{ leg: 'LEG-A', atMs: 3000 }],
    });
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(call.ended).toBe(true);
  });
  // #endregion failures

  // #region transcript
  it('records each event and response, with join tokens masked in the text', async () => {
    const call = await simulateCall(createPinToMeetingHandler(directory), { meetings, digits: '12345#' });
    const [, pinEntered] = call.transcript.invocations;

    expect(pinEntered?.event).toMatchObject({ ActionData: { ReceivedDigits: '12345' } });
    expect(pinEntered?.response).toMatchObject({
      Actions: [{ Type: 'JoinChimeMeeting', Parameters: { JoinToken: JOIN_TOKEN, MeetingId: MEETING_ID } }],
    });
    expect(call.transcript.toText()).not.toContain(JOIN_TOKEN);
  });
  // #endregion transcript
});

// #region route
describe('PIN to meeting: one route', () => {
  it('ends the call at the third wrong PIN', async () => {
    const handler = createPinToMeetingHandler(directory);
    // The event after any PlayAudioAndGetDigits, with two wrong PINs stored.
    const prompt = actions.playAudioAndGetDigits({
      audioSource: { type: 'S3', bucketName: 'prompts', key: 'pin.wav' },
      failureAudioSource: { type: 'S3', bucketName: 'prompts', key: 'again.wav' },
      repeatDurationInMilliseconds: 10000,
    });
    const event = actionSuccessfulEvent(
      prompt.onLeg('LEG-A'),
      { ReceivedDigits: '999' },
      {
        transactionAttributes: { wrongPins: '2' },
      },
    );

    const answer = await handler(event);
    expect(answer.Actions?.map((action) => action.Type)).toEqual(['PlayAudio', 'PlayAudio', 'Hangup']);
  });
});
// #endregion route
