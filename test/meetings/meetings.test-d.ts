import type {
  Attendee as SdkAttendee,
  BatchCreateAttendeeCommandOutput,
  CreateAttendeeCommandOutput,
  CreateMeetingCommandOutput,
  CreateMeetingWithAttendeesCommandInput,
  CreateMeetingWithAttendeesCommandOutput,
  Meeting as SdkMeeting,
} from '@aws-sdk/client-chime-sdk-meetings';
import { describe, expectTypeOf, it } from 'vitest';
import type { ActionBuilder, JoinChimeMeetingAction } from '../../src/index.js';
import {
  type Attendee,
  type BatchCreateAttendeeOutput,
  type CreateAttendeeOutput,
  type CreateMeetingOutput,
  type CreateMeetingWithAttendeesOutput,
  type CreateMeetingWithAttendeesRequest,
  type JoinMeetingBuilder,
  type LegacyCreateMeetingWithAttendeesRequest,
  type Meeting,
  createMeetingWithAttendeesRequest,
  joinAction,
  joinActions,
} from '../../src/meetings/index.js';

/**
 * The legacy Amazon Chime namespace shapes, copied from @aws-sdk/client-chime 3.699.0
 * (dist-types/models/models_0.d.ts), the last version with the meeting commands.
 */
namespace LegacyChime {
  export interface MediaPlacement {
    AudioHostUrl?: string | undefined;
    AudioFallbackUrl?: string | undefined;
    ScreenDataUrl?: string | undefined;
    ScreenSharingUrl?: string | undefined;
    ScreenViewingUrl?: string | undefined;
    SignalingUrl?: string | undefined;
    TurnControlUrl?: string | undefined;
    EventIngestionUrl?: string | undefined;
  }
  export interface Meeting {
    MeetingId?: string | undefined;
    ExternalMeetingId?: string | undefined;
    MediaPlacement?: MediaPlacement | undefined;
    MediaRegion?: string | undefined;
  }
  export interface Attendee {
    ExternalUserId?: string | undefined;
    AttendeeId?: string | undefined;
    JoinToken?: string | undefined;
  }
  export interface CreateAttendeeError {
    ExternalUserId?: string | undefined;
    ErrorCode?: string | undefined;
    ErrorMessage?: string | undefined;
  }
  export interface CreateMeetingWithAttendeesResponse {
    Meeting?: Meeting | undefined;
    Attendees?: Attendee[] | undefined;
    Errors?: CreateAttendeeError[] | undefined;
  }
  export interface CreateMeetingWithAttendeesRequest {
    ClientRequestToken?: string | undefined;
    ExternalMeetingId?: string | undefined;
    MeetingHostId?: string | undefined;
    MediaRegion?: string | undefined;
    Tags?: { Key: string | undefined; Value: string | undefined }[] | undefined;
    NotificationsConfiguration?: { SnsTopicArn?: string | undefined; SqsQueueArn?: string | undefined } | undefined;
    Attendees?:
      | { ExternalUserId: string | undefined; Tags?: { Key: string | undefined; Value: string | undefined }[] | undefined }[]
      | undefined;
  }
}

declare const created: CreateMeetingWithAttendeesCommandOutput;

describe('meetings types', () => {
  it('accept the real SDK output types', () => {
    expectTypeOf<CreateMeetingWithAttendeesCommandOutput>().toMatchTypeOf<CreateMeetingWithAttendeesOutput>();
    expectTypeOf<BatchCreateAttendeeCommandOutput>().toMatchTypeOf<BatchCreateAttendeeOutput>();
    expectTypeOf<CreateMeetingCommandOutput>().toMatchTypeOf<CreateMeetingOutput>();
    expectTypeOf<CreateAttendeeCommandOutput>().toMatchTypeOf<CreateAttendeeOutput>();
    expectTypeOf<SdkMeeting>().toMatchTypeOf<Meeting>();
    expectTypeOf<SdkAttendee>().toMatchTypeOf<Attendee>();
    joinActions(created);
    joinActions({} as BatchCreateAttendeeCommandOutput, { meeting: {} as CreateMeetingCommandOutput });
    joinAction({} as CreateMeetingCommandOutput, {} as CreateAttendeeCommandOutput);
    joinAction({} as SdkMeeting, {} as SdkAttendee, { namespace: 'chime' });
  });

  it('accept the legacy Amazon Chime namespace shapes', () => {
    expectTypeOf<LegacyChime.CreateMeetingWithAttendeesResponse>().toMatchTypeOf<CreateMeetingWithAttendeesOutput>();
    joinActions({} as LegacyChime.CreateMeetingWithAttendeesResponse, { namespace: 'chime' });
    joinAction({} as LegacyChime.Meeting, {} as LegacyChime.Attendee, { namespace: 'chime' });
  });

  it('return JoinChimeMeeting builders targetable on LEG-A only', () => {
    const { attendees, errors } = joinActions(created);
    expectTypeOf(attendees[0]!.action).toEqualTypeOf<JoinMeetingBuilder>();
    expectTypeOf(attendees[0]!.action.onLeg('LEG-A')).toEqualTypeOf<ActionBuilder<JoinChimeMeetingAction>>();
    expectTypeOf(errors[0]!.errorCode).toEqualTypeOf<string | undefined>();
    // @ts-expect-error JoinChimeMeeting runs on LEG-A only
    attendees[0]!.action.onLeg('LEG-B');
    // @ts-expect-error not a meeting output
    joinActions('output');
    // @ts-expect-error no such namespace
    joinActions(created, { namespace: 'chime-sdk' });
  });

  it('type the CreateMeetingWithAttendees request per namespace', () => {
    const request = createMeetingWithAttendeesRequest({
      MediaRegion: 'eu-west-2',
      ExternalMeetingId: 'pin-1',
      Attendees: [{ ExternalUserId: 'caller-1' }],
    });
    expectTypeOf(request).toEqualTypeOf<CreateMeetingWithAttendeesRequest>();
    expectTypeOf<CreateMeetingWithAttendeesRequest>().toMatchTypeOf<CreateMeetingWithAttendeesCommandInput>();
    expectTypeOf<LegacyCreateMeetingWithAttendeesRequest>().toMatchTypeOf<LegacyChime.CreateMeetingWithAttendeesRequest>();
    expectTypeOf(
      createMeetingWithAttendeesRequest({ Attendees: [{ ExternalUserId: 'caller-1' }] }, { namespace: 'chime' }),
    ).toEqualTypeOf<LegacyCreateMeetingWithAttendeesRequest>();
    // @ts-expect-error not a media Region
    createMeetingWithAttendeesRequest({ MediaRegion: 'mars-1', ExternalMeetingId: 'pin-1', Attendees: [] });
    // @ts-expect-error Attendees and ExternalMeetingId are required in the Chime SDK Meetings namespace
    createMeetingWithAttendeesRequest({ MediaRegion: 'us-east-1' });
    // @ts-expect-error no GovCloud media Region in the legacy namespace
    createMeetingWithAttendeesRequest({ MediaRegion: 'us-gov-east-1' }, { namespace: 'chime' });
    // @ts-expect-error the legacy namespace has no attendee capabilities
    createMeetingWithAttendeesRequest(
      { Attendees: [{ ExternalUserId: 'c', Capabilities: { Audio: 'None', Video: 'None', Content: 'None' } }] },
      { namespace: 'chime' },
    );
    createMeetingWithAttendeesRequest({
      MediaRegion: 'us-east-1',
      ExternalMeetingId: 'p',
      // @ts-expect-error a capability is one of four values
      Attendees: [{ ExternalUserId: 'c', Capabilities: { Audio: 'All', Video: 'None', Content: 'None' } }],
    });
  });
});
