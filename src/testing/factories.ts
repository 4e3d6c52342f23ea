import { type Action, type ActionBuilder, type CallIdRequiredBuilder, type ParticipantTag, isActionBuilder } from '../actions/index.js';
import type {
  ActionFailedEvent,
  ActionInterruptedEvent,
  ActionSuccessfulData,
  ActionSuccessfulEvent,
  CallAnsweredEvent,
  CallUpdateRequestedEvent,
  DigitsReceivedEvent,
  HangupEvent,
  InvalidLambdaResponseEvent,
  NewInboundCallEvent,
  NewOutboundCallEvent,
  RingingEvent,
} from '../events/index.js';
import { type CallIdentityOptions, type JsonObject, type LegState, buildEvent, callDetailsOf, createIdentity } from './call-state.js';
import { checkInjectedError, errorMessageOf, failureExtrasOf, usesErrorString } from './errors.js';
import { IdSource } from './ids.js';

/**
 * The call an event factory describes. Every id is derived from `seed`, so the same options
 * always give the same event.
 * @category Testing
 */
export interface TestEventOptions extends CallIdentityOptions {
  /** The event's `Sequence`. @defaultValue 1 */
  sequence?: number;
  /** Who started the call. @defaultValue `"inbound"` */
  direction?: 'inbound' | 'outbound';
  /** LEG-A's `From`. @defaultValue `"+15105550101"` inbound, `"+12065551212"` outbound */
  from?: string;
  /** LEG-A's `To`. @defaultValue `"+12065551212"` inbound, `"+15105550101"` outbound */
  to?: string;
  /** SIP headers on LEG-A. */
  sipHeaders?: Record<string, string>;
  /**
   * A second leg: `"pstn"` (bridged by CallAndBridge to `+17035550122`) or `"meeting"` (the
   * JoinChimeMeeting leg, `To: "SMA"`).
   */
  legB?: 'pstn' | 'meeting';
  /** The stored TransactionAttributes sent back in `CallDetails`. */
  transactionAttributes?: Record<string, string>;
  /** Epoch ms of LEG-A's start. @defaultValue 1700000000000 */
  startTimeMs?: number;
}

/**
 * An action for the event factories: a builder (targeted or not) or a plain wire action.
 * @category Testing
 */
export type ActionLike<A extends Action = Action> = ActionBuilder<A> | CallIdRequiredBuilder<A> | A;

/**
 * The result fields of a successful action of type `T` (`ReceivedDigits`, `IntentResult` …),
 * all optional for the factory.
 * @category Testing
 */
export type SuccessExtras<T extends Action['Type']> = Partial<Omit<ActionSuccessfulData<T>, 'Type' | 'Parameters'>>;

interface TestCall {
  details: JsonObject;
  legs: LegState[];
}

function testCall(options: TestEventOptions, hungUp?: ParticipantTag): TestCall {
  const ids = new IdSource(options.seed ?? 1);
  const inbound = (options.direction ?? 'inbound') === 'inbound';
  const identity = createIdentity(options, ids, inbound);
  const start = options.startTimeMs ?? 1_700_000_000_000;
  const from = options.from ?? (inbound ? '+15105550101' : '+12065551212');
  const to = options.to ?? (inbound ? '+12065551212' : '+15105550101');
  const legs: LegState[] = [
    {
      callId: ids.uuid(),
      tag: 'LEG-A',
      from,
      to,
      direction: inbound ? 'Inbound' : 'Outbound',
      startMs: start,
      status: 'Connected',
      kind: 'pstn',
    },
  ];
  const legA = legs[0] as LegState;
  if (options.sipHeaders !== undefined) legA.sipHeaders = { ...options.sipHeaders };
  if (options.legB === 'pstn') {
    legs.push({
      callId: ids.uuid(),
      tag: 'LEG-B',
      from: inbound ? to : from,
      to: '+17035550122',
      direction: 'Outbound',
      startMs: start + 5000,
      status: 'Connected',
      kind: 'pstn',
    });
  } else if (options.legB === 'meeting') {
    legs.push({
      callId: ids.uuid(),
      tag: 'LEG-B',
      from: inbound ? to : from,
      to: 'SMA',
      direction: 'Outbound',
      startMs: start + 5000,
      status: 'Connected',
      kind: 'meeting',
    });
  }
  if (hungUp !== undefined) {
    for (const leg of legs) {
      if (leg.tag === hungUp || (hungUp === 'LEG-A' && leg.kind === 'meeting')) leg.status = 'Disconnected';
    }
  }
  return { details: callDetailsOf(identity, legs, options.transactionAttributes), legs };
}

function simple(type: string, options: TestEventOptions, status?: 'none'): JsonObject {
  const { details } = testCall(options);
  if (status === 'none') for (const participant of details.Participants as JsonObject[]) delete participant.Status;
  return buildEvent(type, options.sequence ?? 1, details);
}

function wire(action: ActionLike | { Type: string; Parameters?: object }): { Type: string; Parameters: JsonObject } {
  const plain = (isActionBuilder(action) ? action.toJSON() : action) as { Type: string; Parameters?: object };
  return { Type: plain.Type, Parameters: structuredClone((plain.Parameters ?? {}) as JsonObject) };
}

/**
 * A NEW_INBOUND_CALL event: a caller dialed the SIP media application's number.
 * @category Testing
 */
export function newInboundCallEvent(options: TestEventOptions = {}): NewInboundCallEvent {
  return simple('NEW_INBOUND_CALL', { ...options, direction: 'inbound' }) as unknown as NewInboundCallEvent;
}

/**
 * A NEW_OUTBOUND_CALL event (CreateSipMediaApplicationCall started a call; LEG-A has no
 * `Status` yet). `args` (the `ArgumentsMap`) come in `ActionData.Parameters.Arguments`.
 * @category Testing
 */
export function newOutboundCallEvent(options: TestEventOptions & { arguments?: Record<string, string> } = {}): NewOutboundCallEvent {
  const event = simple('NEW_OUTBOUND_CALL', { ...options, direction: 'outbound' }, 'none');
  if (options.arguments === undefined) return event as unknown as NewOutboundCallEvent;
  const { CallDetails: details, ...head } = event;
  return {
    ...head,
    ActionData: { Parameters: { Arguments: { ...options.arguments } } },
    CallDetails: details,
  } as unknown as NewOutboundCallEvent;
}

/**
 * A RINGING event: the outbound leg rings (no `Status` yet).
 * @category Testing
 */
export function ringingEvent(options: TestEventOptions = {}): RingingEvent {
  return simple('RINGING', { direction: 'outbound', sequence: 2, ...options }, 'none') as unknown as RingingEvent;
}

/**
 * A CALL_ANSWERED event: the callee of an outbound call answered.
 * @category Testing
 */
export function callAnsweredEvent(options: TestEventOptions = {}): CallAnsweredEvent {
  return simple('CALL_ANSWERED', { direction: 'outbound', sequence: 3, ...options }) as unknown as CallAnsweredEvent;
}

/**
 * An ACTION_SUCCESSFUL event for `action` (a builder or a wire action), with the action's
 * result fields in `extras` (`{ ReceivedDigits: '1234' }`, `{ IntentResult }` …).
 * @category Testing
 */
export function actionSuccessfulEvent<A extends Action>(
  action: ActionLike<A>,
  extras: SuccessExtras<A['Type']> = {},
  options: TestEventOptions = {},
): ActionSuccessfulEvent<A['Type']> {
  const { details } = testCall(options);
  return buildEvent('ACTION_SUCCESSFUL', options.sequence ?? 2, details, {
    ...wire(action),
    ...(extras as JsonObject),
  }) as unknown as ActionSuccessfulEvent<A['Type']>;
}

/**
 * An ACTION_FAILED event for `action` with a documented `errorType` of that action (the
 * JoinChimeMeeting and StartCallRecording failures carry one `Error` string, as documented).
 * @throws Error when `errorType` is not documented for the action.
 * @category Testing
 */
export function actionFailedEvent<A extends Action>(
  action: ActionLike<A>,
  errorType: ActionFailedEvent<A['Type']>['ActionData']['ErrorType'],
  options: TestEventOptions & { errorMessage?: string } = {},
): ActionFailedEvent<A['Type']> {
  const data = wire(action);
  const problem = checkInjectedError(data.Type, String(errorType));
  if (problem !== undefined) throw new Error(`actionFailedEvent(): ${problem}`);
  const message = options.errorMessage ?? errorMessageOf(data.Type, String(errorType));
  const { details, legs } = testCall(options);
  const actionData: JsonObject = { ...data };
  Object.assign(actionData, failureExtrasOf(data.Type, (legs[0] as LegState).callId));
  if (usesErrorString(data.Type)) actionData.Error = `${String(errorType)}: ${message}`;
  else Object.assign(actionData, { ErrorType: errorType, ErrorMessage: message });
  return buildEvent('ACTION_FAILED', options.sequence ?? 2, details, actionData) as unknown as ActionFailedEvent<A['Type']>;
}

/**
 * An ACTION_INTERRUPTED event: UpdateSipMediaApplicationCall stopped `action` (PlayAudio,
 * RecordAudio or Pause). The service ignores the response.
 * @category Testing
 */
export function actionInterruptedEvent<A extends Action>(
  action: ActionLike<A>,
  options: TestEventOptions = {},
): ActionInterruptedEvent<A['Type']> {
  const { details } = testCall(options);
  return buildEvent('ACTION_INTERRUPTED', options.sequence ?? 3, details, wire(action)) as unknown as ActionInterruptedEvent<A['Type']>;
}

/**
 * A DIGITS_RECEIVED event: after a ReceiveDigits action, the caller entered `digits` matching
 * its `InputDigitsRegex`.
 * @category Testing
 */
export function digitsReceivedEvent(digits: string, options: TestEventOptions & { action?: ActionLike } = {}): DigitsReceivedEvent {
  const { details } = testCall(options);
  const action = options.action !== undefined ? wire(options.action) : { Type: 'ReceiveDigits', Parameters: {} };
  return buildEvent('DIGITS_RECEIVED', options.sequence ?? 3, details, {
    ReceivedDigits: digits,
    ...action,
  }) as unknown as DigitsReceivedEvent;
}

/**
 * A HANGUP event: `leg` (LEG-A by default) hung up with `sipResponseCode` (0 normal
 * clearing, 480 unavailable, 486 busy). When LEG-A leaves a meeting call, the meeting leg goes
 * with it.
 * @category Testing
 */
export function hangupEvent(options: TestEventOptions & { leg?: ParticipantTag; sipResponseCode?: number } = {}): HangupEvent {
  const tag = options.leg ?? 'LEG-A';
  const { details, legs } = testCall(options, tag);
  const leg = legs.find((candidate) => candidate.tag === tag);
  if (leg === undefined) throw new Error(`hangupEvent(): the call has no ${tag} (set legB)`);
  const data = { Type: 'Hangup', Parameters: { SipResponseCode: options.sipResponseCode ?? 0, CallId: leg.callId, ParticipantTag: tag } };
  return buildEvent('HANGUP', options.sequence ?? 4, details, data) as unknown as HangupEvent;
}

/**
 * A CALL_UPDATE_REQUESTED event: UpdateSipMediaApplicationCall was called with `args`
 * (0 to 20 string pairs).
 * @category Testing
 */
export function callUpdateRequestedEvent(args: Record<string, string>, options: TestEventOptions = {}): CallUpdateRequestedEvent {
  const count = Object.keys(args).length;
  if (count > 20) throw new Error(`callUpdateRequestedEvent(): at most 20 Arguments, got ${count}`);
  const { details } = testCall(options);
  return buildEvent('CALL_UPDATE_REQUESTED', options.sequence ?? 2, details, {
    Type: 'CallUpdateRequest',
    Parameters: { Arguments: { ...args } },
  }) as unknown as CallUpdateRequestedEvent;
}

/**
 * An INVALID_LAMBDA_RESPONSE event, with `ErrorType` and `ErrorMessage` at the top level as in
 * the docs' only full example.
 * @category Testing
 */
export function invalidLambdaResponseEvent(
  errorType = 'TransactionAttributesInvalidMapSize',
  options: TestEventOptions & { errorMessage?: string } = {},
): InvalidLambdaResponseEvent {
  const { details } = testCall(options);
  const message =
    options.errorMessage ??
    (errorType === 'TransactionAttributesInvalidMapSize'
      ? 'Transaction Attributes has too many mappings. Maximum number of mappings is 100'
      : `${errorType}`);
  return buildEvent('INVALID_LAMBDA_RESPONSE', options.sequence ?? 2, details, undefined, {
    ErrorType: errorType,
    ErrorMessage: message,
  }) as unknown as InvalidLambdaResponseEvent;
}
