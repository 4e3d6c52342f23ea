import { actionSpecs, isActionType } from '../actions/index.js';
import type { AnyActionSpec, UncheckedField } from '../actions/spec.js';
import { PARTICIPANT_TAGS, type ParticipantTag } from '../actions/shapes/legs.js';
import {
  type FieldRule,
  type FieldRules,
  Issues,
  checkBounds,
  SmaValidationError,
  checkFields,
  checkValue,
  describeValue,
  isRecord,
  joinPath, hasOwn, cloneJson, setOwn
} from '../validation/index.js';
import { type CallDetails, type EventEnvelope, INVOCATION_EVENT_TYPES, type InvocationEventType, type Participant, isInvocationEventType } from './envelope.js';
import type { HangupEventParameters } from './hangup.js';
import type { InvocationEvent } from './invocation-event.js';

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

type Json = Record<string, unknown>;


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
    issues.add(joinPath(path, alias), 'conflict', `is ${describeValue(object[alias])} but ${canonical} is ${describeValue(object[canonical])}; send one spelling`);
  }
  return withoutKey(object, alias);
}

/** `LEG-A` / `LEG-B` in any letter case, upper-cased; anything else unchanged (then checked). */
function normaliseTag(object: Json): void {
  const tag = object.ParticipantTag;
  if (typeof tag !== 'string') return;
  const upper = tag.toUpperCase();
  if ((PARTICIPANT_TAGS as readonly string[]).includes(upper)) object.ParticipantTag = upper as ParticipantTag;
}

/** Adds `required` when `key` is absent (an empty string counts as present). */
function requirePresent(object: Json, key: string, path: string, what: string, issues: Issues): boolean {
  if (object[key] !== undefined && hasOwn(object, key)) return true;
  issues.add(joinPath(path, key), 'required', `is required (${what})`);
  return false;
}

/** Checks documented extra fields; present-but-empty strings are accepted. */
function checkExtras(rules: Readonly<Record<string, FieldRule | UncheckedField>>, object: Json, path: string, issues: Issues): void {
  for (const key of Object.keys(rules)) {
    const rule = rules[key] as FieldRule | UncheckedField;
    if ('unchecked' in rule) continue;
    if (object[key] === undefined || !hasOwn(object, key)) {
      if (rule.required) issues.add(joinPath(path, key), 'required', `is required in this event (a${rule.type === 'object' || rule.type === 'array' ? 'n' : ''} ${rule.type})`);
      continue;
    }
    checkValue({ ...rule, required: false }, object[key], joinPath(path, key), issues);
  }
}

const string = { type: 'string' } as const;
const requiredString = { type: 'string', required: true } as const;

/** The parser's rules of an action's result fields, from its spec (`undefined` for an unknown action). */
function extraRules(type: string, kind: 'successful' | 'failed' | 'parameters'): Readonly<Record<string, FieldRule | UncheckedField>> | undefined {
  return isActionType(type) ? (actionSpecs[type] as AnyActionSpec).result[kind] as Readonly<Record<string, FieldRule | UncheckedField>> | undefined : undefined;
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
      else issues.add(joinPath(joinPath(path, index), key), 'duplicate', `is the same as Participants[${first}].${key}: a call has one participant per leg`);
    });
  }
}

/** Checks that `ActionData` is an object with a `Parameters` object; normalises its ParticipantTag. */
function actionDataOf(event: Json, eventType: InvocationEventType, required: boolean, issues: Issues): Json | undefined {
  const data = event.ActionData;
  if (data === undefined) {
    if (required) issues.add('ActionData', 'required', `is required in a ${eventType} event ({ Type, Parameters, … })`);
    return undefined;
  }
  if (!isRecord(data)) {
    issues.add('ActionData', 'type', `must be an object, got ${describeValue(data)}`);
    return undefined;
  }
  if (isRecord(data.Parameters)) normaliseTag(data.Parameters);
  return data;
}

function checkParametersObject(data: Json, issues: Issues): Json | undefined {
  const parameters = data.Parameters;
  if (parameters === undefined) {
    issues.add('ActionData.Parameters', 'required', 'is required (the action\'s parameters, an object)');
    return undefined;
  }
  if (!isRecord(parameters)) {
    issues.add('ActionData.Parameters', 'type', `must be an object, got ${describeValue(parameters)}`);
    return undefined;
  }
  return parameters;
}

/** Checks `ActionData.Type` names a returnable action (or one of `extra`); returns it. */
function checkActionType(data: Json, issues: Issues, extra: readonly string[] = []): string | undefined {
  const type = data.Type;
  const path = 'ActionData.Type';
  if (type === undefined || type === '') {
    issues.add(path, 'required', 'is required (the action type, such as "PlayAudio")');
    return undefined;
  }
  if (typeof type !== 'string') {
    issues.add(path, 'type', `must be a string, got ${describeValue(type)}`);
    return undefined;
  }
  if (!isActionType(type) && !extra.includes(type)) {
    issues.add(path, 'unknown_action_type', `is not an action type this package knows, got ${describeValue(type)}`);
    return undefined;
  }
  return type;
}

const ERROR_FIELD = /^\s*([A-Za-z][\w.-]*)\s*:\s*([\s\S]*)$/;

/** Fills `ErrorType` / `ErrorMessage` of a failed action, from `Error` when only that was sent. */
function checkFailure(data: Json, issues: Issues): void {
  if (data.ErrorType !== undefined) {
    checkValue(string, data.ErrorType, 'ActionData.ErrorType', issues);
    if (requirePresent(data, 'ErrorMessage', 'ActionData', 'a string, with ErrorType', issues)) checkValue(string, data.ErrorMessage, 'ActionData.ErrorMessage', issues);
  } else if (data.Error !== undefined) {
    const match = typeof data.Error === 'string' ? ERROR_FIELD.exec(data.Error) : null;
    if (typeof data.Error !== 'string') {
      issues.add('ActionData.Error', 'type', `must be a string, got ${describeValue(data.Error)}`);
    } else if (match === null) {
      issues.add('ActionData.Error', 'format', `must be "<ErrorType>: <message>", got ${describeValue(data.Error)}`);
    } else {
      setOwn(data, 'ErrorType', match[1]);
      if (data.ErrorMessage === undefined) setOwn(data, 'ErrorMessage', match[2]);
      else checkValue(string, data.ErrorMessage, 'ActionData.ErrorMessage', issues);
    }
  } else {
    issues.add('ActionData.ErrorType', 'required', 'is required in an ACTION_FAILED event (with ErrorMessage, or the single field Error: "<ErrorType>: <message>")');
  }
  if (data.ErrorList !== undefined && !Array.isArray(data.ErrorList)) {
    issues.add('ActionData.ErrorList', 'type', `must be an array, got ${describeValue(data.ErrorList)}`);
  }
}

/** ACTION_SUCCESSFUL, ACTION_FAILED, ACTION_INTERRUPTED. */
function checkActionEvent(event: Json, eventType: 'ACTION_SUCCESSFUL' | 'ACTION_FAILED' | 'ACTION_INTERRUPTED', issues: Issues): void {
  const data = actionDataOf(event, eventType, true, issues);
  if (data === undefined) return;
  const type = checkActionType(data, issues);
  const parameters = checkParametersObject(data, issues);
  if (type === undefined) return;
  const parameterRules = extraRules(type, 'parameters');
  if (parameters !== undefined && parameterRules !== undefined) checkExtras(parameterRules, parameters, 'ActionData.Parameters', issues);
  if (eventType === 'ACTION_INTERRUPTED') return;
  const rules = extraRules(type, eventType === 'ACTION_SUCCESSFUL' ? 'successful' : 'failed');
  if (rules !== undefined) checkExtras(rules, data, 'ActionData', issues);
  if (eventType === 'ACTION_FAILED') checkFailure(data, issues);
}

const HANGUP_PARAMETER_RULES: FieldRules<HangupEventParameters> = {
  SipResponseCode: { type: 'number', integer: true, min: 0 },
  CallId: requiredString,
  ParticipantTag: { type: 'string', required: true, enum: PARTICIPANT_TAGS },
};

function checkHangup(event: Json, issues: Issues): void {
  const data = actionDataOf(event, 'HANGUP', true, issues);
  if (data === undefined) return;
  checkActionType(data, issues, ['Hangup']);
  const parameters = checkParametersObject(data, issues);
  if (parameters === undefined) return;
  const code = parameters.SipResponseCode;
  if (typeof code === 'string' && /^\d+$/.test(code.trim())) parameters.SipResponseCode = Number(code.trim());
  checkFields(HANGUP_PARAMETER_RULES, parameters, 'ActionData.Parameters', issues);
}

function checkInvalidLambdaResponse(event: Json, issues: Issues): void {
  const data = actionDataOf(event, 'INVALID_LAMBDA_RESPONSE', false, issues);
  if (data !== undefined) {
    if (data.Type !== undefined) checkValue(string, data.Type, 'ActionData.Type', issues);
    if (data.Parameters !== undefined && !isRecord(data.Parameters)) issues.add('ActionData.Parameters', 'type', `must be an object, got ${describeValue(data.Parameters)}`);
    for (const key of ['ErrorType', 'ErrorMessage']) {
      if (data[key] !== undefined && event[key] === undefined) setOwn(event, key, data[key]);
    }
  }
  const where = 'a string, at the top level or in ActionData';
  if (requirePresent(event, 'ErrorType', '', where, issues)) checkValue(string, event.ErrorType, 'ErrorType', issues);
  if (requirePresent(event, 'ErrorMessage', '', where, issues)) checkValue(string, event.ErrorMessage, 'ErrorMessage', issues);
}

const ARGUMENTS_RULE = { type: 'map', maxEntries: 20, sensitive: 'private' } as const satisfies FieldRule;

function checkNewOutboundCall(event: Json, issues: Issues): void {
  const data = actionDataOf(event, 'NEW_OUTBOUND_CALL', false, issues);
  if (data === undefined) return;
  if (data.Type !== undefined) checkValue(string, data.Type, 'ActionData.Type', issues);
  if (data.Parameters === undefined) return;
  checkValue({ type: 'object', fields: { Arguments: ARGUMENTS_RULE } }, data.Parameters, 'ActionData.Parameters', issues);
}

function checkDigitsReceived(event: Json, issues: Issues): void {
  const data = actionDataOf(event, 'DIGITS_RECEIVED', true, issues);
  if (data === undefined) return;
  checkFields({ Type: { type: 'string', required: true, enum: ['ReceiveDigits'] } }, data, 'ActionData', issues);
  checkParametersObject(data, issues);
  checkExtras({ ReceivedDigits: requiredString }, data, 'ActionData', issues);
}

function checkCallUpdateRequested(event: Json, issues: Issues): void {
  const data = actionDataOf(event, 'CALL_UPDATE_REQUESTED', true, issues);
  if (data === undefined) return;
  checkFields({ Type: { type: 'string', required: true, enum: ['CallUpdateRequest'] } }, data, 'ActionData', issues);
  const parameters = checkParametersObject(data, issues);
  if (parameters !== undefined) checkExtras({ Arguments: { ...ARGUMENTS_RULE, required: true } }, parameters, 'ActionData.Parameters', issues);
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
    issues.add('InvocationEventType', 'required', 'is required (the event type, such as "NEW_INBOUND_CALL"; also accepted as InvocationEvent)');
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
  switch (type) {
    case 'ACTION_SUCCESSFUL':
    case 'ACTION_FAILED':
    case 'ACTION_INTERRUPTED':
      checkActionEvent(event, type, issues);
      break;
    case 'HANGUP':
      checkHangup(event, issues);
      break;
    case 'INVALID_LAMBDA_RESPONSE':
      checkInvalidLambdaResponse(event, issues);
      break;
    case 'NEW_OUTBOUND_CALL':
      checkNewOutboundCall(event, issues);
      break;
    case 'DIGITS_RECEIVED':
      checkDigitsReceived(event, issues);
      break;
    case 'CALL_UPDATE_REQUESTED':
      checkCallUpdateRequested(event, issues);
      break;
    case 'NEW_INBOUND_CALL':
    case 'RINGING':
    case 'CALL_ANSWERED':
      break;
  }
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
