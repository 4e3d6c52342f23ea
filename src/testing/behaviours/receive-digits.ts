import { receiveDigitsErrors } from '../../actions/receive-digits.js';
import { str } from '../show.js';
import { type Behaviour, safeRegExp } from './behaviour.js';

/**
 * ReceiveDigits: answers at once with `ReceivedDigits: ""` (case-4.md) and keeps listening on its
 * leg; a match sends DIGITS_RECEIVED while other actions run.
 */
export const receiveDigitsBehaviour: Behaviour<'ReceiveDigits'> = {
  type: 'ReceiveDigits',
  errors: receiveDigitsErrors,
  describe: (p) => [`/${str(p.InputDigitsRegex) ?? ''}/`],
  async perform(p, call) {
    call.listen({
      // The three are required (validated before perform).
      regex: safeRegExp(String(p.InputDigitsRegex)),
      interDigitMs: Number(p.InBetweenDigitsDurationInMilliseconds),
      flushMs: Number(p.FlushDigitsDurationInMilliseconds),
      buffer: '',
      lastKeyAt: 0,
      token: 0,
    });
    call.typeNext();
    call.note(`${call.leg.tag} listens for digits matching /${String(p.InputDigitsRegex)}/`);
    return { kind: 'success', extras: { ReceivedDigits: '' } };
  },
};
