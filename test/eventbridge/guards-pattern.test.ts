import { describe, expect, it } from 'vitest';
import {
  CHIME_DETAIL_TYPES,
  type ChimeEvent,
  SmaValidationError,
  chimeEventPattern,
  isChannelFlowProcessingStatusEvent,
  isChimeDetailType,
  isChimeEvent,
  isMediaInsightsRulesMatchedEvent,
  isMediaInsightsStateChangeEvent,
  isMediaPipelineStateChangeEvent,
  isMeetingStateChangeEvent,
  isVoiceConnectorStreamingEvent,
  parseChimeEvent,
} from '../../src/eventbridge/index.js';
import { fixture } from './fixtures.js';

const streaming = parseChimeEvent(fixture('voiceconnector-streaming.UPDATED'));
const meeting = parseChimeEvent(fixture('meeting.AttendeeLeft'));
const rules = parseChimeEvent(fixture('media-insights.MediaInsightsRulesMatched.KeywordMatch'));

function codesOf(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (error) {
    if (error instanceof SmaValidationError) return error.issues.map((i) => [i.path, i.code]);
    throw error;
  }
  throw new Error('did not throw');
}

describe('guards', () => {
  it('match the detail-type, and the status or event type when given', () => {
    expect(isVoiceConnectorStreamingEvent(streaming)).toBe(true);
    expect(isVoiceConnectorStreamingEvent(streaming, 'UPDATED')).toBe(true);
    expect(isVoiceConnectorStreamingEvent(streaming, 'STARTED')).toBe(false);
    expect(isVoiceConnectorStreamingEvent(meeting)).toBe(false);
    expect(isMeetingStateChangeEvent(meeting)).toBe(true);
    expect(isMeetingStateChangeEvent(meeting, 'chime:AttendeeLeft')).toBe(true);
    expect(isMeetingStateChangeEvent(meeting, 'chime:AttendeeDropped')).toBe(false);
    expect(isMeetingStateChangeEvent(streaming, 'chime:AttendeeLeft')).toBe(false);
    expect(isChimeEvent(meeting, 'Chime Meeting State Change')).toBe(true);
    expect(isChimeEvent(meeting, 'Chime Media Pipeline State Change')).toBe(false);
    expect(isMediaInsightsRulesMatchedEvent(rules)).toBe(true);
    expect(isMediaInsightsRulesMatchedEvent(meeting)).toBe(false);
    expect(isMediaPipelineStateChangeEvent(meeting)).toBe(false);
    expect(isMediaInsightsStateChangeEvent(rules)).toBe(false);
    expect(
      isChannelFlowProcessingStatusEvent(parseChimeEvent(fixture('channelflow.ProcessorInvocationFailure')), 'ProcessorInvocationFailure'),
    ).toBe(true);
  });

  it('recognise the undocumented detail-types loosely', () => {
    const raw = { ...fixture('meeting.MeetingStarted'), 'detail-type': 'Call Insights State Change', detail: { anything: [1, 2] } };
    const event = parseChimeEvent(raw);
    expect(isChimeEvent(event, 'Call Insights State Change')).toBe(true);
    expect(event.detail).toEqual({ anything: [1, 2] });
    expect(CHIME_DETAIL_TYPES).toHaveLength(13);
    expect(isChimeDetailType('Chime Streaming Status')).toBe(true);
    expect(isChimeDetailType('hasOwnProperty')).toBe(false);
  });

  it('answer false for what is not a parsed event (untyped callers)', () => {
    for (const value of [null, undefined, 'x', { 'detail-type': 'Chime VoiceConnector Streaming Status' }]) {
      expect(isVoiceConnectorStreamingEvent(value as ChimeEvent, 'STARTED')).toBe(false);
      expect(isMeetingStateChangeEvent(value as ChimeEvent, 'chime:MeetingStarted')).toBe(false);
    }
    const inherited = { 'detail-type': 'Chime VoiceConnector Streaming Status', detail: Object.create({ streamingStatus: 'STARTED' }) };
    expect(isVoiceConnectorStreamingEvent(inherited as ChimeEvent, 'STARTED')).toBe(false);
  });
});

describe('chimeEventPattern', () => {
  it('matches all Chime events without arguments', () => {
    expect(chimeEventPattern()).toEqual({ source: ['aws.chime'] });
  });

  it('builds the documented patterns', () => {
    expect(chimeEventPattern('Chime VoiceConnector Streaming Status')).toEqual({
      source: ['aws.chime'],
      'detail-type': ['Chime VoiceConnector Streaming Status'],
    });
    expect(chimeEventPattern('Chime Meeting State Change', { eventType: ['chime:AttendeeJoined'] })).toEqual({
      source: ['aws.chime'],
      'detail-type': ['Chime Meeting State Change'],
      detail: { eventType: ['chime:AttendeeJoined'] },
    });
    const statuses = ['STARTED', 'ENDED'] as const;
    const pattern = chimeEventPattern(['Chime VoiceConnector Streaming Status'], {
      streamingStatus: statuses,
      voiceConnectorId: ['abcdef1ghij2klmno3pqr4'],
    });
    expect(JSON.parse(JSON.stringify(pattern))).toEqual({
      source: ['aws.chime'],
      'detail-type': ['Chime VoiceConnector Streaming Status'],
      detail: { streamingStatus: ['STARTED', 'ENDED'], voiceConnectorId: ['abcdef1ghij2klmno3pqr4'] },
    });
    expect(pattern.detail?.['streamingStatus']).not.toBe(statuses);
  });

  it('rejects unknown detail-types, unknown fields and empty lists', () => {
    expect(codesOf(() => chimeEventPattern('Chime SIP Media Application' as never))).toEqual([['detail-type[0]', 'unknown_detail_type']]);
    expect(codesOf(() => chimeEventPattern([]))).toEqual([['detail-type', 'min_items']]);
    expect(codesOf(() => chimeEventPattern('Chime Meeting State Change', { streamingStatus: ['STARTED'] } as never))).toEqual([
      ['detail.streamingStatus', 'unknown_parameter'],
    ]);
    expect(codesOf(() => chimeEventPattern('Chime Meeting State Change', { eventType: [] }))).toEqual([['detail.eventType', 'min_items']]);
    expect(codesOf(() => chimeEventPattern('Chime Meeting State Change', { eventType: [1] } as never))).toEqual([
      ['detail.eventType[0]', 'type'],
    ]);
  });
});
