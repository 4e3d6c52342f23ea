import { sendDigitsErrors } from '../../actions/send-digits.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/** SendDigits: one tone per digit (plus 50 ms between tones), 500 ms per comma. */
export const sendDigitsBehaviour: Behaviour<'SendDigits'> = {
  type: 'SendDigits',
  errors: sendDigitsErrors,
  describe: (p) => [str(p.Digits) ?? ''],
  async perform(p, call) {
    const digits = String(p.Digits);
    const tone = Number(p.ToneDurationInMilliseconds ?? 250);
    await call.wait([...digits].reduce((total, digit) => total + (digit === ',' ? 500 : tone + 50), 0));
    call.note(`sent DTMF ${digits} on ${call.leg.tag}`);
    return { kind: 'success' };
  },
};
