import { startCallRecordingErrors } from '../../actions/start-call-recording.js';
import type { JsonObject } from '../call-state.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/** StartCallRecording: once per leg; the key follows the documented `<Location>/year/month/date/…_transactionId_callId.wav`. */
export const startCallRecordingBehaviour: Behaviour<'StartCallRecording'> = {
  type: 'StartCallRecording',
  errors: startCallRecordingErrors,
  describe: (p) => [str(p.Track) ?? '?'],
  async perform(p, call) {
    const { leg } = call;
    if (call.recordings.get(leg.callId) !== undefined) {
      return { kind: 'failed', errorType: 'InvalidActionParameter', errorMessage: 'Call recording can be started only once per call leg.' };
    }
    call.recordings.set(leg.callId, 'recording');
    const location = String((p.Destination as JsonObject).Location); // required, validated before perform
    const date = new Date(call.epoch + call.now);
    const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
    const [y, m, d] = [date.getUTCFullYear(), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
    const stamp =
      `${y}-${m}-${d}-${pad(date.getUTCHours())}-${pad(date.getUTCMinutes())}-` +
      `${pad(date.getUTCSeconds())}-${pad(date.getUTCMilliseconds(), 3)}`;
    const key = `${location}/${y}/${m}/${d}/${stamp}_${call.transactionId}_${leg.callId}.wav`;
    call.note(`recording ${String(p.Track)} of ${leg.tag} to s3://${key}`);
    return { kind: 'success', extras: { CallRecordingDestination: { Type: 'S3', Location: key } } };
  },
};
