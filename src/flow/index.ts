/**
 * chime-sma-kit/flow: typed call flows. Write the call as named steps whose outcomes (typed
 * from the awaited action's contract) say where the call goes next; the flow keeps its step
 * and state in the call's TransactionAttributes and compiles to the same safe handler as
 * `createSmaHandler`.
 * @packageDocumentation
 */
export { defineFlow, type Flow, type FlowHandlerOptions, type FlowSteps } from './define.js';
export { FLOW_STEP_ATTRIBUTE, FLOW_VERSION_ATTRIBUTE } from './state.js';
export type { FlowEdge } from './graph.js';
export type {
  AwaitedAction,
  AwaitsOf,
  CallUpdateOutcome,
  Choice,
  FailedOutcome,
  FailedTransitions,
  FlowDefinition,
  FlowState,
  FlowTransitions,
  FromContext,
  HangupOutcome,
  InterruptedOutcome,
  Next,
  Outcomes,
  ReportedActionType,
  StateOf,
  Step,
  StepContext,
  StepFactory,
  StepSpec,
  StoredFlowPosition,
  SuccessOutcome,
  Transition,
} from './types.js';
