import { audioKey, quoted, showNumber, str } from '../show.js';
import { type BehaviourKit, safeRegExp, speechMs } from './behaviour.js';
import { setRecordingState } from './call-recording-state.js';
import { collectDigits } from './collect-digits.js';

/** The helpers every behaviour receives (see {@link BehaviourKit}). */
export const behaviourKit: BehaviourKit = {
  str,
  quoted,
  showNumber,
  audioKey,
  safeRegExp,
  speechMs,
  collectDigits,
  setRecordingState,
};
