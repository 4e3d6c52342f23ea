import { describe, expectTypeOf, it } from 'vitest';
import type { ActionErrorType, InterruptibleActionType } from '../../src/index.js';
import type { PlayAudioAndGetDigitsResult, RecordAudioResult } from '../../src/internal.js';
import type { ErrorMessages, ResultRules } from '../../src/actions/spec.js';

describe('action contracts: what each action file declares is what the types derive', () => {
  it('the documented messages list exactly the documented error types', () => {
    const complete: ErrorMessages<RecordAudioResult> = { InvalidActionParameter: '', SystemException: '' };
    expectTypeOf(complete).toHaveProperty('SystemException');
    // @ts-expect-error SystemException's message is missing
    const missing: ErrorMessages<RecordAudioResult> = { InvalidActionParameter: '' };
    // @ts-expect-error CallNotAnswered is not a documented error type of RecordAudio
    const extra: ErrorMessages<RecordAudioResult> = { InvalidActionParameter: '', SystemException: '', CallNotAnswered: '' };
    expectTypeOf([missing, extra]).not.toBeAny();
  });

  it('the parser rules cover exactly the result fields', () => {
    const rules: ResultRules<PlayAudioAndGetDigitsResult> = { successful: { ReceivedDigits: { type: 'string', required: true } } };
    expectTypeOf(rules).not.toBeAny();
    // @ts-expect-error ReceivedDigits is required in the result, so its rule says required: true
    const optional: ResultRules<PlayAudioAndGetDigitsResult> = { successful: { ReceivedDigits: { type: 'string' } } };
    const failed: ResultRules<PlayAudioAndGetDigitsResult> = {
      successful: { ReceivedDigits: { type: 'string', required: true } },
      // @ts-expect-error the result has no failure fields
      failed: {},
    };
    expectTypeOf([optional, failed]).not.toBeAny();
  });

  it('derives the interruptible actions and the error types from the result contracts', () => {
    expectTypeOf<InterruptibleActionType>().toEqualTypeOf<'PlayAudio' | 'RecordAudio' | 'Pause'>();
    expectTypeOf<ActionErrorType<'SendDigits'>>().toEqualTypeOf<'InvalidActionParameter' | 'SystemException'>();
    expectTypeOf<ActionErrorType<'CallAndBridge'>>().toEqualTypeOf<
      'CallNotAnswered' | 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException'
    >();
  });
});
