import { stopCallRecordingErrors } from '../../actions/stop-call-recording.js';
import { recordingStateBehaviour } from './call-recording-state.js';

/** StopCallRecording: the leg's call recording is stopped. */
export const stopCallRecordingBehaviour = recordingStateBehaviour('StopCallRecording', stopCallRecordingErrors, 'stopped', 'stopped');
