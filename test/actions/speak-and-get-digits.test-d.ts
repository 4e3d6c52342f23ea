import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallIdRequiredBuilder, type SpeakAndGetDigitsAction, actions } from '../../src/index.js';

const base = { speechParameters: { text: 'PIN?' }, failureSpeechParameters: { text: 'Wrong PIN.' }, repeatDurationInMilliseconds: 10000 };

describe('SpeakAndGetDigits types', () => {
  it('is complete only after onCall(), and has no onLeg()', () => {
    const builder = actions.speakAndGetDigits(base);
    expectTypeOf(builder).toEqualTypeOf<CallIdRequiredBuilder<SpeakAndGetDigitsAction>>();
    expectTypeOf(builder.onCall('c-1')).toEqualTypeOf<ActionBuilder<SpeakAndGetDigitsAction>>();
    // @ts-expect-error without onCall() it is not a finished action builder (response() rejects it)
    const unfinished: ActionBuilder<SpeakAndGetDigitsAction> = builder;
    void unfinished;
    // @ts-expect-error SpeakAndGetDigits takes CallId only: no onLeg()
    builder.onLeg('LEG-A');
  });

  it('params are typed and complete', () => {
    // @ts-expect-error speechParameters is required
    actions.speakAndGetDigits({ failureSpeechParameters: { text: 'x' }, repeatDurationInMilliseconds: 1 });
    // @ts-expect-error failureSpeechParameters is required
    actions.speakAndGetDigits({ speechParameters: { text: 'x' }, repeatDurationInMilliseconds: 1 });
    // @ts-expect-error repeatDurationInMilliseconds is required
    actions.speakAndGetDigits({ speechParameters: { text: 'x' }, failureSpeechParameters: { text: 'x' } });
    // @ts-expect-error the failure prompt needs its own text
    actions.speakAndGetDigits({ ...base, failureSpeechParameters: { voiceId: 'Joanna' } });
    // @ts-expect-error the engines are standard and neural only
    actions.speakAndGetDigits({ ...base, speechParameters: { text: 'x', engine: 'long-form' } });
    // @ts-expect-error the text types are ssml and text
    actions.speakAndGetDigits({ ...base, failureSpeechParameters: { text: 'x', textType: 'html' } });
    // @ts-expect-error terminators are DTMF keys
    actions.speakAndGetDigits({ ...base, terminatorDigits: ['A'] });
  });
});
