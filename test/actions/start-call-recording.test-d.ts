import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallIdRequiredBuilder, type StartCallRecordingAction, actions } from '../../src/index.js';

const destination = { type: 'S3', location: 'recordings' } as const;

describe('StartCallRecording types', () => {
  it('returns a CallIdRequiredBuilder that becomes ready with onCall()', () => {
    const builder = actions.startCallRecording({ track: 'BOTH', destination });
    expectTypeOf(builder).toEqualTypeOf<CallIdRequiredBuilder<StartCallRecordingAction>>();
    // `false`, branded with the fix the compiler shows (see test/response/compiler-message.test.ts)
    expectTypeOf(builder.ready).toExtend<false>();
    expectTypeOf(builder.ready).not.toEqualTypeOf<boolean>();
    expectTypeOf(builder.onCall('c-1')).toEqualTypeOf<ActionBuilder<StartCallRecordingAction>>();
    expectTypeOf(builder.toJSON().Parameters).not.toHaveProperty('CallId');
    // @ts-expect-error the recording actions take CallId only: there is no onLeg()
    builder.onLeg('LEG-A');
    // @ts-expect-error after onCall(), onCall() does not exist any more
    builder.onCall('c-1').onCall('c-2');
  });

  it('types track and destination', () => {
    // @ts-expect-error track is BOTH, INCOMING or OUTGOING
    actions.startCallRecording({ track: 'STEREO', destination });
    // @ts-expect-error destination is required
    actions.startCallRecording({ track: 'BOTH' });
    // @ts-expect-error the only destination type is S3
    actions.startCallRecording({ track: 'BOTH', destination: { type: 'Amazon S3', location: 'recordings' } });
    // @ts-expect-error CallId is set with onCall(), not as a param
    actions.startCallRecording({ track: 'BOTH', destination, callId: 'c-1' });
  });
});
