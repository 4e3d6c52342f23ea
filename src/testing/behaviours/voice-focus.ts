import { voiceFocusErrors } from '../../actions/voice-focus.js';
import type { Behaviour } from './behaviour.js';

/** VoiceFocus: turns noise reduction on or off for the leg (`Enable` in its canonical form). */
export const voiceFocusBehaviour: Behaviour<'VoiceFocus'> = {
  type: 'VoiceFocus',
  errors: voiceFocusErrors,
  describe: (p) => [`Enable=${String(p.Enable)}`],
  async perform(p, call) {
    call.note(`Voice Focus ${p.Enable === true ? 'enabled' : 'disabled'} on ${call.leg.tag}`);
    return { kind: 'success' };
  },
};
