/**
 * chime-sma-kit: typed events, validated action builders and responses for Amazon Chime SDK
 * SIP media application (PSTN Audio) Lambda functions.
 * @packageDocumentation
 */

// This list is the root entry's whole public surface: what users call and the types they name.
// The rule machinery (specs, rules) stays out; tests reach it through src/internal.ts. Each change
// shows in api/index.api.md (`npm run api:update`), which npm test compares.

// Actions: the builders (only under `actions`) and what they build
export {
  actions,
  isActionBuilder,
  isActionType,
  ACTION_TYPES,
} from './actions/index.js';

// Actions: checking a plain wire action and reading its effective parameters
export {
  validateAction,
  effectiveParameters,
} from './actions/wire.js';

// Actions: the union of wire actions and the builder types
export type {
  Action,
  ActionType,
  ActionOfType,
  ParametersOf,
  ActionBuilder,
  TargetableActionBuilder,
  CallIdRequiredBuilder,
} from './actions/index.js';

// Actions: what each builder takes (camelCase, with the wire fields' docs), and the wire types,
// PascalCase exactly as the service reads them: every type of the action files but their result
// contracts (`XxxResult`), listed by `npm run generate` (scripts/generate-action-registry.mjs)
// <generated: builder params (npm run generate)>
export type {
  CallAndBridgeParams,
  HangupParams,
  JoinChimeMeetingParams,
  ModifyChimeMeetingAttendeesParams,
  PauseParams,
  PlayAudioAndGetDigitsParams,
  PlayAudioParams,
  ReceiveDigitsParams,
  RecordAudioParams,
  SendDigitsParams,
  SpeakAndGetDigitsParams,
  SpeakParams,
  StartBotConversationBaseParams,
  StartCallRecordingParams,
  VoiceFocusParams,
  CallAndBridgeEndpointParams,
  S3AudioSourceParams,
  DigitCollectionParams,
  RecordAudioDestinationParams,
  SpeechParams,
  FailureSpeechParams,
  StartBotConversationConfigurationParams,
  StartCallRecordingDestinationParams,
  StartBotConversationSessionStateParams,
  StartBotConversationWelcomeMessageParams,
  StartBotConversationDialogActionParams,
  StartBotConversationConfigurationWithoutWelcomeParams,
  StartBotConversationConfigurationWithWelcomeParams,
  StartBotConversationParams,
} from './actions/index.js';
// </generated>

// <generated: wire types (npm run generate)>
export type {
  BridgeEndpointType,
  CallAndBridgeEndpoint,
  CallAndBridgeParameters,
  CallAndBridgeAction,
  SipResponseCode,
  HangupParameters,
  HangupAction,
  JoinChimeMeetingParameters,
  JoinChimeMeetingAction,
  ModifyChimeMeetingAttendeesOperation,
  ModifyChimeMeetingAttendeesParameters,
  ModifyChimeMeetingAttendeesAction,
  PauseParameters,
  PauseAction,
  PlayAudioParameters,
  PlayAudioAction,
  PlayAudioAndGetDigitsParameters,
  PlayAudioAndGetDigitsAction,
  ReceiveDigitsParameters,
  ReceiveDigitsAction,
  RecordAudioDestination,
  RecordAudioParameters,
  RecordAudioAction,
  SendDigitsParameters,
  SendDigitsAction,
  SpeakParameters,
  SpeakAction,
  SpeakAndGetDigitsParameters,
  SpeakAndGetDigitsAction,
  StartBotConversationParameters,
  StartBotConversationConfiguration,
  StartBotConversationSessionState,
  StartBotConversationDialogAction,
  StartBotConversationWelcomeMessage,
  StartBotConversationAction,
  StartCallRecordingParameters,
  StartCallRecordingDestination,
  StartCallRecordingAction,
  StopCallRecordingParameters,
  StopCallRecordingAction,
  PauseCallRecordingParameters,
  PauseCallRecordingAction,
  ResumeCallRecordingParameters,
  ResumeCallRecordingAction,
  VoiceFocusParameters,
  VoiceFocusAction,
} from './actions/index.js';
// </generated>

// Actions: the wire types of the shapes several actions share
export type {
  SpeechParameters,
  FailureSpeechParameters,
  SpeechEngine,
  SpeechTextType,
  DigitCollectionParameters,
  S3AudioSource,
  SipHeaders,
  ParticipantTag,
  DtmfDigit,
} from './actions/index.js';

// Actions: documented values and limits
export {
  PARTICIPANT_TAGS,
  DTMF_DIGITS,
  E164,
  SIP_HEADER_MAX_LENGTH,
  RESERVED_SIP_HEADER_PREFIX,
  STANDARD_SIP_HEADERS,
  SPEECH_ENGINES,
  SPEECH_TEXT_TYPES,
  SPEECH_TEXT_MAX_LENGTH,
  BOT_CONFIGURATION_MAX_BYTES,
} from './actions/index.js';

// Responses and transaction attributes
export {
  response,
  readTransactionAttributes,
  updateTransactionAttributes,
  clearTransactionAttributes,
  validateResponse,
  MAX_ACTIONS_PER_RESPONSE,
  MAX_TRANSACTION_ATTRIBUTES,
  LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  MAX_TRANSACTION_ATTRIBUTES_BYTES,
} from './response/index.js';

// Responses: types
export type {
  SmaResponse,
  ResponseAction,
  TransactionAttributes,
  AttributeShape,
  TransactionAttributesCarrier,
  TransactionAttributesCallDetails,
  TransactionAttributesLimits,
  ValidateResponseOptions,
} from './response/index.js';

// Events: parsing, guards and legs
export {
  parseInvocationEvent,
  safeParseInvocationEvent,
  isEventType,
  isActionSuccessful,
  isActionFailed,
  isActionInterrupted,
  isInvocationEventType,
  INVOCATION_EVENT_TYPES,
  participant,
  invokedLeg,
  targetOf,
} from './events/index.js';
export { callIdOf } from './events/call-id.js';

// Events: the invocation events
export type {
  InvocationEvent,
  InvocationEventOf,
  InvocationEventType,
  EventEnvelope,
  CallDetails,
  Participant,
  NewInboundCallEvent,
  NewOutboundCallEvent,
  NewOutboundCallActionData,
  RingingEvent,
  CallAnsweredEvent,
  ActionSuccessfulEvent,
  ActionSuccessfulEventOf,
  ActionSuccessfulData,
  ActionFailedEvent,
  ActionFailedEventOf,
  ActionFailedData,
  ActionFailure,
  ActionInterruptedEvent,
  ActionInterruptedEventOf,
  ActionInterruptedData,
  HangupEvent,
  HangupActionData,
  HangupEventParameters,
  InvalidLambdaResponseEvent,
  InvalidLambdaResponseActionData,
  InvalidLambdaResponseErrorType,
  DigitsReceivedEvent,
  DigitsReceivedActionData,
  CallUpdateRequestedEvent,
  CallUpdateRequestedActionData,
  SafeParseResult,
  ActionTarget,
} from './events/index.js';

// Events: what an action's result adds to ActionData
export type {
  ActionDataBase,
  ActionErrorType,
  GenericActionErrorType,
  EchoedParameters,
  ActionResultExtras,
  ActionResultExtra,
  SuccessExtrasOf,
  FailureExtrasOf,
  ParameterExtrasOf,
  RecordingDestinationResult,
  CallRecordingDestinationResult,
  IntentResult,
  BotIntent,
  BotSlot,
  BotSlotValue,
} from './events/index.js';

// Handler: the typed router
export {
  createSmaHandler,
  isIgnoredEvent,
} from './handler/index.js';

// Handler: types
export type {
  SmaHandler,
  SmaHandlerOptions,
  SmaRoutes,
  ExhaustiveSmaRoutes,
  ActionRoutes,
  ExhaustiveActionRoutes,
  ActionEventType,
  ActionEventOf,
  InterruptibleActionType,
  Route,
  RouteContext,
  RouteResult,
  WithAttributes,
  FallbackInfo,
  FallbackReason,
  UnrecognizedEvent,
  SmaLogger,
} from './handler/index.js';

// Validation, errors and redaction
export {
  SmaValidationError,
  redact,
  maskPhone,
  MAX_DEPTH,
  MAX_VALUES,
  MAX_JSON_SIZE,
} from './validation/index.js';

// Validation: types
export type {
  ValidationIssue,
  ValidationResult,
  Severity,
  Sensitivity,
  RedactOptions,
} from './validation/index.js';

// Audio files
export {
  checkAudio,
  MAX_AUDIO_BYTES,
} from './audio/index.js';

// Audio files: types
export type {
  AudioCheckResult,
  WavInfo,
} from './audio/index.js';

// Calls: the API inputs that start and update SIP media application calls
export {
  createSipMediaApplicationCallRequest,
  updateSipMediaApplicationCallRequest,
  validateCreateSipMediaApplicationCallRequest,
  validateUpdateSipMediaApplicationCallRequest,
} from './calls/index.js';

// Calls: types
export type {
  CreateSipMediaApplicationCallRequest,
  UpdateSipMediaApplicationCallRequest,
} from './calls/index.js';
