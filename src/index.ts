/**
 * chime-sma-kit: typed events, validated action builders and responses for Amazon Chime SDK
 * SIP media application (PSTN Audio) Lambda functions.
 * @packageDocumentation
 */
export {
  type Severity,
  type ValidationIssue,
  type ValidationResult,
  type Sensitivity,
  SmaValidationError,
  maskPhone,
  type RedactOptions,
  redact,
  MAX_DEPTH,
  MAX_VALUES,
  MAX_JSON_SIZE,
} from './validation/index.js';
export * from './actions/index.js';
export { validateAction, effectiveParameters } from './actions/validate.js';
export * from './response/index.js';
export { type AudioCheckResult, type WavInfo, MAX_AUDIO_BYTES, checkAudio } from './audio/index.js';
export * from './events/index.js';
export { callIdOf } from './events/call-id.js';
export * from './handler/index.js';
