import { actions } from '../actions/index.js';
import type { InvocationEvent } from '../events/index.js';
import { safeParseInvocationEvent } from '../events/index.js';
import {
  readTransactionAttributes,
  type AttributeShape,
  type SmaResponse,
  type TransactionAttributes,
  validateResponse,
} from '../response/index.js';
import {
  SmaValidationError,
  escapeControls,
  thrownText,
  isRecord,
  joinTokensIn,
  maskPhone,
  maskSecretsIn,
  maskText,
  phoneNumbersIn,
} from '../validation/index.js';
import type {
  ExhaustiveSmaRoutes,
  FallbackInfo,
  FallbackReason,
  Route,
  RouteContext,
  RouteResult,
  SmaHandler,
  SmaHandlerOptions,
  SmaLogger,
  SmaRoutes,
} from './types.js';

const NULL_ACTION_SET = (): SmaResponse => ({ SchemaVersion: '1.0' });

/**
 * `true` when the service ignores the actions of a response to `event`: NEW_OUTBOUND_CALL,
 * RINGING, ACTION_INTERRUPTED, and a HANGUP after which no participant is still connected.
 * (Their TransactionAttributes are kept.)
 * @category Handler
 */
export function isIgnoredEvent(event: InvocationEvent): boolean {
  switch (event.InvocationEventType) {
    case 'NEW_OUTBOUND_CALL':
    case 'RINGING':
    case 'ACTION_INTERRUPTED':
      return true;
    case 'HANGUP':
      return !event.CallDetails.Participants.some((participant) => participant.Status === 'Connected');
    default:
      return false;
  }
}

/**
 * A log line safe to write: one line (whitespace collapsed, other control characters escaped),
 * the event's join tokens and phone numbers masked, then {@link maskText}: credential-like runs
 * from anywhere (a token from a lookup that no event holds) and every run of digits.
 */
function safeLine(text: string, raw: unknown): string {
  const line = maskSecretsIn(escapeControls(text.replace(/\s+/g, ' ').trim()), joinTokensIn(raw));
  // The event's own numbers however they are written, then the shared masking of free text.
  return maskText(maskSecretsIn(line, phoneNumbersIn(raw), maskPhone), { phones: 'digitRuns' });
}

/** A short label of a raw value from the event, for a log line (never a conversion that can throw). */
const label = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.slice(0, 100) : typeof value === 'number' ? String(value) : undefined;

function describe(event: InvocationEvent | undefined, raw: unknown): string {
  const source: unknown = event ?? raw;
  if (!isRecord(source)) return 'event';
  const type = label(source.InvocationEventType ?? source.InvocationEvent) ?? 'event';
  const data = isRecord(source.ActionData) ? source.ActionData : undefined;
  const details = isRecord(source.CallDetails) ? source.CallDetails : undefined;
  const action = data !== undefined && type.startsWith('ACTION_') ? label(data.Type) : undefined;
  const parts = [action === undefined ? type : `${type}/${action}`];
  const transaction = details === undefined ? undefined : label(details.TransactionId);
  if (transaction !== undefined) parts.push(`TransactionId=${transaction}`);
  if (typeof source.Sequence === 'number') parts.push(`Sequence=${source.Sequence}`);
  return parts.join(' ');
}

/**
 * The route for a parsed event, if the routes have one (also used by `chime-sma-kit/flow`).
 * @internal
 */
export function routeFor<A extends AttributeShape<A>>(routes: SmaRoutes<A>, event: InvocationEvent): Route<InvocationEvent, A> | undefined {
  const entry = (routes as Record<string, unknown>)[event.InvocationEventType];
  if (entry === undefined) return undefined;
  if (typeof entry === 'function') return entry as Route<InvocationEvent, A>;
  if (!isRecord(entry)) return undefined;
  const type = isRecord((event as { ActionData?: unknown }).ActionData)
    ? (event as { ActionData: { Type?: unknown } }).ActionData.Type
    : undefined;
  const byType = typeof type === 'string' && Object.prototype.hasOwnProperty.call(entry, type) ? entry[type] : undefined;
  const chosen = typeof byType === 'function' ? byType : entry.default;
  return typeof chosen === 'function' ? (chosen as Route<InvocationEvent, A>) : undefined;
}

/**
 * Creates the Lambda handler of a SIP media application from routes by event type and, for
 * ACTION_SUCCESSFUL / ACTION_FAILED / ACTION_INTERRUPTED, by action type. Each route gets the
 * event parsed and fully narrowed, with `CallDetails.TransactionAttributes` typed as `A`.
 *
 * Safe by default: the event is parsed first (`safeParseInvocationEvent`); a route that throws,
 * an event that does not parse, or a response that `validateResponse` rejects gives one log
 * line (join tokens and phone numbers masked) and the fallback response (`onError` first, when
 * given), never an unhandled error that makes the service retry and drop the call with 480.
 * An event of a type this package does not know goes to `unrecognized`. A route that returns
 * nothing answers the NULL action set (pending actions and attributes unchanged).
 *
 * @example
 * ```ts
 * type State = { pin: string };
 * export const handler = createSmaHandler<State>({
 *   NEW_INBOUND_CALL: () => response(actions.playAudio({ audioSource: welcome })),
 *   ACTION_SUCCESSFUL: {
 *     PlayAudioAndGetDigits: (event) => join(event.ActionData.ReceivedDigits),
 *   },
 *   HANGUP: () => undefined,
 * });
 * ```
 * @param routes - The routes ({@link SmaRoutes}; every one required with `exhaustive: true`).
 * @param options - Logger, fallback, exhaustive mode, response validation.
 * @category Handler
 */
export function createSmaHandler<A extends AttributeShape<A> = TransactionAttributes>(
  routes: ExhaustiveSmaRoutes<A>,
  options: SmaHandlerOptions & { exhaustive: true },
): SmaHandler<A>;
export function createSmaHandler<A extends AttributeShape<A> = TransactionAttributes>(
  routes: SmaRoutes<A>,
  options?: SmaHandlerOptions & { exhaustive?: false },
): SmaHandler<A>;
export function createSmaHandler<A extends AttributeShape<A> = TransactionAttributes>(
  routes: SmaRoutes<A>,
  options: SmaHandlerOptions = {},
): SmaHandler<A> {
  const logger: SmaLogger = options.logger ?? console;
  const validate = options.validateResponses ?? true;

  const fallback = (reason: FallbackReason, event: InvocationEvent | undefined, error: unknown): SmaResponse => {
    if (event !== undefined && isIgnoredEvent(event)) return { SchemaVersion: '1.0', Actions: [] };
    const chosen = options.fallback;
    if (typeof chosen === 'function') return chosen({ reason, event, error } satisfies FallbackInfo);
    if (chosen !== undefined) return chosen;
    return { SchemaVersion: '1.0', Actions: [actions.hangup({ sipResponseCode: '480' }).toJSON()] };
  };

  const recover = async (
    reason: FallbackReason,
    error: unknown,
    event: InvocationEvent | undefined,
    context: RouteContext<A>,
    raw: unknown,
  ): Promise<SmaResponse<Partial<A>>> => {
    const what =
      reason === 'parse_error'
        ? 'could not parse the event'
        : reason === 'route_error'
          ? 'route threw'
          : 'route returned an invalid response';
    logger.error(safeLine(`chime-sma-kit: ${describe(event, raw)}: ${what}: ${thrownText(error, true)}`, raw));
    if (routes.onError !== undefined && reason !== 'invalid_response') {
      try {
        return await finish(await routes.onError(error, event, context), event, context, raw);
      } catch (second) {
        logger.error(safeLine(`chime-sma-kit: ${describe(event, raw)}: onError threw: ${thrownText(second, true)}`, raw));
      }
    }
    return fallback(reason, event, error) as SmaResponse<Partial<A>>;
  };

  const finish = async (
    result: RouteResult<A>,
    event: InvocationEvent | undefined,
    context: RouteContext<A>,
    raw: unknown,
  ): Promise<SmaResponse<Partial<A>>> => {
    const answer = (result ?? NULL_ACTION_SET()) as SmaResponse<Partial<A>>;
    if (validate) {
      const checked = validateResponse(answer);
      if (!checked.ok) return recover('invalid_response', new SmaValidationError('SMA response', checked.issues), event, context, raw);
      // What the service ignores or coerces (a misspelt key, both CallId and ParticipantTag):
      // the response is sent, and the validator's messages, with their hints, say what to fix.
      const warnings = checked.issues.map((issue) => issue.message);
      if (warnings.length > 0)
        logger.warn(
          safeLine(
            `chime-sma-kit: ${describe(event, raw)}: ` +
              `the response has ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}: ${warnings.join('; ')}`,
            raw,
          ),
        );
    }
    if (event !== undefined && isIgnoredEvent(event) && Array.isArray(answer.Actions) && answer.Actions.length > 0) {
      logger.warn(
        safeLine(
          `chime-sma-kit: ${describe(event, raw)}: ` +
            'the service ignores the actions of a response to this event (TransactionAttributes are kept)',
          raw,
        ),
      );
    }
    return answer;
  };

  return async (raw: unknown, lambdaContext?: unknown): Promise<SmaResponse<Partial<A>>> => {
    const parsed = safeParseInvocationEvent(raw);
    if (!parsed.success) {
      const context: RouteContext<A> = { attributes: readTransactionAttributes<A>(isRecord(raw) ? raw : undefined), lambdaContext, logger };
      // Forward compatibility: an event or action type this package does not know yet is not a
      // broken event; it goes to `unrecognized`, or gets the NULL action set, never a hang-up.
      const unknown = parsed.error.issues.find(
        (issue) => issue.code === 'unknown_event_type' || (issue.code === 'unknown_action_type' && issue.path === 'ActionData.Type'),
      );
      if (unknown !== undefined && isRecord(raw)) {
        if (routes.unrecognized === undefined) {
          const what = unknown.code === 'unknown_event_type' ? 'unknown event type' : 'unknown action type';
          logger.warn(
            safeLine(
              `chime-sma-kit: ${describe(undefined, raw)}: ${what}, ` +
                'answered with the NULL action set (add an "unrecognized" route to handle it)',
              raw,
            ),
          );
          return NULL_ACTION_SET() as SmaResponse<Partial<A>>;
        }
        try {
          return await finish(await routes.unrecognized(raw, context), undefined, context, raw);
        } catch (error) {
          return recover('route_error', error, undefined, context, raw);
        }
      }
      return recover('parse_error', parsed.error, undefined, context, raw);
    }
    const event = parsed.data;
    const context: RouteContext<A> = { attributes: readTransactionAttributes<A>(event), lambdaContext, logger };
    const route = routeFor(routes, event);
    let result: RouteResult<A>;
    try {
      result = route === undefined ? undefined : await route(event as Parameters<Route<InvocationEvent, A>>[0], context);
    } catch (error) {
      return recover('route_error', error, event, context, raw);
    }
    return finish(result, event, context, raw);
  };
}
