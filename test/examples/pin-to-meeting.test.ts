import { describe, expect, it } from 'vitest';
import { type SmaLogger } from '../../src/index.js';
import { type SimulatorOptions, simulateCall } from '../../src/testing/index.js';
import { joinActions, type CreateMeetingWithAttendeesOutput } from '../../src/meetings/index.js';
import { MAX_WRONG_PINS, createPinToMeetingHandler, demoDirectory } from '../../examples/pin-to-meeting.js';

const MEETING = 'c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11';
const TOKEN = 'ZGVtby1qb2luLXRva2VuLWZvci1hdHRlbmRlZS0x';
const meetings: SimulatorOptions['meetings'] = [{ meetingId: MEETING, attendees: [{ attendeeId: 'attendee-1', joinToken: TOKEN }] }];

function logger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

const call = (options: SimulatorOptions, log = logger()) =>
  simulateCall(createPinToMeetingHandler(demoDirectory, { logger: log }), { meetings, ...options });

describe('PIN to meeting', () => {
  it('welcomes the caller, takes the PIN and joins the meeting with its join token', async () => {
    const log = logger();
    const sim = await call({ digits: '12345#', hangups: [{ leg: 'LEG-A', atMs: 120_000 }] }, log);
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
      'HANGUP LEG-A',
    ]);
    const [inbound, digits, joined, hangup] = sim.transcript.invocations;
    expect(inbound?.response).toMatchObject({
      Actions: [
        { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-A', AudioSource: { Key: 'welcome-to-meetings.wav' } } },
        { Type: 'PlayAudioAndGetDigits', Parameters: { MinNumberOfDigits: 3, MaxNumberOfDigits: 5, TerminatorDigits: ['#'], Repeat: 3 } },
      ],
      TransactionAttributes: { wrongPins: '0' },
    });
    expect(digits?.event).toMatchObject({
      ActionData: { ReceivedDigits: '12345' },
      CallDetails: { TransactionAttributes: { wrongPins: '0' } },
    });
    expect(digits?.response).toEqual({
      SchemaVersion: '1.0',
      Actions: [{ Type: 'JoinChimeMeeting', Parameters: { ParticipantTag: 'LEG-A', JoinToken: TOKEN, MeetingId: MEETING } }],
      TransactionAttributes: { wrongPins: '0', meetingId: MEETING },
    });
    expect(joined?.event).toMatchObject({
      CallDetails: { Participants: [{ ParticipantTag: 'LEG-A' }, { ParticipantTag: 'LEG-B', To: 'SMA', Status: 'Connected' }] },
    });
    expect(joined?.response).toEqual({ SchemaVersion: '1.0', Actions: [] });
    expect(hangup).toMatchObject({ atMs: 120_000, handling: 'ignored' });
    expect(sim.ended).toBe(true);
    expect(log.lines).toEqual([]);
    expect(sim.transcript.toText()).not.toContain(TOKEN);
  });

  it('lets the caller try again after a wrong PIN, counting wrong PINs in TransactionAttributes', async () => {
    const sim = await call({ digits: ['999#', '12345#'] });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL JoinChimeMeeting',
    ]);
    const [, wrong, right] = sim.transcript.invocations;
    expect(wrong?.event).toMatchObject({ ActionData: { ReceivedDigits: '999' } });
    expect(wrong?.response).toMatchObject({
      Actions: [{ Type: 'PlayAudio', Parameters: { AudioSource: { Key: 'unknown-meeting-pin.wav' } } }, { Type: 'PlayAudioAndGetDigits' }],
    });
    expect(right?.event).toMatchObject({
      ActionData: { ReceivedDigits: '12345' },
      CallDetails: { TransactionAttributes: { wrongPins: '1' } },
    });
    expect(sim.meeting?.meetingId).toBe(MEETING);
  });

  it(`hangs up after ${MAX_WRONG_PINS} wrong PINs`, async () => {
    const sim = await call({ digits: ['111#', '222#', '333#'] });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'HANGUP LEG-A',
    ]);
    expect(sim.transcript.invocations[3]?.response).toMatchObject({
      Actions: [{ Type: 'PlayAudio' }, { Type: 'PlayAudio', Parameters: { AudioSource: { Key: 'goodbye.wav' } } }, { Type: 'Hangup' }],
    });
    expect(sim.ended).toBe(true);
  });

  it('announces a failed join and hangs up', async () => {
    const log = logger();
    const sim = await call({ digits: '12345#', failures: [{ action: 'JoinChimeMeeting', errorType: 'ErrorJoiningMeeting' }] }, log);
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_FAILED JoinChimeMeeting',
      'HANGUP LEG-A',
    ]);
    expect(sim.transcript.events[2]).toMatchObject({ ActionData: { Error: 'ErrorJoiningMeeting: Error while joining meeting.' } });
    expect(sim.transcript.invocations[2]?.response).toMatchObject({
      Actions: [{ Type: 'PlayAudio', Parameters: { AudioSource: { Key: 'meeting-unavailable.wav' } } }, { Type: 'Hangup' }],
    });
    expect(log.lines).toEqual([`joining meeting ${MEETING} failed: ErrorJoiningMeeting`]);
  });

  it('fails the join when the join token is not the meeting’s', async () => {
    const sim = await call({
      digits: '12345#',
      meetings: [{ meetingId: MEETING, attendees: [{ attendeeId: 'a', joinToken: 'another-token' }] }],
    });
    expect(sim.transcript.events[2]).toMatchObject({
      InvocationEventType: 'ACTION_FAILED',
      ActionData: { Error: 'InvalidActionParameter: JoinToken parameter value is invalid.' },
    });
    expect(sim.ended).toBe(true);
  });

  it('joins with the JoinChimeMeeting action joinActions makes of the CreateMeetingWithAttendees output of the PIN lookup', async () => {
    const other = '7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    const otherToken = 'b3RoZXItbWVldGluZy1qb2luLXRva2VuLWF0dGVuZGVlLTI';
    const output: CreateMeetingWithAttendeesOutput = {
      Meeting: { MeetingId: other, MediaRegion: 'us-east-1' },
      Attendees: [{ ExternalUserId: 'dial-in-4321', AttendeeId: 'attendee-2', JoinToken: otherToken }],
      Errors: [],
    };
    const log = logger();
    const handler = createPinToMeetingHandler(async (pin) => (pin === '4321' ? output : undefined), { logger: log });
    const sim = await simulateCall(handler, {
      digits: '4321#',
      meetings: [{ meetingId: other, attendees: [{ attendeeId: 'attendee-2', joinToken: otherToken }] }],
    });
    const expected = joinActions(output).attendees[0]?.action.onLeg('LEG-A').toJSON();
    expect(expected).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { ParticipantTag: 'LEG-A', JoinToken: otherToken, MeetingId: other },
    });
    expect(sim.transcript.invocations[1]?.response).toEqual({
      SchemaVersion: '1.0',
      Actions: [expected],
      TransactionAttributes: { wrongPins: '0', meetingId: other },
    });
    expect(sim.meeting?.meetingId).toBe(other);
    expect(log.lines).toEqual([]);
  });

  it('the demo directory returns a CreateMeetingWithAttendees output that joinActions accepts', async () => {
    const output = await demoDirectory('12345');
    expect(output).toBeDefined();
    const { attendees, errors } = joinActions(output as CreateMeetingWithAttendeesOutput);
    expect(errors).toEqual([]);
    expect(attendees.map((a) => a.action.toJSON().Parameters)).toEqual([{ JoinToken: TOKEN, MeetingId: MEETING }]);
    expect(await demoDirectory('999')).toBeUndefined();
  });

  it('announces an unavailable meeting when the service created no attendee for the caller', async () => {
    const refused: CreateMeetingWithAttendeesOutput = {
      Meeting: { MeetingId: MEETING },
      Attendees: [],
      Errors: [{ ExternalUserId: 'dial-in', ErrorCode: 'Throttling', ErrorMessage: 'Rate exceeded' }],
    };
    const sim = await simulateCall(
      createPinToMeetingHandler(async () => refused),
      { meetings, digits: '12345#' },
    );
    expect(sim.transcript.invocations[1]?.response).toMatchObject({
      Actions: [{ Type: 'PlayAudio', Parameters: { AudioSource: { Key: 'meeting-unavailable.wav' } } }, { Type: 'Hangup' }],
    });
    expect(sim.ended).toBe(true);
  });

  it('says goodbye when no PIN comes at all', async () => {
    const sim = await call({});
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudioAndGetDigits', 'HANGUP LEG-A']);
    expect(sim.ended).toBe(true);
  });

  it('ignores the hang-up of a caller who leaves during the PIN prompt', async () => {
    const sim = await call({ hangups: [{ leg: 'LEG-A', atMs: 3000 }] });
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(sim.transcript.invocations[1]).toMatchObject({ handling: 'ignored', response: { SchemaVersion: '1.0' } });
  });
});
