import type { ActionType } from '../../actions/index.js';
import type { Behaviour } from './behaviour.js';
import { callAndBridgeBehaviour } from './call-and-bridge.js';
import { hangupBehaviour } from './hangup.js';
import { joinChimeMeetingBehaviour } from './join-chime-meeting.js';
import { modifyChimeMeetingAttendeesBehaviour } from './modify-chime-meeting-attendees.js';
import { pauseCallRecordingBehaviour } from './pause-call-recording.js';
import { pauseBehaviour } from './pause.js';
import { playAudioAndGetDigitsBehaviour } from './play-audio-and-get-digits.js';
import { playAudioBehaviour } from './play-audio.js';
import { receiveDigitsBehaviour } from './receive-digits.js';
import { recordAudioBehaviour } from './record-audio.js';
import { resumeCallRecordingBehaviour } from './resume-call-recording.js';
import { sendDigitsBehaviour } from './send-digits.js';
import { speakAndGetDigitsBehaviour } from './speak-and-get-digits.js';
import { speakBehaviour } from './speak.js';
import { startBotConversationBehaviour } from './start-bot-conversation.js';
import { startCallRecordingBehaviour } from './start-call-recording.js';
import { stopCallRecordingBehaviour } from './stop-call-recording.js';
import { voiceFocusBehaviour } from './voice-focus.js';

export type { ActionContext, Behaviour, DigitListener, Outcome } from './behaviour.js';

/**
 * How the simulator performs each action type: typed over every action type, so an action
 * without a behaviour does not compile. Kept in `testing/`, out of Lambda bundles.
 */
export const behaviours: { readonly [T in ActionType]: Behaviour<T> } = {
  CallAndBridge: callAndBridgeBehaviour,
  Hangup: hangupBehaviour,
  JoinChimeMeeting: joinChimeMeetingBehaviour,
  ModifyChimeMeetingAttendees: modifyChimeMeetingAttendeesBehaviour,
  Pause: pauseBehaviour,
  PlayAudio: playAudioBehaviour,
  PlayAudioAndGetDigits: playAudioAndGetDigitsBehaviour,
  ReceiveDigits: receiveDigitsBehaviour,
  RecordAudio: recordAudioBehaviour,
  SendDigits: sendDigitsBehaviour,
  Speak: speakBehaviour,
  SpeakAndGetDigits: speakAndGetDigitsBehaviour,
  StartBotConversation: startBotConversationBehaviour,
  StartCallRecording: startCallRecordingBehaviour,
  StopCallRecording: stopCallRecordingBehaviour,
  PauseCallRecording: pauseCallRecordingBehaviour,
  ResumeCallRecording: resumeCallRecordingBehaviour,
  VoiceFocus: voiceFocusBehaviour,
};
