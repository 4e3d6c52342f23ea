import { describe, expect, it } from 'vitest';
import { validateAction } from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { type WireEvent, recorder, reply } from './helpers.js';

const callIdOf = (event: WireEvent, tag = 'LEG-A') => String(event.CallDetails.Participants.find((leg) => leg.ParticipantTag === tag)?.CallId);

describe('rule effects: the simulator does what the service does with each broken rule', () => {
  it('ignores an empty ParticipantTag beside a valid CallId (AWS samples send it), with a warning', async () => {
    const hangup = (event: WireEvent) => ({ Type: 'Hangup', Parameters: { CallId: callIdOf(event), ParticipantTag: '', SipResponseCode: '0' } });
    const result = validateAction({ Type: 'Hangup', Parameters: { CallId: 'c-1', ParticipantTag: '', SipResponseCode: '0' } });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ path: 'Parameters.ParticipantTag', code: 'target_conflict', severity: 'warning' })]);
    const { handler, seen } = recorder((event) => (event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(hangup(event)) : reply()));
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(seen.some((event) => event.InvocationEventType === 'ACTION_FAILED')).toBe(false);
    expect(call.transcript.toText()).toContain('Hangup: Actions[0].Parameters.ParticipantTag is ignored because CallId is also set');
    expect(call.ended).toBe(true);
  });

  it('still rejects a wrong ParticipantTag without a CallId', async () => {
    const { handler, seen } = recorder((event) =>
      event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply({ Type: 'Hangup', Parameters: { ParticipantTag: '' } }) : reply(),
    );
    await simulateCall(handler);
    expect(seen.find((event) => event.InvocationEventType === 'ACTION_FAILED')?.ActionData).toMatchObject({ Type: 'Hangup', ErrorType: 'InvalidActionParameter' });
  });

  it('coerces a number sent as a string, and says so', async () => {
    const pause = { Type: 'Pause', Parameters: { DurationInMilliseconds: '2000' } };
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(pause) : reply()));
    expect(call.transcript.invocations[1]?.atMs).toBe(2000);
    expect(call.transcript.toText()).toMatch(/Pause: Actions\[0\]\.Parameters\.DurationInMilliseconds .* \(the service coerces it\)/);
  });
});
