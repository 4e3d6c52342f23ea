import type { Action, ActionType, ParticipantTag } from '../actions/index.js';
import type {
  ActionFailedData,
  ActionFailedEvent,
  ActionInterruptedEvent,
  ActionSuccessfulData,
  ActionSuccessfulEvent,
  CallUpdateRequestedEvent,
  HangupEvent,
  InvocationEvent,
} from '../events/index.js';
import type { InterruptibleActionType, SmaLogger } from '../handler/index.js';
import type { ResponseAction } from '../response/index.js';

/**
 * The initial state of a flow: its keys and the type of each value. Values are stored in the
 * call's TransactionAttributes as strings (`String(value)`) and read back with the type of the
 * initial value (a number with `Number`, a boolean as `"true"`), so only strings, finite
 * numbers and booleans fit.
 * @category Flow
 */
export type FlowState = Record<string, string | number | boolean>;

/**
 * The state type a flow's code sees: the initial state with literal types widened
 * (`{ wrongPins: 0 }` gives `{ wrongPins: number }`).
 * @category Flow
 */
export type StateOf<S extends FlowState> = { [K in keyof S]: S[K] extends string ? string : S[K] extends number ? number : boolean };

/**
 * An action whose result a step waits for: a finished builder (ready for `response()`) of type `T`.
 * @category Flow
 */
export interface AwaitedAction<T extends ActionType> {
  /** The action's `Type`. */
  readonly type: T;
  /** A finished builder (`onCall()` given when its docs require `CallId`). */
  readonly ready: true;
  /** The wire action. */
  toJSON(): Action;
}

/**
 * What a step's action functions and a transition's functions receive.
 * @typeParam S - the flow's state.
 * @category Flow
 */
export interface StepContext<S> {
  /** The call's flow state, read from TransactionAttributes (with the updates of the transition into this step). */
  readonly state: Readonly<S>;
  /** The event being answered, parsed. */
  readonly event: InvocationEvent;
  /** The router's logger (lines must not hold join tokens or phone numbers). */
  readonly logger: SmaLogger;
}

/**
 * A value or a function of the step's context that returns it (or a promise of it).
 * @category Flow
 */
export type FromContext<V, S> = V | ((context: StepContext<S>) => V | Promise<V>);

/**
 * What a step says and waits for. Its actions run in order: first `actions` (fire-and-forget:
 * Speak, PlayAudio, Pause, VoiceFocus, recording controls …), then `await`, the one action whose
 * result decides the step's outcome. At most 10 actions in all (the documented limit per response).
 * @typeParam T - the type of the awaited action (`never` for a step without one).
 * @typeParam S - the flow's state.
 * @category Flow
 */
export interface StepSpec<T extends ActionType, S> {
  /** The fire-and-forget actions, or a function of the context that returns them. */
  actions?: FromContext<readonly ResponseAction[], S>;
  /**
   * The awaited action: a builder, or a function of the context that returns one. A transition
   * into the step may give it instead (`{ to, await }`), for an action built from what the
   * transition learned (a join token): then write the action type here (`'JoinChimeMeeting'`).
   */
  await?: AwaitedAction<T> | T | ((context: StepContext<S>) => AwaitedAction<T> | Promise<AwaitedAction<T>>);
  /**
   * `true` when the call can end in this step in a way the flow cannot see from its actions
   * (the caller leaves a meeting or a bridged call). A step whose actions hang up ends the call
   * without it. Used by the definition-time check that every step can reach the end of the call.
   * @defaultValue false
   */
  ends?: boolean;
  /** A sentence for the Mermaid diagram and the docs. */
  description?: string;
}

/**
 * A defined step: what the `step` function a flow's `steps` receives returns.
 * @typeParam T - the type of the awaited action (`never` for a step without one).
 * @typeParam S - the flow's state.
 * @category Flow
 */
export interface Step<T extends ActionType = ActionType, S = any> {
  /** The step's specification. */
  readonly spec: StepSpec<T, S>;
  /** Phantom: the awaited action type. */
  readonly awaits?: T;
}

/**
 * The action type whose events a step's outcomes are about: its awaited action `T`, or any
 * action type for a step without one (the last action of its list reports).
 * @category Flow
 */
export type ReportedActionType<T extends ActionType> = [T] extends [never] ? ActionType : T;

/**
 * The outcome "the awaited action succeeded".
 * @category Flow
 */
export interface SuccessOutcome<T extends ActionType> {
  /** The outcome kind. */
  readonly kind: 'success';
  /** The action's `ActionData`, narrowed: `ReceivedDigits`, `RecordingDestination`, `IntentResult` … */
  readonly data: ActionSuccessfulData<T>;
  /** The whole event. */
  readonly event: ActionSuccessfulEvent<T>;
}

/**
 * The outcome "the awaited action failed", with one of its documented error types.
 * @category Flow
 */
export interface FailedOutcome<T extends ActionType> {
  /** The outcome kind. */
  readonly kind: 'failed';
  /** The documented error type (`CallNotAnswered`, `ErrorJoiningMeeting` …). */
  readonly errorType: ActionFailedData<T>['ErrorType'];
  /** The action's `ActionData` with `ErrorType` and `ErrorMessage`. */
  readonly data: ActionFailedData<T>;
  /** The whole event. */
  readonly event: ActionFailedEvent<T>;
}

/**
 * The outcome "a leg hung up" during the step.
 * @category Flow
 */
export interface HangupOutcome {
  /** The outcome kind. */
  readonly kind: 'hangup';
  /** The leg that hung up. */
  readonly leg: ParticipantTag;
  /** The whole event. */
  readonly event: HangupEvent;
}

/**
 * The outcome "UpdateSipMediaApplicationCall was called" (CALL_UPDATE_REQUESTED) during the step.
 * @category Flow
 */
export interface CallUpdateOutcome {
  /** The outcome kind. */
  readonly kind: 'callUpdate';
  /** The request's `Arguments`. */
  readonly arguments: Readonly<Record<string, string>>;
  /** The whole event. */
  readonly event: CallUpdateRequestedEvent;
}

/**
 * The outcome "the awaited action was interrupted" (ACTION_INTERRUPTED), for PlayAudio,
 * RecordAudio and Pause.
 * @category Flow
 */
export interface InterruptedOutcome<T extends ActionType> {
  /** The outcome kind. */
  readonly kind: 'interrupted';
  /** The whole event. */
  readonly event: ActionInterruptedEvent<T>;
}

/**
 * Where a transition goes: a step name, or the step with state updates and, for a step that
 * takes its awaited action from the transition (`await: 'JoinChimeMeeting'`), that action, typed
 * by the step.
 * @typeParam N - the flow's step names.
 * @typeParam S - the flow's state.
 * @typeParam D - the flow's steps by name (types each step's `await`).
 * @category Flow
 */
export type Next<N extends string, S, D = Record<N, Step>> =
  | N
  | {
      [K in N]: {
        /** The next step. */
        to: K;
        /** State updates, stored with the step. */
        state?: Partial<S>;
        /** The next step's awaited action (of the type that step awaits), when it takes it from the transition. */
        await?: AwaitedAction<K extends keyof D ? ReportedActionType<AwaitsOf<D[K]>> : ActionType>;
      };
    }[N];

/**
 * A transition chosen at run time from the outcome and the state. `to` lists every step it may
 * choose (the diagram draws an edge to each; choosing another step is an error at run time).
 * @category Flow
 */
export interface Choice<O, N extends string, S, D = Record<N, Step>> {
  /** Every step `choose` may return. */
  to: readonly N[];
  /** Chooses the next step (and state updates) from the outcome and the context. */
  choose: (outcome: O, context: StepContext<S>) => Next<N, S, D> | Promise<Next<N, S, D>>;
}

/**
 * A transition: the name of the next step, or a {@link Choice}.
 * @category Flow
 */
export type Transition<O, N extends string, S, D = Record<N, Step>> = N | Choice<O, N, S, D>;

/**
 * Failure transitions: one for every error type, or one per documented error type of the
 * awaited action with a `default` for the others. An error type the action does not document
 * does not compile.
 * @category Flow
 */
export type FailedTransitions<T extends ActionType, N extends string, S, D = Record<N, Step>> =
  | Transition<FailedOutcome<T>, N, S, D>
  | ({ [E in ActionFailedData<T>['ErrorType']]?: Transition<FailedOutcome<T>, N, S, D> } & {
      /** Every error type without its own transition. */
      default?: Transition<FailedOutcome<T>, N, S, D>;
    });

/**
 * The outcomes of a step and where each goes. Every member is optional; an outcome without a
 * transition gets the flow's default (see {@link FlowDefinition}).
 * @typeParam T - the step's awaited action type (`never` for none).
 * @typeParam N - the flow's step names.
 * @typeParam S - the flow's state.
 * @typeParam D - the flow's steps by name.
 * @category Flow
 */
export type Outcomes<T extends ActionType, N extends string, S, D = Record<N, Step>> = {
  /** The awaited action succeeded (for a step without one: its last action did). */
  success?: Transition<SuccessOutcome<ReportedActionType<T>>, N, S, D>;
  /** The awaited action failed, by documented error type. */
  failed?: FailedTransitions<ReportedActionType<T>, N, S, D>;
  /** A leg hung up: one transition, or one per leg. */
  hangup?: Transition<HangupOutcome, N, S, D> | { [L in ParticipantTag]?: Transition<HangupOutcome, N, S, D> };
  /** UpdateSipMediaApplicationCall was called: the next step's actions replace the pending ones. */
  callUpdate?: Transition<CallUpdateOutcome, N, S, D>;
} & ([ReportedActionType<T>] extends [InterruptibleActionType]
  ? {
      /**
       * The awaited action was interrupted by a call update. The service ignores the actions of
       * this response (the `callUpdate` transition already chose them), so this only updates state.
       */
      interrupted?: (outcome: InterruptedOutcome<ReportedActionType<T>>, context: StepContext<S>) => Partial<S> | void;
    }
  : {});

/**
 * Makes one step of a flow (the function a flow's `steps` receives): the awaited action's type,
 * inferred from `await`, types the step's outcomes in the flow's `on` table.
 * @typeParam S - the flow's state.
 * @category Flow
 */
export type StepFactory<S> = <T extends ActionType = never>(spec: StepSpec<T, S>) => Step<T, S>;

/**
 * The awaited action type of a defined step.
 * @category Flow
 */
export type AwaitsOf<P> = P extends Step<infer T, any> ? T : never;

/**
 * What {@link defineFlow} takes: the flow's version, its state and its steps.
 * @typeParam S - the initial state.
 * @typeParam D - the steps by name.
 * @category Flow
 */
export interface FlowDefinition<S extends FlowState, D extends Record<string, Step<ActionType, StateOf<S>>>> {
  /**
   * The flow's version, stored with the step: raise it when a redeploy renames or removes steps
   * (calls in progress then reach `onUnknownStep` if their step is gone).
   */
  version: string;
  /** The initial state: every key, with the type and value it starts with. */
  state: S;
  /**
   * The steps by name, made with the `step` function given (it types each step's context with
   * the flow's state). Names are the stable ids stored in the call: keep them across redeploys.
   */
  steps: (step: StepFactory<StateOf<NoInfer<S>>>) => D;
}

/**
 * What {@link FlowSteps.transitions} takes: the start step and where each step's outcomes go.
 * Written after the steps, so every step name and awaited action type is known: a transition
 * to a step that does not exist, or an outcome the awaited action cannot produce, does not compile.
 * @typeParam N - the step names.
 * @typeParam S - the state.
 * @typeParam D - the steps by name.
 * @category Flow
 */
export interface FlowTransitions<N extends string, S, D> {
  /** The step a new call (NEW_INBOUND_CALL, or CALL_ANSWERED of an outbound call) starts in. */
  start: N;
  /** Where each step's outcomes go, by step name. */
  on: { [K in keyof D]?: Outcomes<AwaitsOf<D[K]>, N, S, D> };
  /**
   * Where a call goes whose stored step is not a step of this flow (after a redeploy renamed
   * it) or that stores no step at all: a step name, or a function of what was stored.
   * @defaultValue the `start` step
   */
  onUnknownStep?: N | ((stored: StoredFlowPosition) => N);
}

/**
 * What a call had stored when its step is unknown to this flow.
 * @category Flow
 */
export interface StoredFlowPosition {
  /** The stored step, if any. */
  step: string | undefined;
  /** The stored flow version, if any. */
  version: string | undefined;
}
