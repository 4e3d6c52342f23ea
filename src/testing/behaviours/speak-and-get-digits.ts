import { speakAndGetDigitsErrors } from '../../actions/speak-and-get-digits.js';
import { isRecord } from '../../validation/index.js';
import { quoted, str } from '../show.js';
import { type Behaviour, speechMs } from './behaviour.js';
import { collectDigits } from './collect-digits.js';

const textOf = (parameters: unknown): unknown => (isRecord(parameters) ? parameters.Text : '');

/** SpeakAndGetDigits: speaks its prompt and collects digits; no valid input fails with SystemException (its only failure example). */
export const speakAndGetDigitsBehaviour: Behaviour<'SpeakAndGetDigits'> = {
  type: 'SpeakAndGetDigits',
  errors: speakAndGetDigitsErrors,
  describe: (p) => [quoted(str(textOf(p.SpeechParameters)) ?? '')],
  perform: (p, call) =>
    collectDigits(
      p,
      call,
      () => speechMs(textOf(p.SpeechParameters)),
      () => speechMs(textOf(p.FailureSpeechParameters)),
      {
        kind: 'failed',
        errorType: 'SystemException',
        errorMessage: 'System error while running action',
      },
    ),
};
