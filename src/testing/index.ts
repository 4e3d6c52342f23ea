/**
 * chime-sma-kit/testing: a local simulator of the SIP media application (PSTN Audio service)
 * to drive a Lambda handler through whole calls in unit tests, and event factories for unit
 * tests of single routes. Never imported by the root entry, so it stays out of Lambda bundles.
 * @packageDocumentation
 */
export { CallSimulation, simulateCall, SERVICE_TIMINGS, type SimulatedMeetingState } from './simulator.js';
export type {
  BotOutcome,
  DigitInput,
  FarEnd,
  InjectedFailure,
  InjectedFailureOf,
  Latency,
  ScheduledHangup,
  ScheduledUpdate,
  SimulatedAttendee,
  SimulatedHandler,
  SimulatedMeeting,
  SimulatorOptions,
} from './options.js';
export type { CallIdentityOptions, JsonObject, SmaIdKey } from './call-state.js';
export { applyTransactionAttributes } from './transaction-attributes.js';
export { callIssues, type CallRecord, type SimulationIssue } from './end-states.js';
export { simulateCalls, type SimulateCallsOptions } from './warm-calls.js';
export {
  pythonHandler,
  invokeUrlHandler,
  type PythonHandlerOptions,
  type RuntimeHandler,
  type InvokeUrlOptions,
} from './runtimes/index.js';
export {
  Transcript,
  describeAction,
  formatTime,
  type AttemptOutcome,
  type InvocationAttempt,
  type InvocationEntry,
  type NoteEntry,
  type ResponseHandling,
  type TranscriptEntry,
} from './transcript.js';
export {
  newInboundCallEvent,
  newOutboundCallEvent,
  ringingEvent,
  callAnsweredEvent,
  actionSuccessfulEvent,
  actionFailedEvent,
  actionInterruptedEvent,
  digitsReceivedEvent,
  hangupEvent,
  callUpdateRequestedEvent,
  invalidLambdaResponseEvent,
  type TestEventOptions,
  type ActionLike,
  type SuccessExtras,
} from './factories.js';
