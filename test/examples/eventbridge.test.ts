import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attendeeRule, handler, streamingRule } from '../../examples/eventbridge.js';
import type { ChimeEventPattern } from '../../src/eventbridge/index.js';
import { eventBridgeFixtures, loadFixture } from '../eventbridge/fixtures.js';

/** EventBridge's matching of these patterns: source, detail-type and each detail field among the listed values. */
function matches(pattern: ChimeEventPattern, event: Record<string, unknown>): boolean {
  if (!pattern.source.includes(event['source'] as 'aws.chime')) return false;
  if (pattern['detail-type'] && !(pattern['detail-type'] as string[]).includes(event['detail-type'] as string)) return false;
  const detail = event['detail'] as Record<string, unknown>;
  return Object.entries(pattern.detail ?? {}).every(([field, values]) => values.includes(detail[field] as string));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('examples/eventbridge.ts (shown in docs/eventbridge.md)', () => {
  it("builds the two rules' event patterns", () => {
    expect(streamingRule).toStrictEqual({
      source: ['aws.chime'],
      'detail-type': ['Chime VoiceConnector Streaming Status'],
      detail: { streamingStatus: ['STARTED', 'ENDED'] },
    });
    expect(attendeeRule).toStrictEqual({
      source: ['aws.chime'],
      'detail-type': ['Chime Meeting State Change'],
      detail: { eventType: ['chime:AttendeeJoined', 'chime:AttendeeLeft'] },
    });
  });

  it('the guide shows streamingRule as its JSON', () => {
    const guide = readFileSync(new URL('../../docs/eventbridge.md', import.meta.url), 'utf8');
    const blocks = [...guide.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => JSON.parse(match[1] ?? '') as unknown);
    expect(blocks).toStrictEqual([streamingRule]);
  });

  it('narrows the documented events to their details', async () => {
    expect(await handler(loadFixture('eventbridge.voiceconnector-streaming.STARTED.json'))).toBe(
      'read arn:aws:kinesisvideo:us-east-1:123456:stream/ChimeVoiceConnector-abcdef1ghij2klmno3pqr4' +
        '-111aaa-22bb-33cc-44dd-111222/111122223333 from fragment 1234567899444',
    );
    expect(await handler(loadFixture('eventbridge.voiceconnector-streaming.ENDED.json'))).toBe(
      'call 1112-2222-4333 ended at yyyy-mm-ddThh:mm:ssZ',
    );
    expect(await handler(loadFixture('eventbridge.meeting.AttendeeJoined.json'))).toBe(
      '87654321-4321-4321-1234-111122223333 joined 87654321-4321-4321-1234-111122223333 (Voip)',
    );
    expect(await handler(loadFixture('eventbridge.meeting.AttendeeLeft.json'))).toBe(
      '87654321-4321-4321-1234-111122223333 left 87654321-4321-4321-1234-111122223333',
    );
  });

  it.each(eventBridgeFixtures.map((entry) => entry.file))('%s: handled exactly when one of the rules delivers it', async (file) => {
    const event = loadFixture(file);
    const delivered = matches(streamingRule, event) || matches(attendeeRule, event);
    const answer = await handler(event);
    expect(answer).not.toBe('ignored');
    expect(answer.startsWith('not handled: ')).toBe(!delivered);
  });

  it('logs and ignores an event it cannot parse, instead of throwing (EventBridge would retry)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cloudTrail = { ...loadFixture('eventbridge.meeting.MeetingStarted.json'), 'detail-type': 'AWS API Call via CloudTrail' };
    expect(await handler(cloudTrail)).toBe('ignored');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('detail-type');
  });
});
