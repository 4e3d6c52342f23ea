import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ChimeEvent,
  SmaValidationError,
  isChimeEvent,
  isMediaInsightsStateChangeEvent,
  isMediaPipelineStateChangeEvent,
  isMeetingStateChangeEvent,
  isChannelFlowProcessingStatusEvent,
  isVoiceConnectorStreamingEvent,
  parseChimeEvent,
  safeParseChimeEvent,
} from '../../src/eventbridge/index.js';
import { eventBridgeFixtures, fixture, loadFixture } from './fixtures.js';

/** The `[path, code]` of every error of a failed parse. */
function errorsOf(value: unknown): [string, string][] {
  const result = safeParseChimeEvent(value);
  if (result.success) throw new Error('parsed, expected a failure');
  expect(result.error).toBeInstanceOf(SmaValidationError);
  return result.error.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
}

/** Narrows with the guard of the event's own detail-type and discriminator, as INDEX.json names them. */
function narrowsToItself(event: ChimeEvent, detailType: string, kind: string | undefined): boolean {
  switch (detailType) {
    case 'Chime VoiceConnector Streaming Status':
      return (
        isVoiceConnectorStreamingEvent(event, kind as 'STARTED') &&
        !isVoiceConnectorStreamingEvent(event, kind === 'ENDED' ? 'STARTED' : 'ENDED')
      );
    case 'Chime Meeting State Change':
    case 'Meeting State Change':
      return (
        isMeetingStateChangeEvent(event, kind as 'chime:MeetingStarted') &&
        !isMeetingStateChangeEvent(event, kind === 'chime:MeetingEnded' ? 'chime:MeetingStarted' : 'chime:MeetingEnded')
      );
    case 'Chime Media Pipeline State Change':
      return (
        isMediaPipelineStateChangeEvent(event, kind as 'chime:MediaPipelineDeleted') &&
        !isMediaPipelineStateChangeEvent(
          event,
          kind === 'chime:MediaPipelineResumed' ? 'chime:MediaPipelineDeleted' : 'chime:MediaPipelineResumed',
        )
      );
    case 'Media Insights State Change':
      return (
        isMediaInsightsStateChangeEvent(event, kind as 'chime:MediaInsightsPaused') &&
        !isMediaInsightsStateChangeEvent(event, 'chime:MediaInsightsPaused')
      );
    case 'Chime ChannelFlow Processing Status':
      return isChannelFlowProcessingStatusEvent(event, kind as 'ProcessorInvocationFailure');
    default:
      return isChimeEvent(event, detailType as 'Media Insights Rules Matched');
  }
}

describe('parseChimeEvent: documented examples', () => {
  it('covers every EventBridge fixture file', () => {
    const files = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.startsWith('eventbridge.'));
    expect(eventBridgeFixtures.map((f) => f.file).sort()).toEqual(files.sort());
    expect(files.length).toBe(46);
  });

  it.each(eventBridgeFixtures)('parses and narrows $file', ({ file, detailType, streamingStatus, eventType }) => {
    const raw = loadFixture(file);
    const event = parseChimeEvent(raw);
    const canonical = detailType === 'Meeting State Change' ? 'Chime Meeting State Change' : detailType;
    expect(event['detail-type']).toBe(canonical);
    expect(event.source).toBe('aws.chime');
    expect(narrowsToItself(event, canonical, streamingStatus ?? eventType)).toBe(true);
    // Nothing dropped: every documented field of the example is in the result.
    if (detailType !== 'Meeting State Change') expect(event).toEqual(raw);
  });
});

describe('parseChimeEvent: decisions on the docs', () => {
  it('reads the 2019 streaming events without the 2020 fields', () => {
    const event = parseChimeEvent(fixture('voiceconnector-streaming.STARTED.admin-guide-2019'));
    if (!isVoiceConnectorStreamingEvent(event, 'STARTED')) throw new Error('not STARTED');
    expect(event.detail.fromNumber).toBeUndefined();
    expect(event.detail.streamArn).toMatch(/^arn:aws:kinesisvideo:/);
  });

  it('reads the 2021 transcription example as a Chime Meeting State Change, without touching the input', () => {
    const raw = fixture('transcription.TranscriptionInterrupted.2021-variant');
    const before = structuredClone(raw);
    const event = parseChimeEvent(raw);
    expect(raw).toEqual(before);
    if (!isMeetingStateChangeEvent(event, 'chime:TranscriptionInterrupted')) throw new Error('not narrowed');
    expect(event.detail.timestamp).toBe(12344566754);
    expect(event.detail.transcriptionConfiguration).toBe('{...}');
    expect(event.detail).not.toHaveProperty('eventTime');
    expect(event.detail).not.toHaveProperty('transcriptionConfig');
    expect(event.detail.mediaRegion).toBeUndefined();
  });

  it('accepts a missing envelope id, unknown extra fields and an object transcriptionConfiguration', () => {
    const raw = fixture('transcription.TranscriptionStarted');
    delete raw['id'];
    raw.detail['transcriptionConfiguration'] = { EngineTranscribeSettings: { LanguageCode: 'en-US' } };
    raw.detail['future'] = { kept: true };
    const event = parseChimeEvent(raw);
    expect(event.id).toBeUndefined();
    expect(event.detail).toMatchObject({
      future: { kept: true },
      transcriptionConfiguration: { EngineTranscribeSettings: { LanguageCode: 'en-US' } },
    });
  });

  it('accepts empty attendee ids of mixed-audio stream pipelines, and requires the keys', () => {
    const raw = fixture('media-pipeline.MediaPipelineKinesisVideoStreamStart');
    raw.detail['attendeeId'] = '';
    raw.detail['externalUserId'] = '';
    expect(safeParseChimeEvent(raw).success).toBe(true);
    delete raw.detail['attendeeId'];
    expect(errorsOf(raw)).toEqual([['detail.attendeeId', 'required']]);
  });

  it('coerces what it accepts leniently to the documented type', () => {
    const raw = fixture('voiceconnector-streaming.STARTED');
    raw.detail['isCaller'] = 'TRUE';
    (raw.detail['sdp'] as Record<string, unknown>)['mediaIndex'] = '2';
    const event = parseChimeEvent(raw);
    expect(event.detail).toMatchObject({ isCaller: true, sdp: { mediaIndex: 2, mediaLabel: '1' } });
    const capabilities = fixture('meeting.AttendeeCapabilitiesUpdated');
    capabilities.detail['success'] = 0;
    expect(parseChimeEvent(capabilities).detail).toMatchObject({ success: '0' });
  });

  it('never mutates its input and returns new objects', () => {
    const raw = Object.freeze(fixture('voiceconnector-streaming.ENDED'));
    Object.freeze(raw.detail);
    const event = parseChimeEvent(raw);
    expect(event).not.toBe(raw);
    expect(event.detail).not.toBe(raw.detail);
    (event.detail as Record<string, unknown>)['callId'] = 'changed';
    expect(raw.detail['callId']).toBe('1112-2222-4333');
  });
});

describe('parseChimeEvent: wrong input', () => {
  it('rejects values that are no event object', () => {
    for (const value of [null, undefined, 'event', 42, [], true]) expect(errorsOf(value)).toEqual([['', 'type']]);
    expect(() => parseChimeEvent('x')).toThrow(SmaValidationError);
  });

  it('reports an unknown detail-type clearly, never crashing', () => {
    for (const type of ['AWS API Call via CloudTrail', 'constructor', '__proto__', 'toString']) {
      const raw = fixture('meeting.MeetingStarted');
      raw['detail-type'] = type;
      expect(errorsOf(raw)).toEqual([['detail-type', 'unknown_detail_type']]);
    }
    const raw = fixture('meeting.MeetingStarted');
    raw['detail-type'] = 'Chime Something New';
    const result = safeParseChimeEvent(raw);
    expect(result.success || result.error.message).toMatch(
      'detail-type is not an Amazon Chime detail-type this package knows, got "Chime Something New" ' +
        '(known: "Chime VoiceConnector Streaming Status"',
    );
  });

  it('reports unknown statuses and event types at the discriminator', () => {
    const streaming = fixture('voiceconnector-streaming.STARTED');
    streaming.detail['streamingStatus'] = 'STOPPED';
    expect(errorsOf(streaming)).toEqual([['detail.streamingStatus', 'unknown_event_type']]);
    streaming.detail['streamingStatus'] = 'constructor';
    expect(errorsOf(streaming)).toEqual([['detail.streamingStatus', 'unknown_event_type']]);
    delete streaming.detail['streamingStatus'];
    expect(errorsOf(streaming)).toEqual([['detail.streamingStatus', 'required']]);
    const meeting = fixture('meeting.AttendeeJoined');
    meeting.detail['eventType'] = 'AttendeeJoined';
    expect(errorsOf(meeting)).toEqual([['detail.eventType', 'unknown_event_type']]);
  });

  it('rejects a source other than aws.chime, and a missing envelope', () => {
    const raw = fixture('meeting.MeetingEnded');
    raw['source'] = 'aws.ec2';
    expect(errorsOf(raw)).toEqual([['source', 'unknown_source']]);
    expect(errorsOf({})).toEqual([
      ['source', 'required'],
      ['version', 'required'],
      ['account', 'required'],
      ['time', 'required'],
      ['region', 'required'],
      ['resources', 'required'],
      ['detail-type', 'required'],
      ['detail', 'required'],
    ]);
    const noDetail: Record<string, unknown> = fixture('meeting.MeetingEnded');
    noDetail['detail'] = 'started';
    expect(errorsOf(noDetail)).toEqual([['detail', 'type']]);
    const badResources = fixture('meeting.MeetingEnded');
    badResources['resources'] = [1];
    expect(errorsOf(badResources)).toEqual([['resources[0]', 'type']]);
  });

  it('checks each status its own documented fields', () => {
    const started = fixture('voiceconnector-streaming.STARTED');
    delete started.detail['streamArn'];
    started.detail['direction'] = 'Sideways';
    started.detail['inviteHeaders'] = { from: 1 };
    expect(errorsOf(started)).toEqual([
      ['detail.direction', 'enum'],
      ['detail.streamArn', 'required'],
      ['detail.inviteHeaders.from', 'type'],
    ]);
    const ended = fixture('voiceconnector-streaming.ENDED');
    delete ended.detail['endTime'];
    expect(errorsOf(ended)).toEqual([['detail.endTime', 'required']]);
    const updated = fixture('voiceconnector-streaming.UPDATED');
    delete updated.detail['updateHeaders'];
    expect(errorsOf(updated)).toEqual([['detail.updateHeaders', 'required']]);
    const failed = fixture('voiceconnector-streaming.FAILED');
    failed.detail['failTime'] = 12;
    expect(errorsOf(failed)).toEqual([['detail.failTime', 'type']]);
  });

  it('checks meeting, pipeline, insights and channel flow details', () => {
    const joined = fixture('meeting.AttendeeJoined');
    delete joined.detail['networkType'];
    joined.detail['timestamp'] = 'soon';
    expect(errorsOf(joined)).toEqual([
      ['detail.timestamp', 'type'],
      ['detail.networkType', 'required'],
    ]);
    const started = fixture('meeting.MeetingStarted');
    delete started.detail['externalMeetingId'];
    expect(errorsOf(started)).toEqual([['detail.externalMeetingId', 'required']]);
    const capabilities = fixture('meeting.AttendeeCapabilitiesUpdated');
    (capabilities.detail['attendeeCapabilities'] as Record<string, unknown>)['video'] = 'Everything';
    capabilities.detail['success'] = 'yes';
    expect(errorsOf(capabilities)).toEqual([
      ['detail.success', 'enum'],
      ['detail.attendeeCapabilities.video', 'enum'],
    ]);
    const transcription = fixture('transcription.TranscriptionFailed');
    transcription.detail['transcriptionConfiguration'] = 7;
    delete transcription.detail['message'];
    expect(errorsOf(transcription)).toEqual([
      ['detail.message', 'required'],
      ['detail.transcriptionConfiguration', 'type'],
    ]);
    delete transcription.detail['transcriptionConfiguration'];
    expect(errorsOf(transcription)).toContainEqual(['detail.transcriptionConfiguration', 'required']);
    const pipeline = fixture('media-pipeline.MediaPipelineKinesisVideoStreamEnd');
    delete pipeline.detail['endFragmentNumber'];
    expect(errorsOf(pipeline)).toEqual([['detail.endFragmentNumber', 'required']]);
    const insights = fixture('media-insights.MediaInsightsInProgress.multi-element');
    (insights.detail['mediaInsightsPipelineElementStatuses'] as Record<string, unknown>[])[1] = { type: 'S3RecordingSink' };
    expect(errorsOf(insights)).toEqual([
      ['detail.mediaInsightsPipelineElementStatuses[1].status', 'required'],
      ['detail.mediaInsightsPipelineElementStatuses[1].updatedOn', 'required'],
    ]);
    const createFailed = fixture('media-insights.MediaInsightsCreateFailed');
    delete createFailed.detail['failureReason'];
    expect(errorsOf(createFailed)).toEqual([['detail.failureReason', 'required']]);
    const rules = fixture('media-insights.MediaInsightsRulesMatched.KeywordMatch');
    rules.detail['sourceMetadata'] = 'none';
    expect(errorsOf(rules)).toEqual([['detail.sourceMetadata', 'type']]);
    const flow = fixture('channelflow.ProcessorInvocationFailure');
    delete flow.detail['channelArn'];
    expect(errorsOf(flow)).toEqual([['detail.channelArn', 'required']]);
  });

  it('masks phone numbers in messages', () => {
    const raw = fixture('voiceconnector-streaming.STARTED');
    raw.detail['fromNumber'] = 12065550100;
    const result = safeParseChimeEvent(raw);
    if (result.success) throw new Error('parsed');
    expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([['detail.fromNumber', 'type']]);
    expect(result.error.message).not.toContain('12065550100');
    expect(result.error.message).not.toContain('0100');
  });

  it('is safe against __proto__ keys and cycles', () => {
    const text = JSON.stringify(fixture('voiceconnector-streaming.STARTED'))
      .replace('"detail":{', '"detail":{"__proto__":{"streamArn":"x","polluted":true},')
      .replace('"version":"0",', '"__proto__":{"detail-type":"x"},"version":"0",');
    const raw = JSON.parse(text) as Record<string, unknown>;
    const event = parseChimeEvent(raw);
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(event.detail)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(event.detail, '__proto__')).toBe(true);
    expect((event.detail as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // An inherited field does not count as present.
    const inherited = Object.create(fixture('meeting.MeetingStarted')) as Record<string, unknown>;
    expect(errorsOf(inherited)).toContainEqual(['detail', 'required']);
    const cyclic = fixture('meeting.MeetingStarted');
    cyclic.detail['self'] = cyclic;
    expect(errorsOf(cyclic)).toEqual([['detail.self', 'circular']]);
  });
});
