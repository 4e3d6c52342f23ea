import type { FieldRules } from '../validation/index.js';
import { type DetailTypeSpec, discriminated, literal, requiredString, single } from './spec.js';

/**
 * The `detail-type` of Amazon Chime SDK messaging channel flow failures.
 * @category EventBridge
 */
export const CHANNEL_FLOW_PROCESSING_STATUS = 'Chime ChannelFlow Processing Status';

/**
 * Every `detail.eventType` of `Chime ChannelFlow Processing Status`.
 * @category EventBridge
 */
export type ChannelFlowEventType = 'ProcessorInvocationFailure';

/**
 * `detail` of `ProcessorInvocationFailure`: a channel flow processor (a Lambda function) could
 * not be invoked. The documented example has no `version`.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/event-brige-events.html
 */
export interface ChannelFlowProcessorInvocationFailureDetail {
  /**
   * What happened; discriminates the detail.
   *
   * Allowed values: `"ProcessorInvocationFailure"`.
   */
  eventType: 'ProcessorInvocationFailure';
  /** The ARN of the app instance. */
  appInstanceArn: string;
  /** The ARN of the channel. */
  channelArn: string;
  /** The ID of the message being processed. */
  messageId: string;
  /** The ARN of the processor (the Lambda function). */
  processorResourceArn: string;
  /** Why the invocation failed. */
  failureReason: string;
}

/**
 * The `detail` of each channel flow event type.
 * @category EventBridge
 */
export interface ChannelFlowEventDetailMap {
  /** A processor invocation failed. */
  ProcessorInvocationFailure: ChannelFlowProcessorInvocationFailureDetail;
}

/**
 * The `detail` of a channel flow event of type `E`.
 * @category EventBridge
 */
export type ChannelFlowEventDetail<E extends ChannelFlowEventType = ChannelFlowEventType> = ChannelFlowEventDetailMap[E];

/** The rules of `Chime ChannelFlow Processing Status` details. */
export const channelFlowSpec: DetailTypeSpec = discriminated('eventType', {
  ProcessorInvocationFailure: {
    eventType: literal('ProcessorInvocationFailure'),
    appInstanceArn: requiredString,
    channelArn: requiredString,
    messageId: requiredString,
    processorResourceArn: requiredString,
    failureReason: requiredString,
  } satisfies FieldRules<ChannelFlowProcessorInvocationFailureDetail>,
});

/**
 * Chime detail-types that the EventBridge events reference lists but whose `detail` shape no
 * source documents. The parser recognises them and keeps their detail as it came (an object).
 * @category EventBridge
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-chime.html
 */
export type UndocumentedChimeDetailType =
  | 'Chime Streaming Status'
  | 'Chime Chat Streaming Status'
  | 'Call Insights State Change'
  | 'Call Insights Rules Matched'
  | 'Chime Messaging AppInstanceUserEndpoint Delivery Failure'
  | 'Chime Messaging AppInstanceBot Lex Failure'
  | 'Chime Media Pipeline Kinesis Video Pool State Change';

/**
 * Every {@link UndocumentedChimeDetailType}.
 * @category EventBridge
 */
export const UNDOCUMENTED_CHIME_DETAIL_TYPES: readonly UndocumentedChimeDetailType[] = [
  'Chime Streaming Status',
  'Chime Chat Streaming Status',
  'Call Insights State Change',
  'Call Insights Rules Matched',
  'Chime Messaging AppInstanceUserEndpoint Delivery Failure',
  'Chime Messaging AppInstanceBot Lex Failure',
  'Chime Media Pipeline Kinesis Video Pool State Change',
];

/**
 * The `detail` of an event whose shape is undocumented: an object, typed loosely.
 * @category EventBridge
 */
export interface UndocumentedChimeDetail {
  /** Any field; the shape is undocumented. */
  [key: string]: unknown;
}

/** The rules of undocumented details: an object, nothing more. */
export const undocumentedSpec: DetailTypeSpec = single({});
