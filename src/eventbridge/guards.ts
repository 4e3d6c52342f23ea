import { isRecord } from '../validation/index.js';
import type {
  ChannelFlowProcessingStatusEvent,
  ChimeDetailType,
  ChimeEvent,
  ChimeEventOf,
  MediaInsightsRulesMatchedEvent,
  MediaInsightsStateChangeEvent,
  MediaPipelineStateChangeEvent,
  MeetingStateChangeEvent,
  VoiceConnectorStreamingEvent,
} from './events.js';
import { MEDIA_INSIGHTS_RULES_MATCHED, MEDIA_INSIGHTS_STATE_CHANGE, type MediaInsightsEventType } from './media-insights.js';
import { MEDIA_PIPELINE_STATE_CHANGE, type MediaPipelineEventType } from './media-pipeline.js';
import { MEETING_STATE_CHANGE, type MeetingEventType } from './meeting.js';
import { CHANNEL_FLOW_PROCESSING_STATUS, type ChannelFlowEventType } from './other.js';
import { VOICE_CONNECTOR_STREAMING_STATUS, type VoiceConnectorStreamingStatus } from './voice-connector.js';

/** `true` when `event` has this `detail-type` and, if `kind` is given, `detail[key] === kind`. */
function matches(event: unknown, detailType: string, key: string | undefined, kind: string | undefined): boolean {
  if (!isRecord(event) || event['detail-type'] !== detailType) return false;
  if (kind === undefined || key === undefined) return true;
  const { detail } = event;
  return isRecord(detail) && Object.prototype.hasOwnProperty.call(detail, key) && detail[key] === kind;
}

/**
 * Narrows a parsed event to one `detail-type`.
 *
 * @example
 * ```ts
 * if (isChimeEvent(event, 'Chime Media Pipeline State Change')) console.log(event.detail.mediaPipelineId);
 * ```
 * @category EventBridge
 */
export function isChimeEvent<T extends ChimeDetailType>(event: ChimeEvent, detailType: T): event is ChimeEventOf<T> {
  return matches(event, detailType, undefined, undefined);
}

/**
 * Narrows a parsed event to a Voice Connector streaming event, and to one status when `status`
 * is given (`detail` then has exactly that status's fields).
 *
 * @example
 * ```ts
 * if (isVoiceConnectorStreamingEvent(event, 'ENDED')) console.log(event.detail.endTime);
 * ```
 * @category EventBridge
 */
export function isVoiceConnectorStreamingEvent<S extends VoiceConnectorStreamingStatus = VoiceConnectorStreamingStatus>(
  event: ChimeEvent,
  status?: S,
): event is VoiceConnectorStreamingEvent<S> {
  return matches(event, VOICE_CONNECTOR_STREAMING_STATUS, 'streamingStatus', status);
}

/**
 * Narrows a parsed event to a meeting event, and to one event type when `eventType` is given.
 *
 * @example
 * ```ts
 * if (isMeetingStateChangeEvent(event, 'chime:AttendeeJoined')) console.log(event.detail.externalUserId);
 * ```
 * @category EventBridge
 */
export function isMeetingStateChangeEvent<E extends MeetingEventType = MeetingEventType>(
  event: ChimeEvent,
  eventType?: E,
): event is MeetingStateChangeEvent<E> {
  return matches(event, MEETING_STATE_CHANGE, 'eventType', eventType);
}

/**
 * Narrows a parsed event to a media pipeline event, and to one event type when given.
 * @category EventBridge
 */
export function isMediaPipelineStateChangeEvent<E extends MediaPipelineEventType = MediaPipelineEventType>(
  event: ChimeEvent,
  eventType?: E,
): event is MediaPipelineStateChangeEvent<E> {
  return matches(event, MEDIA_PIPELINE_STATE_CHANGE, 'eventType', eventType);
}

/**
 * Narrows a parsed event to a media insights (call analytics) status event, and to one event
 * type when given.
 * @category EventBridge
 */
export function isMediaInsightsStateChangeEvent<E extends MediaInsightsEventType = MediaInsightsEventType>(
  event: ChimeEvent,
  eventType?: E,
): event is MediaInsightsStateChangeEvent<E> {
  return matches(event, MEDIA_INSIGHTS_STATE_CHANGE, 'eventType', eventType);
}

/**
 * Narrows a parsed event to a media insights real-time alert.
 * @category EventBridge
 */
export function isMediaInsightsRulesMatchedEvent(event: ChimeEvent): event is MediaInsightsRulesMatchedEvent {
  return matches(event, MEDIA_INSIGHTS_RULES_MATCHED, undefined, undefined);
}

/**
 * Narrows a parsed event to a messaging channel flow event, and to one event type when given.
 * @category EventBridge
 */
export function isChannelFlowProcessingStatusEvent<E extends ChannelFlowEventType = ChannelFlowEventType>(
  event: ChimeEvent,
  eventType?: E,
): event is ChannelFlowProcessingStatusEvent<E> {
  return matches(event, CHANNEL_FLOW_PROCESSING_STATUS, 'eventType', eventType);
}
