import { describe, expectTypeOf, it } from 'vitest';
import { createSmaHandler } from '../../src/index.js';
import { type CallSimulation, type InjectedFailure, type SimulatorOptions, simulateCall } from '../../src/testing/index.js';

describe('simulator types', () => {
  it('takes routers and plain Lambda handlers', () => {
    expectTypeOf(simulateCall(createSmaHandler({}))).resolves.toEqualTypeOf<CallSimulation>();
    expectTypeOf(
      simulateCall(async (event: { InvocationEventType: string }) => ({
        SchemaVersion: '1.0',
        Actions: [],
        type: event.InvocationEventType,
      })),
    ).resolves.toEqualTypeOf<CallSimulation>();
  });

  it('checks injected failures against the documented error types of the action', () => {
    const ok: InjectedFailure[] = [
      { action: 'JoinChimeMeeting', errorType: 'ErrorJoiningMeeting' },
      { action: 'CallAndBridge', errorType: 'CallNotAnswered', occurrence: 2 },
      { action: 'StartCallRecording', errorType: 'NoAccessToDestination', errorMessage: 'denied' },
    ];
    expectTypeOf(ok).toExtend<SimulatorOptions['failures']>();
    // @ts-expect-error ErrorJoiningMeeting is a JoinChimeMeeting error, not a PlayAudio one
    const wrong: InjectedFailure = { action: 'PlayAudio', errorType: 'ErrorJoiningMeeting' };
    // @ts-expect-error not an action type
    const unknown: InjectedFailure = { action: 'Dance', errorType: 'SystemException' };
    void [wrong, unknown];
  });

  it('types the world the test controls', () => {
    // @ts-expect-error a leg is LEG-A or LEG-B
    const badLeg: SimulatorOptions = { hangups: [{ leg: 'LEG-C', atMs: 1 }] };
    // @ts-expect-error the SMA id key has two documented spellings only
    const badKey: SimulatorOptions = { smaIdKey: 'SmaId' };
    // @ts-expect-error digits with timing need their keys
    const badDigits: SimulatorOptions = { digits: [{ atMs: 1000 }] };
    void [badLeg, badKey, badDigits];
  });
});
