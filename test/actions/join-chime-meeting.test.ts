import { describe, expect, it } from 'vitest';
import { actions, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';

describe('JoinChimeMeeting', () => {
  it('round-trips the documented examples (CallId wins over ParticipantTag)', () => {
    for (const { action } of examplesOf('JoinChimeMeeting')) {
      const { actual, expected } = rebuild(action);
      expect(actual).toEqual(expected);
      expect(validateAction(action).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('allows only LEG-A, at run time too', () => {
    const builder = actions.joinChimeMeeting({ joinToken: 'token', meetingId: 'm-1' });
    expect(builder.onLeg('LEG-A').toJSON()).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { ParticipantTag: 'LEG-A', JoinToken: 'token', MeetingId: 'm-1' },
    });
    expect(() => (builder as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-B')).toThrow(/must be one of "LEG-A"/);
  });

  it('requires the join token and never echoes it', () => {
    expect(() => actions.joinChimeMeeting({ joinToken: '' })).toThrow(/JoinToken must not be empty/);
    const secret = 'c2VjcmV0LWpvaW4tdG9rZW4';
    const result = validateAction({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: { token: secret } } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
    try {
      actions.joinChimeMeeting({ joinToken: 42 as never, meetingId: secret.slice(0, 3) });
    } catch (error) {
      expect(String(error)).toContain('JoinToken must be a string');
    }
  });
});
