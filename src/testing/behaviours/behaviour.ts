import type { ActionResultOf, ActionType, ParticipantTag } from '../../actions/index.js';
import type { ErrorMessages } from '../../actions/spec.js';
import type { JsonObject, LegKind, LegState, SimulatedMeetingState } from '../call-state.js';
import type { SimulatorOptions } from '../options.js';

/** How an action run ended, as its behaviour reports it. */
export type Outcome =
  | { kind: 'success'; extras?: JsonObject; parameters?: JsonObject }
  | { kind: 'failed'; errorType: string; errorMessage?: string }
  /** The action produced its own event (Hangup). */
  | { kind: 'done' };

/** A ReceiveDigits listener on one leg: it matches keys while other actions run. */
export interface DigitListener {
  regex: RegExp | undefined;
  interDigitMs: number;
  flushMs: number;
  buffer: string;
  lastKeyAt: number;
  token: number;
  action: JsonObject;
}

/**
 * What a behaviour may see and do of the simulated call while its action runs: the leg, virtual
 * time, the world's input, and the service's side effects (legs, meetings, recordings).
 */
export interface ActionContext {
  /** The leg the action runs on (chosen by the action's targeting). */
  readonly leg: LegState;
  /** The simulator's options (far ends, bots, meetings, durations …). */
  readonly options: SimulatorOptions;
  /** Virtual time, in milliseconds since the call started. */
  readonly now: number;
  /** The call's start, in epoch milliseconds. */
  readonly epoch: number;
  /** The call's TransactionId. */
  readonly transactionId: string;
  /** How many times an action of this type ran before this one (for per-run plans: far ends, bots). */
  readonly previousRuns: number;
  /** Every leg of the call. */
  readonly legs: readonly LegState[];
  /** `true` when no more key presses can come (nothing scheduled, nothing typed). */
  readonly inputExhausted: boolean;
  /** The meeting the call joined, if any (set it when the action joins or leaves one). */
  meeting: SimulatedMeetingState | undefined;
  /** The call-recording state of each leg, by CallId. */
  readonly recordings: Map<string, 'recording' | 'paused' | 'stopped'>;
  /** Lets `ms` of virtual time pass; `'stopped'` when the key handler asked to stop early. */
  wait(ms: number): Promise<'elapsed' | 'stopped'>;
  /** Adds a note to the transcript. */
  note(text: string): void;
  /** Receives the key presses on the leg while the action runs; return `true` to end the wait. */
  onKey(handler: (key: string) => boolean): void;
  /** The next typed (untimed) input is pressed now: a collector listens on the leg. */
  typeNext(): void;
  /** How long an audio source plays (the `audioDurationMs` option). */
  audioMs(source: unknown): number;
  /** Adds (or replaces) a leg. */
  addLeg(
    tag: ParticipantTag,
    from: string,
    to: string,
    direction: 'Inbound' | 'Outbound',
    kind: LegKind,
    status: LegState['status'],
  ): LegState;
  /** The far end of `leg` hangs up at virtual time `atMs`. */
  scheduleHangup(leg: LegState, atMs: number): void;
  /** Starts a ReceiveDigits listener on the leg (its DIGITS_RECEIVED events echo the action as sent). */
  listen(listener: Omit<DigitListener, 'action'>): void;
  /**
   * The application hangs up the leg: HANGUP is sent, or for a meeting leg ACTION_SUCCESSFUL
   * echoing `parameters`.
   */
  hangUpLeg(code: number, parameters: JsonObject): Promise<void>;
}

/**
 * How the simulator performs one action type: the salient parameters the transcript shows, and
 * what the action does to the call. The table of behaviours is typed over every action type, so
 * an action without one does not compile.
 * @typeParam T - the action type.
 */
export interface Behaviour<T extends ActionType> {
  /** The action type. */
  readonly type: T;
  /** The action's documented error types and messages (`xxxErrors`, from the action's file). */
  readonly errors: ErrorMessages<ActionResultOf<T>>;
  /** `false`: running the action does not answer an inbound call (Hangup). @defaultValue true */
  readonly answersCall?: false;
  /**
   * The documented message when the action's leg is not on the call.
   * @defaultValue "CallId or ParticipantTag parameter for action is invalid."
   */
  readonly missingLegMessage?: string;
  /** The salient parameters for the transcript, from the wire parameters as sent (possibly invalid). */
  describe(parameters: JsonObject): string[];
  /** Performs the action with its canonical parameters, documented defaults applied. */
  perform(parameters: JsonObject, context: ActionContext): Promise<Outcome>;
}

/** A regular expression, or `undefined` when it does not compile. */
export function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** How long Amazon Polly takes to say a text, roughly. */
export function speechMs(text: unknown): number {
  const length = typeof text === 'string' ? text.replace(/<[^>]*>/g, '').length : 0;
  return 500 + length * 60;
}
