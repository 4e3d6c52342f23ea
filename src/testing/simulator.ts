import { type Action, type ActionType, type ParticipantTag, actionSpecs } from '../actions/index.js';
import { type AnyActionSpec, byFidelity, chooseLeg, ruleEffect } from '../actions/spec.js';
import { runParameters } from '../actions/wire.js';
import type { UpdateSipMediaApplicationCallRequest } from '../calls/index.js';
import { FLOW_STEP_ATTRIBUTE } from '../flow/state.js';
import { type ValidationIssue, hasOwn, isRecord, thrownText } from '../validation/index.js';
import { type ActionContext, type DigitListener, type Outcome, behaviours } from './behaviours/index.js';
import { updateArgumentsFor, withOutboundCall } from './call-requests.js';
import {
  type CallIdentity,
  type JsonObject,
  type LegState,
  type SimulatedMeetingState,
  buildEvent,
  callDetailsOf,
  createIdentity,
} from './call-state.js';
import { checkInjectedError, errorMessageOf, failureExtrasOf, usesErrorString } from './errors.js';
import { IdSource } from './ids.js';
import { LoopGuard } from './loop-guard.js';
import type { DigitInput, InjectedFailure, SimulatedHandler, SimulatorOptions } from './options.js';
import { type CheckedAction, checkResponse } from './response-check.js';
import { showNumber } from './show.js';
import { applyTransactionAttributes } from './transaction-attributes.js';
import { type InvocationAttempt, type InvocationEntry, type NoteEntry, Transcript, describeAction } from './transcript.js';

/**
 * The service's documented timings, in milliseconds, as the simulator applies them.
 * @category Testing
 */
export const SERVICE_TIMINGS = {
  /** How long the service waits for the Lambda function before it gives up on an invocation. */
  invocationTimeoutMs: 20_000,
  /** The wait before the service retries a failed invocation (which it retries once). */
  retryDelayMs: 5_000,
  /** How long an unanswered inbound call rings when the function returns no action. */
  unansweredTimeoutMs: 30_000,
} as const;

/** Makes the context of one action run (set by CallSimulation's static block, which sees its private state). */
let createContext: (sim: CallSimulation, leg: LegState, action: JsonObject, previousRuns: number) => ActionContext;

/** The contract of an action the response check accepted (so its type is known: `checkResponse` rejects any other). */
function specOf(type: string): AnyActionSpec {
  return actionSpecs[type as ActionType] as AnyActionSpec;
}

/** Thrown inside an action's wait when UpdateSipMediaApplicationCall interrupts it. */
class Interrupted {}
/** Thrown inside an action's wait when its leg is gone (hung up) or the call ended. */
class LegGone {}

type WorldItem =
  | { at: number; kind: 'press'; key: string; leg: ParticipantTag; first?: string }
  | { at: number; kind: 'hangup'; leg: ParticipantTag; code: number; callId?: string }
  | { at: number; kind: 'update'; arguments: Record<string, string> }
  | { at: number; kind: 'flush'; leg: ParticipantTag; token: number }
  | { at: number; kind: 'unanswered' };

interface PendingAction {
  action: JsonObject;
  issues: ValidationIssue[];
  /** The leg of the event whose response held this action (the default target). */
  invokedLeg: LegState | undefined;
}

interface Running {
  leg: LegState;
  interruptible: boolean;
  /** Receives key presses on `leg`; returns `true` to end the current wait. */
  onKey?: (key: string) => boolean;
}

interface ApplyContext {
  /** The service ignores this event's actions (TransactionAttributes are still kept). */
  ignored: boolean;
  /** The leg the returned actions default to. */
  leg: LegState | undefined;
}

export type { SimulatedMeetingState } from './call-state.js';

/**
 * A simulated call through a local model of the SIP media application: it sends the handler
 * the events the service would send, runs the returned actions by the documented rules on a
 * virtual clock, and records everything in a {@link Transcript}.
 *
 * Create it with {@link simulateCall} (which also runs it) or `new CallSimulation(handler,
 * options)`; schedule more of the world with {@link CallSimulation.press},
 * {@link CallSimulation.hangUp} and {@link CallSimulation.update}, then `await run()` again.
 * @category Testing
 */
export class CallSimulation {
  /** Everything that happened, in order. */
  readonly transcript = new Transcript();
  readonly #handler: SimulatedHandler;
  readonly #options: SimulatorOptions;
  readonly #ids: IdSource;
  readonly #identity: CallIdentity;
  readonly #epoch: number;
  readonly #legs: LegState[] = [];
  readonly #world: WorldItem[] = [];
  readonly #typed: Exclude<DigitInput, string>[] = [];
  readonly #failures: (InjectedFailure & { used?: boolean })[];
  readonly #runs = new Map<string, number>();
  /** How many times each action type was performed (rejected and injected-failure runs not counted). */
  readonly #performed = new Map<string, number>();
  readonly #listeners = new Map<ParticipantTag, DigitListener>();
  readonly #recordings = new Map<string, 'recording' | 'paused' | 'stopped'>();
  #queue: PendingAction[] = [];
  #running: Running | undefined;
  #now = 0;
  #sequence = 0;
  #attributes: Record<string, string> | undefined;
  #started = false;
  #ended = false;
  #answered = false;
  #meeting: SimulatedMeetingState | undefined;
  #lastResponse: unknown;
  readonly #loops: LoopGuard;

  /**
   * @param handler - The Lambda handler under test.
   * @param options - The world: who calls, what they press, how far ends behave, failures …
   * @throws Error when an injected failure names an error type its action does not document.
   */
  constructor(handler: SimulatedHandler, options: SimulatorOptions = {}) {
    options = withOutboundCall(options);
    this.#handler = handler;
    this.#options = options;
    this.#ids = new IdSource(options.seed ?? 1);
    const inbound = (options.direction ?? 'inbound') === 'inbound';
    this.#identity = createIdentity(options, this.#ids, inbound);
    this.#epoch = options.startTimeMs ?? 1_700_000_000_000;
    this.#loops = new LoopGuard(options.loopLimit);
    this.#failures = (options.failures ?? []).map((failure) => {
      const problem = checkInjectedError(failure.action, failure.errorType);
      if (problem !== undefined) throw new Error(`Injected failure: ${problem}`);
      return { ...failure };
    });
    const digits =
      options.digits === undefined
        ? []
        : !Array.isArray(options.digits) // one input (a string or a timed entry)
          ? [options.digits as DigitInput]
          : (options.digits as readonly DigitInput[]);
    for (const input of digits) this.press(input);
    options.hangups?.forEach((hangup) => this.hangUp(hangup.leg, { atMs: hangup.atMs }));
    options.updates?.forEach((update) => this.update(update.arguments, { atMs: update.atMs }));
  }

  /** Virtual time, in milliseconds since the call started. */
  get now(): number {
    return this.#now;
  }

  /** `true` once every leg is disconnected (or the service gave up on the call). */
  get ended(): boolean {
    return this.#ended;
  }

  /** The `Sequence` of the last event sent. */
  get sequence(): number {
    return this.#sequence;
  }

  /** The TransactionAttributes the service holds for the call now. */
  get transactionAttributes(): Record<string, string> | undefined {
    return this.#attributes === undefined ? undefined : { ...this.#attributes };
  }

  /** The call's legs now, as `Participants` entries would show them (including disconnected ones). */
  get participants(): JsonObject[] {
    return callDetailsOf(
      this.#identity,
      this.#legs.map((leg) => ({ ...leg, reported: false })),
      undefined,
    ).Participants as JsonObject[];
  }

  /** The meeting the call joined, if any. */
  get meeting(): SimulatedMeetingState | undefined {
    return this.#meeting === undefined ? undefined : { meetingId: this.#meeting.meetingId, muted: [...this.#meeting.muted] };
  }

  /** The last event sent to the handler. */
  get lastEvent(): JsonObject | undefined {
    return this.transcript.invocations.at(-1)?.event;
  }

  /** The last response received (wire JSON). */
  get lastResponse(): unknown {
    return this.#lastResponse;
  }

  /** The TransactionId of the call. */
  get transactionId(): string {
    return this.#identity.transactionId;
  }

  /**
   * The caller (or the LEG-B party) presses keys: now or at `atMs` when given in the input, or
   * when the next digit collector listens for a plain string (see {@link DigitInput}).
   */
  press(input: DigitInput): this {
    const entry = typeof input === 'string' ? { keys: input } : input;
    if (!/^[0-9#*A-D]*$/.test(entry.keys))
      throw new Error(`press(): keys must be DTMF keys 0-9, #, *, A-D, got ${JSON.stringify(entry.keys)}`);
    if (entry.atMs === undefined) this.#typed.push(entry);
    else this.#schedulePresses(entry, entry.atMs);
    return this;
  }

  /** A party hangs up its leg, now or at `atMs`. */
  hangUp(leg: ParticipantTag, options: { atMs?: number; sipResponseCode?: number } = {}): this {
    this.#schedule({ at: options.atMs ?? this.#now, kind: 'hangup', leg, code: options.sipResponseCode ?? 0 });
    return this;
  }

  /** UpdateSipMediaApplicationCall is called for this transaction, now or at `atMs`. */
  update(args: Record<string, string>, options: { atMs?: number } = {}): this {
    const count = Object.keys(args).length;
    if (count > 20) throw new Error(`update(): UpdateSipMediaApplicationCall takes at most 20 Arguments, got ${count}`);
    this.#schedule({ at: options.atMs ?? this.#now, kind: 'update', arguments: { ...args } });
    return this;
  }

  /**
   * UpdateSipMediaApplicationCall with its API input (see `updateSipMediaApplicationCallRequest`),
   * checked like the API checks it and against this call's TransactionId and SIP media application id.
   */
  updateCall(request: UpdateSipMediaApplicationCallRequest, options: { atMs?: number } = {}): this {
    return this.update(updateArgumentsFor(request, this.#identity), options);
  }

  /**
   * Runs the call until it ends, or until nothing more can happen without the test (no action
   * pending and nothing scheduled). Call it again after scheduling more.
   */
  async run(): Promise<this> {
    if (!this.#started) {
      this.#started = true;
      await this.#start();
    }
    while (!this.#ended) {
      if (this.#queue.length > 0) {
        await this.#runNext();
        continue;
      }
      const item = this.#takeWorld(Number.POSITIVE_INFINITY);
      if (item === undefined) break;
      this.#now = Math.max(this.#now, item.at);
      await this.#handleWorld(item);
    }
    return this;
  }

  // ---------------------------------------------------------------------------------------
  // Call set-up

  async #start(): Promise<void> {
    const options = this.#options;
    if ((options.direction ?? 'inbound') === 'inbound') {
      const legA = this.#addLeg('LEG-A', options.from ?? '+15105550101', options.to ?? '+12065551212', 'Inbound', 'pstn', 'Connected');
      if (options.sipHeaders !== undefined) legA.sipHeaders = { ...options.sipHeaders };
      this.#note(`inbound call from ${showNumber(legA.from)} to ${showNumber(legA.to)}`);
      await this.#invokeAndApply(this.#event('NEW_INBOUND_CALL'), { ignored: false, leg: legA });
      if (!this.#answered && this.#queue.length === 0 && !this.#ended)
        this.#schedule({ at: SERVICE_TIMINGS.unansweredTimeoutMs, kind: 'unanswered' });
      return;
    }
    const legA = this.#addLeg('LEG-A', options.from ?? '+12065551212', options.to ?? '+15105550101', 'Outbound', 'pstn', undefined);
    this.#note(`outbound call from ${showNumber(legA.from)} to ${showNumber(legA.to)} (CreateSipMediaApplicationCall)`);
    const args = options.arguments;
    const data = args === undefined ? undefined : { Parameters: { Arguments: { ...args } } };
    await this.#invokeAndApply(this.#event('NEW_OUTBOUND_CALL', data), { ignored: true, leg: legA });
    if (this.#ended) return;
    await this.#invokeAndApply(this.#event('RINGING'), { ignored: true, leg: legA });
    if (this.#ended) return;
    const callee = options.callee ?? {};
    const behavior = callee.behavior ?? 'answer';
    this.#now += behavior === 'no-answer' ? SERVICE_TIMINGS.unansweredTimeoutMs : (callee.afterMs ?? 3000);
    if (behavior !== 'answer') {
      const code = behavior === 'busy' ? 486 : 480;
      legA.status = 'Disconnected';
      this.#note(`callee ${behavior === 'busy' ? 'is busy' : 'did not answer'}`);
      await this.#sendHangup(legA, code);
      return;
    }
    legA.status = 'Connected';
    this.#answered = true;
    this.#note('callee answered');
    if (callee.hangUpAfterMs !== undefined) this.hangUp('LEG-A', { atMs: this.#now + callee.hangUpAfterMs });
    await this.#invokeAndApply(this.#event('CALL_ANSWERED'), { ignored: false, leg: legA });
  }

  /** Adds (or replaces) a leg: the signature of {@link ActionContext.addLeg}, which forwards here. */
  #addLeg(...[tag, from, to, direction, kind, status]: Parameters<ActionContext['addLeg']>): LegState {
    const existing = this.#legs.findIndex((leg) => leg.tag === tag);
    if (existing >= 0) this.#legs.splice(existing, 1);
    const leg: LegState = { callId: this.#ids.uuid(), tag, from, to, direction, startMs: this.#epoch + this.#now, status, kind };
    this.#legs.push(leg);
    this.#legs.sort((a, b) => a.tag.localeCompare(b.tag));
    return leg;
  }

  // ---------------------------------------------------------------------------------------
  // Invocations

  #event(type: string, actionData?: JsonObject, topLevel?: JsonObject): JsonObject {
    return buildEvent(type, this.#sequence + 1, callDetailsOf(this.#identity, this.#legs, this.#attributes), actionData, topLevel);
  }

  /**
   * Sends one event (retrying a failed invocation once, as the service does), records it, and
   * applies the response. Returns `true` when the response replaced the pending actions.
   */
  async #invokeAndApply(event: JsonObject, context: ApplyContext, retry = true): Promise<boolean> {
    const maxInvocations = this.#options.maxInvocations ?? 1000;
    if (this.#sequence >= maxInvocations) {
      this.#note(`the service reached its limit of ${maxInvocations} invocations for the call and hangs up`, 'invocation_limit');
      this.#endCall();
      return false;
    }
    this.#sequence += 1;
    const at = this.#now;
    const attempts: InvocationAttempt[] = [];
    let response: unknown;
    let answered = false;
    for (let attempt = 1; attempt <= (retry ? 2 : 1); attempt += 1) {
      const result = await this.#callHandler(event, attempt);
      attempts.push(result.attempt);
      if (result.attempt.outcome === 'returned') {
        this.#now += result.attempt.latencyMs;
        response = result.response;
        answered = true;
        break;
      }
      this.#now += Math.min(result.attempt.latencyMs, SERVICE_TIMINGS.invocationTimeoutMs);
      if (attempt === 1 && retry) this.#now += SERVICE_TIMINGS.retryDelayMs;
    }
    const eventType = String(event.InvocationEventType);
    const actionType = isRecord(event.ActionData) && typeof event.ActionData.Type === 'string' ? event.ActionData.Type : undefined;
    const entry: InvocationEntry = {
      kind: 'invocation',
      atMs: at,
      sequence: Number(event.Sequence),
      eventType,
      event,
      attempts,
      handling: 'applied',
    };
    if (actionType !== undefined) entry.actionType = actionType;
    if (!answered) {
      entry.handling = 'failed';
      this.transcript.add(entry);
      if (!this.#ended && retry) {
        this.#note('the function failed twice: the service ends the call with 480 Unavailable');
        await this.#serviceHangup(480);
      }
      return false;
    }
    if (response !== undefined) entry.response = response;
    this.#lastResponse = response;
    const loop = context.ignored ? undefined : this.#loops.observe(entry, response);
    if (loop !== undefined) {
      this.transcript.add(entry);
      this.#note(loop, 'loop');
      this.#endCall();
      return false;
    }
    const checked = checkResponse(response);
    if (checked.kind === 'invalid') {
      entry.handling = context.ignored ? 'ignored' : 'invalid';
      entry.problems = checked.problems;
      this.transcript.add(entry);
      if (context.ignored || this.#ended) return false;
      const invalidEvent = this.#event('INVALID_LAMBDA_RESPONSE', undefined, {
        ErrorType: checked.errorType,
        ErrorMessage: checked.errorMessage,
      });
      return this.#invokeAndApply(invalidEvent, context);
    }
    if (checked.kind === 'valid') this.#attributes = applyTransactionAttributes(this.#attributes, checked.attributes);
    // Names the step the handler stored (a flow's `flow.step`, or `stepAttribute`).
    const step = checked.kind === 'valid' ? this.#attributes?.[this.#options.stepAttribute ?? FLOW_STEP_ATTRIBUTE] : undefined;
    if (step !== undefined) entry.step = step;
    if (context.ignored || this.#ended) {
      entry.handling = 'ignored';
      this.transcript.add(entry);
      return false;
    }
    this.transcript.add(entry);
    if (checked.kind === 'valid' && checked.actions !== null) {
      this.#queue = checked.actions.map((item: CheckedAction) => ({ action: item.action, issues: item.issues, invokedLeg: context.leg }));
      return true;
    }
    return false;
  }

  async #callHandler(event: JsonObject, attempt: number): Promise<{ attempt: InvocationAttempt; response?: unknown }> {
    const latency = this.#options.latencyMs;
    const latencyMs = Math.max(0, Math.round(typeof latency === 'function' ? latency(structuredClone(event), attempt) : (latency ?? 0)));
    const copy = structuredClone(event);
    const context = this.#lambdaContext(latencyMs);
    let value: unknown;
    try {
      value = await invokeHandler(this.#handler, copy, context, this.#options.handlerTimeoutMs ?? SERVICE_TIMINGS.invocationTimeoutMs);
    } catch (error) {
      return { attempt: { outcome: 'threw', latencyMs, error: thrownText(error) } };
    }
    // Never settled: the service stops waiting after its timeout.
    if (value === NEVER_SETTLED) return { attempt: { outcome: 'timed-out', latencyMs: SERVICE_TIMINGS.invocationTimeoutMs + 1 } };
    if (latencyMs > SERVICE_TIMINGS.invocationTimeoutMs) return { attempt: { outcome: 'timed-out', latencyMs } };
    let response: unknown;
    try {
      const text = value === undefined ? undefined : JSON.stringify(value);
      response = text === undefined ? undefined : JSON.parse(text);
    } catch (error) {
      return { attempt: { outcome: 'threw', latencyMs, error: `the response is not JSON-serializable (${thrownText(error)})` } };
    }
    return { attempt: { outcome: 'returned', latencyMs }, response };
  }

  #lambdaContext(latencyMs: number): JsonObject {
    const functionName = 'sma-handler';
    const arn = `arn:aws:lambda:${this.#identity.awsRegion}:${this.#identity.awsAccountId}:function:${functionName}`;
    const remaining = SERVICE_TIMINGS.invocationTimeoutMs;
    return {
      callbackWaitsForEmptyEventLoop: true,
      functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: arn,
      memoryLimitInMB: '128',
      awsRequestId: `${this.#identity.transactionId.slice(0, 8)}-request-${this.#sequence}`,
      logGroupName: `/aws/lambda/${functionName}`,
      logStreamName: `simulated/${this.#sequence}`,
      getRemainingTimeInMillis: () => Math.max(0, remaining - latencyMs),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    };
  }

  // ---------------------------------------------------------------------------------------
  // Running actions

  async #runNext(): Promise<void> {
    const pending = this.#queue.shift() as PendingAction;
    const { action } = pending;
    const type = String(action.Type);
    const parameters = isRecord(action.Parameters) ? action.Parameters : {};
    this.#runs.set(type, (this.#runs.get(type) ?? 0) + 1);
    const leg = this.#targetOf(type, parameters, pending.invokedLeg);
    const echo = (extra?: JsonObject): JsonObject => this.#echo(type, parameters, leg, extra);
    // Each issue has the effect its spec gives it: a rejection fails the action; a field the
    // service ignores or coerces is noted, and the action runs on its canonical form.
    const fidelity = this.#options.fidelity ?? 'observed';
    const rejections = pending.issues.filter((issue) => ruleEffect(specOf(type), issue, fidelity) === 'reject');
    for (const issue of pending.issues) {
      if (!rejections.includes(issue))
        this.#note(
          `${type}: ${issue.message} (the service ${ruleEffect(specOf(type), issue, fidelity) === 'coerce' ? 'coerces it' : 'ignores it'})`,
        );
    }
    if (rejections.length > 0 || leg === undefined) {
      const issue = rejections[0];
      // The documented type for a missing parameter where the action has one (Speak, VoiceFocus …).
      const errorType =
        issue !== undefined && issue.code === 'required' && hasOwn(behaviours[type as ActionType].errors, 'MissingRequiredActionParameter')
          ? 'MissingRequiredActionParameter'
          : 'InvalidActionParameter';
      const message =
        issue !== undefined
          ? issue.message
          : (behaviours[type as ActionType].missingLegMessage ?? 'CallId or ParticipantTag parameter for action is invalid.');
      this.#note(`${describeAction(action)} rejected: ${message}`);
      await this.#fail(type, echo(), leg, errorType, message);
      return;
    }
    const targeted = typeof parameters.CallId === 'string' || typeof parameters.ParticipantTag === 'string';
    this.#note(`${describeAction(action)} starts${targeted && specOf(type).targeting.kind !== 'none' ? '' : ` on ${leg.tag}`}`);
    if (behaviours[type as ActionType].answersCall !== false) this.#answered = true;
    const injected = this.#failures.find(
      (failure) =>
        !failure.used && failure.action === type && (failure.occurrence === undefined || failure.occurrence === this.#runs.get(type)),
    );
    if (injected !== undefined) {
      injected.used = true;
      this.#note(`injected failure: ${type} fails with ${injected.errorType}`);
      await this.#fail(type, echo(), leg, injected.errorType, injected.errorMessage ?? errorMessageOf(type, injected.errorType));
      return;
    }
    this.#running = { leg, interruptible: specOf(type).interruptible };
    let outcome: Outcome;
    try {
      // What the service tolerates, coerced as the validator's canonical form has it ("True" is
      // true), then the documented defaults (MaxNumberOfDigits 128 …) as the package applies them.
      const effective = runParameters(action as unknown as Action) as JsonObject;
      outcome = await behaviours[type as ActionType].perform(effective, this.#context(type as ActionType, leg, action));
    } catch (signal) {
      this.#running = undefined;
      if (signal instanceof Interrupted) {
        this.#note(`${type} on ${leg.tag} interrupted`);
        await this.#invokeAndApply(this.#event('ACTION_INTERRUPTED', { Type: type, Parameters: echo() }), { ignored: true, leg });
        return;
      }
      if (signal instanceof LegGone) {
        this.#note(`${type} on ${leg.tag} ended: ${this.#ended ? 'the call ended' : 'its leg hung up'}`);
        return;
      }
      throw signal;
    }
    this.#running = undefined;
    if (this.#ended) return;
    if (outcome.kind === 'failed') {
      await this.#fail(type, echo(), leg, outcome.errorType, outcome.errorMessage ?? errorMessageOf(type, outcome.errorType));
      return;
    }
    // 'done': the action sent its own event (Hangup).
    if (
      outcome.kind === 'success' &&
      (byFidelity(specOf(type).reportedMidList, this.#options.fidelity ?? 'observed') || this.#queue.length === 0)
    ) {
      const data: JsonObject = { Type: type, Parameters: { ...echo(), ...outcome.parameters } };
      Object.assign(data, outcome.extras);
      await this.#invokeAndApply(this.#event('ACTION_SUCCESSFUL', data), { ignored: false, leg: this.#connected(leg) });
    }
  }

  /** The echoed `Parameters` of an action: as sent, plus the leg it ran on (as the docs' examples show). */
  #echo(type: string, parameters: JsonObject, leg: LegState | undefined, extra?: JsonObject): JsonObject {
    const echoed: JsonObject = structuredClone(parameters);
    if (leg !== undefined) {
      echoed.CallId = leg.callId;
      // An action without targeting parameters (CallAndBridge) gains the A leg's CallId only.
      if (specOf(type).targeting.kind !== 'none') echoed.ParticipantTag = leg.tag;
    }
    return { ...echoed, ...extra };
  }

  async #fail(type: string, parameters: JsonObject, leg: LegState | undefined, errorType: string, message: string): Promise<void> {
    this.#queue = [];
    const data: JsonObject = { Type: type, Parameters: parameters };
    Object.assign(data, failureExtrasOf(type, leg?.callId));
    if (usesErrorString(type)) data.Error = `${errorType}: ${message}`;
    else {
      data.ErrorType = errorType;
      data.ErrorMessage = message;
    }
    await this.#invokeAndApply(this.#event('ACTION_FAILED', data), { ignored: false, leg: this.#connected(leg) });
  }

  /** The leg an action runs on, by the rule `targetOf` applies (its spec's targeting), if still connected. */
  #targetOf(type: string, parameters: JsonObject, invoked: LegState | undefined): LegState | undefined {
    const live = (leg: LegState | undefined): LegState | undefined => (leg !== undefined && leg.status === 'Connected' ? leg : undefined);
    const choice = chooseLeg(specOf(type).targeting, parameters);
    if (choice === undefined) return undefined;
    if (choice.by === 'CallId') return live(this.#legs.find((leg) => leg.callId === choice.callId));
    if (choice.by !== 'invokedLeg') return live(this.#legs.find((leg) => leg.tag === choice.tag));
    return live(invoked) ?? live(this.#legs.find((leg) => leg.tag === 'LEG-A'));
  }

  /** `leg` if still connected, else the first connected leg. */
  #connected(leg: LegState | undefined): LegState | undefined {
    if (leg !== undefined && leg.status === 'Connected') return leg;
    return this.#legs.find((candidate) => candidate.status === 'Connected');
  }

  /** What a behaviour sees of the call while its action runs on `leg` (see {@link ActionContext}). */
  #context(type: ActionType, leg: LegState, action: JsonObject): ActionContext {
    const previousRuns = this.#performed.get(type) ?? 0;
    this.#performed.set(type, previousRuns + 1);
    return createContext(this, leg, action, previousRuns);
  }

  static {
    /**
     * What a behaviour sees of the call (see {@link ActionContext}): one small object per action
     * run, its methods on the prototype (closures per run cost the simulator a quarter of its
     * speed in garbage collection). Declared here, it reads the simulation's private state.
     */
    class RunContext implements ActionContext {
      readonly #sim: CallSimulation;
      readonly #action: JsonObject;
      readonly leg: LegState;
      readonly previousRuns: number;

      constructor(sim: CallSimulation, leg: LegState, action: JsonObject, previousRuns: number) {
        this.#sim = sim;
        this.#action = action;
        this.leg = leg;
        this.previousRuns = previousRuns;
      }

      get options(): SimulatorOptions {
        return this.#sim.#options;
      }
      get now(): number {
        return this.#sim.#now;
      }
      get epoch(): number {
        return this.#sim.#epoch;
      }
      get transactionId(): string {
        return this.#sim.#identity.transactionId;
      }
      get legs(): readonly LegState[] {
        return this.#sim.#legs;
      }
      get inputExhausted(): boolean {
        return this.#sim.#world.length === 0 && this.#sim.#typed.length === 0;
      }
      get meeting(): SimulatedMeetingState | undefined {
        return this.#sim.#meeting;
      }
      set meeting(meeting: SimulatedMeetingState | undefined) {
        this.#sim.#meeting = meeting;
      }
      get recordings(): Map<string, 'recording' | 'paused' | 'stopped'> {
        return this.#sim.#recordings;
      }
      wait(ms: number): Promise<'elapsed' | 'stopped'> {
        return this.#sim.#wait(ms);
      }
      note(text: string): void {
        this.#sim.#note(text);
      }
      onKey(handler: (key: string) => boolean): void {
        const running = this.#sim.#running;
        if (running !== undefined) running.onKey = handler;
      }
      typeNext(): void {
        this.#sim.#typeNext(this.leg);
      }
      audioMs(source: unknown): number {
        return this.#sim.#audioMs(source);
      }
      addLeg(...leg: Parameters<ActionContext['addLeg']>): LegState {
        return this.#sim.#addLeg(...leg);
      }
      scheduleHangup(target: LegState, atMs: number): void {
        this.#sim.#schedule({ at: atMs, kind: 'hangup', leg: target.tag, code: 0, callId: target.callId });
      }
      listen(listener: Omit<DigitListener, 'action'>): void {
        this.#sim.#listeners.set(this.leg.tag, { ...listener, action: this.#action });
      }
      hangUpLeg(code: number, parameters: JsonObject): Promise<void> {
        return this.#sim.#hangUpLeg(this.leg, code, parameters);
      }
    }
    createContext = (sim, leg, action, previousRuns) => new RunContext(sim, leg, action, previousRuns);
  }

  #audioMs(source: unknown): number {
    const key = isRecord(source) && typeof source.Key === 'string' ? source.Key : '';
    const duration = this.#options.audioDurationMs;
    return typeof duration === 'function' ? duration(key) : (duration ?? 2000);
  }

  /** The Hangup action: the application disconnects `leg`. */
  async #hangUpLeg(leg: LegState, code: number, parameters: JsonObject): Promise<void> {
    leg.status = 'Disconnected';
    this.#note(`${leg.tag} hung up by the application (code ${code})`);
    if (leg.kind === 'meeting') {
      leg.reported = true;
      this.#meeting = undefined;
      const data: JsonObject = { Type: 'Hangup', Parameters: this.#echo('Hangup', parameters, leg) };
      this.#running = undefined;
      await this.#invokeAndApply(this.#event('ACTION_SUCCESSFUL', data), { ignored: false, leg: this.#connected(undefined) });
      return;
    }
    this.#running = undefined;
    this.#dropMeetingWith(leg);
    await this.#sendHangup(leg, code);
  }

  // ---------------------------------------------------------------------------------------
  // Hang-ups

  /** Sends the HANGUP event for a leg that just disconnected; its response counts only if a leg is still connected. */
  async #sendHangup(leg: LegState, code: number): Promise<void> {
    this.#listeners.delete(leg.tag);
    const others = this.#legs.some((candidate) => candidate.status === 'Connected');
    const data: JsonObject = { Type: 'Hangup', Parameters: { SipResponseCode: code, CallId: leg.callId, ParticipantTag: leg.tag } };
    const event = this.#event('HANGUP', data);
    for (const candidate of this.#legs) if (candidate.status === 'Disconnected') candidate.reported = true;
    if (!others) this.#endCall();
    await this.#invokeAndApply(event, { ignored: !others, leg: this.#connected(undefined) }, others);
  }

  /** A meeting leg goes with the leg that joined it. */
  #dropMeetingWith(leg: LegState): void {
    if (leg.tag !== 'LEG-A') return;
    for (const candidate of this.#legs) {
      if (candidate.kind === 'meeting' && candidate.status === 'Connected') {
        candidate.status = 'Disconnected';
        this.#meeting = undefined;
      }
    }
  }

  /** The service hangs up every connected leg (retries exhausted, invocation limit), and tears down a ringing one. */
  async #serviceHangup(code: number): Promise<void> {
    const connected = this.#legs.filter((leg) => leg.status !== 'Disconnected');
    for (const leg of connected) leg.status = 'Disconnected';
    const first = connected[0];
    if (first === undefined) {
      this.#endCall();
      return;
    }
    await this.#sendHangup(first, code);
  }

  /** Ends the call. The actions still queued never run: every reader of the queue checks `#ended` first. */
  #endCall(): void {
    this.#ended = true;
    for (const leg of this.#legs) if (leg.status === 'Connected') leg.status = 'Disconnected';
  }

  // ---------------------------------------------------------------------------------------
  // The world

  #schedule(item: WorldItem): void {
    this.#world.push(item);
  }

  #schedulePresses(entry: Exclude<DigitInput, string>, at: number): void {
    const gap = entry.gapMs ?? 200;
    [...entry.keys].forEach((key, index) => {
      const item: WorldItem = { at: at + index * gap, kind: 'press', key, leg: entry.leg ?? 'LEG-A' };
      if (index === 0) item.first = entry.keys;
      this.#schedule(item);
    });
  }

  /** The next typed (untimed) input is pressed now that a collector listens on `leg`. */
  #typeNext(leg: LegState): void {
    const index = this.#typed.findIndex((entry) => (entry.leg ?? 'LEG-A') === leg.tag);
    if (index < 0) return;
    const [entry] = this.#typed.splice(index, 1) as [Exclude<DigitInput, string>];
    this.#schedulePresses(entry, this.#now + (entry.delayMs ?? 1000));
  }

  /** Removes and returns the earliest world item due at or before `until`. */
  #takeWorld(until: number): WorldItem | undefined {
    let best: WorldItem | undefined;
    for (const item of this.#world) {
      if (item.at > until) continue;
      // Strictly earlier only: the world keeps the order things were scheduled in, so the first of a same-time tie wins.
      if (best === undefined || item.at < best.at) best = item;
    }
    if (best !== undefined) this.#world.splice(this.#world.indexOf(best), 1);
    return best;
  }

  /**
   * Lets `ms` of virtual time pass for the running action while the world goes on. Returns
   * `'stopped'` when the action's key handler asked to stop early.
   * @throws Interrupted, LegGone
   */
  async #wait(ms: number): Promise<'elapsed' | 'stopped'> {
    const until = this.#now + Math.max(0, Number.isFinite(ms) ? ms : 0);
    for (;;) {
      const item = this.#takeWorld(until);
      if (item === undefined) {
        this.#now = until;
        return 'elapsed';
      }
      this.#now = Math.max(this.#now, item.at);
      if ((await this.#handleWorld(item)) === 'stop') return 'stopped';
    }
  }

  async #handleWorld(item: WorldItem): Promise<'stop' | undefined> {
    const running = this.#running;
    switch (item.kind) {
      case 'press':
        return this.#handlePress(item.key, item.leg, item.first);
      case 'flush': {
        const listener = this.#listeners.get(item.leg);
        if (listener !== undefined && listener.token === item.token && listener.buffer !== '') {
          this.#note(`${item.leg} digits ${JSON.stringify(listener.buffer)} flushed (no match)`);
          listener.buffer = '';
        }
        return undefined;
      }
      case 'unanswered':
        if (this.#answered || this.#ended || this.#queue.length > 0) return undefined;
        this.#note(`the call was not answered within ${SERVICE_TIMINGS.unansweredTimeoutMs / 1000} s: the service ends it`);
        await this.#serviceHangup(480);
        return undefined;
      case 'update': {
        if (this.#ended) return undefined;
        this.#note(`UpdateSipMediaApplicationCall ${JSON.stringify(item.arguments)}`);
        const data = { Type: 'CallUpdateRequest', Parameters: { Arguments: item.arguments } };
        const replaced = await this.#invokeAndApply(this.#event('CALL_UPDATE_REQUESTED', data), {
          ignored: false,
          leg: this.#connected(running?.leg),
        });
        if (replaced && running !== undefined && running.interruptible) throw new Interrupted();
        if (this.#ended && running !== undefined) throw new LegGone();
        return undefined;
      }
      case 'hangup': {
        const leg = this.#legs.find(
          (candidate) => candidate.tag === item.leg && (item.callId === undefined || candidate.callId === item.callId),
        );
        if (leg === undefined || leg.status !== 'Connected' || this.#ended) return undefined;
        leg.status = 'Disconnected';
        this.#note(`${leg.tag} (${showNumber(leg.tag === 'LEG-A' && leg.direction === 'Inbound' ? leg.from : leg.to)}) hangs up`);
        this.#dropMeetingWith(leg);
        await this.#sendHangup(leg, item.code);
        if (running !== undefined && (this.#ended || running.leg.status !== 'Connected')) throw new LegGone();
        return undefined;
      }
    }
  }

  async #handlePress(key: string, tag: ParticipantTag, first: string | undefined): Promise<'stop' | undefined> {
    const leg = this.#legs.find((candidate) => candidate.tag === tag && candidate.status === 'Connected');
    if (first !== undefined) this.#note(`${tag} presses ${[...first].join(' ')}`);
    if (leg === undefined) return undefined;
    const running = this.#running;
    if (running !== undefined && running.leg === leg && running.onKey !== undefined) {
      return running.onKey(key) ? 'stop' : undefined;
    }
    const listener = this.#listeners.get(tag);
    if (listener === undefined) {
      this.#note(`${tag} key ${key} discarded (nothing listens for digits)`);
      return undefined;
    }
    if (listener.buffer !== '' && this.#now - listener.lastKeyAt > listener.interDigitMs) listener.buffer = '';
    if (listener.buffer === '') {
      listener.token += 1;
      this.#schedule({ at: this.#now + listener.flushMs, kind: 'flush', leg: tag, token: listener.token });
    }
    listener.buffer += key;
    listener.lastKeyAt = this.#now;
    if (listener.regex !== undefined && listener.regex.test(listener.buffer)) {
      const digits = listener.buffer;
      listener.buffer = '';
      listener.token += 1;
      const parameters = isRecord(listener.action.Parameters) ? listener.action.Parameters : {};
      const data: JsonObject = { ReceivedDigits: digits, Type: 'ReceiveDigits', Parameters: this.#echo('ReceiveDigits', parameters, leg) };
      await this.#invokeAndApply(this.#event('DIGITS_RECEIVED', data), { ignored: false, leg });
    }
    return undefined;
  }

  #note(text: string, code?: NoteEntry['code']): void {
    this.transcript.add(code === undefined ? { kind: 'note', atMs: this.#now, text } : { kind: 'note', atMs: this.#now, text, code });
  }
}

/** What {@link invokeHandler} resolves with when the handler neither returns nor calls back in time. */
const NEVER_SETTLED = Symbol('never settled');

/** Calls a Lambda handler the way the Lambda runtime does: promise, return value or callback. */
async function invokeHandler(handler: SimulatedHandler, event: JsonObject, context: JsonObject, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Real time: a handler whose promise never settles (or that never calls back) would hang the run.
    const timer = setTimeout(() => settle(undefined, NEVER_SETTLED), timeoutMs);
    // Not under Node (a jsdom or browser test environment), a timer is a number without unref.
    timer.unref?.();
    // The first call wins: a promise settles once, so a later callback or return is ignored.
    const settle = (error: unknown, value?: unknown): void => {
      clearTimeout(timer);
      if (error !== undefined && error !== null) reject(error);
      else resolve(value);
    };
    let returned: unknown;
    try {
      returned = handler(event, context, (error, result) => settle(error, result));
    } catch (error) {
      settle(error ?? new Error('handler threw'));
      return;
    }
    if (isThenable(returned))
      returned.then(
        (value) => settle(undefined, value),
        (error: unknown) => settle(error ?? new Error('handler rejected')),
      );
    else if (returned !== undefined || handler.length < 3) settle(undefined, returned);
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Creates a {@link CallSimulation} and runs it until the call ends or waits on the test.
 *
 * @example
 * ```ts
 * const call = await simulateCall(handler, { digits: '12345#' });
 * expect(call.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL PlayAudioAndGetDigits', …]);
 * await call.hangUp('LEG-A').run();
 * ```
 * @category Testing
 */
export async function simulateCall(handler: SimulatedHandler, options: SimulatorOptions = {}): Promise<CallSimulation> {
  return new CallSimulation(handler, options).run();
}
