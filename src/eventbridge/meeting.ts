import { type FieldRules, type StringRule, describeValue, isRecord } from '../validation/index.js';
import { type DetailRules, type DetailTypeSpec, discriminated, literal, optionalString, requiredNumber, requiredString } from './spec.js';

/**
 * The `detail-type` of meeting events (attendees, content share, transcription).
 * @category EventBridge
 */
export const MEETING_STATE_CHANGE = 'Chime Meeting State Change';

/**
 * The `detail-type` that the 2021 copy of the transcription-events page showed; the parser
 * reads such events as {@link MEETING_STATE_CHANGE}.
 */
export const LEGACY_MEETING_STATE_CHANGE = 'Meeting State Change';

/**
 * The meeting lifecycle event types.
 * @category EventBridge
 */
export type MeetingLifecycleEventType = 'chime:MeetingStarted' | 'chime:MeetingEnded';

/**
 * Attendee event types whose detail has no network type.
 * @category EventBridge
 */
export type AttendeeEventType =
  | 'chime:AttendeeAdded'
  | 'chime:AttendeeDeleted'
  | 'chime:AttendeeAuthorized'
  | 'chime:AttendeeVideoStarted'
  | 'chime:AttendeeVideoStopped'
  | 'chime:AttendeeContentVideoStarted'
  | 'chime:AttendeeContentVideoStopped';

/**
 * Attendee event types whose detail always carries `networkType`.
 * @category EventBridge
 */
export type AttendeeNetworkEventType =
  | 'chime:AttendeeJoined'
  | 'chime:AttendeeLeft'
  | 'chime:AttendeeDropped'
  | 'chime:AttendeeContentDropped';

/**
 * Content-share event types whose detail carries `networkType` in some documented examples and
 * not in others (the screen-share ones).
 * @category EventBridge
 */
export type AttendeeContentEventType = 'chime:AttendeeContentJoined' | 'chime:AttendeeContentLeft';

/**
 * Meeting transcription event types without a message.
 * @category EventBridge
 */
export type TranscriptionEventType = 'chime:TranscriptionStarted' | 'chime:TranscriptionStopped' | 'chime:TranscriptionResumed';

/**
 * Meeting transcription event types that carry a `message`.
 * @category EventBridge
 */
export type TranscriptionFailureEventType = 'chime:TranscriptionInterrupted' | 'chime:TranscriptionFailed';

/**
 * Every `detail.eventType` of `Chime Meeting State Change`.
 * @category EventBridge
 */
export type MeetingEventType =
  | MeetingLifecycleEventType
  | AttendeeEventType
  | AttendeeNetworkEventType
  | AttendeeContentEventType
  | 'chime:AttendeeCapabilitiesUpdated'
  | TranscriptionEventType
  | TranscriptionFailureEventType;

/**
 * The network an attendee connects with.
 *
 * Allowed values: `"Voip"` is the only documented value; others are accepted.
 * @category EventBridge
 */
export type MeetingNetworkType = 'Voip' | (string & {});

/**
 * Fields every meeting event carries.
 * @typeParam E - the event type.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-events.html
 */
export interface MeetingEventBaseDetail<E extends MeetingEventType> {
  /**
   * What happened; discriminates the detail.
   *
   * Allowed values: the {@link MeetingEventType} values.
   */
  eventType: E;
  /**
   * The version of the detail.
   *
   * Allowed values: `"0"` in every documented example.
   */
  version: string;
  /** When it happened: a number (the unit is undocumented; pipeline events use epoch milliseconds). */
  timestamp: number;
  /** The meeting's ID (a GUID). */
  meetingId: string;
  /**
   * The `ExternalMeetingId` given when the meeting was created. The newer docs show it on every
   * meeting event; the 2023 attendee examples omit it.
   */
  externalMeetingId?: string;
  /** The meeting's media Region, such as `"us-east-1"`. */
  mediaRegion: string;
}

/**
 * `detail` of `chime:MeetingStarted` and `chime:MeetingEnded` (the latter is also sent on
 * `DeleteMeeting`).
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-events.html
 */
export interface MeetingLifecycleDetail<E extends MeetingLifecycleEventType = MeetingLifecycleEventType> extends MeetingEventBaseDetail<E> {
  /** The `ExternalMeetingId` given when the meeting was created. */
  externalMeetingId: string;
}

/**
 * `detail` of an attendee event without network type (added, deleted, authorized, video and
 * content-video started/stopped).
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-events.html
 */
export interface AttendeeEventDetail<E extends AttendeeEventType = AttendeeEventType> extends MeetingEventBaseDetail<E> {
  /** The attendee's ID. */
  attendeeId: string;
  /** The attendee's `ExternalUserId`. */
  externalUserId: string;
}

/**
 * `detail` of joined/left/dropped and content-dropped events: the attendee fields plus the
 * network type.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-events.html
 */
export interface AttendeeNetworkEventDetail<E extends AttendeeNetworkEventType = AttendeeNetworkEventType>
  extends MeetingEventBaseDetail<E> {
  /** The attendee's ID. */
  attendeeId: string;
  /** The attendee's `ExternalUserId`. */
  externalUserId: string;
  /** The network the attendee connects with (`"Voip"`). */
  networkType: MeetingNetworkType;
}

/**
 * `detail` of content-share joined/left events. The 2023 docs also use them for "attendee
 * starts/stops sharing screen", in examples without `networkType`.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-events.html
 */
export interface AttendeeContentEventDetail<E extends AttendeeContentEventType = AttendeeContentEventType>
  extends MeetingEventBaseDetail<E> {
  /** The attendee's ID (of the content share). */
  attendeeId: string;
  /** The attendee's `ExternalUserId`. */
  externalUserId: string;
  /** The network the content share connects with (`"Voip"`), when given. */
  networkType?: MeetingNetworkType;
}

/**
 * One media capability of an attendee.
 *
 * Allowed values: `"SendReceive"`, `"Send"`, `"Receive"`, `"None"`.
 * @category EventBridge
 */
export type AttendeeMediaCapability = 'SendReceive' | 'Send' | 'Receive' | 'None';

/**
 * An attendee's capabilities as the capabilities event reports them (lower-case keys).
 * @category EventBridge
 */
export interface AttendeeCapabilitiesDetail {
  /** The audio capability. */
  audio: AttendeeMediaCapability;
  /** The video capability. */
  video: AttendeeMediaCapability;
  /** The content-share capability. */
  content: AttendeeMediaCapability;
}

/**
 * `detail` of `chime:AttendeeCapabilitiesUpdated` (newer docs only).
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-events.html
 */
export interface AttendeeCapabilitiesUpdatedDetail extends MeetingEventBaseDetail<'chime:AttendeeCapabilitiesUpdated'> {
  /** The attendee's ID. */
  attendeeId: string;
  /** The attendee's `ExternalUserId`. */
  externalUserId: string;
  /**
   * Whether the update succeeded, as a string.
   *
   * Allowed values: `"1"` (success), `"0"` (failure).
   */
  success: '1' | '0';
  /** The attendee's capabilities after the update. */
  attendeeCapabilities: AttendeeCapabilitiesDetail;
}

/**
 * The transcription configuration a transcription event reports. The docs show only the
 * placeholder string `"{...}"` (linked to the `TranscriptionConfiguration` API shape), so a string
 * or an object is accepted.
 * @category EventBridge
 */
export type TranscriptionConfigurationValue = string | { [key: string]: unknown };

/**
 * `detail` of transcription started/stopped/resumed events. `mediaRegion` and
 * `externalMeetingId` are optional: the 2021 example has neither.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transcription-events.html
 */
export interface TranscriptionEventDetail<E extends TranscriptionEventType | TranscriptionFailureEventType = TranscriptionEventType>
  extends Omit<MeetingEventBaseDetail<E>, 'mediaRegion'> {
  /** The meeting's media Region, when given. */
  mediaRegion?: string;
  /** The Region of Amazon Transcribe or Transcribe Medical that transcribes the meeting. */
  transcriptionRegion: string;
  /** The transcription configuration (see {@link TranscriptionConfigurationValue}). */
  transcriptionConfiguration: TranscriptionConfigurationValue;
}

/**
 * `detail` of `chime:TranscriptionInterrupted` and `chime:TranscriptionFailed`: the other
 * transcription fields plus a message.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/transcription-events.html
 */
export interface TranscriptionFailureEventDetail<E extends TranscriptionFailureEventType = TranscriptionFailureEventType>
  extends TranscriptionEventDetail<E> {
  /** What went wrong, such as `"Internal server error"`. */
  message: string;
}

/**
 * The `detail` of each meeting event type.
 * @category EventBridge
 */
export type MeetingEventDetailMap = { [E in MeetingLifecycleEventType]: MeetingLifecycleDetail<E> } & {
  [E in AttendeeEventType]: AttendeeEventDetail<E>;
} & { [E in AttendeeNetworkEventType]: AttendeeNetworkEventDetail<E> } & {
  [E in AttendeeContentEventType]: AttendeeContentEventDetail<E>;
} & {
  /** An attendee's capabilities were updated. */
  'chime:AttendeeCapabilitiesUpdated': AttendeeCapabilitiesUpdatedDetail;
} & { [E in TranscriptionEventType]: TranscriptionEventDetail<E> } & {
  [E in TranscriptionFailureEventType]: TranscriptionFailureEventDetail<E>;
};

/**
 * The `detail` of a meeting event of type `E` (all of them by default), discriminated on
 * `eventType`.
 * @category EventBridge
 */
export type MeetingEventDetail<E extends MeetingEventType = MeetingEventType> = { [K in E]: MeetingEventDetailMap[K] }[E];

const common = {
  version: requiredString,
  timestamp: requiredNumber,
  meetingId: requiredString,
  externalMeetingId: optionalString,
  mediaRegion: requiredString,
};
const attendee = { attendeeId: requiredString, externalUserId: requiredString };
const networkType: StringRule<MeetingNetworkType> = { type: 'string' };
const capability: StringRule<AttendeeMediaCapability> & { required: true } = {
  type: 'string',
  required: true,
  enum: ['SendReceive', 'Send', 'Receive', 'None'],
};

function lifecycle(eventType: MeetingLifecycleEventType): FieldRules<MeetingLifecycleDetail> {
  return { ...common, eventType: literal(eventType), externalMeetingId: requiredString };
}
function attendeeEvent(eventType: AttendeeEventType): FieldRules<AttendeeEventDetail> {
  return { ...common, ...attendee, eventType: literal(eventType) };
}
function networkEvent(eventType: AttendeeNetworkEventType): FieldRules<AttendeeNetworkEventDetail> {
  return { ...common, ...attendee, eventType: literal(eventType), networkType: { ...networkType, required: true } };
}
function contentEvent(eventType: AttendeeContentEventType): FieldRules<AttendeeContentEventDetail> {
  return { ...common, ...attendee, eventType: literal(eventType), networkType };
}
/** `transcriptionConfiguration` (a string or an object) is checked by the spec's `refine`. */
type TranscriptionRules<D> = FieldRules<Omit<D, 'transcriptionConfiguration'>>;
function transcription(eventType: TranscriptionEventType): TranscriptionRules<TranscriptionEventDetail> {
  return { ...common, eventType: literal(eventType), mediaRegion: optionalString, transcriptionRegion: requiredString };
}
function transcriptionFailure(eventType: TranscriptionFailureEventType): TranscriptionRules<TranscriptionFailureEventDetail> {
  return {
    ...common,
    eventType: literal(eventType),
    mediaRegion: optionalString,
    transcriptionRegion: requiredString,
    message: requiredString,
  };
}

const capabilitiesUpdated: FieldRules<AttendeeCapabilitiesUpdatedDetail> = {
  ...common,
  ...attendee,
  eventType: literal('chime:AttendeeCapabilitiesUpdated'),
  success: { type: 'string', required: true, enum: ['1', '0'] },
  attendeeCapabilities: { type: 'object', required: true, fields: { audio: capability, video: capability, content: capability } },
};

const variants: { [E in MeetingEventType]: DetailRules } = {
  'chime:MeetingStarted': lifecycle('chime:MeetingStarted'),
  'chime:MeetingEnded': lifecycle('chime:MeetingEnded'),
  'chime:AttendeeAdded': attendeeEvent('chime:AttendeeAdded'),
  'chime:AttendeeDeleted': attendeeEvent('chime:AttendeeDeleted'),
  'chime:AttendeeAuthorized': attendeeEvent('chime:AttendeeAuthorized'),
  'chime:AttendeeJoined': networkEvent('chime:AttendeeJoined'),
  'chime:AttendeeLeft': networkEvent('chime:AttendeeLeft'),
  'chime:AttendeeDropped': networkEvent('chime:AttendeeDropped'),
  'chime:AttendeeVideoStarted': attendeeEvent('chime:AttendeeVideoStarted'),
  'chime:AttendeeVideoStopped': attendeeEvent('chime:AttendeeVideoStopped'),
  'chime:AttendeeContentJoined': contentEvent('chime:AttendeeContentJoined'),
  'chime:AttendeeContentLeft': contentEvent('chime:AttendeeContentLeft'),
  'chime:AttendeeContentDropped': networkEvent('chime:AttendeeContentDropped'),
  'chime:AttendeeContentVideoStarted': attendeeEvent('chime:AttendeeContentVideoStarted'),
  'chime:AttendeeContentVideoStopped': attendeeEvent('chime:AttendeeContentVideoStopped'),
  'chime:AttendeeCapabilitiesUpdated': capabilitiesUpdated,
  'chime:TranscriptionStarted': transcription('chime:TranscriptionStarted'),
  'chime:TranscriptionStopped': transcription('chime:TranscriptionStopped'),
  'chime:TranscriptionInterrupted': transcriptionFailure('chime:TranscriptionInterrupted'),
  'chime:TranscriptionResumed': transcription('chime:TranscriptionResumed'),
  'chime:TranscriptionFailed': transcriptionFailure('chime:TranscriptionFailed'),
};

/**
 * Every {@link MeetingEventType}, in the docs' order.
 * @category EventBridge
 */
export const MEETING_EVENT_TYPES = Object.keys(variants) as readonly MeetingEventType[];

/** The legacy detail keys of the 2021 transcription example and their canonical names. */
const LEGACY_KEYS: readonly (readonly [legacy: string, canonical: string])[] = [
  ['eventTime', 'timestamp'],
  ['transcriptionConfig', 'transcriptionConfiguration'],
];

/** The rules of `Chime Meeting State Change` details. */
export const meetingStateChangeSpec: DetailTypeSpec = {
  ...discriminated('eventType', variants),
  refine(detail, report) {
    const { eventType } = detail;
    if (typeof eventType !== 'string' || !eventType.startsWith('chime:Transcription')) return;
    const value = detail['transcriptionConfiguration'];
    if (value === undefined || value === '') report('transcriptionConfiguration', 'required', 'is required (a string or an object)');
    else if (typeof value !== 'string' && !isRecord(value))
      report('transcriptionConfiguration', 'type', `must be a string or an object, got ${describeValue(value)}`);
  },
  normalise(detail) {
    for (const [legacy, canonical] of LEGACY_KEYS) {
      if (Object.prototype.hasOwnProperty.call(detail, legacy) && !Object.prototype.hasOwnProperty.call(detail, canonical)) {
        detail[canonical] = detail[legacy];
        delete detail[legacy];
      }
    }
  },
};
