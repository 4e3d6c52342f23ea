import { resumeCallRecordingErrors } from '../../actions/resume-call-recording.js';
import { recordingStateBehaviour } from './call-recording-state.js';

/** ResumeCallRecording: the leg's call recording is resumed. */
export const resumeCallRecordingBehaviour = recordingStateBehaviour(
  'ResumeCallRecording',
  resumeCallRecordingErrors,
  'recording',
  'resumed',
);
