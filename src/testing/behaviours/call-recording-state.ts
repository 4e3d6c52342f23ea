import type { ActionType } from '../../actions/index.js';
import type { ActionContext, Outcome } from './behaviour.js';

/** Stop, Pause and Resume call recording: they need a running (or paused) recording on their leg. */
export async function setRecordingState(
  call: ActionContext,
  type: Extract<ActionType, `${string}CallRecording`>,
  next: 'stopped' | 'paused' | 'recording',
  done: string,
): Promise<Outcome> {
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
}
