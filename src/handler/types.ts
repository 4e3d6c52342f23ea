import type { ActionType, InterruptibleActionType } from '../actions/index.js';
export type { InterruptibleActionType } from '../actions/index.js';
import type {
  ActionFailedEvent,
  ActionInterruptedEvent,
  ActionSuccessfulEvent,
  CallAnsweredEvent,
  CallUpdateRequestedEvent,
  DigitsReceivedEvent,
  HangupEvent,
  InvalidLambdaResponseEvent,
  InvocationEvent,
  NewInboundCallEvent,
  NewOutboundCallEvent,
  RingingEvent,
} from '../events/index.js';
import type { AttributeShape, SmaResponse, TransactionAttributes } from '../response/index.js';

/**
 * `E` with `CallDetails.TransactionAttributes` typed as the caller's own attribute shape `A`.
 * @category Handler
 */
export type WithAttributes<E, A extends AttributeShape<A>> = E & {
  /** The call's details. */
  CallDetails: {
    /** The attributes stored for the call, in the caller's own shape. */
    TransactionAttributes?: Partial<A>;
  };
};

/**
 * Where the router writes its log lines. `console` fits; so does any structured logger with
 * `warn` and `error` methods taking one string. Lines never contain an unmasked join token or
 * phone number.
 * @category Handler
 */
export interface SmaLogger {
  /** Something the service will ignore or an event the router does not know. */
  warn(message: string): void;
  /** A route threw, an event could not be parsed, or a route returned an invalid response. */
  error(message: string): void;
}

/**
 * What every route receives next to its event.
 * @typeParam A - the shape of the call's TransactionAttributes.
 * @category Handler
 */
export interface RouteContext<A extends AttributeShape<A>> {
  /** The TransactionAttributes the service holds for the call (a copy; `{}` when none). */
  attributes: Partial<A>;
  /** The Lambda context the runtime passed to the handler (`Context` from `@types/aws-lambda`), as is. */
  lambdaContext: unknown;
  /** The router's logger. */
  logger: SmaLogger;
}

/**
 * What a route returns: a response (from `response()`, possibly with TransactionAttributes),
 * or nothing, which the router answers with the documented NULL action set
 * `{ SchemaVersion: "1.0" }` (pending actions and stored attributes unchanged).
 * @category Handler
 */
export type RouteResult<A extends AttributeShape<A>> = SmaResponse<Partial<A>> | undefined | void;

/**
 * A route: receives the fully narrowed event and returns the response.
 * @typeParam E - the event type the route handles.
 * @typeParam A - the shape of the call's TransactionAttributes.
 * @category Handler
 */
export type Route<E, A extends AttributeShape<A>> = (
  event: WithAttributes<E, A>,
  context: RouteContext<A>,
) => RouteResult<A> | Promise<RouteResult<A>>;

/**
 * The three event types the router also routes by action type.
 * @category Handler
 */
export type ActionEventType = 'ACTION_SUCCESSFUL' | 'ACTION_FAILED' | 'ACTION_INTERRUPTED';

/**
 * The event of `K` for action type `T`.
 * @category Handler
 */
export type ActionEventOf<K extends ActionEventType, T extends ActionType> = K extends 'ACTION_SUCCESSFUL'
  ? ActionSuccessfulEvent<T>
  : K extends 'ACTION_FAILED'
    ? ActionFailedEvent<T>
    : ActionInterruptedEvent<T>;

/**
 * Routes of an ACTION_* event by action type; `default` takes the action types without a route.
 * @category Handler
 */
export type ActionRoutes<K extends ActionEventType, A extends AttributeShape<A>> = { [T in ActionType]?: Route<ActionEventOf<K, T>, A> } & {
  /** The route for every action type without its own. */
  default?: Route<ActionEventOf<K, ActionType>, A>;
};

/**
 * An event whose `InvocationEventType` this version of the package does not know, as received.
 * @category Handler
 */
export type UnrecognizedEvent = Readonly<Record<string, unknown>>;

/**
 * The routes of {@link createSmaHandler}, one per event type; the three ACTION_* events take
 * either one route or an object of routes by action type. Every route is optional.
 * @typeParam A - the shape of the call's TransactionAttributes.
 * @category Handler
 */
export interface SmaRoutes<A extends AttributeShape<A> = TransactionAttributes> {
  /** A caller dialed the SIP media application. Respond with up to 10 actions. */
  NEW_INBOUND_CALL?: Route<NewInboundCallEvent, A>;
  /** CreateSipMediaApplicationCall started a call. The service ignores the actions; TransactionAttributes are kept. */
  NEW_OUTBOUND_CALL?: Route<NewOutboundCallEvent, A>;
  /** The outbound leg rings. The service ignores the actions; TransactionAttributes are kept. */
  RINGING?: Route<RingingEvent, A>;
  /** The callee of an outbound call answered. */
  CALL_ANSWERED?: Route<CallAnsweredEvent, A>;
  /** An action succeeded: one route, or routes by action type. */
  ACTION_SUCCESSFUL?: Route<ActionSuccessfulEvent, A> | ActionRoutes<'ACTION_SUCCESSFUL', A>;
  /** An action failed (the rest of its list was dropped): one route, or routes by action type. */
  ACTION_FAILED?: Route<ActionFailedEvent, A> | ActionRoutes<'ACTION_FAILED', A>;
  /** UpdateSipMediaApplicationCall interrupted PlayAudio, RecordAudio or Pause. The service ignores the actions. */
  ACTION_INTERRUPTED?: Route<ActionInterruptedEvent, A> | ActionRoutes<'ACTION_INTERRUPTED', A>;
  /** A leg hung up. The service ignores the actions when no leg is still connected. */
  HANGUP?: Route<HangupEvent, A>;
  /** The previous response was invalid. */
  INVALID_LAMBDA_RESPONSE?: Route<InvalidLambdaResponseEvent, A>;
  /** After ReceiveDigits, the caller entered digits matching its regex. */
  DIGITS_RECEIVED?: Route<DigitsReceivedEvent, A>;
  /** UpdateSipMediaApplicationCall was called; the new actions replace the pending ones. */
  CALL_UPDATE_REQUESTED?: Route<CallUpdateRequestedEvent, A>;
  /**
   * An event whose type the parser rejects as `unknown_event_type` (a type newer than this
   * package). Without it the router answers the NULL action set and logs a warning.
   */
  unrecognized?: (event: UnrecognizedEvent, context: RouteContext<A>) => RouteResult<A> | Promise<RouteResult<A>>;
  /**
   * Called when a route throws or the event cannot be parsed (`event` is then `undefined`); its
   * result is the response. Without it, or when it throws too, the router answers the fallback.
   */
  onError?: (error: unknown, event: InvocationEvent | undefined, context: RouteContext<A>) => RouteResult<A> | Promise<RouteResult<A>>;
}

/**
 * The routes of an ACTION_* event in exhaustive mode: one route for every action type, a route
 * for each type of `T` (others optional), or a `default`.
 * @typeParam K - the ACTION_* event type.
 * @typeParam A - the shape of the call's TransactionAttributes.
 * @typeParam T - the action types that must be covered.
 * @category Handler
 */
export type ExhaustiveActionRoutes<K extends ActionEventType, A extends AttributeShape<A>, T extends ActionType> =
  | Route<ActionEventOf<K, ActionType>, A>
  | ({ [P in T]-?: Route<ActionEventOf<K, P>, A> } & { [P in Exclude<ActionType, T>]?: Route<ActionEventOf<K, P>, A> } & {
      /** The route for every action type without its own. */
      default?: Route<ActionEventOf<K, ActionType>, A>;
    })
  | ({ [P in ActionType]?: Route<ActionEventOf<K, P>, A> } & {
      /** The route for every action type without its own. */
      default: Route<ActionEventOf<K, ActionType>, A>;
    });

/**
 * The routes of an exhaustive router (`{ exhaustive: true }`): every event type has a route,
 * ACTION_SUCCESSFUL and ACTION_FAILED cover every action type (one route, a route per type, or
 * a `default`), and ACTION_INTERRUPTED covers PlayAudio, RecordAudio and Pause. A missing one is
 * a compile error.
 * @typeParam A - the shape of the call's TransactionAttributes.
 * @category Handler
 */
export interface ExhaustiveSmaRoutes<A extends AttributeShape<A> = TransactionAttributes>
  extends Required<Omit<SmaRoutes<A>, 'ACTION_SUCCESSFUL' | 'ACTION_FAILED' | 'ACTION_INTERRUPTED' | 'unrecognized' | 'onError'>>,
    Pick<SmaRoutes<A>, 'unrecognized' | 'onError'> {
  /** Every action type, by one route, one per type, or a `default`. */
  ACTION_SUCCESSFUL: ExhaustiveActionRoutes<'ACTION_SUCCESSFUL', A, ActionType>;
  /** Every action type, by one route, one per type, or a `default`. */
  ACTION_FAILED: ExhaustiveActionRoutes<'ACTION_FAILED', A, ActionType>;
  /** PlayAudio, RecordAudio and Pause at least, by one route, one per type, or a `default`. */
  ACTION_INTERRUPTED: ExhaustiveActionRoutes<'ACTION_INTERRUPTED', A, InterruptibleActionType>;
}

/**
 * Why the router answers its fallback response.
 * - `parse_error`: the event is not a valid SMA invocation event;
 * - `route_error`: a route (and `onError`, if any) threw;
 * - `invalid_response`: a route returned a response `validateResponse` rejects.
 * @category Handler
 */
export type FallbackReason = 'parse_error' | 'route_error' | 'invalid_response';

/**
 * What a fallback function receives.
 * @category Handler
 */
export interface FallbackInfo {
  /** Why the fallback is used. */
  reason: FallbackReason;
  /** The parsed event, when it parsed. */
  event: InvocationEvent | undefined;
  /** The error thrown (a `SmaValidationError` for `parse_error` and `invalid_response`). */
  error: unknown;
}

/**
 * Options of {@link createSmaHandler}.
 * @category Handler
 */
export interface SmaHandlerOptions {
  /**
   * Makes every event/action combination without a route a compile error (see
   * {@link ExhaustiveSmaRoutes}).
   * @defaultValue false
   */
  exhaustive?: boolean;
  /**
   * Where log lines go.
   * @defaultValue `console`
   */
  logger?: SmaLogger;
  /**
   * The response when a route throws, the event does not parse, or a route's response is
   * invalid: a response, or a function of what happened.
   * @defaultValue a `Hangup` with `SipResponseCode` `"480"` (Unavailable) on the invoked leg,
   * what the service itself would end with after retrying a failing function, without the
   * caller waiting through the retries. For the events whose response the service ignores, the
   * router answers `{ SchemaVersion: "1.0", Actions: [] }` instead.
   */
  fallback?: SmaResponse | ((info: FallbackInfo) => SmaResponse);
  /**
   * Checks every route's response with `validateResponse` and answers the fallback (with a log
   * line) when it has errors, rather than letting the service answer INVALID_LAMBDA_RESPONSE.
   * @defaultValue true
   */
  validateResponses?: boolean;
}

/**
 * The Lambda handler {@link createSmaHandler} returns: compatible with `Handler` from
 * `@types/aws-lambda` (it takes the raw event and the context, and returns a promise of the
 * response) without depending on that package.
 * @typeParam A - the shape of the call's TransactionAttributes.
 * @category Handler
 */
export type SmaHandler<A extends AttributeShape<A> = TransactionAttributes> = (
  event: unknown,
  context?: unknown,
  callback?: unknown,
) => Promise<SmaResponse<Partial<A>>>;
