import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';
import { issuesOf, triples } from './issues.js';

const base = {
  speechParameters: { text: 'Please enter your PIN.' },
  failureSpeechParameters: { text: 'Sorry, that PIN is not valid.' },
  repeatDurationInMilliseconds: 10000,
};

describe('SpeakAndGetDigits', () => {
  it('round-trips the documented example; validateAction finds no issue', () => {
    const examples = examplesOf('SpeakAndGetDigits');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      expectCleanRoundTrip(action);
    }
  });

  it('needs onCall() before it is ready and emits only what was set', () => {
    const builder = actions.speakAndGetDigits(base);
    expect(builder.ready).toBe(false);
    expect(builder.onCall('c-1').toJSON()).toEqual({
      Type: 'SpeakAndGetDigits',
      Parameters: {
        CallId: 'c-1',
        SpeechParameters: { Text: 'Please enter your PIN.' },
        FailureSpeechParameters: { Text: 'Sorry, that PIN is not valid.' },
        RepeatDurationInMilliseconds: 10000,
      },
    });
    expect(() => (builder as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(/use \.onCall\(callId\)/);
    expect(triples(validateAction(builder.toJSON()))).toEqual([['Parameters.CallId', 'required', 'error']]);
  });

  it('rejects the speech rules at their nested paths', () => {
    expect(issuesOf(() => actions.speakAndGetDigits({ repeatDurationInMilliseconds: 1 } as never))).toEqual([
      ['Parameters.SpeechParameters', 'required'],
      ['Parameters.FailureSpeechParameters', 'required'],
    ]);
    expect(
      issuesOf(() =>
        actions.speakAndGetDigits({
          ...base,
          speechParameters: { text: '', engine: 'long-form' },
          failureSpeechParameters: { text: 'y'.repeat(1001), textType: 'html', voiceId: '' },
        } as never),
      ),
    ).toEqual([
      ['Parameters.SpeechParameters.Text', 'required'],
      ['Parameters.SpeechParameters.Engine', 'enum'],
      ['Parameters.FailureSpeechParameters.Text', 'max_length'],
      ['Parameters.FailureSpeechParameters.TextType', 'enum'],
    ]);
  });

  it('shares the digit-collection rules with PlayAudioAndGetDigits', () => {
    expect(
      issuesOf(() =>
        actions.speakAndGetDigits({
          ...base,
          inputDigitsRegex: '[',
          minNumberOfDigits: 5,
          maxNumberOfDigits: 4,
          terminatorDigits: ['A'],
          inBetweenDigitsDurationInMilliseconds: 0,
          repeat: 0,
          repeatDurationInMilliseconds: 0,
        } as never),
      ),
    ).toEqual([
      ['Parameters.InputDigitsRegex', 'format'],
      ['Parameters.TerminatorDigits[0]', 'enum'],
      ['Parameters.InBetweenDigitsDurationInMilliseconds', 'min'],
      ['Parameters.Repeat', 'min'],
      ['Parameters.RepeatDurationInMilliseconds', 'min'],
      ['Parameters.MaxNumberOfDigits', 'cross_field'],
    ]);
    expect(actions.speakAndGetDigits({ ...base, minNumberOfDigits: 4, maxNumberOfDigits: 4 }).toJSON().Parameters.MaxNumberOfDigits).toBe(
      4,
    );
  });

  it('applies the defaults: failure speech falls back to the speech values, digits to their documented defaults', () => {
    const plain = actions.speakAndGetDigits(base).onCall('c-1');
    expect(effectiveParameters(plain)).toEqual({
      CallId: 'c-1',
      SpeechParameters: { Text: 'Please enter your PIN.', Engine: 'standard', TextType: 'text', VoiceId: 'Joanna' },
      FailureSpeechParameters: { Text: 'Sorry, that PIN is not valid.', Engine: 'standard', TextType: 'text', VoiceId: 'Joanna' },
      MinNumberOfDigits: 0,
      MaxNumberOfDigits: 128,
      TerminatorDigits: ['#'],
      InBetweenDigitsDurationInMilliseconds: 10000,
      Repeat: 1,
      RepeatDurationInMilliseconds: 10000,
    });
    const custom = actions
      .speakAndGetDigits({
        ...base,
        speechParameters: { text: '<speak>PIN?</speak>', engine: 'neural', textType: 'ssml', voiceId: 'Lupe', languageCode: 'es-US' },
        failureSpeechParameters: { text: 'Wrong PIN.', textType: 'text' },
      })
      .onCall('c-1');
    expect(effectiveParameters(custom).FailureSpeechParameters).toEqual({
      Text: 'Wrong PIN.',
      Engine: 'neural',
      LanguageCode: 'es-US',
      TextType: 'text',
      VoiceId: 'Lupe',
    });
    expect(custom.toJSON().Parameters.FailureSpeechParameters).toEqual({ Text: 'Wrong PIN.', TextType: 'text' });
  });
});
