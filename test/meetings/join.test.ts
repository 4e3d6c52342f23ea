import { describe, expect, it } from 'vitest';
import { SmaValidationError, joinAction, joinActions } from '../../src/meetings/index.js';
import { MEETING_ID, TOKEN_A, TOKEN_B, legacyOutput, sdkMeetingsOutput } from './outputs.js';

/** The `[path, code]` of every error, and checks that no join token leaks into the message. */
function errorsOf(run: () => unknown, secrets: readonly string[] = [TOKEN_A, TOKEN_B]): [string, string][] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof SmaValidationError)) throw error;
    for (const secret of secrets) {
      expect(error.message).not.toContain(secret);
      for (const issue of error.issues) expect(issue.message).not.toContain(secret);
    }
    return error.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
  }
  throw new Error('did not throw');
}

describe('joinActions', () => {
  it('turns a Chime SDK Meetings output into JoinChimeMeeting builders with MeetingId, keeping the errors', () => {
    const { attendees, errors } = joinActions(sdkMeetingsOutput());
    expect(attendees.map(({ externalUserId, attendeeId }) => [externalUserId, attendeeId])).toEqual([
      ['caller-1', '87654321-4321-4321-1234-111122223333'],
      ['agent-7', '87654321-4321-4321-1234-444455556666'],
    ]);
    expect(attendees[0]?.action.toJSON()).toEqual({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: TOKEN_A, MeetingId: MEETING_ID } });
    expect(attendees[1]?.action.onLeg('LEG-A').toJSON()).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { ParticipantTag: 'LEG-A', JoinToken: TOKEN_B, MeetingId: MEETING_ID },
    });
    expect(errors).toEqual([{ externalUserId: 'dup', errorCode: 'Conflict', errorMessage: 'Attendee already exists' }]);
  });

  it('omits MeetingId for the legacy Amazon Chime namespace, as the end-to-end example does', () => {
    const { attendees, errors } = joinActions(legacyOutput(), { namespace: 'chime' });
    expect(attendees.map((a) => a.action.toJSON())).toEqual([{ Type: 'JoinChimeMeeting', Parameters: { JoinToken: TOKEN_A } }]);
    expect(errors).toEqual([]);
    // Also without any Meeting: the legacy action does not need one.
    expect(joinActions({ Attendees: legacyOutput().Attendees }, { namespace: 'chime' }).attendees).toHaveLength(1);
  });

  it('reports new-namespace fields under namespace "chime"', () => {
    expect(errorsOf(() => joinActions(sdkMeetingsOutput(), { namespace: 'chime' }))).toEqual([
      ['Meeting.MeetingArn', 'namespace_mismatch'],
      ['Meeting.MeetingFeatures', 'namespace_mismatch'],
      ['Attendees[0].Capabilities', 'namespace_mismatch'],
    ]);
  });

  it('takes MeetingId from options.meeting for a BatchCreateAttendee output, and requires one', () => {
    const { Attendees, Errors } = sdkMeetingsOutput();
    const batch = { Attendees, Errors };
    expect(errorsOf(() => joinActions(batch))).toEqual([['Meeting', 'required']]);
    expect(() => joinActions(batch)).toThrow(/pass \{ meeting \} with a BatchCreateAttendee output, or \{ namespace: 'chime' \}/);
    const fromOutput = joinActions(batch, { meeting: { Meeting: { MeetingId: MEETING_ID } } });
    expect(fromOutput.attendees[0]?.action.toJSON().Parameters.MeetingId).toBe(MEETING_ID);
    const fromMeeting = joinActions(batch, { meeting: { MeetingId: MEETING_ID.toUpperCase() } });
    expect(fromMeeting.attendees[1]?.action.toJSON().Parameters.MeetingId).toBe(MEETING_ID.toUpperCase());
    expect(fromMeeting.errors).toHaveLength(1);
    expect(errorsOf(() => joinActions(batch, { meeting: {} }))).toEqual([['options.meeting.MeetingId', 'required']]);
    expect(errorsOf(() => joinActions(batch, { meeting: { MeetingId: 'meeting-1' } }))).toEqual([['options.meeting.MeetingId', 'pattern']]);
  });

  it('rejects attendees without what JoinChimeMeeting needs, never echoing a join token', () => {
    const output = sdkMeetingsOutput();
    const long = 'A'.repeat(2049);
    output.Attendees = [
      { ExternalUserId: 'caller-1', AttendeeId: 'a-1', JoinToken: 'x' } as never,
      { ExternalUserId: 'c', AttendeeId: 'a-2', JoinToken: long } as never,
      { ExternalUserId: 'agent-7', JoinToken: TOKEN_B } as never,
      'attendee' as never,
    ];
    expect(errorsOf(() => joinActions(output), [TOKEN_B, long, '"x"'])).toEqual([
      ['Attendees[0].JoinToken', 'min_length'],
      ['Attendees[1].ExternalUserId', 'min_length'],
      ['Attendees[1].JoinToken', 'max_length'],
      ['Attendees[2].AttendeeId', 'required'],
      ['Attendees[3]', 'type'],
    ]);
    const wrongType = sdkMeetingsOutput();
    (wrongType.Attendees[0] as Record<string, unknown>)['JoinToken'] = 12345678;
    expect(errorsOf(() => joinActions(wrongType), ['12345678'])).toEqual([['Attendees[0].JoinToken', 'type']]);
  });

  it('surfaces Errors as they are and rejects broken lists', () => {
    const { attendees, errors } = joinActions({
      Meeting: { MeetingId: MEETING_ID },
      Errors: [{ ExternalUserId: 'x1', ErrorCode: 'BadRequest' }, {}],
    });
    expect(attendees).toEqual([]);
    expect(errors).toEqual([
      { externalUserId: 'x1', errorCode: 'BadRequest', errorMessage: undefined },
      { externalUserId: undefined, errorCode: undefined, errorMessage: undefined },
    ]);
    expect(
      errorsOf(() => joinActions({ Meeting: { MeetingId: MEETING_ID }, Attendees: 'none', Errors: [1, { ErrorCode: 5 }] } as never)),
    ).toEqual([
      ['Attendees', 'type'],
      ['Errors[0]', 'type'],
      ['Errors[1].ErrorCode', 'type'],
    ]);
    expect(errorsOf(() => joinActions(null as never))).toEqual([['', 'type']]);
  });

  it('does not modify the output', () => {
    const output = sdkMeetingsOutput();
    const before = structuredClone(output);
    joinActions(output).attendees[0]?.action.onCall('call-1');
    expect(output).toEqual(before);
  });
});

describe('joinAction', () => {
  it('builds one action from a CreateMeeting + CreateAttendee pair, wrapped or not', () => {
    const { Meeting, Attendees } = sdkMeetingsOutput();
    const attendee = Attendees[1] ?? {};
    expect(joinAction({ Meeting }, { Attendee: attendee }).toJSON()).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { JoinToken: TOKEN_B, MeetingId: MEETING_ID },
    });
    expect(joinAction(Meeting, attendee).onCall('c-1').toJSON()).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { CallId: 'c-1', JoinToken: TOKEN_B, MeetingId: MEETING_ID },
    });
    expect(joinAction({}, attendee, { namespace: 'chime' }).toJSON()).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { JoinToken: TOKEN_B },
    });
  });

  it('reports what is missing at the right path', () => {
    expect(errorsOf(() => joinAction({ Meeting: {} }, { Attendee: { ExternalUserId: 'caller-1', AttendeeId: 'a' } }))).toEqual([
      ['Meeting.MeetingId', 'required'],
      ['Attendee.JoinToken', 'required'],
    ]);
    expect(errorsOf(() => joinAction({ MeetingId: MEETING_ID }, { ExternalUserId: 'caller-1', AttendeeId: 'a', JoinToken: '' }))).toEqual([
      ['attendee.JoinToken', 'required'],
    ]);
  });
});
