import { type FieldRule, type FieldRules, presentRule } from '../validation/index.js';
import { type DetailRules, type DetailTypeSpec, discriminated, literal, optionalString, requiredNumber, requiredString } from './spec.js';

/**
 * The `detail-type` of media capture and media stream pipeline events.
 * @category EventBridge
 */
export const MEDIA_PIPELINE_STATE_CHANGE = 'Chime Media Pipeline State Change';

/**
 * Media pipeline event types of media capture pipelines.
 * - `chime:MediaPipelineInProgress`: the pipeline was created / started capturing.
 * - `chime:MediaPipelineDeleted`: it was deleted (after it stopped successfully).
 * - `chime:MediaPipelineTemporaryFailure`, `chime:MediaPipelinePermanentFailure`: it failed.
 * - `chime:MediaPipelineResumed`: it resumed after a temporary failure (2023 docs only).
 * @category EventBridge
 */
export type MediaPipelineLifecycleEventType =
  | 'chime:MediaPipelineInProgress'
  | 'chime:MediaPipelineDeleted'
  | 'chime:MediaPipelineTemporaryFailure'
  | 'chime:MediaPipelineResumed'
  | 'chime:MediaPipelinePermanentFailure';

/**
 * Media stream pipeline event types (streaming meeting audio to Kinesis Video Streams).
 * @category EventBridge
 */
export type MediaPipelineKinesisVideoStreamEventType =
  | 'chime:MediaPipelineKinesisVideoStreamStart'
  | 'chime:MediaPipelineKinesisVideoStreamEnd';

/**
 * Every `detail.eventType` of `Chime Media Pipeline State Change`.
 * @category EventBridge
 */
export type MediaPipelineEventType = MediaPipelineLifecycleEventType | MediaPipelineKinesisVideoStreamEventType;

/**
 * Fields every media pipeline event carries.
 * @typeParam E - the event type.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/media-pipe-events.html
 */
export interface MediaPipelineBaseDetail<E extends MediaPipelineEventType> {
  /**
   * What happened; discriminates the detail.
   *
   * Allowed values: the {@link MediaPipelineEventType} values.
   */
  eventType: E;
  /** When it happened, in epoch milliseconds. */
  timestamp: number;
  /** The ID of the meeting the pipeline captures. */
  meetingId: string;
  /** The meeting's `ExternalMeetingId`. */
  externalMeetingId: string;
  /** The media pipeline's ID. */
  mediaPipelineId: string;
  /** The meeting's media Region. */
  mediaRegion: string;
}

/**
 * `detail` of a media capture pipeline event.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/media-pipe-events.html
 */
export interface MediaPipelineLifecycleDetail<E extends MediaPipelineLifecycleEventType = MediaPipelineLifecycleEventType>
  extends MediaPipelineBaseDetail<E> {
  /**
   * The version of the detail.
   *
   * Allowed values: `"0"` in every documented example.
   */
  version: string;
}

/**
 * `detail` of `chime:MediaPipelineKinesisVideoStreamStart`. The documented examples have no
 * `version`.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/stream-pipe-events.html
 */
export interface MediaPipelineKinesisVideoStreamStartDetail<
  E extends MediaPipelineKinesisVideoStreamEventType = 'chime:MediaPipelineKinesisVideoStreamStart',
> extends MediaPipelineBaseDetail<E> {
  /** The version of the detail, when given (absent from the documented examples). */
  version?: string;
  /** The streamed attendee's ID; empty for mixed audio. */
  attendeeId: string;
  /** The streamed attendee's `ExternalUserId`; empty for mixed audio. */
  externalUserId: string;
  /** The ARN of the Kinesis video stream. */
  kinesisVideoStreamArn: string;
  /** The fragment number where streaming started. */
  startFragmentNumber: string;
  /** When streaming started (ISO-8601). */
  startTime: string;
}

/**
 * `detail` of `chime:MediaPipelineKinesisVideoStreamEnd`: the start fields plus the end.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/stream-pipe-events.html
 */
export interface MediaPipelineKinesisVideoStreamEndDetail
  extends MediaPipelineKinesisVideoStreamStartDetail<'chime:MediaPipelineKinesisVideoStreamEnd'> {
  /** When streaming ended (ISO-8601). */
  endTime: string;
  /** The fragment number where streaming ended. */
  endFragmentNumber: string;
}

/**
 * The `detail` of each media pipeline event type.
 * @category EventBridge
 */
export type MediaPipelineEventDetailMap = { [E in MediaPipelineLifecycleEventType]: MediaPipelineLifecycleDetail<E> } & {
  /** A media stream pipeline started streaming to Kinesis Video Streams. */
  'chime:MediaPipelineKinesisVideoStreamStart': MediaPipelineKinesisVideoStreamStartDetail;
  /** A media stream pipeline stopped streaming to Kinesis Video Streams. */
  'chime:MediaPipelineKinesisVideoStreamEnd': MediaPipelineKinesisVideoStreamEndDetail;
};

/**
 * The `detail` of a media pipeline event of type `E` (all of them by default), discriminated
 * on `eventType`.
 * @category EventBridge
 */
export type MediaPipelineEventDetail<E extends MediaPipelineEventType = MediaPipelineEventType> = {
  [K in E]: MediaPipelineEventDetailMap[K];
}[E];

const base = {
  timestamp: requiredNumber,
  meetingId: requiredString,
  externalMeetingId: requiredString,
  mediaPipelineId: requiredString,
  mediaRegion: requiredString,
};

function lifecycle(eventType: MediaPipelineLifecycleEventType): FieldRules<MediaPipelineLifecycleDetail> {
  return { ...base, eventType: literal(eventType), version: requiredString };
}

const MIXED_AUDIO = 'the event reports a stream (it is an empty string for mixed audio)';
const mixedAudioIds = {
  attendeeId: presentRule('attendeeId', optionalString, MIXED_AUDIO),
  externalUserId: presentRule('externalUserId', optionalString, MIXED_AUDIO),
};

type StreamRules<D> = FieldRules<Omit<D, 'attendeeId' | 'externalUserId'>> & { attendeeId: FieldRule; externalUserId: FieldRule };

const streamStart: StreamRules<MediaPipelineKinesisVideoStreamStartDetail> = {
  ...base,
  ...mixedAudioIds,
  eventType: literal('chime:MediaPipelineKinesisVideoStreamStart'),
  version: optionalString,
  kinesisVideoStreamArn: requiredString,
  startFragmentNumber: requiredString,
  startTime: requiredString,
};

const streamEnd: StreamRules<MediaPipelineKinesisVideoStreamEndDetail> = {
  ...streamStart,
  eventType: literal('chime:MediaPipelineKinesisVideoStreamEnd'),
  endTime: requiredString,
  endFragmentNumber: requiredString,
};

const variants: { [E in MediaPipelineEventType]: DetailRules } = {
  'chime:MediaPipelineInProgress': lifecycle('chime:MediaPipelineInProgress'),
  'chime:MediaPipelineDeleted': lifecycle('chime:MediaPipelineDeleted'),
  'chime:MediaPipelineTemporaryFailure': lifecycle('chime:MediaPipelineTemporaryFailure'),
  'chime:MediaPipelineResumed': lifecycle('chime:MediaPipelineResumed'),
  'chime:MediaPipelinePermanentFailure': lifecycle('chime:MediaPipelinePermanentFailure'),
  'chime:MediaPipelineKinesisVideoStreamStart': streamStart,
  'chime:MediaPipelineKinesisVideoStreamEnd': streamEnd,
};

/**
 * Every {@link MediaPipelineEventType}, in the docs' order.
 * @category EventBridge
 */
export const MEDIA_PIPELINE_EVENT_TYPES = Object.keys(variants) as readonly MediaPipelineEventType[];

/** The rules of `Chime Media Pipeline State Change` details. */
export const mediaPipelineSpec: DetailTypeSpec = discriminated('eventType', variants);
