import { playAudioAndGetDigitsErrors } from '../../actions/play-audio-and-get-digits.js';
import { audioKey, str } from '../show.js';
import type { Behaviour } from './behaviour.js';
import { collectDigits } from './collect-digits.js';

/** PlayAudioAndGetDigits: plays its prompt and collects digits; no valid input fails with InvalidAudioSource (its only failure example). */
export const playAudioAndGetDigitsBehaviour: Behaviour<'PlayAudioAndGetDigits'> = {
  type: 'PlayAudioAndGetDigits',
  errors: playAudioAndGetDigitsErrors,
  describe: (p) => [audioKey(p.AudioSource), `${str(p.MinNumberOfDigits) ?? '0'}–${str(p.MaxNumberOfDigits) ?? '128'} digits`],
  perform: (p, call) =>
    collectDigits(
      p,
      call,
      () => call.audioMs(p.AudioSource),
      () => call.audioMs(p.FailureAudioSource),
      {
        kind: 'failed',
        errorType: 'InvalidAudioSource',
        errorMessage: 'Audio source parameter value is invalid.',
      },
    ),
};
