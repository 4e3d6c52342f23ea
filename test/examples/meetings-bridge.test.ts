import { CreateMeetingWithAttendeesCommand } from '@aws-sdk/client-chime-sdk-meetings';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler, joinLegacyMeeting, meetings } from '../../examples/meetings-bridge.js';
import { validateResponse } from '../../src/index.js';
import { MEETING_ID, TOKEN_A, TOKEN_B, legacyOutput, sdkMeetingsOutput } from '../meetings/outputs.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import hangup from '../fixtures/invocation.HANGUP.use-case.json' with { type: 'json' };

/** The service's answer to the example's request: the documented output shape, for these attendees. */
function outputFor(command: CreateMeetingWithAttendeesCommand, refused: string[] = []) {
  const sample = sdkMeetingsOutput();
  const ids = (command.input.Attendees ?? []).map((a) => a.ExternalUserId ?? '');
  return {
    $metadata: { httpStatusCode: 200 },
    Meeting: { ...sample.Meeting, ExternalMeetingId: command.input.ExternalMeetingId },
    Attendees: ids
      .filter((id) => !refused.includes(id))
      .map((id, index) => ({
        ExternalUserId: id,
        AttendeeId: `87654321-4321-4321-1234-11112222333${index}`,
        JoinToken: index === 0 ? TOKEN_A : TOKEN_B,
      })),
    Errors: refused.map((id) => ({ ExternalUserId: id, ErrorCode: 'Conflict', ErrorMessage: 'Attendee already exists' })),
  };
}

/** Replaces the client's network call with the answer `outputFor` gives; returns the commands sent. */
function answerWith(refused: string[] = []): CreateMeetingWithAttendeesCommand[] {
  const sent: CreateMeetingWithAttendeesCommand[] = [];
  vi.spyOn(meetings, 'send').mockImplementation((async (command: CreateMeetingWithAttendeesCommand) => {
    sent.push(command);
    return outputFor(command, refused);
  }) as unknown as typeof meetings.send);
  return sent;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('examples/meetings-bridge.ts (shown in docs/meetings-bridge.md)', () => {
  it('creates the meeting with both attendees and joins the caller on LEG-A with MeetingId', async () => {
    const sent = answerWith();
    const answer = await handler(newInboundCall);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(CreateMeetingWithAttendeesCommand);
    expect(sent[0]?.input).toStrictEqual({
      MediaRegion: 'us-east-1',
      ExternalMeetingId: 'call-call-id-1',
      Attendees: [{ ExternalUserId: 'caller-call-id-1' }, { ExternalUserId: 'agent-7' }],
    });
    expect(answer).toStrictEqual({
      SchemaVersion: '1.0',
      Actions: [{ Type: 'JoinChimeMeeting', Parameters: { ParticipantTag: 'LEG-A', JoinToken: TOKEN_A, MeetingId: MEETING_ID } }],
    });
    expect(validateResponse(answer)).toEqual({ ok: true, issues: [] });
  });

  it('reports refused attendees and hangs up when the caller has no seat', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answerWith(['caller-call-id-1']);
    const answer = await handler(newInboundCall);
    expect(answer).toStrictEqual({ SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: {} }] });
    expect(warn).toHaveBeenCalledWith('no attendee caller-call-id-1: Conflict');
  });

  it('calls no API for other events', async () => {
    const sent = answerWith();
    expect(await handler(hangup)).toStrictEqual({ SchemaVersion: '1.0', Actions: [] });
    expect(sent).toHaveLength(0);
  });

  it('legacy namespace: the action carries the join token only', () => {
    const answer = joinLegacyMeeting(legacyOutput(), 'caller-1');
    expect(answer).toStrictEqual({
      SchemaVersion: '1.0',
      Actions: [{ Type: 'JoinChimeMeeting', Parameters: { ParticipantTag: 'LEG-A', JoinToken: TOKEN_A } }],
    });
    expect(joinLegacyMeeting(legacyOutput(), 'someone-else').Actions).toStrictEqual([{ Type: 'Hangup', Parameters: {} }]);
  });

  it('legacy namespace: an output of the new namespace is refused, not silently joined without MeetingId', () => {
    expect(() => joinLegacyMeeting(sdkMeetingsOutput(), 'caller-1')).toThrow(/namespace/);
  });
});
