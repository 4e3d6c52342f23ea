import type { ChimeEventBridgeEvent } from './envelope.js';
import {
  MEDIA_INSIGHTS_RULES_MATCHED,
  MEDIA_INSIGHTS_STATE_CHANGE,
  type MediaInsightsEventDetail,
  type MediaInsightsEventType,
  type MediaInsightsRulesMatchedDetail,
  mediaInsightsRulesMatchedSpec,
  mediaInsightsStateChangeSpec,
} from './media-insights.js';
import {
  MEDIA_PIPELINE_STATE_CHANGE,
  type MediaPipelineEventDetail,
  type MediaPipelineEventType,
  mediaPipelineSpec,
} from './media-pipeline.js';
import { MEETING_STATE_CHANGE, type MeetingEventDetail, type MeetingEventType, meetingStateChangeSpec } from './meeting.js';
import {
  CHANNEL_FLOW_PROCESSING_STATUS,
  type ChannelFlowEventDetail,
  type ChannelFlowEventType,
  UNDOCUMENTED_CHIME_DETAIL_TYPES,
  type UndocumentedChimeDetail,
  type UndocumentedChimeDetailType,
  channelFlowSpec,
  undocumentedSpec,
} from './other.js';
import type { DetailTypeSpec } from './spec.js';
import {
  VOICE_CONNECTOR_STREAMING_STATUS,
  type VoiceConnectorStreamingDetail,
  type VoiceConnectorStreamingStatus,
  voiceConnectorStreamingSpec,
} from './voice-connector.js';

/**
 * The `detail` of each Chime `detail-type` this package recognises.
 * @category EventBridge
 */
export type ChimeDetailMap = {
  /** Voice Connector media streaming to Kinesis Video Streams. */
  'Chime VoiceConnector Streaming Status': VoiceConnectorStreamingDetail;
  /** Meetings: lifecycle, attendees, content share, transcription. */
  'Chime Meeting State Change': MeetingEventDetail;
  /** Media capture and media stream pipelines. */
  'Chime Media Pipeline State Change': MediaPipelineEventDetail;
  /** Call analytics pipeline status. */
  'Media Insights State Change': MediaInsightsEventDetail;
  /** Call analytics real-time alerts. */
  'Media Insights Rules Matched': MediaInsightsRulesMatchedDetail;
  /** Messaging channel flow processor failures. */
  'Chime ChannelFlow Processing Status': ChannelFlowEventDetail;
} & { [T in UndocumentedChimeDetailType]: UndocumentedChimeDetail };

/**
 * Every Chime `detail-type` this package recognises: the 13 of the EventBridge events
 * reference (the undocumented ones typed loosely).
 * @category EventBridge
 */
export type ChimeDetailType = keyof ChimeDetailMap;

/**
 * A parsed Chime EventBridge event whose `detail-type` is `T` (any of them by default): a
 * union discriminated on `detail-type`, whose `detail` is itself discriminated on its status or
 * event type.
 * @category EventBridge
 */
export type ChimeEvent<T extends ChimeDetailType = ChimeDetailType> = { [K in T]: ChimeEventBridgeEvent<K, ChimeDetailMap[K]> }[T];

/**
 * The members of {@link ChimeEvent} whose `detail-type` is `T`: the same events as
 * `ChimeEvent<T>`, in the form a type guard on a `ChimeEvent` narrows to (what
 * {@link isChimeEvent} narrows to).
 * @category EventBridge
 */
export type ChimeEventOf<T extends ChimeDetailType> = Extract<ChimeEvent, ChimeEvent<T>>;

/**
 * A Voice Connector streaming event with status `S` (any status by default).
 * @category EventBridge
 */
export type VoiceConnectorStreamingEvent<S extends VoiceConnectorStreamingStatus = VoiceConnectorStreamingStatus> = ChimeEventBridgeEvent<
  typeof VOICE_CONNECTOR_STREAMING_STATUS,
  VoiceConnectorStreamingDetail<S>
>;

/**
 * A meeting event of type `E` (any meeting event by default).
 * @category EventBridge
 */
export type MeetingStateChangeEvent<E extends MeetingEventType = MeetingEventType> = ChimeEventBridgeEvent<
  typeof MEETING_STATE_CHANGE,
  MeetingEventDetail<E>
>;

/**
 * A media pipeline event of type `E` (any by default).
 * @category EventBridge
 */
export type MediaPipelineStateChangeEvent<E extends MediaPipelineEventType = MediaPipelineEventType> = ChimeEventBridgeEvent<
  typeof MEDIA_PIPELINE_STATE_CHANGE,
  MediaPipelineEventDetail<E>
>;

/**
 * A media insights status event of type `E` (any by default).
 * @category EventBridge
 */
export type MediaInsightsStateChangeEvent<E extends MediaInsightsEventType = MediaInsightsEventType> = ChimeEventBridgeEvent<
  typeof MEDIA_INSIGHTS_STATE_CHANGE,
  MediaInsightsEventDetail<E>
>;

/**
 * A media insights real-time alert.
 * @category EventBridge
 */
export type MediaInsightsRulesMatchedEvent = ChimeEventBridgeEvent<typeof MEDIA_INSIGHTS_RULES_MATCHED, MediaInsightsRulesMatchedDetail>;

/**
 * A channel flow event of type `E`.
 * @category EventBridge
 */
export type ChannelFlowProcessingStatusEvent<E extends ChannelFlowEventType = ChannelFlowEventType> = ChimeEventBridgeEvent<
  typeof CHANNEL_FLOW_PROCESSING_STATUS,
  ChannelFlowEventDetail<E>
>;

/** The rules of each recognised detail-type. */
export const detailTypeSpecs: ReadonlyMap<string, DetailTypeSpec> = new Map<ChimeDetailType, DetailTypeSpec>([
  [VOICE_CONNECTOR_STREAMING_STATUS, voiceConnectorStreamingSpec],
  [MEETING_STATE_CHANGE, meetingStateChangeSpec],
  [MEDIA_PIPELINE_STATE_CHANGE, mediaPipelineSpec],
  [MEDIA_INSIGHTS_STATE_CHANGE, mediaInsightsStateChangeSpec],
  [MEDIA_INSIGHTS_RULES_MATCHED, mediaInsightsRulesMatchedSpec],
  [CHANNEL_FLOW_PROCESSING_STATUS, channelFlowSpec],
  ...UNDOCUMENTED_CHIME_DETAIL_TYPES.map((type) => [type, undocumentedSpec] as const),
]);

/**
 * Every recognised Chime `detail-type`.
 * @category EventBridge
 */
export const CHIME_DETAIL_TYPES = [...detailTypeSpecs.keys()] as readonly ChimeDetailType[];

/**
 * `true` when `value` is a recognised Chime `detail-type`.
 * @category EventBridge
 */
export function isChimeDetailType(value: unknown): value is ChimeDetailType {
  return typeof value === 'string' && detailTypeSpecs.has(value);
}
