import { playAudioErrors } from '../../actions/play-audio.js';
import { audioKey, str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/** PlayAudio: plays its audio `Repeat` times; a playback terminator stops it early. */
export const playAudioBehaviour: Behaviour<'PlayAudio'> = {
  type: 'PlayAudio',
  errors: playAudioErrors,
  describe: (p) => [audioKey(p.AudioSource), p.Repeat !== undefined ? `×${str(p.Repeat)}` : ''],
  async perform(p, call) {
    const terminators = Array.isArray(p.PlaybackTerminators) ? p.PlaybackTerminators.map(String) : [];
    const repeat = Math.max(1, Number(p.Repeat ?? 1));
    let stopped = false;
    if (terminators.length > 0) {
      call.onKey((key) => {
        stopped = terminators.includes(key);
        return stopped;
      });
    }
    // The repetitions play back to back: one wait for all of them, so that a huge (valid)
    // Repeat such as 2147483647 costs virtual time, not a loop of that many iterations.
    let left = repeat * call.audioMs(p.AudioSource);
    while (left > 0 && !stopped) {
      const start = call.now;
      await call.wait(left);
      left -= call.now - start;
    }
    return { kind: 'success' };
  },
};
