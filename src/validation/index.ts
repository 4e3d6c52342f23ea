export {
  type Severity,
  type ValidationIssue,
  type ValidationResult,
  SmaValidationError,
  toResult,
  throwOnErrors,
  joinPath,
  thrownText,
} from './issue.js';
export {
  type Sensitivity,
  maskPhone,
  maskPhoneNumbers,
  maskSecret,
  maskSecretsIn,
  joinTokensIn,
  phoneNumbersIn,
  describeValue,
} from './mask.js';
export type {
  BaseRule,
  StringRule,
  NumberRule,
  BooleanRule,
  ArrayRule,
  ObjectRule,
  MapRule,
  FieldRule,
  FieldRules,
  RuleFor,
  Refinement,
  Report,
  RequiredMarker,
} from './rules.js';
export { deepFreeze } from './rules.js';
export {
  type Mode,
  Issues,
  isRecord,
  hasOwn,
  ownRule,
  canonicalScalar,
  checkValue,
  checkFields,
  runRefinement,
  nonEmptyStringField,
  presentRule,
  jsonByteLength,
} from './engine.js';

export { maskText } from './mask.js';
export { MAX_DEPTH, MAX_VALUES, MAX_JSON_SIZE, checkBounds } from './bounds.js';
export { setOwn, cloneJson } from './json.js';
export { numericValue } from './engine.js';
export { type RedactOptions, redact } from './redact.js';
export { escapeControls } from './engine.js';
