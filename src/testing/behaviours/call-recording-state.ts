import type { ActionResultOf, ActionType } from '../../actions/index.js';
import type { ErrorMessages } from '../../actions/spec.js';
import type { Behaviour } from './behaviour.js';

/** Stop, Pause and Resume call recording: they need a running (or paused) recording on their leg. */
export function recordingStateBehaviour<T extends Extract<ActionType, `${string}CallRecording`>>(
  type: T,
  errors: ErrorMessages<ActionResultOf<T>>,
  next: 'stopped' | 'paused' | 'recording',
  done: string,
): Behaviour<T> {
  return {
    type,
    errors,
    describe: () => [],
    async perform(_p, call) {
      const { leg } = call;
      const state = call.recordings.get(leg.callId);
      if (state === undefined || state === 'stopped') {
        return {
          kind: 'failed',
          errorType: 'InvalidActionParameter',
          errorMessage: `${type}: no call recording is running on this call leg.`,
        };
      }
      call.recordings.set(leg.callId, next);
      call.note(`call recording of ${leg.tag} ${done}`);
      return { kind: 'success' };
    },
  };
}
