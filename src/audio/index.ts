export { type AudioCheckResult, type WavInfo, MAX_AUDIO_BYTES, checkAudio } from './check-audio.js';
