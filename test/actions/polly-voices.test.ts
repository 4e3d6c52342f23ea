import { describe, expect, it } from 'vitest';
import { GENERATIVE_ONLY_VOICES } from '../../src/actions/shapes/polly-voices.js';
import { SmaValidationError, actions, validateAction } from '../../src/index.js';

const callId = 'call-id-1';

/**
 * The generative-only voices and their languages, written out from the Amazon Polly "Available
 * voices" table (the sources named in src/actions/shapes/polly-voices.ts), not read from it.
 */
const GENERATIVE_ONLY: ReadonlyArray<readonly [string, string]> = [
  ['Ambre', 'fr-FR'],
  ['Beatrice', 'it-IT'],
  ['Florian', 'fr-FR'],
  ['Lennart', 'de-DE'],
  ['Lorenzo', 'it-IT'],
  ['Tiffany', 'en-US'],
];

describe('a generative-only Amazon Polly voice', () => {
  it('the table holds exactly the voices of the Polly docs', () => {
    expect(Object.keys(GENERATIVE_ONLY_VOICES).sort()).toEqual(GENERATIVE_ONLY.map(([voice]) => voice));
  });

  it.each(GENERATIVE_ONLY)('%s: Speak gets an issue on VoiceId saying why it cannot play, with its language (%s)', (voice, language) => {
    const result = validateAction({ Type: 'Speak', Parameters: { CallId: callId, Text: 'Hello', Engine: 'neural', VoiceId: voice } });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ path: 'Parameters.VoiceId', severity: 'error' })]);
    const message = result.issues[0]?.message;
    expect(message).toBe(
      `Parameters.VoiceId is "${voice}", an Amazon Polly voice that exists only as a generative voice (${language}), ` +
        'and Speak and SpeakAndGetDigits allow only the "standard" and "neural" engines, so it cannot play; ' +
        'choose a voice with a neural or standard variant (for example "Joanna")',
    );
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
