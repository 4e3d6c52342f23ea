import { speakErrors } from '../../actions/speak.js';
import { quoted, str } from '../show.js';
import { type Behaviour, speechMs } from './behaviour.js';

/** Speak: takes as long as Amazon Polly would to say the text. */
export const speakBehaviour: Behaviour<'Speak'> = {
  type: 'Speak',
  errors: speakErrors,
  describe: (p) => [quoted(str(p.Text) ?? '')],
  async perform(p, call) {
    await call.wait(speechMs(p.Text));
    return { kind: 'success' };
  },
};
