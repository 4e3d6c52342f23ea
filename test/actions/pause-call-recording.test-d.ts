import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallIdRequiredBuilder, type PauseCallRecordingAction, actions } from '../../src/index.js';

describe('PauseCallRecording types', () => {
  it('takes () and returns a CallIdRequiredBuilder; CallId only through onCall()', () => {
    expectTypeOf(actions.pauseCallRecording()).toEqualTypeOf<CallIdRequiredBuilder<PauseCallRecordingAction>>();
    expectTypeOf(actions.pauseCallRecording().onCall('c-1')).toEqualTypeOf<ActionBuilder<PauseCallRecordingAction>>();
    expectTypeOf<PauseCallRecordingAction['Parameters']>().toEqualTypeOf<{ CallId: string }>();
    // @ts-expect-error the builder takes no params: use onCall()
    actions.pauseCallRecording({ callId: 'c-1' });
    // @ts-expect-error there is no onLeg(): the docs require CallId
    actions.pauseCallRecording().onLeg('LEG-A');
  });
});
