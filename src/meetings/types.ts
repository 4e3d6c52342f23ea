/**
 * The API namespace a meeting was created in. The two namespaces return the same output shapes,
 * so the caller says which one it used:
 * - `'chime-sdk-meetings'`: Amazon Chime SDK Meetings (`@aws-sdk/client-chime-sdk-meetings`,
 *   endpoint `meetings-chime.<region>.amazonaws.com`); JoinChimeMeeting needs its `MeetingId`.
 * - `'chime'`: the legacy Amazon Chime namespace (`chime.create_meeting_with_attendees`,
 *   `@aws-sdk/client-chime` before 3.901.0); JoinChimeMeeting does not need a `MeetingId`.
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/meeting-namespace-migration.html
 */
export type MeetingNamespace = 'chime-sdk-meetings' | 'chime';

/**
 * Words for a namespace, for messages and docs.
 * @internal
 */
export const NAMESPACE_NAMES: { readonly [N in MeetingNamespace]: string } = {
  'chime-sdk-meetings': 'Amazon Chime SDK Meetings namespace',
  chime: 'legacy Amazon Chime namespace',
};

/**
 * What an attendee may do with one kind of media.
 *
 * Allowed values: `"SendReceive"`, `"Send"`, `"Receive"`, `"None"`.
 * @category Meetings
 */
export type MediaCapability = 'SendReceive' | 'Send' | 'Receive' | 'None';

/**
 * An attendee's media capabilities (Amazon Chime SDK Meetings namespace only). `Content`
 * `SendReceive` or `Receive` needs `Video` `SendReceive` or `Receive`.
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_AttendeeCapabilities.html
 */
export interface AttendeeCapabilities {
  /** The audio capability. */
  Audio: MediaCapability | undefined;
  /** The video capability. */
  Video: MediaCapability | undefined;
  /** The content-share capability. */
  Content: MediaCapability | undefined;
}

/**
 * The URLs of a meeting's media services (the same eight in both namespaces; the Turn and Screen
 * URLs are deprecated).
 * @category Meetings
 */
export interface MediaPlacement {
  /** The audio host URL. */
  AudioHostUrl?: string | undefined;
  /** The audio fallback URL. */
  AudioFallbackUrl?: string | undefined;
  /** The signaling URL. */
  SignalingUrl?: string | undefined;
  /** The TURN control URL (deprecated). */
  TurnControlUrl?: string | undefined;
  /** The screen data URL (deprecated). */
  ScreenDataUrl?: string | undefined;
  /** The screen viewing URL (deprecated). */
  ScreenViewingUrl?: string | undefined;
  /** The screen sharing URL (deprecated). */
  ScreenSharingUrl?: string | undefined;
  /** The event ingestion URL (absent from the 2020 legacy shape). */
  EventIngestionUrl?: string | undefined;
}

/**
 * A meeting's audio features (`MeetingFeaturesConfiguration` `Audio`).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_AudioFeatures.html
 */
export interface MeetingAudioFeatures {
  /**
   * Echo reduction.
   *
   * Allowed values: `"AVAILABLE"`, `"UNAVAILABLE"`.
   */
  EchoReduction?: 'AVAILABLE' | 'UNAVAILABLE' | undefined;
}

/**
 * A meeting's video features (`MeetingFeaturesConfiguration` `Video`).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_VideoFeatures.html
 */
export interface MeetingVideoFeatures {
  /**
   * The highest video resolution.
   *
   * Allowed values: `"None"`, `"HD"`, `"FHD"`.
   */
  MaxResolution?: 'None' | 'HD' | 'FHD' | undefined;
}

/**
 * A meeting's content-share features (`MeetingFeaturesConfiguration` `Content`).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_ContentFeatures.html
 */
export interface MeetingContentFeatures {
  /**
   * The highest content resolution.
   *
   * Allowed values: `"None"`, `"FHD"`, `"UHD"`.
   */
  MaxResolution?: 'None' | 'FHD' | 'UHD' | undefined;
}

/**
 * A meeting's attendee features (`MeetingFeaturesConfiguration` `Attendee`).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_AttendeeFeatures.html
 */
export interface MeetingAttendeeFeatures {
  /**
   * The most attendees.
   *
   * Allowed values: 1 to 250.
   */
  MaxCount?: number | undefined;
}

/**
 * A meeting's features (Amazon Chime SDK Meetings namespace only).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_MeetingFeaturesConfiguration.html
 */
export interface MeetingFeaturesConfiguration {
  /** Audio features. */
  Audio?: MeetingAudioFeatures | undefined;
  /** Video features. */
  Video?: MeetingVideoFeatures | undefined;
  /** Content-share features. */
  Content?: MeetingContentFeatures | undefined;
  /** Attendee features. */
  Attendee?: MeetingAttendeeFeatures | undefined;
}

/**
 * A meeting as `CreateMeeting` and `CreateMeetingWithAttendees` return it, in either namespace
 * (the legacy one has only `MeetingId`, `ExternalMeetingId`, `MediaPlacement` and `MediaRegion`).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_Meeting.html
 */
export interface Meeting {
  /** The meeting's ID (a GUID); JoinChimeMeeting's `MeetingId`. */
  MeetingId?: string | undefined;
  /** Reserved (Amazon Chime SDK Meetings namespace only). */
  MeetingHostId?: string | undefined;
  /** The external meeting ID given at creation. */
  ExternalMeetingId?: string | undefined;
  /** The media Region. */
  MediaRegion?: string | undefined;
  /** The media service URLs. */
  MediaPlacement?: MediaPlacement | undefined;
  /** The meeting's features (Amazon Chime SDK Meetings namespace only). */
  MeetingFeatures?: MeetingFeaturesConfiguration | undefined;
  /** The primary meeting's ID, for a replica meeting (Amazon Chime SDK Meetings namespace only). */
  PrimaryMeetingId?: string | undefined;
  /** Tenant IDs (Amazon Chime SDK Meetings namespace only). */
  TenantIds?: readonly string[] | undefined;
  /** The meeting's ARN (Amazon Chime SDK Meetings namespace only). */
  MeetingArn?: string | undefined;
}

/**
 * An attendee as `CreateAttendee`, `BatchCreateAttendee` and `CreateMeetingWithAttendees`
 * return it.
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_Attendee.html
 */
export interface Attendee {
  /** The external user ID given at creation (2 to 64 characters). */
  ExternalUserId?: string | undefined;
  /** The attendee's ID (a GUID). */
  AttendeeId?: string | undefined;
  /** The join token (a credential; JoinChimeMeeting's `JoinToken`). Never logged by this package. */
  JoinToken?: string | undefined;
  /** The attendee's capabilities (Amazon Chime SDK Meetings namespace only). */
  Capabilities?: AttendeeCapabilities | undefined;
}

/**
 * An attendee the service could not create, in a batch.
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_CreateAttendeeError.html
 */
export interface CreateAttendeeError {
  /** The external user ID of the attendee. */
  ExternalUserId?: string | undefined;
  /** The error code (values undocumented). */
  ErrorCode?: string | undefined;
  /** The error message. */
  ErrorMessage?: string | undefined;
}

/**
 * The output of `CreateMeeting`.
 * @category Meetings
 */
export interface CreateMeetingOutput {
  /** The new meeting. */
  Meeting?: Meeting | undefined;
}

/**
 * The output of `CreateAttendee`.
 * @category Meetings
 */
export interface CreateAttendeeOutput {
  /** The new attendee. */
  Attendee?: Attendee | undefined;
}

/**
 * The output of `BatchCreateAttendee`.
 * @category Meetings
 */
export interface BatchCreateAttendeeOutput {
  /** The attendees created. */
  Attendees?: readonly Attendee[] | undefined;
  /** The attendees that could not be created. */
  Errors?: readonly CreateAttendeeError[] | undefined;
}

/**
 * The output of `CreateMeetingWithAttendees`.
 * @category Meetings
 */
export interface CreateMeetingWithAttendeesOutput extends CreateMeetingOutput, BatchCreateAttendeeOutput {}
