import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallIdRequiredBuilder, type ResumeCallRecordingAction, actions } from '../../src/index.js';

describe('ResumeCallRecording types', () => {
  it('takes () and returns a CallIdRequiredBuilder; CallId only through onCall()', () => {
    expectTypeOf(actions.resumeCallRecording()).toEqualTypeOf<CallIdRequiredBuilder<ResumeCallRecordingAction>>();
    expectTypeOf(actions.resumeCallRecording().onCall('c-1')).toEqualTypeOf<ActionBuilder<ResumeCallRecordingAction>>();
    expectTypeOf<ResumeCallRecordingAction['Parameters']>().toEqualTypeOf<{ CallId: string }>();
    // @ts-expect-error the builder takes no params: use onCall()
    actions.resumeCallRecording({ callId: 'c-1' });
    // @ts-expect-error there is no onLeg(): the docs require CallId
    actions.resumeCallRecording().onLeg('LEG-A');
  });
});
