import type { ArrayRule, FieldRule, FieldRules } from '../validation/index.js';
import { type DetailRules, type DetailTypeSpec, discriminated, literal, optionalString, requiredString, single } from './spec.js';

/**
 * The `detail-type` of call analytics (media insights pipeline) status events.
 * @category EventBridge
 */
export const MEDIA_INSIGHTS_STATE_CHANGE = 'Media Insights State Change';

/**
 * The `detail-type` of call analytics real-time alerts.
 * @category EventBridge
 */
export const MEDIA_INSIGHTS_RULES_MATCHED = 'Media Insights Rules Matched';

/**
 * Every `detail.eventType` of `Media Insights State Change`.
 * @category EventBridge
 */
export type MediaInsightsEventType =
  | 'chime:MediaInsightsInProgress'
  | 'chime:MediaInsightsPaused'
  | 'chime:MediaInsightsStopped'
  | 'chime:MediaInsightsTemporaryFailure'
  | 'chime:MediaInsightsPermanentFailure'
  | 'chime:MediaInsightsCreated'
  | 'chime:MediaInsightsCreateFailed';

/**
 * The status of one pipeline element. The prose lists `NotStarted`, `InProgress`, `Stopped` and
 * `Failed`; the examples also show `Paused`, `TemporarilyFailed` and `NotSupported`. Other values
 * are accepted.
 * @category EventBridge
 */
export type MediaInsightsElementStatusValue =
  | 'NotStarted'
  | 'InProgress'
  | 'Paused'
  | 'Stopped'
  | 'Failed'
  | 'TemporarilyFailed'
  | 'NotSupported'
  | (string & {});

/**
 * The status of one element of a media insights pipeline.
 * @category EventBridge
 */
export interface MediaInsightsElementStatus {
  /** The element type, such as `AmazonTranscribeProcessor`, `S3RecordingSink` or `VoiceEnhancementSink`. */
  type: string;
  /** The element's status. */
  status: MediaInsightsElementStatusValue;
  /** When the status changed, in epoch milliseconds. */
  updatedOn: number;
  /** More about the status, when given. */
  statusDetail?: string;
}

/**
 * The call fields a Voice Connector adds when it started the call analytics session (absent
 * otherwise; then the detail carries the pipeline's `MediaInsightsRuntimeMetadata` keys).
 * @category EventBridge
 */
export interface MediaInsightsVoiceConnectorMetadata {
  /** The SIP transaction ID of the call. */
  transactionId?: string;
  /** The caller's number. */
  fromNumber?: string;
  /** The called number. */
  toNumber?: string;
  /** The SIP `Call-ID` of the call. */
  callId?: string;
  /** The Voice Connector's ID. */
  voiceConnectorId?: string;
  /** The direction of the call (`"Inbound"` / `"Outbound"`; the docs show only a placeholder). */
  direction?: string;
}

/**
 * Fields every media insights status event carries.
 * @typeParam E - the event type.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-eventbridge-notifications.html
 */
export interface MediaInsightsBaseDetail<E extends MediaInsightsEventType> extends MediaInsightsVoiceConnectorMetadata {
  /**
   * What happened; discriminates the detail.
   *
   * Allowed values: the {@link MediaInsightsEventType} values.
   */
  eventType: E;
  /**
   * The version of the detail.
   *
   * Allowed values: `"0"` in every documented example.
   */
  version: string;
  /** The statuses of the pipeline's elements, when it has several. */
  mediaInsightsPipelineElementStatuses?: MediaInsightsElementStatus[];
}

/**
 * `detail` of in-progress, paused, stopped, temporary-failure and permanent-failure events.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-eventbridge-notifications.html
 */
export interface MediaInsightsStatusDetail<
  E extends Exclude<MediaInsightsEventType, 'chime:MediaInsightsCreated' | 'chime:MediaInsightsCreateFailed'> = Exclude<
    MediaInsightsEventType,
    'chime:MediaInsightsCreated' | 'chime:MediaInsightsCreateFailed'
  >,
> extends MediaInsightsBaseDetail<E> {
  /** The ARN of the media insights pipeline. */
  mediaInsightsPipelineArn: string;
  /** Why the pipeline failed (`chime:MediaInsightsPermanentFailure`, when given). */
  failureReason?: string;
}

/**
 * `detail` of `chime:MediaInsightsCreated`.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-eventbridge-notifications.html
 */
export interface MediaInsightsCreatedDetail extends MediaInsightsBaseDetail<'chime:MediaInsightsCreated'> {
  /** The ARN of the media insights pipeline configuration used. */
  mediaInsightsPipelineConfigurationArn: string;
  /** The ARN of the new media insights pipeline. */
  mediaInsightsPipelineArn: string;
}

/**
 * `detail` of `chime:MediaInsightsCreateFailed`: no pipeline exists, so there is no pipeline ARN.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-eventbridge-notifications.html
 */
export interface MediaInsightsCreateFailedDetail extends MediaInsightsBaseDetail<'chime:MediaInsightsCreateFailed'> {
  /** The ARN of the media insights pipeline configuration used. */
  mediaInsightsPipelineConfigurationArn: string;
  /** Where the failure happened, such as `"Voice Connector"`. */
  failureOrigin: string;
  /** The HTTP status code of the failure, as a string. */
  httpStatusCode: string;
  /** Why creating the pipeline failed. */
  failureReason: string;
}

/**
 * The `detail` of each media insights event type.
 * @category EventBridge
 */
export type MediaInsightsEventDetailMap = {
  [E in Exclude<MediaInsightsEventType, 'chime:MediaInsightsCreated' | 'chime:MediaInsightsCreateFailed'>]: MediaInsightsStatusDetail<E>;
} & {
  /** A media insights pipeline was created. */
  'chime:MediaInsightsCreated': MediaInsightsCreatedDetail;
  /** Creating a media insights pipeline failed. */
  'chime:MediaInsightsCreateFailed': MediaInsightsCreateFailedDetail;
};

/**
 * The `detail` of a media insights status event of type `E` (all of them by default),
 * discriminated on `eventType`.
 * @category EventBridge
 */
export type MediaInsightsEventDetail<E extends MediaInsightsEventType = MediaInsightsEventType> = {
  [K in E]: MediaInsightsEventDetailMap[K];
}[E];

/**
 * `detail` of `Media Insights Rules Matched` (a real-time alert rule matched). Which of the
 * optional fields appear depends on the rule type: keyword match (`utteranceId` with Transcribe
 * Call Analytics or `resultId` with Transcribe, and `beginTimestamp`), sentiment
 * (`beginTimestamp`, `endTimestamp`); issue detection is undocumented.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/using-eventbridge-notifications.html
 */
export interface MediaInsightsRulesMatchedDetail {
  /**
   * The version of the detail.
   *
   * Allowed values: `"0"` in every documented example.
   */
  version: string;
  /** The call's metadata (the Voice Connector fields or the pipeline's runtime metadata). */
  sourceMetadata: { [key: string]: unknown };
  /** The name of the rule that matched. */
  ruleName: string;
  /** The ID of the matching utterance (Transcribe Call Analytics keyword match). */
  utteranceId?: string;
  /** The ID of the matching result (Transcribe keyword match). */
  resultId?: string;
  /** Where the match begins. */
  beginTimestamp?: string;
  /** Where the match ends (sentiment rules). */
  endTimestamp?: string;
}

const metadata: FieldRules<MediaInsightsVoiceConnectorMetadata> = {
  transactionId: optionalString,
  fromNumber: { type: 'string', sensitive: 'phone' },
  toNumber: { type: 'string', sensitive: 'phone' },
  callId: optionalString,
  voiceConnectorId: optionalString,
  direction: optionalString,
};

const elementStatuses: ArrayRule<MediaInsightsElementStatus> = {
  type: 'array',
  items: {
    type: 'object',
    fields: { type: requiredString, status: requiredString, updatedOn: { type: 'number', required: true }, statusDetail: optionalString },
  },
};

function status(eventType: MediaInsightsStatusDetail['eventType']): FieldRules<MediaInsightsStatusDetail> {
  return {
    ...metadata,
    eventType: literal(eventType),
    version: requiredString,
    mediaInsightsPipelineElementStatuses: elementStatuses,
    mediaInsightsPipelineArn: requiredString,
    failureReason: optionalString,
  };
}

const variants: { [E in MediaInsightsEventType]: DetailRules } = {
  'chime:MediaInsightsInProgress': status('chime:MediaInsightsInProgress'),
  'chime:MediaInsightsPaused': status('chime:MediaInsightsPaused'),
  'chime:MediaInsightsStopped': status('chime:MediaInsightsStopped'),
  'chime:MediaInsightsTemporaryFailure': status('chime:MediaInsightsTemporaryFailure'),
  'chime:MediaInsightsPermanentFailure': status('chime:MediaInsightsPermanentFailure'),
  'chime:MediaInsightsCreated': {
    ...metadata,
    eventType: literal('chime:MediaInsightsCreated'),
    version: requiredString,
    mediaInsightsPipelineElementStatuses: elementStatuses,
    mediaInsightsPipelineConfigurationArn: requiredString,
    mediaInsightsPipelineArn: requiredString,
  } satisfies FieldRules<MediaInsightsCreatedDetail>,
  'chime:MediaInsightsCreateFailed': {
    ...metadata,
    eventType: literal('chime:MediaInsightsCreateFailed'),
    version: requiredString,
    mediaInsightsPipelineElementStatuses: elementStatuses,
    mediaInsightsPipelineConfigurationArn: requiredString,
    failureOrigin: requiredString,
    httpStatusCode: requiredString,
    failureReason: requiredString,
  } satisfies FieldRules<MediaInsightsCreateFailedDetail>,
};

/**
 * Every {@link MediaInsightsEventType}, in the docs' order.
 * @category EventBridge
 */
export const MEDIA_INSIGHTS_EVENT_TYPES = Object.keys(variants) as readonly MediaInsightsEventType[];

/** The rules of `Media Insights State Change` details. */
export const mediaInsightsStateChangeSpec: DetailTypeSpec = discriminated('eventType', variants);

/** The rules of `Media Insights Rules Matched` details. */
export const mediaInsightsRulesMatchedSpec: DetailTypeSpec = single({
  version: requiredString,
  sourceMetadata: { type: 'object', required: true, fields: {} },
  ruleName: requiredString,
  utteranceId: optionalString,
  resultId: optionalString,
  beginTimestamp: optionalString,
  endTimestamp: optionalString,
} satisfies Record<keyof MediaInsightsRulesMatchedDetail, FieldRule>);
