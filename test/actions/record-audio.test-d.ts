import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type RecordAudioAction, actions } from '../../src/index.js';

const recordingDestination = { type: 'S3', bucketName: 'voicemail' } as const;

describe('RecordAudio types', () => {
  it('targets a call or one of both legs, exclusively', () => {
    const builder = actions.recordAudio({ recordingDestination, recordingTerminators: ['#'] });
    expectTypeOf(builder.onLeg('LEG-A')).toEqualTypeOf<ActionBuilder<RecordAudioAction>>();
    // @ts-expect-error LEG-C is no participant tag
    builder.onLeg('LEG-C');
    // @ts-expect-error after onCall(), onLeg() does not exist
    builder.onCall('c-1').onLeg('LEG-A');
  });

  it('params are typed and complete', () => {
    // @ts-expect-error recordingTerminators is required
    actions.recordAudio({ recordingDestination });
    // @ts-expect-error recordingDestination is required
    actions.recordAudio({ recordingTerminators: ['#'] });
    // @ts-expect-error terminators are DTMF keys
    actions.recordAudio({ recordingDestination, recordingTerminators: ['A'] });
    // @ts-expect-error only S3 destinations exist
    actions.recordAudio({ recordingDestination: { type: 'HTTP', bucketName: 'b' }, recordingTerminators: ['#'] });
    // @ts-expect-error the destination needs a bucket
    actions.recordAudio({ recordingDestination: { type: 'S3' }, recordingTerminators: ['#'] });
    // @ts-expect-error durations are numbers (the docs' "10" is not canonical)
    actions.recordAudio({ recordingDestination, recordingTerminators: ['#'], durationInSeconds: '10' });
  });
});
