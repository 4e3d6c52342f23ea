import { describe, expect, it } from 'vitest';
import { safeParseChimeEvent } from '../../src/eventbridge/index.js';
import { eventBridgeFixtures, loadFixture } from './fixtures.js';

const VC_STREAM_OPTIONAL = ['fromNumber', 'toNumber', 'inviteHeaders', 'isCaller', 'sdp', 'siprecMetadata'];
const INSIGHTS_VC_METADATA = ['callId', 'transactionId', 'fromNumber', 'toNumber', 'voiceConnectorId', 'direction'];

/** The detail fields of each documented example that may be left out (the decisions of the quirks page). */
const OPTIONAL: Record<string, string[]> = {
  'voiceconnector-streaming.STARTED': VC_STREAM_OPTIONAL,
  'voiceconnector-streaming.ENDED': VC_STREAM_OPTIONAL,
  'voiceconnector-streaming.UPDATED': ['siprecMetadata'],
  'meeting.AttendeeContentJoined': ['networkType'],
  'meeting.AttendeeContentLeft': ['networkType'],
  'meeting.AttendeeJoined.newer': ['externalMeetingId'],
  'meeting.AttendeeContentVideoStarted.screen-share-start.newer': ['externalMeetingId'],
  'meeting.AttendeeCapabilitiesUpdated': ['externalMeetingId'],
  transcription: ['externalMeetingId', 'mediaRegion'],
  'media-insights.MediaInsightsInProgress': INSIGHTS_VC_METADATA,
  'media-insights.MediaInsightsInProgress.multi-element': [...INSIGHTS_VC_METADATA, 'mediaInsightsPipelineElementStatuses'],
  'media-insights.MediaInsightsPermanentFailure': [...INSIGHTS_VC_METADATA, 'failureReason'],
  'media-insights.MediaInsightsCreateFailed': INSIGHTS_VC_METADATA,
  'media-insights.MediaInsightsRulesMatched.KeywordMatch': ['utteranceId', 'beginTimestamp'],
};

function optionalOf(file: string): string[] {
  const name = file.replace(/^eventbridge\./, '').replace(/\.json$/, '');
  if (name.startsWith('transcription.')) return OPTIONAL['transcription'] ?? [];
  return OPTIONAL[name] ?? OPTIONAL[name.replace(/\.admin-guide-2019$/, '')] ?? [];
}

const DISCRIMINATORS = new Set(['streamingStatus', 'eventType']);
// The 2021 transcription example renames keys; parse.test.ts covers it.
const examples = eventBridgeFixtures.filter(({ file }) => !file.includes('2021-variant'));

function errors(value: unknown): [string, string][] {
  const result = safeParseChimeEvent(value);
  return result.success ? [] : result.error.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
}

describe('every documented detail field', () => {
  it.each(examples)('is required unless documented optional: $file', ({ file }) => {
    const optional = optionalOf(file);
    const detail = loadFixture(file)['detail'] as Record<string, unknown>;
    const seenOptional: string[] = [];
    for (const key of Object.keys(detail)) {
      const event = loadFixture(file);
      delete (event['detail'] as Record<string, unknown>)[key];
      const found = errors(event);
      if (found.length === 0) seenOptional.push(key);
      else expect(found, key).toEqual([[`detail.${key}`, 'required']]);
    }
    expect(seenOptional.sort()).toEqual(optional.filter((key) => key in detail).sort());
  });

  it.each(examples)('rejects a value of the wrong type at its path: $file', ({ file }) => {
    const detail = loadFixture(file)['detail'] as Record<string, unknown>;
    for (const [key, value] of Object.entries(detail)) {
      const event = loadFixture(file);
      (event['detail'] as Record<string, unknown>)[key] = typeof value === 'number' ? 'soon' : 7;
      expect(errors(event), key).toEqual([[`detail.${key}`, DISCRIMINATORS.has(key) ? 'unknown_event_type' : 'type']]);
    }
  });

  it('rejects wrong types in the envelope', () => {
    const event = loadFixture('eventbridge.meeting.MeetingStarted.json');
    Object.assign(event, { id: 5, 'replay-name': false, version: 0, account: 111122223333, time: 1, region: null });
    expect(errors(event)).toEqual([
      ['version', 'type'],
      ['id', 'type'],
      ['account', 'type'],
      ['time', 'type'],
      ['region', 'type'],
      ['replay-name', 'type'],
    ]);
  });
});
