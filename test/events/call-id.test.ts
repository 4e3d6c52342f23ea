import { describe, expect, it } from 'vitest';
import { SmaValidationError, actions, callIdOf, response, validateResponse } from '../../src/index.js';
import { newInboundCallEvent } from '../../src/testing/index.js';

describe('callIdOf', () => {
  const event = newInboundCallEvent();

  it("returns the leg's CallId, ready for .onCall()", () => {
    const callId = callIdOf(event, 'LEG-A');
    expect(callId).toBe(event.CallDetails.Participants[0]?.CallId);
    expect(validateResponse(response(actions.speak({ text: 'Hello' }).onCall(callId))).ok).toBe(true);
  });

  it('throws a SmaValidationError naming the missing leg, the legs the event has and what to do', () => {
    let error: unknown;
    try {
      callIdOf(event, 'LEG-B');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SmaValidationError);
    const { issues, message } = error as SmaValidationError;
    expect(issues).toEqual([expect.objectContaining({ path: 'CallDetails.Participants', code: 'missing_leg', severity: 'error' })]);
    expect(message).toContain('Invalid LEG-B CallId');
    expect(message).toContain("has no LEG-B participant (the event's legs: LEG-A)");
    expect(message).toContain("participant(event, 'LEG-B')");
    expect(message).toContain(".onLeg('LEG-B')");
  });

  it('throws on a leg without a CallId, and on an event without participants (untyped callers)', () => {
    const noCallId = {
      CallDetails: { ...event.CallDetails, Participants: [{ ...event.CallDetails.Participants[0], CallId: '' }] },
    } as typeof event;
    expect(() => callIdOf(noCallId, 'LEG-A')).toThrow(/LEG-A participant without a CallId/);
    expect(() => callIdOf({} as typeof event, 'LEG-A')).toThrow(/has no LEG-A participant \(the event's legs: none\)/);
  });
});
