// A Lambda function that is the target of EventBridge rules for
// Amazon Chime events: Voice Connector media streaming and meeting
// attendees. docs/eventbridge.md shows the regions of this file;
// test/examples/eventbridge.test.ts runs them.
import {
  chimeEventPattern,
  isMeetingStateChangeEvent,
  isVoiceConnectorStreamingEvent,
  safeParseChimeEvent,
} from 'chime-sma-kit/eventbridge';

// #region patterns
// The rules' event patterns (PutRule's EventPattern, as JSON). Only
// detail-types and values that exist compile.
export const streamingRule = chimeEventPattern('Chime VoiceConnector Streaming Status', { streamingStatus: ['STARTED', 'ENDED'] });
export const attendeeRule = chimeEventPattern('Chime Meeting State Change', { eventType: ['chime:AttendeeJoined', 'chime:AttendeeLeft'] });
// #endregion patterns

// #region handler
export async function handler(raw: unknown): Promise<string> {
  const parsed = safeParseChimeEvent(raw);
  if (!parsed.success) {
    // An event this package does not know (or a broken one):
    // log it and return, so EventBridge does not retry it.
    console.warn(parsed.error.message);
    return 'ignored';
  }
  const event = parsed.data;

  if (isVoiceConnectorStreamingEvent(event, 'STARTED')) {
    // Narrowed: detail is the STARTED detail.
    const { streamArn, startFragmentNumber } = event.detail;
    return `read ${streamArn} from fragment ${startFragmentNumber}`;
  }
  if (isVoiceConnectorStreamingEvent(event, 'ENDED')) {
    return `call ${event.detail.callId} ended at ${event.detail.endTime}`;
  }
  if (isMeetingStateChangeEvent(event, 'chime:AttendeeJoined')) {
    const { attendeeId, meetingId, networkType } = event.detail;
    return `${attendeeId} joined ${meetingId} (${networkType})`;
  }
  if (isMeetingStateChangeEvent(event, 'chime:AttendeeLeft')) {
    return `${event.detail.attendeeId} left ${event.detail.meetingId}`;
  }
  return `not handled: ${event['detail-type']}`;
}
// #endregion handler
