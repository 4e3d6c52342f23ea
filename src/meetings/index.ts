/**
 * `chime-sma-kit/meetings`: from the meeting APIs to JoinChimeMeeting. Types structurally
 * compatible with the outputs of `CreateMeeting`, `CreateAttendee`, `BatchCreateAttendee` and
 * `CreateMeetingWithAttendees` (Amazon Chime SDK Meetings and legacy Amazon Chime namespaces),
 * `joinActions()` / `joinAction()` to turn them into JoinChimeMeeting builders, and checks of a
 * `CreateMeetingWithAttendees` request. No dependency on the AWS SDK.
 * @packageDocumentation
 */
export type {
  MeetingNamespace,
  MediaCapability,
  AttendeeCapabilities,
  MediaPlacement,
  MeetingFeaturesConfiguration,
  MeetingAudioFeatures,
  MeetingVideoFeatures,
  MeetingContentFeatures,
  MeetingAttendeeFeatures,
  Meeting,
  Attendee,
  CreateAttendeeError,
  CreateMeetingOutput,
  CreateAttendeeOutput,
  BatchCreateAttendeeOutput,
  CreateMeetingWithAttendeesOutput,
} from './types.js';
export {
  joinActions,
  joinAction,
  type JoinMeetingBuilder,
  type JoinActionsOptions,
  type MeetingJoinAction,
  type MeetingAttendeeError,
  type JoinActionsResult,
} from './join.js';
export {
  MEDIA_REGIONS,
  LEGACY_MEDIA_REGIONS,
  createMeetingWithAttendeesRequest,
  validateCreateMeetingWithAttendeesRequest,
  type MediaRegion,
  type LegacyMediaRegion,
  type MeetingTag,
  type NotificationsConfiguration,
  type CreateAttendeeRequestItem,
  type CreateMeetingWithAttendeesRequest,
  type LegacyCreateAttendeeRequestItem,
  type LegacyCreateMeetingWithAttendeesRequest,
  type MeetingRequestOptions,
} from './request.js';
export { SmaValidationError, type ValidationIssue, type ValidationResult } from '../validation/index.js';
