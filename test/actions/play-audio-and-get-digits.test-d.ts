import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type PlayAudioAndGetDigitsAction, actions } from '../../src/index.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'enter-pin.wav' } as const;
const base = { audioSource, failureAudioSource: audioSource, repeatDurationInMilliseconds: 10000 };

describe('PlayAudioAndGetDigits types', () => {
  it('targets a call or one of both legs, exclusively', () => {
    const builder = actions.playAudioAndGetDigits(base);
    expectTypeOf(builder.onLeg('LEG-B')).toEqualTypeOf<ActionBuilder<PlayAudioAndGetDigitsAction>>();
    // @ts-expect-error LEG-C is no participant tag
    builder.onLeg('LEG-C');
    // @ts-expect-error after onLeg(), onCall() does not exist
    builder.onLeg('LEG-A').onCall('c-1');
    // @ts-expect-error after onCall(), onLeg() does not exist
    builder.onCall('c-1').onLeg('LEG-A');
  });

  it('params are typed and complete', () => {
    // @ts-expect-error audioSource is required
    actions.playAudioAndGetDigits({ failureAudioSource: audioSource, repeatDurationInMilliseconds: 1 });
    // @ts-expect-error failureAudioSource is required
    actions.playAudioAndGetDigits({ audioSource, repeatDurationInMilliseconds: 1 });
    // @ts-expect-error repeatDurationInMilliseconds is required
    actions.playAudioAndGetDigits({ audioSource, failureAudioSource: audioSource });
    // @ts-expect-error terminators are DTMF keys
    actions.playAudioAndGetDigits({ ...base, terminatorDigits: ['A'] });
    // @ts-expect-error terminators are an array, as in the examples
    actions.playAudioAndGetDigits({ ...base, terminatorDigits: '#' });
    // @ts-expect-error digit counts are numbers
    actions.playAudioAndGetDigits({ ...base, maxNumberOfDigits: '5' });
    // @ts-expect-error only S3 audio sources exist
    actions.playAudioAndGetDigits({ ...base, failureAudioSource: { type: 'HTTP', bucketName: 'b', key: 'k' } });
  });
});
