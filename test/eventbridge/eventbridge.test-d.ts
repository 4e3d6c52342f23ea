import { describe, expectTypeOf, it } from 'vitest';
import {
  type AttendeeNetworkEventDetail,
  type ChimeDetailType,
  type ChimeEvent,
  type ChimeEventBridgeEvent,
  type ChimeEventOf,
  type MeetingStateChangeEvent,
  type TranscriptionFailureEventDetail,
  type UndocumentedChimeDetail,
  type VoiceConnectorStreamingEndedDetail,
  type VoiceConnectorStreamingEvent,
  type VoiceConnectorStreamingStartedDetail,
  chimeEventPattern,
  isChimeEvent,
  isMediaPipelineStateChangeEvent,
  isMeetingStateChangeEvent,
  isVoiceConnectorStreamingEvent,
  parseChimeEvent,
  safeParseChimeEvent,
  type SmaValidationError,
} from '../../src/eventbridge/index.js';

declare const event: ChimeEvent;

/** `@types/aws-lambda`'s EventBridgeEvent, copied here (the package does not depend on it). */
interface AwsLambdaEventBridgeEvent<TDetailType extends string, TDetail> {
  id: string;
  version: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  source: string;
  'detail-type': TDetailType;
  detail: TDetail;
  'replay-name'?: string;
}

describe('EventBridge types', () => {
  it('parseChimeEvent returns the discriminated union', () => {
    expectTypeOf(parseChimeEvent({})).toEqualTypeOf<ChimeEvent>();
  });

  it('safeParseChimeEvent returns a result discriminated on success', () => {
    const result = safeParseChimeEvent({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<ChimeEvent>();
    else expectTypeOf(result.error).toEqualTypeOf<SmaValidationError>();
    // @ts-expect-error data exists only once success is known to be true
    void result.data;
  });

  it('narrows both levels with the guards', () => {
    if (isVoiceConnectorStreamingEvent(event, 'STARTED')) {
      expectTypeOf(event.detail).toEqualTypeOf<VoiceConnectorStreamingStartedDetail>();
      expectTypeOf(event['detail-type']).toEqualTypeOf<'Chime VoiceConnector Streaming Status'>();
      // @ts-expect-error endTime is an ENDED field
      void event.detail.endTime;
    }
    if (isVoiceConnectorStreamingEvent(event)) {
      expectTypeOf(event).toEqualTypeOf<VoiceConnectorStreamingEvent>();
      // @ts-expect-error UPDATED has no direction: not on the union
      void event.detail.direction;
      if (event.detail.streamingStatus === 'ENDED') expectTypeOf(event.detail).toEqualTypeOf<VoiceConnectorStreamingEndedDetail>();
      if (event.detail.streamingStatus === 'FAILED') expectTypeOf(event.detail.failureReason).toEqualTypeOf<string>();
    }
    if (isMeetingStateChangeEvent(event, 'chime:AttendeeJoined')) {
      expectTypeOf(event.detail).toEqualTypeOf<AttendeeNetworkEventDetail<'chime:AttendeeJoined'>>();
      expectTypeOf(event).toEqualTypeOf<MeetingStateChangeEvent<'chime:AttendeeJoined'>>();
    }
    if (isMeetingStateChangeEvent(event, 'chime:TranscriptionFailed')) {
      expectTypeOf(event.detail).toEqualTypeOf<TranscriptionFailureEventDetail<'chime:TranscriptionFailed'>>();
      expectTypeOf(event.detail.message).toEqualTypeOf<string>();
    }
    if (isMediaPipelineStateChangeEvent(event, 'chime:MediaPipelineKinesisVideoStreamEnd')) {
      expectTypeOf(event.detail.endFragmentNumber).toEqualTypeOf<string>();
    }
    if (isChimeEvent(event, 'Chime Streaming Status')) {
      expectTypeOf(event.detail).toEqualTypeOf<UndocumentedChimeDetail>();
    }
    if (isChimeEvent(event, 'Media Insights Rules Matched')) {
      expectTypeOf(event).toEqualTypeOf<ChimeEvent<'Media Insights Rules Matched'>>();
      expectTypeOf(event.detail.ruleName).toEqualTypeOf<string>();
    }
    expectTypeOf<ChimeEventOf<'Chime Meeting State Change'>>().toEqualTypeOf<ChimeEvent<'Chime Meeting State Change'>>();
    expectTypeOf<ChimeEventOf<'Chime Streaming Status'>>().toEqualTypeOf<ChimeEvent<'Chime Streaming Status'>>();
    expectTypeOf<ChimeEventOf<ChimeDetailType>>().toEqualTypeOf<ChimeEvent>();
    const detailTypes = ['Chime Meeting State Change', 'Chime Media Pipeline State Change'] as const;
    if (isChimeEvent(event, detailTypes[0] as (typeof detailTypes)[number])) {
      expectTypeOf(event).toEqualTypeOf<ChimeEvent<(typeof detailTypes)[number]>>();
    }
  });

  it('narrows the union by detail-type and discriminator without guards', () => {
    if (event['detail-type'] === 'Chime Meeting State Change' && event.detail.eventType === 'chime:MeetingStarted') {
      expectTypeOf(event.detail.externalMeetingId).toEqualTypeOf<string>();
    }
  });

  it('rejects unknown detail-types, statuses and event types', () => {
    // @ts-expect-error not a Chime detail-type
    isChimeEvent(event, 'Chime SIP Media Application');
    // @ts-expect-error not a streaming status
    isVoiceConnectorStreamingEvent(event, 'STOPPED');
    // @ts-expect-error meeting event types carry the "chime:" prefix
    isMeetingStateChangeEvent(event, 'AttendeeJoined');
    // @ts-expect-error a streaming status is no meeting event type
    isMeetingStateChangeEvent(event, 'STARTED');
    // @ts-expect-error guards take parsed events: parse unknown input first
    isVoiceConnectorStreamingEvent({ source: 'aws.chime' }, 'STARTED');
  });

  it('documented fields only, with the 2019 fields optional', () => {
    expectTypeOf<VoiceConnectorStreamingStartedDetail['fromNumber']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<VoiceConnectorStreamingStartedDetail['streamArn']>().toEqualTypeOf<string>();
    const started: VoiceConnectorStreamingStartedDetail = {
      streamingStatus: 'STARTED',
      version: '0',
      voiceConnectorId: 'v',
      transactionId: 't',
      callId: 'c',
      direction: 'Inbound',
      mediaType: 'audio/L16',
      startFragmentNumber: '1',
      startTime: 't',
      streamArn: 'arn',
      // @ts-expect-error failTime is a FAILED field
      failTime: 't',
    };
    void started;
  });

  it('is shaped like @types/aws-lambda EventBridgeEvent', () => {
    expectTypeOf<Omit<ChimeEventBridgeEvent<'x', { a: 1 }>, 'id' | 'source'>>().toEqualTypeOf<
      Omit<AwsLambdaEventBridgeEvent<'x', { a: 1 }>, 'id' | 'source'>
    >();
    // A parsed event with its id is assignable to the aws-lambda type.
    const withId = {} as VoiceConnectorStreamingEvent & { id: string };
    expectTypeOf(withId).toMatchTypeOf<AwsLambdaEventBridgeEvent<string, unknown>>();
  });

  it('types the rule pattern helper', () => {
    chimeEventPattern('Chime VoiceConnector Streaming Status', { streamingStatus: ['STARTED', 'ENDED'] });
    chimeEventPattern('Chime Meeting State Change', { eventType: ['chime:AttendeeJoined'], externalUserId: ['u'] });
    // @ts-expect-error not a streaming status
    chimeEventPattern('Chime VoiceConnector Streaming Status', { streamingStatus: ['STOPPED'] });
    // @ts-expect-error meeting details have no streamingStatus
    chimeEventPattern('Chime Meeting State Change', { streamingStatus: ['STARTED'] });
    // @ts-expect-error only string fields can be matched (timestamp is a number)
    chimeEventPattern('Chime Meeting State Change', { timestamp: ['1'] });
    // @ts-expect-error unknown detail-type
    chimeEventPattern('Chime Nothing');
  });
});
