import { actionSpecs, isActionType } from '../actions/index.js';
import type { AnyActionSpec, UncheckedField } from '../actions/spec.js';
import { PARTICIPANT_TAGS, type ParticipantTag } from '../actions/shapes/legs.js';
import { type FieldRule, type Issues, checkValue, describeValue, hasOwn, isRecord, joinPath } from '../validation/index.js';
import type { InvocationEventType } from './envelope.js';

/** A JSON object of an event being parsed (a copy: checks may normalise it in place). */
export type Json = Record<string, unknown>;

/**
 * The parser's rules of one invocation event type, kept beside the event's type (as an action's
 * spec is): `check` normalises and checks what is particular to the event (its `ActionData`),
 * after the envelope and `CallDetails` were checked.
 * @internal
 */
export interface EventSpec {
  /** Checks the event's own fields, adding issues; may normalise `event` (a copy) in place. */
  check(event: Json, issues: Issues): void;
}

/** The spec of an event with nothing of its own to check (no `ActionData`). */
export const ENVELOPE_ONLY: EventSpec = { check: () => undefined };

/** `LEG-A` / `LEG-B` in any letter case, upper-cased; anything else unchanged (then checked). */
export function normaliseTag(object: Json): void {
  const tag = object.ParticipantTag;
  if (typeof tag !== 'string') return;
  const upper = tag.toUpperCase();
  if ((PARTICIPANT_TAGS as readonly string[]).includes(upper)) object.ParticipantTag = upper as ParticipantTag;
}

/** Adds `required` when `key` is absent (an empty string counts as present). */
export function requirePresent(object: Json, key: string, path: string, what: string, issues: Issues): boolean {
  if (object[key] !== undefined && hasOwn(object, key)) return true;
  issues.add(joinPath(path, key), 'required', `is required (${what})`);
  return false;
}

/** Checks documented extra fields; present-but-empty strings are accepted. */
export function checkExtras(rules: Readonly<Record<string, FieldRule | UncheckedField>>, object: Json, path: string, issues: Issues): void {
  for (const key of Object.keys(rules)) {
    const rule = rules[key] as FieldRule | UncheckedField;
    if ('unchecked' in rule) continue;
    if (object[key] === undefined || !hasOwn(object, key)) {
      if (rule.required)
        issues.add(
          joinPath(path, key),
          'required',
          `is required in this event (a${rule.type === 'object' || rule.type === 'array' ? 'n' : ''} ${rule.type})`,
        );
      continue;
    }
    // checkValue checks the value only: `required` (presence) was checked above.
    checkValue(rule, object[key], joinPath(path, key), issues);
  }
}

/** A string rule, and a required one. */
export const string = { type: 'string' } as const;
export const requiredString = { type: 'string', required: true } as const;

/** The parser's rules of an action's result fields, from its spec (`undefined` for an unknown action). */
export function extraRules(
  type: string | undefined,
  kind: 'successful' | 'failed' | 'parameters',
): Readonly<Record<string, FieldRule | UncheckedField>> | undefined {
  return isActionType(type)
    ? ((actionSpecs[type] as AnyActionSpec).result[kind] as Readonly<Record<string, FieldRule | UncheckedField>> | undefined)
    : undefined;
}

/**
 * Checks that `ActionData` is an object with a `Parameters` object; normalises its ParticipantTag.
 * `requiredIn`: the event type whose `ActionData` is required (absent: `ActionData` is optional).
 */
export function actionDataOf(event: Json, issues: Issues, requiredIn?: InvocationEventType): Json | undefined {
  const data = event.ActionData;
  if (data === undefined) {
    if (requiredIn !== undefined) issues.add('ActionData', 'required', `is required in a ${requiredIn} event ({ Type, Parameters, … })`);
    return undefined;
  }
  if (!isRecord(data)) {
    issues.add('ActionData', 'type', `must be an object, got ${describeValue(data)}`);
    return undefined;
  }
  if (isRecord(data.Parameters)) normaliseTag(data.Parameters);
  return data;
}

export function checkParametersObject(data: Json, issues: Issues): Json | undefined {
  const parameters = data.Parameters;
  if (parameters === undefined) {
    issues.add('ActionData.Parameters', 'required', "is required (the action's parameters, an object)");
    return undefined;
  }
  if (!isRecord(parameters)) {
    issues.add('ActionData.Parameters', 'type', `must be an object, got ${describeValue(parameters)}`);
    return undefined;
  }
  return parameters;
}

/** Checks `ActionData.Type` names a returnable action; returns it. */
export function checkActionType(data: Json, issues: Issues): string | undefined {
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
  if (!isActionType(type)) {
    issues.add(path, 'unknown_action_type', `is not an action type this package knows, got ${describeValue(type)}`);
    return undefined;
  }
  return type;
}

export const ARGUMENTS_RULE = { type: 'map', maxEntries: 20, sensitive: 'private' } as const satisfies FieldRule;

/**
 * ACTION_SUCCESSFUL, ACTION_FAILED, ACTION_INTERRUPTED: `ActionData` of a known action, and the
 * result fields its spec documents for this event (`successful`, `failed`; `parameters` for all).
 * Returns the `ActionData` when it is an object, for the event's own further checks.
 */
export function checkActionData(
  event: Json,
  eventType: 'ACTION_SUCCESSFUL' | 'ACTION_FAILED' | 'ACTION_INTERRUPTED',
  result: 'successful' | 'failed' | undefined,
  issues: Issues,
): Json | undefined {
  const data = actionDataOf(event, issues, eventType);
  if (data === undefined) return undefined;
  const type = checkActionType(data, issues);
  const parameters = checkParametersObject(data, issues);
  // An unknown type has no result rules (extraRules returns undefined).
  const parameterRules = extraRules(type, 'parameters');
  if (parameters !== undefined && parameterRules !== undefined) checkExtras(parameterRules, parameters, 'ActionData.Parameters', issues);
  const rules = result === undefined ? undefined : extraRules(type, result);
  if (rules !== undefined) checkExtras(rules, data, 'ActionData', issues);
  return data;
}
