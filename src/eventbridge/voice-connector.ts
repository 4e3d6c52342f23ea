import type { FieldRules, StringRule } from '../validation/index.js';
import { type DetailTypeSpec, discriminated, literal, optionalString, requiredString } from './spec.js';

/**
 * The `detail-type` of Voice Connector media streaming events.
 * @category EventBridge
 */
export const VOICE_CONNECTOR_STREAMING_STATUS = 'Chime VoiceConnector Streaming Status';

/**
 * The status a Voice Connector streaming event reports (`detail.streamingStatus`).
 * - `STARTED`: media streaming to Kinesis Video Streams started.
 * - `ENDED`: it ended.
 * - `UPDATED`: the stream was updated (a SIP re-INVITE, for example; the trigger is not
 *   documented further). Added in May 2020.
 * - `FAILED`: it failed.
 * @category EventBridge
 */
export type VoiceConnectorStreamingStatus = 'STARTED' | 'ENDED' | 'UPDATED' | 'FAILED';

/**
 * Every {@link VoiceConnectorStreamingStatus}, in the docs' order.
 * @category EventBridge
 */
export const VOICE_CONNECTOR_STREAMING_STATUSES: readonly VoiceConnectorStreamingStatus[] = ['STARTED', 'ENDED', 'UPDATED', 'FAILED'];

/**
 * The direction of a streamed call, seen from the Voice Connector.
 * @category EventBridge
 */
export type StreamingCallDirection = 'Inbound' | 'Outbound';

/**
 * The position of a stream in the SDP offer (`detail.sdp`).
 * @category EventBridge
 */
export interface StreamingSdp {
  /** The index of the media stream in the SDP. */
  mediaIndex: number;
  /** The SDP `a=label` of the media stream, such as `"1"`. */
  mediaLabel: string;
}

/**
 * Fields every Voice Connector streaming event carries.
 * @typeParam S - the streaming status.
 * @category EventBridge
 */
export interface VoiceConnectorStreamingBaseDetail<S extends VoiceConnectorStreamingStatus> {
  /**
   * What happened to the stream; discriminates the detail.
   *
   * Allowed values: `"STARTED"`, `"ENDED"`, `"UPDATED"`, `"FAILED"`.
   */
  streamingStatus: S;
  /**
   * The version of the detail.
   *
   * Allowed values: `"0"` in every documented example.
   */
  version: string;
  /** The ID of the Voice Connector that streams the call. */
  voiceConnectorId: string;
  /** The ID of the SIP transaction (the call as the Voice Connector sees it). */
  transactionId: string;
  /** The SIP `Call-ID` of the call. */
  callId: string;
}

/**
 * The stream fields of `STARTED` and `ENDED`. `fromNumber`, `toNumber`, `inviteHeaders`,
 * `isCaller`, `sdp` and `siprecMetadata` are optional: the 2019 version of these events (still
 * in the docs' history) has none of them.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/ag/automating-chime-with-cloudwatch-events.html
 */
export interface VoiceConnectorStreamInfo {
  /**
   * The direction of the call.
   *
   * Allowed values: `"Inbound"`, `"Outbound"`.
   */
  direction: StreamingCallDirection;
  /**
   * The media type of the stream.
   *
   * Allowed values: `"audio/L16"` in every documented example.
   */
  mediaType: string;
  /** The Kinesis Video Streams fragment number where the call's media starts (digits, as a string). */
  startFragmentNumber: string;
  /** When streaming started (ISO-8601). */
  startTime: string;
  /** The ARN of the Kinesis video stream. */
  streamArn: string;
  /** The caller's number (E.164). Absent from the 2019 version of the event. */
  fromNumber?: string;
  /** The called number (E.164). Absent from the 2019 version of the event. */
  toNumber?: string;
  /**
   * The SIP headers of the INVITE, by lower-case header name (`from`, `to`, `call-id`, `cseq`,
   * `contact`, `content-type`, `content-length`, …). Absent from the 2019 version of the event.
   */
  inviteHeaders?: Record<string, string>;
  /**
   * Whether this stream carries the caller's audio (the meaning is undocumented; AWS's Live Call
   * Analytics sample treats `true` as the caller's stream). Absent from the 2019 version.
   */
  isCaller?: boolean;
  /** Where the stream sits in the SDP offer. Absent from the 2019 version of the event. */
  sdp?: StreamingSdp;
  /** The SIPREC metadata (XML) of the call, for SIPREC calls. Absent from the 2019 version. */
  siprecMetadata?: string;
}

/**
 * `detail` of a `STARTED` streaming event.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/ag/automating-chime-with-cloudwatch-events.html
 */
export interface VoiceConnectorStreamingStartedDetail extends VoiceConnectorStreamingBaseDetail<'STARTED'>, VoiceConnectorStreamInfo {}

/**
 * `detail` of an `ENDED` streaming event: the `STARTED` fields plus `endTime`.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/ag/automating-chime-with-cloudwatch-events.html
 */
export interface VoiceConnectorStreamingEndedDetail extends VoiceConnectorStreamingBaseDetail<'ENDED'>, VoiceConnectorStreamInfo {
  /** When streaming ended (ISO-8601). */
  endTime: string;
}

/**
 * `detail` of an `UPDATED` streaming event. It carries none of the stream fields of `STARTED`.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/ag/automating-chime-with-cloudwatch-events.html
 */
export interface VoiceConnectorStreamingUpdatedDetail extends VoiceConnectorStreamingBaseDetail<'UPDATED'> {
  /** The SIP headers of the request that updated the stream, by lower-case header name. */
  updateHeaders: Record<string, string>;
  /** The SIPREC metadata (XML) of the call, for SIPREC calls. */
  siprecMetadata?: string;
}

/**
 * `detail` of a `FAILED` streaming event.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/chime-sdk/latest/ag/automating-chime-with-cloudwatch-events.html
 */
export interface VoiceConnectorStreamingFailedDetail extends VoiceConnectorStreamingBaseDetail<'FAILED'> {
  /**
   * The direction of the call.
   *
   * Allowed values: `"Inbound"`, `"Outbound"`.
   */
  direction: StreamingCallDirection;
  /** When streaming failed (ISO-8601). */
  failTime: string;
  /** Why it failed, for example `"Internal failure"`. */
  failureReason: string;
}

/**
 * The `detail` of each streaming status.
 * @category EventBridge
 */
export interface VoiceConnectorStreamingDetailMap {
  /** Streaming started. */
  STARTED: VoiceConnectorStreamingStartedDetail;
  /** Streaming ended. */
  ENDED: VoiceConnectorStreamingEndedDetail;
  /** The stream was updated. */
  UPDATED: VoiceConnectorStreamingUpdatedDetail;
  /** Streaming failed. */
  FAILED: VoiceConnectorStreamingFailedDetail;
}

/**
 * The `detail` of a Voice Connector streaming event with status `S` (all four by default),
 * discriminated on `streamingStatus`.
 * @category EventBridge
 */
export type VoiceConnectorStreamingDetail<S extends VoiceConnectorStreamingStatus = VoiceConnectorStreamingStatus> =
  VoiceConnectorStreamingDetailMap[S];

const directionRule: StringRule<StreamingCallDirection> & { required: true } = {
  type: 'string',
  required: true,
  enum: ['Inbound', 'Outbound'],
};
/** A phone number, masked in messages; not pattern-checked (SIP trunks may send other forms). */
const phoneRule = { type: 'string', sensitive: 'phone' } as const satisfies StringRule;

const base = { version: requiredString, voiceConnectorId: requiredString, transactionId: requiredString, callId: requiredString };

const streamInfo: FieldRules<VoiceConnectorStreamInfo> = {
  direction: directionRule,
  mediaType: requiredString,
  startFragmentNumber: requiredString,
  startTime: requiredString,
  streamArn: requiredString,
  fromNumber: phoneRule,
  toNumber: phoneRule,
  inviteHeaders: { type: 'map' },
  isCaller: { type: 'boolean' },
  sdp: { type: 'object', fields: { mediaIndex: { type: 'number', required: true }, mediaLabel: requiredString } },
  siprecMetadata: optionalString,
};

const started: FieldRules<VoiceConnectorStreamingStartedDetail> = { ...base, ...streamInfo, streamingStatus: literal('STARTED') };
const ended: FieldRules<VoiceConnectorStreamingEndedDetail> = {
  ...base,
  ...streamInfo,
  streamingStatus: literal('ENDED'),
  endTime: requiredString,
};
const updated: FieldRules<VoiceConnectorStreamingUpdatedDetail> = {
  ...base,
  streamingStatus: literal('UPDATED'),
  updateHeaders: { type: 'map', required: true },
  siprecMetadata: optionalString,
};
const failed: FieldRules<VoiceConnectorStreamingFailedDetail> = {
  ...base,
  streamingStatus: literal('FAILED'),
  direction: directionRule,
  failTime: requiredString,
  failureReason: requiredString,
};

/** The rules of `Chime VoiceConnector Streaming Status` details. */
export const voiceConnectorStreamingSpec: DetailTypeSpec = discriminated('streamingStatus', {
  STARTED: started,
  ENDED: ended,
  UPDATED: updated,
  FAILED: failed,
} satisfies { [S in VoiceConnectorStreamingStatus]: FieldRules<VoiceConnectorStreamingDetail<S>> });
