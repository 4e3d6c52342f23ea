import { hangupErrors } from '../../actions/hangup.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/** Hangup: disconnects its leg; HANGUP follows (ACTION_SUCCESSFUL for the meeting leg, hangup.md). */
export const hangupBehaviour: Behaviour<'Hangup'> = {
  type: 'Hangup',
  errors: hangupErrors,
  answersCall: false,
  describe: (p) => [p.SipResponseCode !== undefined ? `code ${str(p.SipResponseCode)}` : ''],
  async perform(p, call) {
    await call.hangUpLeg(Number(p.SipResponseCode ?? 0), p);
    return { kind: 'done' };
  },
};
