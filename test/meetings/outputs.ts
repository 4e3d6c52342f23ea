/** Sample API outputs in the documented shapes (values made up, formats as documented). */
import type { Attendee, CreateAttendeeError, Meeting } from '../../src/meetings/index.js';

/** A mutable output, for tests that break it. */
export interface SampleOutput {
  Meeting: Meeting;
  Attendees: Attendee[];
  Errors: CreateAttendeeError[];
}

export const MEETING_ID = '1e6bf4f5-f4b5-4917-b8c9-bda45c340706';
export const TOKEN_A = 'ZTAzNzhmYWEtMDdmZi00ZjQ1LTk1YzAtOWRhYWYyNjI0NWNhOjdmNTIyYWZi';
export const TOKEN_B = 'YmI3MGQzOTgtNWYxNS00ZDcyLTg0ODAtMjVmNWQ1MzM5NTY1OmM2YjM4ZGZj';

const placement = {
  AudioHostUrl: 'f1a1f0e5.k.m3.ue1.app.chime.aws:3478',
  AudioFallbackUrl: 'wss://haxrp.m3.ue1.app.chime.aws:443/calls/1e6bf4f5-f4b5-4917-b8c9-bda45c340706',
  SignalingUrl: 'wss://signal.m3.ue1.app.chime.aws/control/1e6bf4f5-f4b5-4917-b8c9-bda45c340706',
  TurnControlUrl: 'https://2713.cell.us-east-1.meetings.chime.aws/v2/turn_sessions',
  ScreenDataUrl: 'wss://bitpw.m3.ue1.app.chime.aws:443/v2/screen/1e6bf4f5-f4b5-4917-b8c9-bda45c340706',
  ScreenViewingUrl:
    'wss://bitpw.m3.ue1.app.chime.aws:443/ws/connect?passcode=null&viewer_uuid=null&X-BitHub-Call-Id=1e6bf4f5-f4b5-4917-b8c9-bda45c340706',
  ScreenSharingUrl: 'wss://bitpw.m3.ue1.app.chime.aws:443/v2/screen/1e6bf4f5-f4b5-4917-b8c9-bda45c340706',
};

/** A CreateMeetingWithAttendees output of the Amazon Chime SDK Meetings namespace, one attendee failed. */
export function sdkMeetingsOutput(): SampleOutput {
  return {
    Meeting: {
      MeetingId: MEETING_ID,
      ExternalMeetingId: 'pin-1234',
      MediaRegion: 'us-east-1',
      MediaPlacement: { ...placement, EventIngestionUrl: 'https://data.svc.ue1.ingest.chime.aws/v1/client-events' },
      MeetingFeatures: { Audio: { EchoReduction: 'AVAILABLE' } },
      MeetingArn: `arn:aws:chime:us-east-1:111122223333:meeting/${MEETING_ID}`,
    },
    Attendees: [
      {
        ExternalUserId: 'caller-1',
        AttendeeId: '87654321-4321-4321-1234-111122223333',
        JoinToken: TOKEN_A,
        Capabilities: { Audio: 'SendReceive', Video: 'None', Content: 'None' },
      },
      { ExternalUserId: 'agent-7', AttendeeId: '87654321-4321-4321-1234-444455556666', JoinToken: TOKEN_B },
    ],
    Errors: [{ ExternalUserId: 'dup', ErrorCode: 'Conflict', ErrorMessage: 'Attendee already exists' }],
  };
}

/** A CreateMeetingWithAttendees output of the legacy Amazon Chime namespace (seed 002 shape). */
export function legacyOutput(): SampleOutput {
  return {
    Meeting: { MeetingId: MEETING_ID, ExternalMeetingId: 'pin-1234', MediaPlacement: placement, MediaRegion: 'us-east-1' },
    Attendees: [{ ExternalUserId: 'caller-1', AttendeeId: '87654321-4321-4321-1234-111122223333', JoinToken: TOKEN_A }],
    Errors: [],
  };
}
