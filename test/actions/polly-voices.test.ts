import { describe, expect, it } from 'vitest';
import { GENERATIVE_ONLY_VOICES } from '../../src/actions/shapes/polly-voices.js';
import { SmaValidationError, actions, validateAction } from '../../src/index.js';

const callId = 'call-id-1';

describe('a generative-only Amazon Polly voice', () => {
  it.each(Object.keys(GENERATIVE_ONLY_VOICES))('%s: Speak gets an issue on VoiceId saying why it cannot play', (voice) => {
    const result = validateAction({ Type: 'Speak', Parameters: { CallId: callId, Text: 'Hello', Engine: 'neural', VoiceId: voice } });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ path: 'Parameters.VoiceId', severity: 'error' })]);
    const message = result.issues[0]?.message;
    expect(message).toContain(`"${voice}", an Amazon Polly voice that exists only as a generative voice`);
    expect(message).toContain('allow only the "standard" and "neural" engines, so it cannot play');
  });

  it('SpeakAndGetDigits: in SpeechParameters and in FailureSpeechParameters; the builders throw', () => {
    const result = validateAction({
      Type: 'SpeakAndGetDigits',
      Parameters: {
        CallId: callId,
        RepeatDurationInMilliseconds: 5000,
        SpeechParameters: { Text: 'PIN?', VoiceId: 'Tiffany' },
        FailureSpeechParameters: { Text: 'Again', VoiceId: 'Lennart' },
      },
    });
    expect(result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path)).toEqual([
      'Parameters.SpeechParameters.VoiceId',
      'Parameters.FailureSpeechParameters.VoiceId',
    ]);
    expect(() => actions.speak({ text: 'Hello', voiceId: 'Ambre' })).toThrow(SmaValidationError);
    expect(() =>
      actions.speakAndGetDigits({
        repeatDurationInMilliseconds: 5000,
        speechParameters: { text: 'PIN?', voiceId: 'Lorenzo' },
        failureSpeechParameters: { text: 'Again' },
      }),
    ).toThrow(/cannot play/);
  });

  it('voices with a standard or neural variant stay valid', () => {
    for (const voice of ['Joanna', 'Matthew', 'Brian', 'Lea']) {
      expect(validateAction({ Type: 'Speak', Parameters: { CallId: callId, Text: 'Hello', VoiceId: voice } }).issues).toEqual([]);
    }
  });
});
