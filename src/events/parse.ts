import {
  type FieldRules,
  Issues,
  SmaValidationError,
  checkBounds,
  checkFields,
  checkValue,
  cloneJson,
  describeValue,
  hasOwn,
  isRecord,
  joinPath,
  setOwn,
} from '../validation/index.js';
import { actionFailedEventSpec } from './action-failed.js';
import { actionInterruptedEventSpec } from './action-interrupted.js';
import { actionSuccessfulEventSpec } from './action-successful.js';
import { callUpdateRequestedEventSpec } from './call-update-requested.js';
import { digitsReceivedEventSpec } from './digits-received.js';
import {
  type CallDetails,
  type EventEnvelope,
  INVOCATION_EVENT_TYPES,
  type InvocationEventType,
  type Participant,
  isInvocationEventType,
} from './envelope.js';
import { ENVELOPE_ONLY, type EventSpec, type Json, normaliseTag, requiredString, string } from './event-rules.js';
import { PARTICIPANT_TAGS } from '../actions/shapes/legs.js';
import { hangupEventSpec } from './hangup.js';
import { invalidLambdaResponseEventSpec } from './invalid-lambda-response.js';
import type { InvocationEvent } from './invocation-event.js';
import { newOutboundCallEventSpec } from './new-outbound-call.js';

/**
 * The parser's rules of every invocation event type, each kept beside its event's type; a
 * missing event type does not compile. The envelope and `CallDetails` are checked here.
 * @internal
 */
export const eventSpecs: { readonly [T in InvocationEventType]: EventSpec } = {
  NEW_INBOUND_CALL: ENVELOPE_ONLY,
  NEW_OUTBOUND_CALL: newOutboundCallEventSpec,
  RINGING: ENVELOPE_ONLY,
  CALL_ANSWERED: ENVELOPE_ONLY,
  ACTION_SUCCESSFUL: actionSuccessfulEventSpec,
  ACTION_FAILED: actionFailedEventSpec,
  ACTION_INTERRUPTED: actionInterruptedEventSpec,
  HANGUP: hangupEventSpec,
  INVALID_LAMBDA_RESPONSE: invalidLambdaResponseEventSpec,
  DIGITS_RECEIVED: digitsReceivedEventSpec,
  CALL_UPDATE_REQUESTED: callUpdateRequestedEventSpec,
};

/**
 * The result of {@link safeParseInvocationEvent}: the parsed event, or the error that
 * {@link parseInvocationEvent} would throw.
 * @typeParam T - the parsed type.
 * @category Events
 */
export type SafeParseResult<T> =
  | {
      /** Parsing succeeded. */
      success: true;
      /** The parsed, normalised value (a new object). */
      data: T;
    }
  | {
      /** Parsing failed. */
      success: false;
      /** Every issue found, each with its path (`CallDetails.Participants[0].To`). */
      error: SmaValidationError;
    };

/** A copy of `object` with `from` renamed to `to`, in place (key order kept). */
function renameKey(object: Json, from: string, to: string): Json {
  const renamed: Json = {};
  for (const key of Object.keys(object)) setOwn(renamed, key === from ? to : key, object[key]);
  return renamed;
}

/** A copy of `object` without `key`. */
function withoutKey(object: Json, key: string): Json {
  const copy: Json = {};
  for (const k of Object.keys(object)) if (k !== key) setOwn(copy, k, object[k]);
  return copy;
}

/**
 * Accepts both spellings of a key: renames `alias` to `canonical` when only the alias is
 * present, drops it when both agree, and reports a conflict when they differ.
 */
function canonicalKey(object: Json, canonical: string, alias: string, path: string, issues: Issues): Json {
  if (!hasOwn(object, alias)) return object;
  if (!hasOwn(object, canonical)) return renameKey(object, alias, canonical);
  if (object[alias] !== object[canonical]) {
    issues.add(
      joinPath(path, alias),
      'conflict',
      `is ${describeValue(object[alias])} but ${canonical} is ${describeValue(object[canonical])}; send one spelling`,
    );
  }
  return withoutKey(object, alias);
}

const ENVELOPE_RULES: FieldRules<Pick<EventEnvelope, 'SchemaVersion' | 'Sequence'>> = {
  SchemaVersion: { type: 'string', required: true, enum: ['1.0'] },
  // Goes up by one on each invocation of a call, from 1 (a RINGING example repeats 1).
  Sequence: { type: 'number', required: true, integer: true, min: 1 },
};

const PARTICIPANT_RULES: FieldRules<Participant> = {
  CallId: requiredString,
  ParticipantTag: { type: 'string', required: true, enum: PARTICIPANT_TAGS },
  To: { type: 'string', required: true, sensitive: 'phone' },
  From: { type: 'string', required: true, sensitive: 'phone' },
  Direction: { type: 'string', required: true, enum: ['Inbound', 'Outbound'] },
  StartTimeInMilliseconds: { type: 'string', required: true, pattern: /^\d+$/, format: 'epoch milliseconds as a string of decimal digits' },
  Status: { type: 'string', enum: ['Connected', 'Disconnected'] },
  SipHeaders: { type: 'map', sensitive: 'private' },
};

const CALL_DETAILS_RULES: FieldRules<Omit<CallDetails, 'SipMediaApplicationId'>> = {
  TransactionId: requiredString,
  TransactionAttributes: { type: 'map', sensitive: 'private' },
  AwsAccountId: requiredString,
  AwsRegion: requiredString,
  SipRuleId: string,
  Participants: { type: 'array', required: true, minItems: 1, items: { type: 'object', fields: PARTICIPANT_RULES } },
};

/** Normalises and checks `CallDetails`; returns the normalised copy. */
function parseCallDetails(value: Json, issues: Issues): Json {
  const path = 'CallDetails';
  const details = canonicalKey(value, 'SipMediaApplicationId', 'SipApplicationId', path, issues);
  if (Array.isArray(details.Participants)) {
    for (const participant of details.Participants) if (isRecord(participant)) normaliseTag(participant);
    // A call's only participant is its LEG-A: a hand-written test event without ParticipantTag
    // (a public sample's fixture has one) is read as that, not rejected.
    const [only] = details.Participants;
    if (details.Participants.length === 1 && isRecord(only) && typeof only.CallId === 'string' && only.ParticipantTag === undefined)
      only.ParticipantTag = 'LEG-A';
  }
  const id = details.SipMediaApplicationId;
  if (id === undefined || id === '') {
    issues.add(joinPath(path, 'SipMediaApplicationId'), 'required', 'is required (or its other documented spelling, SipApplicationId)');
  } else {
    checkValue(requiredString, id, joinPath(path, 'SipMediaApplicationId'), issues);
  }
  checkFields(CALL_DETAILS_RULES, details, path, issues);
  checkDuplicateLegs(details.Participants, joinPath(path, 'Participants'), issues);
  return details;
}

/**
 * A call has one participant per leg: a `CallId` or a `ParticipantTag` seen twice is an error on
 * the second one (which leg would an action target?). Values are compared after tag normalisation.
 */
function checkDuplicateLegs(participants: unknown, path: string, issues: Issues): void {
  if (!Array.isArray(participants)) return;
  for (const key of ['CallId', 'ParticipantTag'] as const) {
    const seen = new Map<string, number>();
    participants.forEach((participant: unknown, index) => {
      const value = isRecord(participant) ? participant[key] : undefined;
      if (typeof value !== 'string' || value === '') return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else
        issues.add(
          joinPath(joinPath(path, index), key),
          'duplicate',
          `is the same as Participants[${first}].${key}: a call has one participant per leg`,
        );
    });
  }
}

/** Normalises and checks a whole event; returns the normalised copy (valid only without errors). */
function parseEvent(value: unknown, issues: Issues): unknown {
  if (!isRecord(value)) {
    issues.add('', 'type', `must be an invocation event object, got ${describeValue(value)}`);
    return value;
  }
  // Too deep, too large or circular: one clear error, and nothing walks it (cloneJson recurses).
  if (!checkBounds(value, '', issues)) return value;
  const event = canonicalKey(cloneJson(value), 'InvocationEventType', 'InvocationEvent', '', issues);
  const type = event.InvocationEventType;
  if (type === undefined || type === '') {
    issues.add(
      'InvocationEventType',
      'required',
      'is required (the event type, such as "NEW_INBOUND_CALL"; also accepted as InvocationEvent)',
    );
    return event;
  }
  if (!isInvocationEventType(type)) {
    issues.add(
      'InvocationEventType',
      'unknown_event_type',
      `is not a known invocation event type (${INVOCATION_EVENT_TYPES.join(', ')}), got ${describeValue(type)}`,
    );
    return event;
  }
  checkFields(ENVELOPE_RULES, event, '', issues);
  if (isRecord(event.CallDetails)) {
    event.CallDetails = parseCallDetails(event.CallDetails, issues);
  } else if (event.CallDetails === undefined) {
    issues.add('CallDetails', 'required', 'is required (the call and its Participants)');
  } else {
    issues.add('CallDetails', 'type', `must be an object, got ${describeValue(event.CallDetails)}`);
  }
  eventSpecs[type].check(event, issues);
  return event;
}

/**
 * Parses the event a SIP media application passed to the Lambda function, without throwing.
 * See {@link parseInvocationEvent} for what it accepts and returns.
 *
 * @example
 * ```ts
 * const result = safeParseInvocationEvent(event);
 * if (!result.success) console.error(result.error.issues);
 * ```
 * @category Events
 */
export function safeParseInvocationEvent(value: unknown): SafeParseResult<InvocationEvent> {
  const issues = new Issues('strict');
  // Fields the docs do not describe are kept, not reported.
  issues.skipUnknownKeys = true;
  const event = parseEvent(value, issues);
  const list = issues.list.filter((issue) => issue.code !== 'unknown_parameter');
  if (list.some((issue) => issue.severity === 'error')) return { success: false, error: new SmaValidationError('invocation event', list) };
  return { success: true, data: event as InvocationEvent };
}

/**
 * Parses the event a SIP media application passed to the Lambda function into a typed
 * {@link InvocationEvent}. It returns a new, normalised object and never changes its input.
 *
 * Lenient where the service or its docs are inconsistent: the `InvocationEvent` key (returned as
 * `InvocationEventType`), `SipApplicationId` (returned as `SipMediaApplicationId`),
 * `ParticipantTag` in any letter case, `SipResponseCode` as a number or a numeric string (returned
 * as a number), INVALID_LAMBDA_RESPONSE errors at the top level or in `ActionData`, ACTION_FAILED
 * errors as `Error: "<ErrorType>: <message>"`, a HANGUP whose `ActionData.Type` names another
 * action, and unknown extra fields (kept). Strict where the shape is broken.
 *
 * @example
 * ```ts
 * export const handler = async (raw: unknown) => {
 *   const event = parseInvocationEvent(raw);
 *   if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) console.log(event.ActionData.ReceivedDigits);
 * };
 * ```
 * @throws {@link SmaValidationError} with every issue found (an unknown event type has the code
 * `unknown_event_type`, an unknown action type `unknown_action_type`).
 * @category Events
 */
export function parseInvocationEvent(value: unknown): InvocationEvent {
  const result = safeParseInvocationEvent(value);
  if (!result.success) throw result.error;
  return result.data;
}
