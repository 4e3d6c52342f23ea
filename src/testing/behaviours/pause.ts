import { pauseErrors } from '../../actions/pause.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/** Pause: waits `DurationInMilliseconds`. */
export const pauseBehaviour: Behaviour<'Pause'> = {
  type: 'Pause',
  errors: pauseErrors,
  describe: (p) => [`${str(p.DurationInMilliseconds) ?? '?'} ms`],
  async perform(p, call) {
    await call.wait(Number(p.DurationInMilliseconds));
    return { kind: 'success' };
  },
};
