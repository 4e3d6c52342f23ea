import { pauseCallRecordingErrors } from '../../actions/pause-call-recording.js';
import { recordingStateBehaviour } from './call-recording-state.js';

/** PauseCallRecording: the leg's call recording is paused. */
export const pauseCallRecordingBehaviour = recordingStateBehaviour('PauseCallRecording', pauseCallRecordingErrors, 'paused', 'paused');
