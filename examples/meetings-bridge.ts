// Joining a phone caller to an Amazon Chime SDK meeting: create the
// meeting and its attendees, turn the API output into JoinChimeMeeting
// actions, answer the call. docs/meetings-bridge.md shows the regions
// of this file; test/examples/meetings-bridge.test.ts runs them.
import { ChimeSDKMeetingsClient, CreateMeetingWithAttendeesCommand } from '@aws-sdk/client-chime-sdk-meetings';
import { actions, parseInvocationEvent, participant, response, type SmaResponse } from 'chime-sma-kit';
import { createMeetingWithAttendeesRequest, type CreateMeetingWithAttendeesOutput, joinActions } from 'chime-sma-kit/meetings';

/** The Amazon Chime SDK Meetings client (created once, reused). */
export const meetings = new ChimeSDKMeetingsClient({ region: 'us-east-1' });

export async function handler(raw: unknown): Promise<SmaResponse> {
  const event = parseInvocationEvent(raw);
  if (event.InvocationEventType !== 'NEW_INBOUND_CALL') return response();
  const caller = participant(event, 'LEG-A');
  if (caller === undefined) return response(actions.hangup());
  const callerId = `caller-${caller.CallId}`;

  // #region request
  // Checked against the documented limits before it is sent: 1-20
  // attendees, ExternalUserId characters, the media Region list …
  const request = createMeetingWithAttendeesRequest({
    MediaRegion: 'us-east-1',
    ExternalMeetingId: `call-${caller.CallId}`,
    Attendees: [{ ExternalUserId: callerId }, { ExternalUserId: 'agent-7' }],
  });
  const output = await meetings.send(new CreateMeetingWithAttendeesCommand(request));
  // #endregion request

  // #region join
  // One JoinChimeMeeting builder per attendee created (with JoinToken
  // and MeetingId), and every attendee the service refused.
  const { attendees, errors } = joinActions(output);
  for (const error of errors) {
    console.warn(`no attendee ${error.externalUserId}: ${error.errorCode}`);
  }
  const seat = attendees.find((a) => a.externalUserId === callerId);
  if (seat === undefined) return response(actions.hangup());
  // JoinChimeMeeting runs on LEG-A; the meeting becomes LEG-B.
  return response(seat.action.onLeg('LEG-A'));
  // #endregion join
}

// #region legacy
// A meeting of the legacy Amazon Chime namespace (created through
// the `chime` endpoint, as in the documented end-to-end example):
// the action carries the join token only, no MeetingId.
export function joinLegacyMeeting(output: CreateMeetingWithAttendeesOutput, externalUserId: string): SmaResponse {
  const { attendees } = joinActions(output, { namespace: 'chime' });
  const seat = attendees.find((a) => a.externalUserId === externalUserId);
  return seat === undefined ? response(actions.hangup()) : response(seat.action.onLeg('LEG-A'));
}
// #endregion legacy
