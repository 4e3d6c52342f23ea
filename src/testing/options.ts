import type { ActionType, ParticipantTag } from '../actions/index.js';
import type { CreateSipMediaApplicationCallRequest } from '../calls/index.js';
import type { ActionErrorType } from '../events/index.js';
import type { CallIdentityOptions, JsonObject } from './call-state.js';

/**
 * Keys the caller presses. A string is typed when the next digit-collecting action starts
 * listening (PlayAudioAndGetDigits, SpeakAndGetDigits, ReceiveDigits, RecordAudio terminators):
 * each such action, and each repeat attempt of one, takes the next string. An object with
 * `atMs` presses its keys at that virtual time instead, whoever listens.
 * @category Testing
 */
export type DigitInput =
  | string
  | {
      /** The keys, `0`–`9`, `#`, `*` (and `A`–`D`). */
      keys: string;
      /** Virtual time of the first key, in ms since the call started; omit to type when the next collector listens. */
      atMs?: number;
      /** Without `atMs`: delay after the collector starts listening. @defaultValue 1000 */
      delayMs?: number;
      /** Time between two keys. @defaultValue 200 */
      gapMs?: number;
      /** The leg whose party presses the keys. @defaultValue `"LEG-A"` */
      leg?: ParticipantTag;
    };

/**
 * How a called party behaves: the callee of an outbound call, or the far end of a
 * CallAndBridge.
 * @category Testing
 */
export interface FarEnd {
  /**
   * - `answer`: answers after `afterMs`;
   * - `busy`: rejects the call after `afterMs` (SIP 486);
   * - `no-answer`: rings until the caller gives up (CallAndBridge `CallTimeoutSeconds`, 30 s for an outbound call).
   * @defaultValue `"answer"`
   */
  behavior?: 'answer' | 'busy' | 'no-answer';
  /** Ringing time before the answer or the busy signal. @defaultValue 3000 */
  afterMs?: number;
  /** When set, the party hangs up this long after answering. */
  hangUpAfterMs?: number;
}

/**
 * A failure injected into the next run of action `T` (or its `occurrence`-th run), with one of
 * that action's documented error types.
 * @typeParam T - the action type.
 * @category Testing
 */
export interface InjectedFailureOf<T extends ActionType> {
  /** The action type that fails, such as `"JoinChimeMeeting"`. */
  action: T;
  /** A documented `ErrorType` of that action (`"ErrorJoiningMeeting"`, `"CallNotAnswered"` …). */
  errorType: ActionErrorType<T>;
  /** The message. @defaultValue the documented message of that error type, if any */
  errorMessage?: string;
  /** Which run of that action type fails, counting from 1. @defaultValue the next run */
  occurrence?: number;
}

/**
 * A failure injected into an action run: {@link InjectedFailureOf} for any action type, so the
 * error type is checked against the action's documented ones (and again at run time).
 * @category Testing
 */
export type InjectedFailure = { [T in ActionType]: InjectedFailureOf<T> }[ActionType];

/**
 * An attendee of a {@link SimulatedMeeting}.
 * @category Testing
 */
export interface SimulatedAttendee {
  /** The attendee's id (what ModifyChimeMeetingAttendees names). */
  attendeeId: string;
  /** The attendee's join token (what JoinChimeMeeting sends). */
  joinToken: string;
}

/**
 * A meeting the simulated service knows: JoinChimeMeeting accepts only these attendees' join
 * tokens and ModifyChimeMeetingAttendees only these attendee ids. Without any meeting
 * configured, every join token joins.
 * @category Testing
 */
export interface SimulatedMeeting {
  /** The meeting's id. */
  meetingId: string;
  /** Its attendees and their join tokens. */
  attendees: readonly SimulatedAttendee[];
}

/**
 * A party hanging up at a fixed virtual time.
 * @category Testing
 */
export interface ScheduledHangup {
  /** The leg whose party hangs up. */
  leg: ParticipantTag;
  /** When, in ms since the call started. */
  atMs: number;
}

/**
 * An UpdateSipMediaApplicationCall request at a fixed virtual time.
 * @category Testing
 */
export interface ScheduledUpdate {
  /** When, in ms since the call started. */
  atMs: number;
  /** The request's `Arguments` (0 to 20 string pairs). */
  arguments: Record<string, string>;
}

/**
 * What an Amazon Lex bot concludes in a StartBotConversation.
 * @category Testing
 */
export interface BotOutcome {
  /** The intent. @defaultValue `"FallbackIntent"` */
  intentName?: string;
  /** The intent state. @defaultValue `"Fulfilled"` */
  state?: 'Fulfilled' | 'ReadyForFulfillment' | 'Failed' | 'InProgress';
  /** Filled slots, by name (interpreted values). */
  slots?: Record<string, string>;
  /** Session attributes the bot returns. */
  sessionAttributes?: Record<string, string>;
  /** How long the conversation lasts. @defaultValue 10000 */
  durationMs?: number;
}

/**
 * The handler the simulator drives: a Lambda handler taking the event (and a context and a
 * callback, like `Handler` from `@types/aws-lambda`) and returning the response or a promise of it.
 * @category Testing
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SimulatedHandler = (event: any, context: any, callback: (error?: unknown, result?: unknown) => void) => unknown;

/**
 * How long an invocation takes on the virtual clock: a number, or a function of the event and
 * the attempt (1 for the first, 2 for the service's retry).
 * @category Testing
 */
export type Latency = number | ((event: JsonObject, attempt: number) => number);

/**
 * Everything a test controls about a simulated call.
 * @category Testing
 */
export interface SimulatorOptions extends CallIdentityOptions {
  /**
   * `inbound`: a caller dials the SIP media application (NEW_INBOUND_CALL);
   * `outbound`: CreateSipMediaApplicationCall dials out (NEW_OUTBOUND_CALL → RINGING → CALL_ANSWERED).
   * @defaultValue `"inbound"`
   */
  direction?: 'inbound' | 'outbound';
  /**
   * Where the service's docs and working public Lambdas disagree, which one the simulator
   * follows: `observed` (what public Lambdas that work in production rely on) or `docs` (the
   * documentation's reading). Each case and its evidence is on the Service quirks page; today:
   * whether ReceiveDigits' success is reported before the rest of its action list runs (`docs`)
   * or only at the end of the list, like the other actions (`observed`); and whether a Hangup
   * with `ParticipantTag: ""` and no CallId fails (`docs`) or hangs up the invoked leg (`observed`).
   * @defaultValue `"observed"`
   */
  fidelity?: 'observed' | 'docs';
  /**
   * LEG-A's `From`: the caller (inbound) or the SMA's number (outbound).
   * @defaultValue `"+15105550101"` inbound, `"+12065551212"` outbound
   */
  from?: string;
  /**
   * LEG-A's `To`: the SMA's number (inbound) or the callee (outbound).
   * @defaultValue `"+12065551212"` inbound, `"+15105550101"` outbound
   */
  to?: string;
  /** SIP headers on LEG-A. */
  sipHeaders?: Record<string, string>;
  /** Outbound calls: the CreateSipMediaApplicationCall `ArgumentsMap`, sent in NEW_OUTBOUND_CALL `ActionData.Parameters.Arguments`. */
  arguments?: Record<string, string>;
  /**
   * An outbound call as the caller's code places it: the CreateSipMediaApplicationCall input
   * (see `createSipMediaApplicationCallRequest`), checked like the API checks it. It sets
   * `direction: 'outbound'`, `from`, `to`, `sipMediaApplicationId` and `arguments` (a number
   * without its `+` gets one, as in the events; `SipHeaders` go to the callee, not into events).
   */
  outboundCall?: CreateSipMediaApplicationCallRequest;
  /** Outbound calls: how the callee behaves. @defaultValue answers after 3 s */
  callee?: FarEnd;
  /** How the far ends of successive CallAndBridge actions behave (the last one repeats). @defaultValue answers after 3 s */
  bridge?: FarEnd | readonly FarEnd[];
  /** The keys the caller presses. */
  digits?: DigitInput | readonly DigitInput[];
  /** Hang-ups at fixed virtual times. */
  hangups?: readonly ScheduledHangup[];
  /** UpdateSipMediaApplicationCall requests at fixed virtual times. */
  updates?: readonly ScheduledUpdate[];
  /** Injected action failures. */
  failures?: readonly InjectedFailure[];
  /** Known meetings (see {@link SimulatedMeeting}). */
  meetings?: readonly SimulatedMeeting[];
  /** Outcomes of successive StartBotConversation actions (the last one repeats). */
  bots?: BotOutcome | readonly BotOutcome[];
  /** Length of each audio file, in ms: a number, or a function of the S3 key. @defaultValue 2000 */
  audioDurationMs?: number | ((key: string) => number);
  /** How long the caller speaks into a RecordAudio before silence. @defaultValue 5000 */
  speechDurationMs?: number;
  /** Handler latency on the virtual clock (above 20000 ms the service times out). @defaultValue 0 */
  latencyMs?: Latency;
  /**
   * Real milliseconds to wait for a handler that neither settles its promise nor calls its
   * callback; past that the attempt counts as timed out (the service's 20 s wait on the virtual
   * clock), is retried once, and the call ends with 480. Lower it in tests of hanging handlers.
   * @defaultValue 20000
   */
  handlerTimeoutMs?: number;
  /** Virtual epoch time of the call's start (for `StartTimeInMilliseconds`). @defaultValue 1700000000000 */
  startTimeMs?: number;
  /** The service's limit of invocations per call. @defaultValue 1000 */
  maxInvocations?: number;
  /**
   * How many times in a row the same event may be answered by the same response with no virtual
   * time passing before the simulator calls it a loop and stops the call (a `loop` note; see
   * {@link callIssues}). `0` never stops early: the loop then runs into `maxInvocations`.
   * @defaultValue 10
   */
  loopLimit?: number;
  /**
   * The TransactionAttributes key whose stored value names each invocation's step in the transcript.
   * @defaultValue `"flow.step"` (what `chime-sma-kit/flow` stores)
   */
  stepAttribute?: string;
}
