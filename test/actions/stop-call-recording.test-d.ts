import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallIdRequiredBuilder, type StopCallRecordingAction, actions } from '../../src/index.js';

describe('StopCallRecording types', () => {
  it('takes () and returns a CallIdRequiredBuilder; CallId only through onCall()', () => {
    expectTypeOf(actions.stopCallRecording()).toEqualTypeOf<CallIdRequiredBuilder<StopCallRecordingAction>>();
    expectTypeOf(actions.stopCallRecording().onCall('c-1')).toEqualTypeOf<ActionBuilder<StopCallRecordingAction>>();
    expectTypeOf<StopCallRecordingAction['Parameters']>().toEqualTypeOf<{ CallId: string }>();
    // @ts-expect-error the builder takes no params: use onCall()
    actions.stopCallRecording({ callId: 'c-1' });
    // @ts-expect-error there is no onLeg(): the docs require CallId
    actions.stopCallRecording().onLeg('LEG-A');
  });
});
