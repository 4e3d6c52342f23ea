import { describe, expect, it } from 'vitest';
import { validateAction } from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { type WireEvent, recorder, reply } from './helpers.js';

const callIdOf = (event: WireEvent, tag = 'LEG-A') =>
  String(event.CallDetails.Participants.find((leg) => leg.ParticipantTag === tag)?.CallId);

describe('rule effects: the simulator does what the service does with each broken rule', () => {
  it('ignores an empty ParticipantTag beside a valid CallId (AWS samples send it), with a warning', async () => {
    const hangup = (event: WireEvent) => ({
      Type: 'Hangup',
      Parameters: { CallId: callIdOf(event), ParticipantTag: '', SipResponseCode: '0' },
    });
    const result = validateAction({ Type: 'Hangup', Parameters: { CallId: 'c-1', ParticipantTag: '', SipResponseCode: '0' } });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'Parameters.ParticipantTag', code: 'target_conflict', severity: 'warning' }),
    ]);
    const { handler, seen } = recorder((event) => (event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(hangup(event)) : reply()));
    const call = await simulateCall(handler);
    expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(seen.some((event) => event.InvocationEventType === 'ACTION_FAILED')).toBe(false);
    expect(call.transcript.toText()).toContain('Hangup: Actions[0].Parameters.ParticipantTag is ignored because CallId is also set');
    expect(call.ended).toBe(true);
  });

  it('Hangup with ParticipantTag "" and no CallId (a public sample): rejected with fidelity "docs", ignored as observed', async () => {
    const answer = (event: WireEvent) =>
      event.InvocationEventType === 'NEW_INBOUND_CALL'
        ? reply({ Type: 'Hangup', Parameters: { SipResponseCode: '0', ParticipantTag: '' } })
        : reply();
    const docs = recorder(answer);
    await simulateCall(docs.handler, { fidelity: 'docs' });
    expect(docs.seen.find((event) => event.InvocationEventType === 'ACTION_FAILED')?.ActionData).toMatchObject({
      Type: 'Hangup',
      ErrorType: 'InvalidActionParameter',
    });
    const observed = await simulateCall(answer);
    expect(observed.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'HANGUP LEG-A']);
    expect(observed.transcript.toText()).toContain('(the service ignores it)');
    // Other actions keep the docs' rule: an empty ParticipantTag without CallId is rejected.
    const play = { Type: 'PlayAudio', Parameters: { ParticipantTag: '', AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } };
    const other = recorder((event) => (event.InvocationEventType === 'NEW_INBOUND_CALL' ? reply(play) : reply()));
    await simulateCall(other.handler);
    expect(other.seen.find((event) => event.InvocationEventType === 'ACTION_FAILED')?.ActionData).toMatchObject({
      Type: 'PlayAudio',
      ErrorType: 'InvalidActionParameter',
    });
  });

  it('coerces a number sent as a string, and says so', async () => {
    const pause = { Type: 'Pause', Parameters: { DurationInMilliseconds: '2000' } };
    const call = await simulateCall((event: WireEvent) => (event.Sequence === 1 ? reply(pause) : reply()));
    expect(call.transcript.invocations[1]?.atMs).toBe(2000);
    expect(call.transcript.toText()).toMatch(/Pause: Actions\[0\]\.Parameters\.DurationInMilliseconds .* \(the service coerces it\)/);
  });
});
