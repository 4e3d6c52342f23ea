/**
 * `chime-sma-kit/eventbridge`: types, a lenient parser and guards for the Amazon Chime events on
 * Amazon EventBridge (`source: "aws.chime"`): Voice Connector media streaming, meetings and
 * transcription, media pipelines, call analytics and messaging channel flows; and a typed
 * EventBridge rule pattern helper. SIP media applications send nothing to EventBridge.
 * @packageDocumentation
 */
export { CHIME_EVENT_SOURCE, type ChimeEventBridgeEvent } from './envelope.js';
export {
  type ChimeDetailMap,
  type ChimeDetailType,
  type ChimeEvent,
  type ChimeEventOf,
  type VoiceConnectorStreamingEvent,
  type MeetingStateChangeEvent,
  type MediaPipelineStateChangeEvent,
  type MediaInsightsStateChangeEvent,
  type MediaInsightsRulesMatchedEvent,
  type ChannelFlowProcessingStatusEvent,
  CHIME_DETAIL_TYPES,
  isChimeDetailType,
} from './events.js';
export {
  VOICE_CONNECTOR_STREAMING_STATUS,
  VOICE_CONNECTOR_STREAMING_STATUSES,
  type VoiceConnectorStreamingStatus,
  type StreamingCallDirection,
  type StreamingSdp,
  type VoiceConnectorStreamingBaseDetail,
  type VoiceConnectorStreamInfo,
  type VoiceConnectorStreamingStartedDetail,
  type VoiceConnectorStreamingEndedDetail,
  type VoiceConnectorStreamingUpdatedDetail,
  type VoiceConnectorStreamingFailedDetail,
  type VoiceConnectorStreamingDetailMap,
  type VoiceConnectorStreamingDetail,
} from './voice-connector.js';
export {
  MEETING_STATE_CHANGE,
  MEETING_EVENT_TYPES,
  type MeetingLifecycleEventType,
  type AttendeeEventType,
  type AttendeeNetworkEventType,
  type AttendeeContentEventType,
  type TranscriptionEventType,
  type TranscriptionFailureEventType,
  type MeetingEventType,
  type MeetingNetworkType,
  type MeetingEventBaseDetail,
  type MeetingLifecycleDetail,
  type AttendeeEventDetail,
  type AttendeeNetworkEventDetail,
  type AttendeeContentEventDetail,
  type AttendeeMediaCapability,
  type AttendeeCapabilitiesDetail,
  type AttendeeCapabilitiesUpdatedDetail,
  type TranscriptionConfigurationValue,
  type TranscriptionEventDetail,
  type TranscriptionFailureEventDetail,
  type MeetingEventDetailMap,
  type MeetingEventDetail,
} from './meeting.js';
export {
  MEDIA_PIPELINE_STATE_CHANGE,
  MEDIA_PIPELINE_EVENT_TYPES,
  type MediaPipelineLifecycleEventType,
  type MediaPipelineKinesisVideoStreamEventType,
  type MediaPipelineEventType,
  type MediaPipelineBaseDetail,
  type MediaPipelineLifecycleDetail,
  type MediaPipelineKinesisVideoStreamStartDetail,
  type MediaPipelineKinesisVideoStreamEndDetail,
  type MediaPipelineEventDetailMap,
  type MediaPipelineEventDetail,
} from './media-pipeline.js';
export {
  MEDIA_INSIGHTS_STATE_CHANGE,
  MEDIA_INSIGHTS_RULES_MATCHED,
  MEDIA_INSIGHTS_EVENT_TYPES,
  type MediaInsightsEventType,
  type MediaInsightsElementStatusValue,
  type MediaInsightsElementStatus,
  type MediaInsightsVoiceConnectorMetadata,
  type MediaInsightsBaseDetail,
  type MediaInsightsStatusDetail,
  type MediaInsightsCreatedDetail,
  type MediaInsightsCreateFailedDetail,
  type MediaInsightsEventDetailMap,
  type MediaInsightsEventDetail,
  type MediaInsightsRulesMatchedDetail,
} from './media-insights.js';
export {
  CHANNEL_FLOW_PROCESSING_STATUS,
  UNDOCUMENTED_CHIME_DETAIL_TYPES,
  type ChannelFlowEventType,
  type ChannelFlowProcessorInvocationFailureDetail,
  type ChannelFlowEventDetailMap,
  type ChannelFlowEventDetail,
  type UndocumentedChimeDetailType,
  type UndocumentedChimeDetail,
} from './other.js';
export {
  parseChimeEvent,
  safeParseChimeEvent,
  type SafeParseChimeEventResult,
  type SafeParseChimeEventSuccess,
  type SafeParseChimeEventFailure,
} from './parse.js';
export {
  isChimeEvent,
  isVoiceConnectorStreamingEvent,
  isMeetingStateChangeEvent,
  isMediaPipelineStateChangeEvent,
  isMediaInsightsStateChangeEvent,
  isMediaInsightsRulesMatchedEvent,
  isChannelFlowProcessingStatusEvent,
} from './guards.js';
export { chimeEventPattern, type ChimeEventPattern, type ChimeDetailPattern } from './pattern.js';
export { SmaValidationError, type ValidationIssue } from '../validation/index.js';
