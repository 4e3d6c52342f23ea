import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type PlayAudioAction, actions } from '../../src/index.js';
import type { ActionResultOf, PlayAudioResult } from '../../src/internal.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;

describe('PlayAudio types', () => {
  it('targets either leg, once', () => {
    expectTypeOf(actions.playAudio({ audioSource }).onLeg('LEG-B')).toEqualTypeOf<ActionBuilder<PlayAudioAction>>();
    // @ts-expect-error LEG-C is no participant tag
    actions.playAudio({ audioSource }).onLeg('LEG-C');
    // @ts-expect-error after onLeg(), onCall() does not exist
    actions.playAudio({ audioSource }).onLeg('LEG-A').onCall('c-1');
  });

  it('requires the S3 audio source in camelCase', () => {
    // @ts-expect-error audioSource is required
    actions.playAudio({});
    // @ts-expect-error S3 is the only source type
    actions.playAudio({ audioSource: { ...audioSource, type: 'HTTP' } });
    // @ts-expect-error builder parameters are camelCase
    actions.playAudio({ AudioSource: audioSource });
  });

  it('has its result contract: documented error types, interruptible', () => {
    expectTypeOf<ActionResultOf<'PlayAudio'>>().toEqualTypeOf<PlayAudioResult>();
    expectTypeOf<PlayAudioResult['errorTypes']>().toEqualTypeOf<'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException'>();
  });
});
